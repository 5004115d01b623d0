// Queries the index recorded by the Swift builder (Tests/js/fixtures/search-index/, re-record with
// KAART_RECORD=1 swift test --filter SearchIndexBuilderTests) through a fake fetch that counts bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createSearchEngine, decodeInts, parseQuery, TIER, countFacets } from '../../templates/assets/search-engine.js';

const root = new URL('./fixtures/search-index/', import.meta.url);

function engine() {
  const fetched = [];
  const fetch = async (url) => {
    const path = url.replace('/zoeken/index/', '');
    let text;
    try { text = readFileSync(new URL(path, root), 'utf8'); } catch { return { ok: false, text: async () => '' }; }
    fetched.push({ path, gzip: gzipSync(text).length });
    return { ok: true, text: async () => text };
  };
  return { search: createSearchEngine({ base: '/zoeken/index/', fetch }), fetched };
}

const urls = (result) => result.results.map((r) => r.url);
const allUrls = async (e, result) => (await e.describe(result.ranked)).map((r) => r.url);

test('decodeInts reads the Swift CompactCodec', () => {
  assert.deepEqual(decodeInts('0V'), [0, 31]);
  assert.deepEqual(decodeInts('X0'), [32]);   // 'X' = continuation digit 1, then 0
  assert.deepEqual(decodeInts('1X05'), [1, 32, 5]);
});

test('parseQuery drops stop words and treats the last word as a prefix unless a space follows', () => {
  assert.deepEqual(parseQuery('oppas voor mijn moeder'), { tokens: ['oppas', 'moeder'], prefixLast: true });
  assert.equal(parseQuery('begel ').prefixLast, false);
});

test('exact matches rank above prefix, typo and synonym matches', async () => {
  const { search } = engine();
  const r = await search.search('dementie');
  const order = urls(r);
  const at = (slug) => order.findIndex((u) => u.includes(slug));
  for (const slug of ['alzheimer-cafe', 'dementievriendelijk-wassenaar', 'dementia-cafe-leiden', 'geheugenpoli']) {
    assert.ok(at(slug) >= 0, `${slug} missing from ${order}`);
  }
  assert.ok(at('alzheimer-cafe') < at('dementievriendelijk-wassenaar'), 'exact before prefix');
  assert.ok(at('dementievriendelijk-wassenaar') < at('dementia-cafe-leiden'), 'prefix before typo');
  assert.ok(at('dementia-cafe-leiden') < at('geheugenpoli'), 'typo before synonym');
  const tiers = r.results.map((x) => x.tier);
  assert.deepEqual(tiers, [...tiers].sort((a, b) => a - b));
  assert.equal(r.results.find((x) => x.url.includes('geheugenpoli')).tier, TIER.synonym);
});

test('"mantelzorg ondersteuning" finds the compound mantelzorgondersteuning', async () => {
  const { search } = engine();
  const r = await search.search('mantelzorg ondersteuning');
  assert.equal(r.results[0].url, '/loketten/mantelzorgcentrum/');
});

test('"zorg" finds respijtzorg and logeerzorg through compound parts', async () => {
  const { search } = engine();
  const all = await allUrls(search, await search.search('zorg '));
  assert.ok(all.includes('/voorzieningen/logeerhuis-de-linde/'));
});

test('partial typing: "begel" finds begeleiding', async () => {
  const { search } = engine();
  const all = await allUrls(search, await search.search('begel'));
  assert.ok(all.includes('/voorzieningen/logeerhuis-de-linde/'));
  assert.ok(all.includes('/voorzieningen/dagbesteding-de-boog/'));
});

test('typo: "demntie" finds dementie', async () => {
  const { search } = engine();
  const r = await search.search('demntie');
  assert.ok(urls(r).includes('/lotgenotengroepen/alzheimer-cafe/'));
  assert.ok(r.results.every((x) => x.tier >= TIER.typo));
});

test('diacritics: "clienten" finds cliënten', async () => {
  const { search } = engine();
  assert.deepEqual(urls(await search.search('clienten')), ['/loketten/wmo-loket/']);
});

test('ge- words stay apart: begeleiding does not find beleid, gezondheid does not find zon', async () => {
  const { search } = engine();
  const beleid = await allUrls(search, await search.search('begeleiding '));
  assert.ok(!beleid.includes('/voorbeelden/beleidsnotities/'));
  assert.ok(beleid.length >= 2);
  const zon = await allUrls(search, await search.search('gezondheid '));
  assert.deepEqual(zon, ['/lotgenotengroepen/lotgenotengroep-nah/']);
});

test('synonyms and acronyms rank below literal matches', async () => {
  const { search } = engine();
  const oppas = urls(await search.search('oppas '));
  assert.equal(oppas[0], '/voorzieningen/oppascentrale/');
  assert.ok(oppas.includes('/voorzieningen/logeerhuis-de-linde/'), 'respijtzorg is a synonym of oppas');
  const wmo = urls(await search.search('wmo '));
  assert.equal(wmo[0], '/loketten/wmo-loket/');
  assert.ok(wmo.includes('/loketten/sociaal-team/'), 'Wet maatschappelijke ondersteuning');
});

test('facet counts cover the whole result set and filters narrow it', async () => {
  const { search } = engine();
  const all = await search.search('mantelzorgers ');
  const gemeente = Object.fromEntries(all.facets.gemeente.map((v) => [v.key, v.count]));
  const described = await search.describe(all.ranked);
  const expected = {};
  for (const d of described) for (const g of d.municipalities.split(', ')) expected[g.toLowerCase()] = (expected[g.toLowerCase()] ?? 0) + 1;
  assert.deepEqual(gemeente, expected);
  const filtered = await search.search('mantelzorgers ', { gemeente: ['wassenaar'] });
  assert.equal(filtered.total, expected.wassenaar);
  assert.ok(filtered.results.every((r) => r.municipalities.includes('Wassenaar')));
  // The gemeente facet still shows the other places (disjunctive counting).
  assert.equal(filtered.facets.gemeente.length, all.facets.gemeente.length);
  const free = await search.search('mantelzorgers ', { gratis: ['ja'] });
  assert.ok(free.total > 0 && free.results.every((r) => r.free));
});

test('countFacets: a facet ignores its own selection but respects the others', () => {
  const docs = [
    [0, { categorie: [0], doelgroep: [0], gemeente: [0], toegang: [0], gratis: [] }],
    [1, { categorie: [1], doelgroep: [0], gemeente: [1], toegang: [0], gratis: [0] }],
    [2, { categorie: [1], doelgroep: [1], gemeente: [1], toegang: [1], gratis: [0] }],
  ];
  const { matching, counts } = countFacets(docs, { categorie: new Set([1]), gemeente: new Set(), doelgroep: new Set([0]) });
  assert.deepEqual(matching, [1]);
  assert.equal(counts.categorie.get(0), 1);   // doc 0 passes the doelgroep filter
  assert.equal(counts.doelgroep.get(1), 1);   // doc 2 passes the categorie filter
  assert.equal(counts.gemeente.get(1), 1);
});

test('no results gives a suggestion from the site vocabulary', async () => {
  const { search } = engine();
  const r = await search.search('demantei ');
  assert.equal(r.total, 0);
  assert.equal(r.suggestion, 'dementie');
  const none = await search.search('xyzzyq ');
  assert.equal(none.suggestion, null);
});

test('a query fetches only the files it needs, and bytes are counted', async () => {
  const { search, fetched } = engine();
  await search.search('logeren');
  const paths = fetched.map((f) => f.path);
  assert.ok(paths.includes('manifest.json') && paths.includes('lex/lo.json'));
  assert.ok(!paths.includes('lex/be.json'));
  const total = readdirSync(new URL('lex/', root)).length;
  assert.ok(paths.filter((p) => p.startsWith('lex/')).length <= 2 && total > 10);
  assert.equal(search.stats.requests, fetched.length);
  assert.ok(search.stats.bytes > 0);
  const gz = fetched.reduce((s, f) => s + f.gzip, 0);
  assert.ok(gz > 0 && gz < 20_000, `fetched ${gz} bytes gzip`);
  assert.ok(statSync(new URL('manifest.json', root)).size > 0);
});
