// Dutch text normalisation for search. Mirrors Sources/KaartCore/Index/DutchNormalizer.swift;
// the shared vectors in Tests/vectors/normaliser.json keep the two in step.

/** Function words that carry no meaning for search. */
export const STOP_WORDS = new Set([
  'aan', 'als', 'bij', 'dat', 'de', 'der', 'des', 'die', 'dit', 'door', 'een', 'en', 'er',
  'het', 'hij', 'hoe', 'ik', 'in', 'is', 'je', 'jij', 'maar', 'me', 'met', 'mij', 'mijn',
  'naar', 'niet', 'of', 'om', 'onze', 'ook', 'op', 'over', 'te', 'ten', 'ter', 'tot', 'u',
  'uit', 'uw', 'van', 'voor', 'wat', 'we', 'welke', 'wie', 'wij', 'zal', 'ze', 'zich',
  'zij', 'zijn',
]);

/** NFKC, lower case, diacritics and apostrophes removed (the ĳ ligature becomes "ij"). */
export function fold(text) {
  return String(text)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{Mn}\p{Mc}\p{Me}'\u2019]/gu, '');
}

/** Folds and splits on everything that is not a letter or digit. */
export function tokenize(text) {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Tokens worth indexing or querying: no stop words, at least two characters. */
export function terms(text) {
  return tokenize(text).filter((t) => [...t].length >= 2 && !STOP_WORDS.has(t));
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isLetter = (c) => /\p{L}/u.test(c);

function undoubleConsonant(s) {
  const n = s.length;
  if (n >= 4 && s[n - 1] === s[n - 2] && !VOWELS.has(s[n - 1]) && isLetter(s[n - 1])) s.pop();
}

function undoubleVowel(s) {
  const n = s.length;
  if (n < 5) return;
  const d = s[n - 1], v1 = s[n - 2], v2 = s[n - 3], c = s[n - 4];
  if (v1 === v2 && 'aeou'.includes(v1) && !VOWELS.has(d) && isLetter(d) && !VOWELS.has(c)) {
    s.splice(n - 2, 1);
  }
}

/**
 * A light suffix stemmer. It never strips prefixes, so `ge-` words keep their identity
 * (begeleiding ≠ beleid, gezondheid ≠ zon). Input must already be folded.
 */
export function stem(token) {
  const s = [...token];
  if (s.length < 4 || s.some((c) => /\p{N}/u.test(c))) return token;
  const ends = (suffix) => s.length >= suffix.length && s.slice(s.length - suffix.length).join('') === suffix;
  const drop = (n) => { s.length -= n; };
  if (ends('heden') && s.length > 6) { drop(5); s.push(...'heid'); return s.join(''); }
  if (ends('ingen') && s.length > 6) { drop(2); return s.join(''); }
  if (ends('tjes') && s.length - 4 >= 3) drop(4);
  else if (ends('tje') && s.length - 3 >= 3) drop(3);
  else if (ends('jes') && s.length - 3 >= 3) drop(3);
  else if (ends('je') && s.length - 2 >= 3) drop(2);
  if (ends('en') && s.length - 2 >= 3) {
    drop(2);
    undoubleConsonant(s);
  } else if (s.length >= 5 && (ends('ers') || ends('els') || ends('os') || ends('ys'))) {
    drop(1);
  } else if (ends('e') && s.length - 1 >= 3 && !VOWELS.has(s[s.length - 2])) {
    drop(1);
    undoubleConsonant(s);
  }
  undoubleVowel(s);
  return s.join('');
}

/** Damerau (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a, b, max = 2) {
  const x = [...a], y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev2 = null;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (prev2 && i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[y.length];
}

/** Edits allowed for a typed word: none below 5 letters, 1 for 5–8, 2 from 9. */
export function allowedEdits(word) {
  const n = [...word].length;
  if (n < 5) return 0;
  return n <= 8 ? 1 : 2;
}
