import Crypto
import Foundation

/// Derives the public page id and the secret AES key from a plan token with HKDF-SHA256 (RFC 5869).
///
/// - input key material: the token's 16 raw bytes (not its text form);
/// - salt: `"kaart-plan-v1"` (UTF-8). Versioned so a future format gets unrelated ids and keys;
/// - info `"page-id"`, 16 bytes → 32 lower-case hex characters, used in `/plan/<id>/`;
/// - info `"aes-key"`, 32 bytes → the AES-256-GCM key.
///
/// No slow KDF: the token is 128 uniformly random bits, so brute force is infeasible whatever the
/// per-guess cost, and HKDF's separate `info` labels make the id reveal nothing about the key.
/// `templates/assets/plan-crypto.js` implements the same derivation with WebCrypto.
public struct PlanKeyDerivation: Sendable {
    /// HKDF salt, identical in plan-crypto.js.
    public static let salt = "kaart-plan-v1"
    /// HKDF info label for the page id.
    public static let pageIdInfo = "page-id"
    /// HKDF info label for the AES key.
    public static let aesKeyInfo = "aes-key"
    /// Page id length in bytes before hex encoding.
    public static let pageIdByteCount = 16

    /// Public page id: 32 lower-case hex characters.
    public let pageId: String
    /// Secret AES-256-GCM key bytes; kept as plain bytes so the struct is `Sendable`.
    private let keyBytes: [UInt8]

    /// Secret AES-256-GCM key.
    public var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// Derives both values from `token`.
    public init(token: PlanToken) {
        let material = SymmetricKey(data: token.bytes)
        let salt = Data(Self.salt.utf8)
        let idKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: material, salt: salt, info: Data(Self.pageIdInfo.utf8),
            outputByteCount: Self.pageIdByteCount)
        pageId = idKey.withUnsafeBytes { PlanHex.encode(Array($0)) }
        let aesKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: material, salt: salt, info: Data(Self.aesKeyInfo.utf8),
            outputByteCount: 32)
        keyBytes = aesKey.withUnsafeBytes { Array($0) }
    }

    /// The key bytes as lower-case hex; for test vectors only.
    public var keyHex: String { PlanHex.encode(keyBytes) }
}
