// Parts of search-engine.js for large sites and misspelt first letters: the typo-index hash (same
// numbers as SearchIndexLargeSiteTests in Swift), the probe keys, and typo matching on the fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSearchEngine, typoBucket, typoProbes, lexiconKey, TIER } from '../../templates/assets/search-engine.js';

const root = new URL('./fixtures/search-index/', import.meta.url);

function engine() {
  const fetched = [];
  const fetch = async (url) => {
    const path = url.replace('/zoeken/index/', '');
    let text;
    try { text = readFileSync(new URL(path, root), 'utf8'); } catch { return { ok: false, text: async () => '' }; }
    fetched.push(path);
    return { ok: true, text: async () => text };
  };
  return { search: createSearchEngine({ base: '/zoeken/index/', fetch }), fetched };
}

test('typoBucket agrees with TypoKeys.bucket (Swift)', () => {
  assert.equal(typoBucket('dem', 7), 3);
  assert.equal(typoBucket('eme', 100), 90);
  assert.equal(typoBucket('zo', 1), 0);
  assert.equal(typoBucket('ëla', 33), 6);
  assert.equal(typoBucket('abc', 4096), 2315);
});

test('typo probes cover a wrong, missing, extra or swapped letter among the first three', () => {
  const { lexicon, typo } = typoProbes('dmentie');
  assert.ok(typo.includes('dme'), 'missing letter: "dementie" is filed under its deletion key "dme"');
  assert.ok(typoProbes('xementie').typo.includes('eme'), 'wrong first letter: both delete to "ementie"');
  assert.ok(typoProbes('ementie').typo.includes('eme'), 'missing first letter');
  assert.ok(typoProbes('ddementie').lexicon.includes('dementie'), 'extra letter');
  assert.ok(typoProbes('edmentie').lexicon.includes('dementie'), 'swapped first two letters');
  assert.ok(lexicon.includes('mdentie'));
});

test('lexiconKey uses a three-letter shard only when the index has one', () => {
  assert.equal(lexiconKey('begeleiding', new Set(['be', 'ge'])), 'be');
  assert.equal(lexiconKey('begeleiding', new Set(['beg', 'bel'])), 'beg');
  assert.equal(lexiconKey('be', new Set(['beg'])), 'be');
});

for (const typo of ['dmentie', 'ementie', 'edmentie', 'xementie']) {
  test(`a misspelt start "${typo}" still finds dementie, as a typo match`, async () => {
    const { search } = engine();
    const r = await search.search(typo + ' ');
    const urls = (await search.describe(r.ranked)).map((x) => x.url);
    assert.ok(urls.includes('/lotgenotengroepen/alzheimer-cafe/'), `${typo}: ${urls}`);
    assert.ok(r.results.every((x) => x.tier >= TIER.typo));
  });
}

test('the typo index is only fetched when the word matched nothing else', async () => {
  const { search, fetched } = engine();
  await search.search('dementie ');
  assert.ok(!fetched.some((p) => p.startsWith('x/')), fetched.join(' '));
  await search.search('dmentie ');
  assert.ok(fetched.some((p) => p.startsWith('x/')), fetched.join(' '));
});

test('facet files over the budget wait until the visitor asks, or a filter needs them', async () => {
  // The fixture's manifest, with facet files pretending to be as large as on a 100 000-entry site.
  const fetch = async (url) => {
    const path = url.replace('/zoeken/index/', '');
    let text = readFileSync(new URL(path, root), 'utf8');
    if (path === 'manifest.json') {
      const m = JSON.parse(text);
      m.facetSizes = m.facetSizes.map(() => 1_000_000);
      text = JSON.stringify(m);
    }
    return { ok: true, text: async () => text };
  };
  const search = createSearchEngine({ base: '/zoeken/index/', fetch });
  const deferred = await search.search('mantelzorgers ');
  assert.equal(deferred.facets, null);
  assert.equal(deferred.facetsDeferred, true);
  assert.ok(deferred.total > 0 && deferred.results.length > 0);
  assert.ok(!search.stats.files.some((p) => p.startsWith('f/')), 'no facet file fetched');
  const asked = await search.search('mantelzorgers ', {}, { allFacets: true });
  assert.ok(asked.facets.gemeente.length > 0 && !asked.facetsDeferred);
  assert.equal(asked.total, deferred.total);
  const filtered = await search.search('mantelzorgers ', { gratis: ['ja'] });
  assert.ok(filtered.facets && filtered.total > 0 && filtered.results.every((r) => r.free));
});
