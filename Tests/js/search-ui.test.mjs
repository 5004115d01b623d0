// search-ui.js must import cleanly in node (no DOM at import time) and its pure parts must work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText, readState, writeState, renderResult } from '../../templates/assets/search-ui.js';
import { openingLine } from '../../templates/assets/nu-open.js';

/** Just enough DOM to render one result. */
function fakeDocument() {
  const make = (tag) => ({
    tag, attrs: {}, children: [], textContent: '',
    setAttribute(k, v) { this.attrs[k] = v; },
    appendChild(c) { this.children.push(c); return c; },
  });
  return { createElement: make };
}
const text = (n) => n.textContent + n.children.map(text).join(' ');

test('status text counts results in Dutch', () => {
  assert.equal(statusText(12, 'logeren'), '12 resultaten voor ‘logeren’');
  assert.equal(statusText(1, 'wmo'), '1 resultaat voor ‘wmo’');
  assert.equal(statusText(0, 'xyz'), 'Geen resultaten voor ‘xyz’');
});

test('query and filters round-trip through the URL', () => {
  const s = readState('?q=logeren&doelgroep=mantelzorgers&gemeente=leiden&gemeente=wassenaar');
  assert.equal(s.query, 'logeren');
  assert.deepEqual(s.filters.gemeente, ['leiden', 'wassenaar']);
  assert.equal(writeState(s.query, s.filters), '?q=logeren&doelgroep=mantelzorgers&gemeente=leiden&gemeente=wassenaar');
  assert.equal(writeState('', {}), '');
});

test('a result links first to the entry page and shows badges', () => {
  const li = renderResult(fakeDocument(), {
    url: '/voorzieningen/oppascentrale/', type: 'Voorziening', title: 'Oppascentrale', summary: 'Een oppas.',
    municipalities: 'Wassenaar', free: true, open: true,
  });
  assert.equal(li.tag, 'li');
  assert.equal(li.children[0].children[0].tag, 'a');
  assert.equal(li.children[0].children[0].attrs.href, '/voorzieningen/oppascentrale/');
  const all = text(li);
  for (const s of ['Voorziening', 'Oppascentrale', 'Een oppas.', 'Wassenaar', 'Gratis', 'Vrij toegankelijk']) assert.ok(all.includes(s), s);
});

// "Nu open" under a result: the hours come from the result metadata in the compact shape the
// index ships (closed days left out), the words from nu-open.js, at a fixed instant.
const openingHours = {
  ma: [['09:00', '12:00'], ['13:00', '17:00']],
  di: [['09:00', '17:00']],
  do: [['09:00', '17:00']],
  vr: [['09:00', '17:00']],
  uitzonderingen: [
    { datum: '2026-12-25', gesloten: true, toelichting: 'Eerste Kerstdag' },
    { datum: '2026-12-28', gesloten: true },
  ],
};
const withHours = {
  url: '/voorzieningen/inloophuis/', type: 'Voorziening', title: 'Inloophuis', summary: 'Koffie en een praatje.',
  municipalities: 'Zandwijk', free: false, open: false, openingstijden: openingHours,
};
const statusLines = (li) => li.children.filter((c) => (c.attrs.class ?? '').split(' ').includes('nu-open'));

function statusAt(iso) {
  const lines = statusLines(renderResult(fakeDocument(), withHours, new Date(iso)));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].tag, 'p');   // plain text in the result, not only a colour
  return { text: lines[0].textContent, classes: lines[0].attrs.class.split(' ') };
}

test('a result that is open now says so, with the closing time', () => {
  const line = statusAt('2026-11-24T10:00:00Z');   // Tuesday 11:00 in Amsterdam
  assert.equal(line.text, 'Nu open, tot 17.00 uur.');
  assert.ok(line.classes.includes('is-open'));
  // The same words nu-open.js shows on the entry page at that moment.
  assert.equal(line.text, openingLine(openingHours, new Date('2026-11-24T10:00:00Z')).text);
});

test('a closed result says when it opens next, also across a closed day left out of the data', () => {
  assert.equal(statusAt('2026-11-23T11:30:00Z').text, 'Nu gesloten. Weer open vandaag om 13.00 uur.');   // Monday lunch
  assert.equal(statusAt('2026-11-25T18:00:00Z').text, 'Nu gesloten. Weer open morgen om 09.00 uur.');    // Wednesday: no hours
  const friday = statusAt('2026-11-27T18:00:00Z');
  assert.equal(friday.text, 'Nu gesloten. Weer open maandag om 09.00 uur.');
  assert.ok(friday.classes.includes('is-gesloten'));
});

test('on an exception day a result says it is closed today and why', () => {
  // Christmas on a Friday; Monday 28 December is closed as well, so the next opening is Tuesday.
  assert.equal(statusAt('2026-12-25T10:00:00Z').text, 'Vandaag gesloten (Eerste Kerstdag). Weer open dinsdag om 09.00 uur.');
});

test('results without opening hours, or with unusable ones, show nothing extra', () => {
  const { openingstijden, ...without } = withHours;
  const plain = renderResult(fakeDocument(), without, new Date('2026-11-24T10:00:00Z'));
  assert.equal(statusLines(plain).length, 0);
  assert.ok(!text(plain).includes('open'));
  const broken = renderResult(fakeDocument(), { ...withHours, openingstijden: { ma: 'altijd' } }, new Date('2026-11-23T10:00:00Z'));
  assert.equal(statusLines(broken).length, 0);
  assert.equal(broken.children.length, plain.children.length);
});
