import Crypto
import Foundation

/// The encrypted plan as published on the page, version 1:
///
/// ```json
/// {"v":1,"id":"<page id>","geldig_tot":"YYYY-MM-DD","data":"<base64(nonce ‖ ciphertext ‖ tag)>"}
/// ```
///
/// - cipher: AES-256-GCM, key from `PlanKeyDerivation`, fresh random 96-bit nonce per seal;
/// - `data`: standard base64 (with padding) of nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes).
///   WebCrypto decrypts with `iv` = the first 12 bytes and the rest as input;
/// - additional authenticated data: the UTF-8 bytes of `kaart-plan|v1|<id>|<geldig_tot>`, so the
///   version, page id and expiry date cannot be changed without decryption failing.
public struct PlanEnvelope: Sendable, Equatable, Codable {
    /// The only format version this code writes and reads.
    public static let currentVersion = 1
    /// Nonce length in bytes (96 bits, the GCM standard).
    public static let nonceByteCount = 12
    /// Authentication tag length in bytes.
    public static let tagByteCount = 16

    /// Format version.
    public var v: Int
    /// Page id the envelope belongs to.
    public var id: String
    /// Last day the plan is valid (`YYYY-MM-DD`).
    public var geldigTot: String
    /// base64(nonce ‖ ciphertext ‖ tag).
    public var data: String

    enum CodingKeys: String, CodingKey {
        case v, id, data
        case geldigTot = "geldig_tot"
    }

    /// Creates an envelope from its parts (used when reading or in tests).
    public init(v: Int, id: String, geldigTot: String, data: String) {
        self.v = v
        self.id = id
        self.geldigTot = geldigTot
        self.data = data
    }

    /// The authenticated data for a version-1 envelope.
    public static func additionalData(id: String, geldigTot: String) -> Data {
        Data("kaart-plan|v1|\(id)|\(geldigTot)".utf8)
    }

    /// Encrypts `plaintextHTML` for the holder of `token`.
    /// - Parameter nonceSource: where the 12 nonce bytes come from; the system CSPRNG in production.
    /// - Throws: `PlanCryptoError.invalidDate` when `geldigTot` is not `YYYY-MM-DD`.
    public static func seal(
        plaintextHTML: String, token: PlanToken, geldigTot: String,
        nonceSource: any RandomBytesSource = SystemRandomBytes()
    ) throws -> PlanEnvelope {
        guard PlanDate.isValid(geldigTot) else { throw PlanCryptoError.invalidDate(geldigTot) }
        let derived = PlanKeyDerivation(token: token)
        let nonceBytes = nonceSource.bytes(nonceByteCount)
        guard nonceBytes.count == nonceByteCount else { throw PlanCryptoError.malformedEnvelope }
        let box = try AES.GCM.seal(
            Data(plaintextHTML.utf8), using: derived.key, nonce: AES.GCM.Nonce(data: nonceBytes),
            authenticating: additionalData(id: derived.pageId, geldigTot: geldigTot))
        guard let combined = box.combined else { throw PlanCryptoError.malformedEnvelope }
        return PlanEnvelope(
            v: currentVersion, id: derived.pageId, geldigTot: geldigTot, data: combined.base64EncodedString())
    }

    /// Decrypts with `token`. Throws `PlanCryptoError` when the version is unknown, the token
    /// belongs to another page, or any byte of data, id or date was altered.
    public func open(token: PlanToken) throws -> String {
        guard v == Self.currentVersion else { throw PlanCryptoError.unsupportedVersion(v) }
        let derived = PlanKeyDerivation(token: token)
        guard derived.pageId == id else { throw PlanCryptoError.wrongToken }
        guard let combined = Data(base64Encoded: data),
              combined.count >= Self.nonceByteCount + Self.tagByteCount
        else { throw PlanCryptoError.malformedEnvelope }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            let plain = try AES.GCM.open(
                box, using: derived.key, authenticating: Self.additionalData(id: id, geldigTot: geldigTot))
            guard let text = String(data: plain, encoding: .utf8) else { throw PlanCryptoError.malformedEnvelope }
            return text
        } catch let error as PlanCryptoError {
            throw error
        } catch {
            throw PlanCryptoError.authenticationFailed
        }
    }

    /// Canonical JSON with keys in the documented order (`v`, `id`, `geldig_tot`, `data`).
    /// The values hold only digits, hex, `-` and base64, so the result is safe inside
    /// `<script type="application/json">` (it can never contain `<`).
    public var jsonString: String {
        "{\"v\":\(v),\"id\":\"\(id)\",\"geldig_tot\":\"\(geldigTot)\",\"data\":\"\(data)\"}"
    }

    /// Reads an envelope from JSON text.
    public init(json: String) throws {
        do {
            self = try JSONDecoder().decode(PlanEnvelope.self, from: Data(json.utf8))
        } catch {
            throw PlanCryptoError.malformedEnvelope
        }
    }
}

/// Why sealing or opening a plan failed.
public enum PlanCryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidDate(String)
    case unsupportedVersion(Int)
    case wrongToken
    case malformedEnvelope
    case authenticationFailed

    /// A Dutch explanation.
    public var description: String {
        switch self {
        case .invalidDate(let value): "De datum \"\(value)\" is geen geldige datum in de vorm JJJJ-MM-DD."
        case .unsupportedVersion(let version): "Deze versie van het versleutelde plan (\(version)) wordt niet ondersteund."
        case .wrongToken: "Deze code past niet bij dit plan."
        case .malformedEnvelope: "Het versleutelde plan is beschadigd."
        case .authenticationFailed: "Het plan kan niet worden geopend: de code past niet of het bestand is veranderd."
        }
    }
}
