// "Mijn lijstje": the selection kept in the URL — parse, serialize, toggle, and refusing foreign paths.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  isValidPath, parseSelection, serializeSelection, toggle, pathFromHref, listPageURL, MAX_ITEMS,
} from "../../templates/assets/lijstje.js";

const ORIGIN = "https://kaart.example.nl/categorie/respijtzorg/";

test("entry paths of the four listed kinds are valid", () => {
  for (const p of ["voorzieningen/logeerhuis-de-linde", "lotgenotengroepen/alzheimer-cafe", "loketten/wmo-loket-lindeveen", "casussen/hulp-1"]) {
    assert.equal(isValidPath(p), true, p);
  }
});

test("foreign, nested, upper-case and script-like paths are refused", () => {
  for (const p of [
    "", "voorzieningen", "voorzieningen/", "plan/abc", "zoeken/index", "categorie/respijtzorg",
    "/voorzieningen/x", "voorzieningen/x/", "voorzieningen/../plan/x", "voorzieningen/X", "voorzieningen/a b",
    "https://evil.example/voorzieningen/x", "//evil.example/voorzieningen/x", "voorzieningen/x?y=1",
    "voorzieningen/<script>", "javascript:alert(1)", "voorzieningen/x/y", undefined, null, 42,
  ]) {
    assert.equal(isValidPath(p), false, String(p));
  }
});

test("parse reads the comma list, keeps order, drops duplicates and invalid parts", () => {
  assert.deepEqual(parseSelection("?lijst=voorzieningen/logeerhuis-de-linde,loketten/wmo-loket-lindeveen"),
    ["voorzieningen/logeerhuis-de-linde", "loketten/wmo-loket-lindeveen"]);
  assert.deepEqual(parseSelection("?q=logeren&lijst=loketten/b,plan/geheim,voorzieningen/a,loketten/b,,https://x.nl"),
    ["loketten/b", "voorzieningen/a"]);
  assert.deepEqual(parseSelection("?lijst=voorzieningen%2Fa%2Cloketten%2Fb"), ["voorzieningen/a", "loketten/b"]);
  assert.deepEqual(parseSelection(""), []);
  assert.deepEqual(parseSelection("?q=logeren"), []);
});

test("parse caps the list length", () => {
  const many = Array.from({ length: MAX_ITEMS + 10 }, (_, i) => `voorzieningen/v${i}`).join(",");
  assert.equal(parseSelection(`?lijst=${many}`).length, MAX_ITEMS);
});

test("serialize keeps other parameters and writes a readable list", () => {
  assert.equal(serializeSelection("?q=logeren&doelgroep=mantelzorgers", ["voorzieningen/a", "loketten/b"]),
    "?q=logeren&doelgroep=mantelzorgers&lijst=voorzieningen/a,loketten/b");
  assert.equal(serializeSelection("?lijst=voorzieningen/oud&q=x", ["voorzieningen/nieuw"]), "?q=x&lijst=voorzieningen/nieuw");
  assert.equal(serializeSelection("?q=x&lijst=voorzieningen/a", []), "?q=x");
  assert.equal(serializeSelection("", []), "");
  assert.equal(serializeSelection("?lijst=voorzieningen/a", ["plan/x"]), "");
});

test("serialize and parse round-trip", () => {
  const paths = ["casussen/c-1", "voorzieningen/a", "lotgenotengroepen/g"];
  assert.deepEqual(parseSelection(serializeSelection("?q=hulp", paths)), paths);
});

test("toggle adds, removes and flips without changing the input", () => {
  const start = ["voorzieningen/a"];
  assert.deepEqual(toggle(start, "loketten/b"), ["voorzieningen/a", "loketten/b"]);
  assert.deepEqual(toggle(start, "voorzieningen/a"), []);
  assert.deepEqual(toggle(start, "voorzieningen/a", true), ["voorzieningen/a"]);
  assert.deepEqual(toggle(start, "loketten/b", false), ["voorzieningen/a"]);
  assert.deepEqual(toggle(start, "plan/geheim", true), ["voorzieningen/a"]);
  assert.deepEqual(start, ["voorzieningen/a"]);
  const full = Array.from({ length: MAX_ITEMS }, (_, i) => `voorzieningen/v${i}`);
  assert.equal(toggle(full, "loketten/extra", true).length, MAX_ITEMS);
});

test("pathFromHref accepts same-origin entry links only", () => {
  assert.equal(pathFromHref("/voorzieningen/logeerhuis-de-linde/", ORIGIN), "voorzieningen/logeerhuis-de-linde");
  assert.equal(pathFromHref("../../loketten/wmo/", ORIGIN), "loketten/wmo");
  assert.equal(pathFromHref("/casussen/c-1/index.html", ORIGIN), "casussen/c-1");
  assert.equal(pathFromHref("https://evil.example/voorzieningen/x/", ORIGIN), null);
  assert.equal(pathFromHref("//evil.example/voorzieningen/x/", ORIGIN), null);
  assert.equal(pathFromHref("/categorie/respijtzorg/", ORIGIN), null);
  assert.equal(pathFromHref("/plan/abc/", ORIGIN), null);
  assert.equal(pathFromHref("http://[bad", ORIGIN), null);
});

test("the handout URL carries the selection", () => {
  assert.equal(listPageURL(["voorzieningen/a", "loketten/b"]), "/lijstje/?lijst=voorzieningen/a,loketten/b");
  assert.equal(listPageURL([]), "/lijstje/");
});
