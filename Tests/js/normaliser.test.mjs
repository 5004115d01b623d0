// Checks normalise.js against the vectors that the Swift tests check too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tokenize, terms, stem, fold, editDistance, allowedEdits } from '../../templates/assets/normalise.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/normaliser.json', import.meta.url), 'utf8'));

test('vector file has at least 60 cases', () => {
  const n = vectors.tokenize.length + vectors.terms.length + vectors.stem.length + vectors.split.length;
  assert.ok(n >= 60, `only ${n} cases`);
});

test('tokenize agrees with the shared vectors', () => {
  for (const { input, tokens } of vectors.tokenize) assert.deepEqual(tokenize(input), tokens, input);
});

test('terms agree with the shared vectors', () => {
  for (const { input, terms: expected } of vectors.terms) assert.deepEqual(terms(input), expected, input);
});

test('stem agrees with the shared vectors', () => {
  for (const { input, stem: expected } of vectors.stem) assert.equal(stem(input), expected, input);
});

test('fold removes diacritics and the ij ligature', () => {
  assert.equal(fold('Cliënt coördinatie ĳs'), 'client coordinatie ijs');
});

test('edit distance counts transpositions as one edit and allowances follow word length', () => {
  assert.equal(editDistance('demntie', 'dementie'), 1);
  assert.equal(editDistance('dmeentie', 'dementie'), 1);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
  assert.deepEqual(['zorg', 'zorgen', 'begeleidng', 'ondersteunnig'].map(allowedEdits), [0, 1, 2, 2]);
});
