// Dutch client-side search over the sharded index built by SearchIndexBuilder (Swift).
// No DOM here: the engine takes a `fetch` function, so node tests can run it against files.
import { tokenize, stem, editDistance, allowedEdits, STOP_WORDS } from './normalise.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGITS = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Match tiers, best first: ranking compares tiers before scores. */
export const TIER = Object.freeze({ literal: 0, prefix: 1, typo: 2, synonym: 3 });
const WEIGHT = { exact: 1, stem: 0.95, prefix: 0.7, typo1: 0.5, typo2: 0.4, synonym: 0.6 };
export const PAGE_SIZE = 10;
const MAX_PREFIX_TERMS = 6;
const MAX_TYPO_TERMS = 8;
/** Facet files are fetched for a first query only when the ones it needs stay below this size
 * (characters before gzip, from the manifest); otherwise facets wait until the visitor asks. */
export const FACET_BUDGET = 64_000;
const FORMAT_VERSION = 2;
/** Fewer documents than this matching every query word lets documents missing one word in too. */
const MIN_FULL_MATCHES = 3;
export const FACETS = ['categorie', 'doelgroep', 'gemeente', 'toegang', 'gratis'];

/** Inverse of CompactCodec.encode (Swift). */
export function decodeInts(text) {
  const out = [];
  let current = 0;
  for (const c of text) {
    const d = DIGITS.get(c);
    if (d === undefined) continue;
    if (d >= 32) current = current * 32 + (d - 32);
    else { out.push(current * 32 + d); current = 0; }
  }
  return out;
}

/** The lexicon shard of a term: its first three characters when that shard exists, else its first two. */
export function lexiconKey(term, keys) {
  const c = [...term];
  const three = c.slice(0, 3).join('');
  return c.length >= 3 && keys && keys.has(three) ? three : c.slice(0, 2).join('');
}

/** FNV-1a over code points, modulo `buckets`: the typo index file of a key (TypoKeys.bucket in Swift). */
export function typoBucket(key, buckets) {
  let h = 2166136261;
  for (const c of key) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h % Math.max(buckets, 1);
}

/** Words one edit away in the first three letters live under these lexicon and typo keys. */
export function typoProbes(token) {
  const c = [...token];
  const key3 = (chars) => chars.slice(0, 3).join('');
  const lexicon = new Set();
  const typo = new Set([key3(c)]);
  for (let i = 0; i < 3 && i < c.length; i++) {
    const deleted = c.slice(0, i).concat(c.slice(i + 1));
    lexicon.add(deleted.join(''));   // an extra letter typed at i
    typo.add(key3(deleted));         // a wrong letter at i (the word's deletion key matches)
    if (i + 1 < c.length) {
      const swapped = c.slice();
      [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      lexicon.add(swapped.join(''));
    }
  }
  return { lexicon: [...lexicon], typo: [...typo] };
}

/** Same rule as TermShardWriter.fileName (Swift). */
export function lexiconFile(key) {
  return [...key].map((c) => (/^[a-z0-9]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16))).join('');
}

/** Query words (stop words dropped) and whether the last one may still be incomplete. */
export function parseQuery(query) {
  const all = tokenize(query);
  const tokens = all.filter((t) => [...t].length >= 2 && !STOP_WORDS.has(t));
  const prefixLast = tokens.length > 0 && !/\s$/.test(query) && tokens[tokens.length - 1] === all[all.length - 1];
  return { tokens, prefixLast };
}

/** Decodes one facet column of a chunk into per-document arrays of value codes. */
export function decodeColumn(column) {
  const per = [];
  if (column.r !== undefined) {
    const runs = decodeInts(column.r);
    for (let i = 0; i < runs.length; i += 2) for (let k = 0; k < runs[i + 1]; k++) per.push(column.t[runs[i]]);
  } else {
    for (const i of decodeInts(column.p)) per.push(column.t[i]);
  }
  return per;
}

/** Disjunctive facet counting: a facet's counts ignore its own selection but respect the others. */
export function countFacets(docFacets, selected) {
  const active = FACETS.filter((f) => selected[f] && selected[f].size > 0);
  const passes = (facets, except) =>
    active.every((f) => f === except || facets[f].some((code) => selected[f].has(code)));
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map()]));
  const matching = [];
  for (const [id, facets] of docFacets) {
    if (passes(facets, null)) matching.push(id);
    for (const f of FACETS) {
      if (!passes(facets, f)) continue;
      for (const code of facets[f]) counts[f].set(code, (counts[f].get(code) ?? 0) + 1);
    }
  }
  return { matching, counts };
}

/**
 * Creates a search engine for the index at `base` (e.g. "/zoeken/index/").
 * `fetch` is injected so tests can serve files and count bytes.
 */
export function createSearchEngine({ base, fetch: fetchImpl }) {
  const files = new Map();
  const stats = { requests: 0, bytes: 0, files: [] };
  const decoded = new Map();

  function getJSON(path) {
    if (!files.has(path)) {
      files.set(path, (async () => {
        const response = await fetchImpl(base + path);
        if (!response.ok) throw new Error(`Zoekindex niet gevonden: ${path}`);
        const text = await response.text();
        stats.requests += 1;
        stats.bytes += text.length;
        stats.files.push(path);
        return JSON.parse(text);
      })());
    }
    return files.get(path);
  }

  function once(key, make) {
    if (!decoded.has(key)) decoded.set(key, make());
    return decoded.get(key);
  }

  const manifest = () => once('manifest', async () => {
    const m = await getJSON('manifest.json');
    if (m.v !== FORMAT_VERSION) throw new Error('Onbekende versie van de zoekindex.');
    const synTerms = new Map(Object.entries(m.synTerms ?? {}).map(([term, [code, shard]]) => [term, entry(term, code, shard)]));
    return { ...m, lexKeys: new Set(m.lex ? m.lex.split(' ') : []), synTerms };
  });

  /** A lexicon entry: document frequency, flags (see TermShardWriter) and posting shard. */
  function entry(term, code, shard) {
    return { term, df: Math.floor(code / 4), word: (code & 1) === 1, common: (code & 2) === 2, shard };
  }

  function decodeShard(raw) {
    const codes = decodeInts(raw.d);
    const starts = decodeInts(raw.p);
    const shard = new Array(raw.t.length);
    for (let i = 0; i < starts.length; i += 2) {
      const end = i + 2 < starts.length ? starts[i + 2] : raw.t.length;
      for (let k = starts[i]; k < end; k++) shard[k] = starts[i + 1];
    }
    const entries = raw.t.map((term, i) => entry(term, codes[i], shard[i]));
    return { entries, byTerm: new Map(entries.map((e) => [e.term, e])) };
  }

  const lexicon = (key) => once('lex:' + key, async () => {
    const m = await manifest();
    if (!m.lexKeys.has(key)) return null;
    return decodeShard(await getJSON(`lex/${lexiconFile(key)}.json`));
  });

  const typoShard = (n) => once('typo:' + n, async () => decodeShard(await getJSON(`x/${n}.json`)));

  const shardOf = async (term) => lexicon(lexiconKey(term, (await manifest()).lexKeys));

  async function lookup(term) {
    const m = await manifest();
    if (m.synTerms.has(term)) return m.synTerms.get(term);
    const lex = await shardOf(term);
    return lex ? lex.byTerm.get(term) ?? null : null;
  }

  const postings = (e) => once('post:' + e.term, async () => {
    const shard = await getJSON(`p/${e.shard}.json`);
    const ints = decodeInts(shard[e.term] ?? '');
    const list = [];
    let doc = 0;
    for (let i = 0; i < ints.length; i += 2) { doc += ints[i]; list.push([doc, ints[i + 1]]); }
    return list;
  });

  /** A common term's first-query block: exact impacts for its best postings, the mean for the rest. */
  const commonBlock = (e) => once('common:' + e.term, async () => {
    const raw = await getJSON(`c/${lexiconFile(e.term)}.json`);
    const top = new Map();
    const k = decodeInts(raw.k);
    for (let i = 0, doc = 0; i < k.length; i += 2) { doc += k[i]; top.set(doc, k[i + 1]); }
    const list = [];
    let doc = 0;
    for (const gap of decodeInts(raw.s)) { doc += gap; list.push([doc, top.get(doc) ?? raw.r]); }
    const counts = {};
    for (const f of FACETS) {
      const ints = decodeInts(raw.f?.[f] ?? '');
      counts[f] = new Map();
      for (let i = 0; i < ints.length; i += 2) counts[f].set(ints[i], ints[i + 1]);
    }
    return { list, counts, total: raw.n };
  });

  /** Postings of an entry: the common block unless `exact` (filters on, or paging past the top). */
  async function postingsFor(e, exact) {
    return e.common && !exact ? (await commonBlock(e)).list : postings(e);
  }

  const facetChunk = (n) => once('facet:' + n, async () => {
    const raw = await getJSON(`f/${n}.json`);
    const c = decodeColumn(raw.c), a = decodeColumn(raw.a), g = decodeColumn(raw.g), x = decodeColumn(raw.x);
    return c.map((_, i) => {
      const code = x[i][0];
      return {
        categorie: c[i], doelgroep: a[i], gemeente: g[i],
        toegang: code >> 1 > 0 ? [(code >> 1) - 1] : [], gratis: code & 1 ? [0] : [],
      };
    });
  });

  const docChunk = (n) => once('doc:' + n, () => getJSON(`d/${n}.json`));

  /**
   * Terms a typo of `token` may stand for. The token's own shard covers mistakes after the shard
   * key; `extended` also probes the shards and typo-index buckets for a wrong, missing, extra or
   * swapped letter among the first three (only done when nothing else matched, to save bytes).
   */
  async function typoCandidates(token, extended) {
    const m = await manifest();
    const shards = [await shardOf(token)];
    if (extended) {
      const probes = typoProbes(token);
      const keys = new Set(probes.lexicon.map((v) => lexiconKey(v, m.lexKeys)).filter((k) => m.lexKeys.has(k)));
      keys.delete(lexiconKey(token, m.lexKeys));
      const buckets = new Set(probes.typo.map((k) => typoBucket(k, m.typoBuckets ?? 1)));
      shards.push(...await Promise.all([...keys].map(lexicon)));
      if (m.typoBuckets) shards.push(...await Promise.all([...buckets].map(typoShard)));
    }
    const seen = new Map();
    for (const lex of shards) for (const e of lex?.entries ?? []) if (!seen.has(e.term)) seen.set(e.term, e);
    return [...seen.values()];
  }

  /**
   * The ways a query word can match, each with the index terms it needs, a tier and a weight.
   * A word whose literal matches are already common (a `CommonTermBlock`) gets no prefix, typo or
   * synonym alternatives: they would rank below thousands of literal matches anyway.
   */
  async function alternatives(tokens, prefixLast, synonymGroups) {
    const m = await manifest();
    const alts = tokens.map(() => []);
    const common = tokens.map(() => false);
    const add = (i, keys, tier, weight) => alts[i].push({ keys, tier, weight });
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const s = stem(t);
      const exact = await lookup(t);
      if (exact) add(i, [exact], TIER.literal, WEIGHT.exact);
      const stemmed = s !== t ? await lookup(s) : null;
      if (stemmed) add(i, [stemmed], TIER.literal, WEIGHT.stem);
      common[i] = Boolean(exact?.common || stemmed?.common);
      if (i + 1 < tokens.length) {
        const joined = await lookup(t + tokens[i + 1]);
        if (joined) { add(i, [joined], TIER.literal, WEIGHT.exact); add(i + 1, [joined], TIER.literal, WEIGHT.exact); }
      }
      if (common[i]) continue;
      const isLast = i === tokens.length - 1;
      if (isLast && prefixLast && [...t].length >= 3) {
        const lex = await shardOf(t);
        const completions = (lex ? lex.entries : [])
          .filter((e) => e.term.startsWith(t) && e.term !== t && e.term !== s)
          .sort((a, b) => b.df - a.df || a.term.length - b.term.length)
          .slice(0, MAX_PREFIX_TERMS);
        for (const e of completions) add(i, [e], TIER.prefix, WEIGHT.prefix * Math.sqrt(t.length / e.term.length));
      }
      const edits = allowedEdits(t);
      if (edits > 0) {
        // Typos are always tried (ranked below literal and prefix matches), except inflections
        // of the word itself, which already matched literally.
        const typos = (await typoCandidates(t, alts[i].length === 0))
          .filter((e) => stem(e.term) !== s && !(isLast && prefixLast && e.term.startsWith(t)))
          .map((e) => ({ e, d: editDistance(t, e.term, edits) }))
          .filter(({ d }) => d > 0 && d <= edits)
          .sort((a, b) => a.d - b.d || b.e.df - a.e.df)
          .slice(0, MAX_TYPO_TERMS);
        for (const { e, d } of typos) add(i, [e], TIER.typo, d === 1 ? WEIGHT.typo1 : WEIGHT.typo2);
      }
    }
    // Synonyms and acronyms: a phrase of the group found in the query brings in the other phrases.
    // A word that matched nothing in the index may still be a typo of a synonym ("eenzaamhied").
    const unmatched = alts.map((a) => a.length === 0);
    const same = (w, i) => w === tokens[i] || stem(w) === stem(tokens[i])
      || (unmatched[i] && allowedEdits(tokens[i]) > 0 && editDistance(w, tokens[i], allowedEdits(tokens[i])) <= allowedEdits(tokens[i]));
    for (const group of synonymGroups) {
      for (const phrase of group) {
        for (let i = 0; i + phrase.length <= tokens.length; i++) {
          if (!phrase.every((w, k) => same(w, i + k))) continue;
          if (phrase.some((_, k) => common[i + k])) continue;
          for (const other of group) {
            if (other === phrase) continue;
            const keys = [];
            for (const w of other) {
              const e = (await lookup(w)) ?? (await lookup(stem(w)));
              if (!e) { keys.length = 0; break; }
              keys.push(e);
            }
            if (keys.length === 0) continue;
            for (let k = 0; k < phrase.length; k++) add(i + k, keys, TIER.synonym, WEIGHT.synonym);
          }
        }
      }
    }
    return alts;
  }

  /** Best match per document for one query word: the lowest tier, then the highest score. */
  async function matchToken(alts, exact) {
    const best = new Map();
    const offer = (doc, tier, score) => {
      const cur = best.get(doc);
      if (!cur || tier < cur.tier || (tier === cur.tier && score > cur.score)) best.set(doc, { tier, score });
    };
    for (const alt of alts) {
      const lists = await Promise.all(alt.keys.map((e) => postingsFor(e, exact)));
      if (lists.length === 1) {
        for (const [doc, impact] of lists[0]) offer(doc, alt.tier, alt.weight * impact);
      } else {
        const maps = lists.map((l) => new Map(l));
        for (const [doc] of lists[0]) {
          if (!maps.every((m) => m.has(doc))) continue;
          const mean = maps.reduce((sum, m) => sum + m.get(doc), 0) / maps.length;
          offer(doc, alt.tier, alt.weight * mean);
        }
      }
    }
    return best;
  }

  /** "Bedoelde u …?": the closest real words of the site for the query words. */
  async function suggest(tokens) {
    let changed = false;
    const words = [];
    for (const t of tokens) {
      const max = [...t].length >= 8 ? 3 : [...t].length >= 4 ? 2 : 1;
      if ((await lookup(t))?.word) { words.push(t); continue; }
      const best = (await typoCandidates(t, true))
        .filter((e) => e.word)
        .map((e) => ({ e, d: editDistance(t, e.term, max) }))
        .filter(({ d }) => d <= max)
        .sort((a, b) => a.d - b.d || b.e.df - a.e.df)[0];
      if (best && best.e.term !== t) { words.push(best.e.term); changed = true; } else words.push(t);
    }
    return changed ? words.join(' ') : null;
  }

  /** Display data for document ids, fetching only the metadata chunks they live in.
   * `openingstijden` (voorzieningen and loketten that have them) is nu-open.js's schedule object. */
  async function describe(ids) {
    const m = await manifest();
    return Promise.all(ids.map(async ({ id, tier, score }) => {
      const rows = await docChunk(Math.floor(id / m.docChunk));
      const [url, type, title, summary, municipalities, flags, openingstijden] = rows[id % m.docChunk];
      const result = { id, url, type, title, summary, municipalities, free: (flags & 1) === 1, open: (flags & 2) === 2, tier, score };
      if (openingstijden) result.openingstijden = openingstijden;
      return result;
    }));
  }

  /**
   * Runs a query. `filters` maps facet names to arrays of value keys (as in the URL).
   * Returns the first page of results, the total, facet counts over all results and,
   * when nothing matches, a suggestion.
   *
   * Options: `exact` ranks with full posting lists (the UI asks for it when paging past
   * `exactUpTo`); `allFacets` fetches facet files even past FACET_BUDGET. Without `exact`, a
   * common word scores its documents outside the block's top postings with their mean impact:
   * one-word queries rank exactly up to `exactUpTo`, queries mixing words approximately (totals,
   * tiers and which documents match stay exact). With a filter on, both
   * happen anyway, because filtering needs every document's facets and ranking then reaches past
   * the common blocks' top postings. Without them, `facets` is null when counting would cost too
   * much (`facetsDeferred`).
   */
  async function search(query, filters = {}, { page = 0, pageSize = PAGE_SIZE, exact = false, allFacets = false } = {}) {
    const m = await manifest();
    const { tokens, prefixLast } = parseQuery(query);
    const filtering = FACETS.some((f) => [].concat(filters[f] ?? []).length > 0);
    const useExact = exact || filtering;
    const empty = {
      query, tokens, total: 0, ranked: [], results: [], facets: facetList(m, {}, {}), suggestion: null,
      exactUpTo: Infinity, facetsDeferred: false,
    };
    if (tokens.length === 0) return empty;
    const alts = await alternatives(tokens, prefixLast, m.synonyms ?? []);
    const perToken = await Promise.all(alts.map((a) => matchToken(a, useExact)));
    const docs = new Map();
    perToken.forEach((best) => {
      for (const [doc, { tier, score }] of best) {
        const d = docs.get(doc) ?? { id: doc, cover: 0, tier: 0, score: 0 };
        d.cover += 1; d.tier += tier; d.score += score;
        docs.set(doc, d);
      }
    });
    // Every query word must match, unless that leaves almost nothing: then one word may miss
    // (natural questions carry words like "voel" or "heeft"); full matches still rank first.
    let candidates = [...docs.values()];
    const full = candidates.filter((d) => d.cover === tokens.length);
    const need = full.length >= MIN_FULL_MATCHES || tokens.length < 2 ? tokens.length : tokens.length - 1;
    if (candidates.some((d) => d.cover >= need)) candidates = candidates.filter((d) => d.cover >= need);
    if (candidates.length === 0) return { ...empty, suggestion: await suggest(tokens) };
    const commonKeys = useExact ? [] : [...new Set(alts.flat().flatMap((a) => a.keys).filter((e) => e.common))];

    const selected = selectedCodes(m, filters);
    let counts = null;
    let keep = null;
    const precomputed = await precomputedCounts(commonKeys, candidates);
    const chunkIds = [...new Set(candidates.map((d) => Math.floor(d.id / m.facetChunk)))];
    const chunkCost = chunkIds.reduce((sum, n) => sum + (m.facetSizes?.[n] ?? 0), 0);
    if (precomputed && !filtering) {
      counts = precomputed;
    } else if (filtering || allFacets || chunkCost <= FACET_BUDGET) {
      const chunks = new Map(await Promise.all(chunkIds.map(async (n) => [n, await facetChunk(n)])));
      const counted = countFacets(
        candidates.map((d) => [d.id, chunks.get(Math.floor(d.id / m.facetChunk))[d.id % m.facetChunk]]), selected);
      counts = counted.counts;
      keep = new Set(counted.matching);
    }
    const ranked = candidates.filter((d) => !keep || keep.has(d.id))
      .sort((a, b) => b.cover - a.cover || a.tier - b.tier || b.score - a.score || a.id - b.id);
    const results = await describe(ranked.slice(page * pageSize, (page + 1) * pageSize));
    return {
      query, tokens, total: ranked.length, ranked, results, suggestion: null,
      facets: counts ? facetList(m, counts, selected) : null, facetsDeferred: !counts,
      exactUpTo: commonKeys.length > 0 ? m.topK : Infinity,
    };
  }

  /** Facet counts from a common block, when the candidates are exactly that term's documents. */
  async function precomputedCounts(commonKeys, candidates) {
    for (const e of commonKeys) {
      const block = await commonBlock(e);
      if (block.total !== candidates.length) continue;
      const docs = new Set(block.list.map(([doc]) => doc));
      if (candidates.every((d) => docs.has(d.id))) return block.counts;
    }
    return null;
  }

  return { search, describe, stats, manifest };
}

function selectedCodes(m, filters) {
  const out = {};
  for (const f of FACETS) {
    const keys = new Set([].concat(filters[f] ?? []));
    out[f] = new Set();
    (m.facets[f] ?? []).forEach(([key], code) => { if (keys.has(key)) out[f].add(code); });
  }
  return out;
}

/** Facet values with counts, most frequent first; selected values always stay visible. */
function facetList(m, counts, selected) {
  const out = {};
  for (const f of FACETS) {
    out[f] = (m.facets[f] ?? [])
      .map(([key, label], code) => ({ key, label, count: counts[f]?.get(code) ?? 0, selected: selected[f]?.has(code) ?? false }))
      .filter((v) => v.count > 0 || v.selected)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  }
  return out;
}
