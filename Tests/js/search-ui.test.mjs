// search-ui.js must import cleanly in node (no DOM at import time) and its pure parts must work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText, readState, writeState, renderResult } from '../../templates/assets/search-ui.js';

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
