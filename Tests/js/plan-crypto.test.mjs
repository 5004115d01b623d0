// node --test Tests/js/plan-crypto.test.mjs
// Opens the Swift-sealed envelopes of Tests/vectors/plan-crypto.json with WebCrypto through
// templates/assets/plan-crypto.js, and checks that tampering, a wrong token and a changed
// geldig_tot (authenticated data) all fail.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  parseToken, formatToken, base32Encode, toHex, fromBase64, derivePageId, deriveKeyBytes,
  openEnvelope, PlanOpenError, additionalData,
} from "../../templates/assets/plan-crypto.js";

const vectorsURL = new URL("../vectors/plan-crypto.json", import.meta.url);
const { vectors } = JSON.parse(readFileSync(vectorsURL, "utf8"));

test("there are several vectors", () => {
  assert.ok(vectors.length >= 4);
});

for (const vector of vectors) {
  test(`vector ${vector.name}: token parses to the same bytes as in Swift`, () => {
    const bytes = parseToken(vector.token);
    assert.equal(toHex(bytes), vector.token_hex);
    assert.equal(formatToken(bytes), vector.token);
    assert.equal(toHex(parseToken(vector.token.toLowerCase().replaceAll("-", " "))), vector.token_hex);
  });

  test(`vector ${vector.name}: HKDF page id and key match Swift`, async () => {
    const bytes = parseToken(vector.token);
    assert.equal(await derivePageId(bytes), vector.page_id);
    assert.equal(toHex(await deriveKeyBytes(bytes)), vector.key_hex);
    assert.equal(new TextDecoder().decode(additionalData(vector.envelope.id, vector.envelope.geldig_tot)), vector.aad);
  });

  test(`vector ${vector.name}: WebCrypto opens the Swift envelope`, async () => {
    assert.equal(await openEnvelope(vector.envelope, vector.token), vector.plaintext);
    // What a person types: lower case, spaces, and O for 0 / l for 1 still work.
    const typed = vector.token.toLowerCase().replaceAll("-", " ").replaceAll("0", "o").replaceAll("1", "l");
    assert.equal(await openEnvelope(vector.envelope, typed), vector.plaintext);
    assert.equal(toHex(fromBase64(vector.envelope.data).subarray(0, 12)), vector.nonce_hex);
  });

  test(`vector ${vector.name}: every tampered byte fails`, async () => {
    const data = fromBase64(vector.envelope.data);
    for (let i = 0; i < data.length; i++) {
      const copy = data.slice();
      copy[i] ^= 0x01;
      const tampered = { ...vector.envelope, data: Buffer.from(copy).toString("base64") };
      await assert.rejects(openEnvelope(tampered, vector.token), PlanOpenError, `byte ${i}`);
    }
  });

  test(`vector ${vector.name}: wrong token fails`, async () => {
    const bytes = parseToken(vector.token);
    bytes[15] ^= 0x04; // flip one bit that survives base32 (bit 2 of the last byte)
    const wrong = formatToken(bytes);
    assert.notEqual(wrong, vector.token);
    await assert.rejects(openEnvelope(vector.envelope, wrong), PlanOpenError);
    // Even with the id rewritten to match the wrong token, decryption fails.
    const forged = { ...vector.envelope, id: await derivePageId(bytes) };
    await assert.rejects(openEnvelope(forged, wrong), PlanOpenError);
  });

  test(`vector ${vector.name}: changed geldig_tot, id or version fails`, async () => {
    await assert.rejects(openEnvelope({ ...vector.envelope, geldig_tot: "2099-12-31" }, vector.token), PlanOpenError);
    await assert.rejects(openEnvelope({ ...vector.envelope, id: "0".repeat(32) }, vector.token), PlanOpenError);
    await assert.rejects(openEnvelope({ ...vector.envelope, v: 2 }, vector.token), PlanOpenError);
  });
}

test("token parsing rejects bad input like Swift does", () => {
  const good = vectors[0].token;
  const compact = good.replaceAll("-", "");
  assert.equal(parseToken(compact.slice(1)), null, "too short");
  assert.equal(parseToken(compact + "0"), null, "too long");
  assert.equal(parseToken("U" + compact.slice(1)), null, "U is not Crockford");
  assert.equal(parseToken("*" + compact.slice(1)), null);
  assert.equal(parseToken(compact.slice(0, -1) + "1"), null, "non-zero padding bits");
  assert.equal(parseToken(""), null);
  assert.equal(parseToken(undefined), null);
});

test("base32 known values match the Swift tests", () => {
  assert.equal(base32Encode(new Uint8Array(16).fill(0xff)), "Z".repeat(25) + "W");
  assert.equal(base32Encode(new Uint8Array([0x41])), "84");
  assert.equal(formatToken(new Uint8Array(16)), "0000-0000-0000-0000-0000-0000-00");
});

test("malformed envelopes fail with the generic error", async () => {
  const { envelope, token } = vectors[0];
  await assert.rejects(openEnvelope(null, token), PlanOpenError);
  await assert.rejects(openEnvelope({ ...envelope, data: "AAAA" }, token), PlanOpenError);
  await assert.rejects(openEnvelope({ ...envelope, data: "!!" }, token), PlanOpenError);
  await assert.rejects(openEnvelope(envelope, "geen code"), PlanOpenError);
});
