// Pure crypto helpers for encrypted client plans. No DOM, no dependencies: runs in browsers and in
// node (>= 20, globalThis.crypto). Mirrors the Swift side (Sources/KaartCore/Protect):
//   token   = 16 random bytes, written as Crockford base32 in groups of four (XXXX-XXXX-…-XX)
//   page id = hex(HKDF-SHA256(token, salt "kaart-plan-v1", info "page-id", 16 bytes))
//   key     = HKDF-SHA256(token, salt "kaart-plan-v1", info "aes-key", 32 bytes) → AES-256-GCM
//   data    = base64(nonce(12) ‖ ciphertext ‖ tag(16)),  AAD = "kaart-plan|v1|<id>|<geldig_tot>"
// Tested by Tests/js/plan-crypto.test.mjs against Tests/vectors/plan-crypto.json.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TOKEN_BYTES = 16;
const TOKEN_SYMBOLS = 26;
const SALT = "kaart-plan-v1";
const encoder = new TextEncoder();

/** Value of one Crockford symbol (case-insensitive; I/L → 1, O → 0), or -1. */
function symbolValue(ch) {
  const upper = ch.toUpperCase();
  if (upper === "I" || upper === "L") return 1;
  if (upper === "O") return 0;
  return upper.length === 1 ? ALPHABET.indexOf(upper) : -1;
}

/** Crockford base32 of bytes, most significant bit first, last symbol zero-padded. */
export function base32Encode(bytes) {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Parses a token as typed or as found in the fragment. Ignores case, whitespace and dashes;
 * reads I/L as 1 and O as 0. Returns the 16 raw bytes, or null for a wrong length, an unknown
 * symbol, or non-zero padding bits (same rules as PlanToken(parsing:) in Swift).
 */
export function parseToken(text) {
  if (typeof text !== "string") return null;
  const symbols = text.replace(/[\s-]+/g, "");
  if (symbols.length !== TOKEN_SYMBOLS) return null;
  const out = new Uint8Array(TOKEN_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const ch of symbols) {
    const value = symbolValue(ch);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  if (index !== TOKEN_BYTES || (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** The canonical grouped form (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX) of raw token bytes. */
export function formatToken(bytes) {
  return base32Encode(bytes).match(/.{1,4}/g).join("-");
}

/** Lower-case hex of bytes. */
export function toHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Bytes from standard base64. */
export function fromBase64(text) {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The authenticated data of a version-1 envelope. */
export function additionalData(id, geldigTot) {
  return encoder.encode(`kaart-plan|v1|${id}|${geldigTot}`);
}

async function hkdfBits(tokenBytes, info, bits) {
  const material = await crypto.subtle.importKey("raw", tokenBytes, "HKDF", false, ["deriveBits"]);
  const params = { name: "HKDF", hash: "SHA-256", salt: encoder.encode(SALT), info: encoder.encode(info) };
  return new Uint8Array(await crypto.subtle.deriveBits(params, material, bits));
}

/** The page id (32 lower-case hex characters) for raw token bytes. */
export async function derivePageId(tokenBytes) {
  return toHex(await hkdfBits(tokenBytes, "page-id", 128));
}

/** The raw AES-256 key bytes (exposed for the shared test vectors). */
export async function deriveKeyBytes(tokenBytes) {
  return hkdfBits(tokenBytes, "aes-key", 256);
}

/** Thrown for every failure, on purpose without detail: the page shows one generic message. */
export class PlanOpenError extends Error {
  constructor() {
    super("plan kan niet worden geopend");
    this.name = "PlanOpenError";
  }
}

/**
 * Opens an envelope ({v, id, geldig_tot, data}) with a token string. Resolves to the plan's HTML
 * fragment; rejects with PlanOpenError when the token is malformed or belongs to another page,
 * the version is unknown, or any byte of data, id or geldig_tot was changed.
 */
export async function openEnvelope(envelope, tokenText) {
  const tokenBytes = parseToken(tokenText);
  if (!tokenBytes || !envelope || envelope.v !== 1) throw new PlanOpenError();
  if ((await derivePageId(tokenBytes)) !== envelope.id) throw new PlanOpenError();
  try {
    const raw = await deriveKeyBytes(tokenBytes);
    const key = await crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["decrypt"]);
    raw.fill(0);
    const data = fromBase64(envelope.data);
    if (data.length < 12 + 16) throw new PlanOpenError();
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: data.subarray(0, 12), additionalData: additionalData(envelope.id, envelope.geldig_tot), tagLength: 128 },
      key,
      data.subarray(12),
    );
    return new TextDecoder("utf-8", { fatal: true }).decode(plain);
  } catch {
    throw new PlanOpenError();
  }
}
