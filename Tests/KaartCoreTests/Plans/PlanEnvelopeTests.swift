import Foundation
import Testing
@testable import KaartCore

@Suite("PlanEnvelope")
struct PlanEnvelopeTests {
    let token = PlanTestSupport.token(seed: 2026)
    let html = "<h1>Uw plan, Fatima</h1><p>Wekelijks naar de inloop — één keer per week.</p>"

    func sealed() throws -> PlanEnvelope {
        try PlanEnvelope.seal(plaintextHTML: html, token: token, geldigTot: "2027-05-01",
                              nonceSource: SeededRandomBytes(seed: 9))
    }

    @Test func roundTrip() throws {
        let envelope = try sealed()
        #expect(envelope.v == 1)
        #expect(envelope.id == PlanKeyDerivation(token: token).pageId)
        #expect(envelope.geldigTot == "2027-05-01")
        #expect(try envelope.open(token: token) == html)
        #expect(!envelope.jsonString.contains("Fatima"))
    }

    @Test func dataIsNonceCiphertextTag() throws {
        let nonce: [UInt8] = Array(1...12)
        let envelope = try PlanEnvelope.seal(plaintextHTML: html, token: token, geldigTot: "2027-05-01",
                                             nonceSource: FixedRandomBytes(value: nonce))
        let data = try #require(Data(base64Encoded: envelope.data))
        #expect(Array(data.prefix(12)) == nonce)
        #expect(data.count == 12 + html.utf8.count + 16)
    }

    @Test func freshNonceEveryTime() throws {
        let a = try PlanEnvelope.seal(plaintextHTML: html, token: token, geldigTot: "2027-05-01")
        let b = try PlanEnvelope.seal(plaintextHTML: html, token: token, geldigTot: "2027-05-01")
        #expect(a.data != b.data)
        #expect(Data(base64Encoded: a.data)!.prefix(12) != Data(base64Encoded: b.data)!.prefix(12))
    }

    @Test func everyTamperedByteFails() throws {
        let envelope = try sealed()
        let data = try #require(Data(base64Encoded: envelope.data))
        for index in 0..<data.count {
            var bytes = data
            bytes[index] ^= 0x01
            var tampered = envelope
            tampered.data = bytes.base64EncodedString()
            #expect(throws: PlanCryptoError.authenticationFailed) { try tampered.open(token: token) }
        }
        var truncated = envelope
        truncated.data = data.prefix(20).base64EncodedString()
        #expect(throws: PlanCryptoError.malformedEnvelope) { try truncated.open(token: token) }
    }

    @Test func wrongTokenFails() throws {
        let envelope = try sealed()
        #expect(throws: PlanCryptoError.wrongToken) { try envelope.open(token: PlanTestSupport.token(seed: 1)) }
        // Even if an attacker rewrites the id to match another token, the key is still wrong.
        let other = PlanTestSupport.token(seed: 1)
        var forged = envelope
        forged.id = PlanKeyDerivation(token: other).pageId
        #expect(throws: PlanCryptoError.authenticationFailed) { try forged.open(token: other) }
    }

    @Test func alteredAuthenticatedDataFails() throws {
        let envelope = try sealed()
        var later = envelope
        later.geldigTot = "2099-12-31"
        #expect(throws: PlanCryptoError.authenticationFailed) { try later.open(token: token) }
        var newer = envelope
        newer.v = 2
        #expect(throws: PlanCryptoError.unsupportedVersion(2)) { try newer.open(token: token) }
    }

    @Test func additionalDataIsDocumentedString() {
        let aad = PlanEnvelope.additionalData(id: "abc", geldigTot: "2027-05-01")
        #expect(String(decoding: aad, as: UTF8.self) == "kaart-plan|v1|abc|2027-05-01")
    }

    @Test func jsonIsCanonicalAndReadable() throws {
        let envelope = try sealed()
        let json = envelope.jsonString
        #expect(json.hasPrefix("{\"v\":1,\"id\":\"\(envelope.id)\",\"geldig_tot\":\"2027-05-01\",\"data\":\""))
        #expect(!json.contains("<") && !json.contains("\\/"))
        #expect(try PlanEnvelope(json: json) == envelope)
        #expect(throws: PlanCryptoError.malformedEnvelope) { try PlanEnvelope(json: "{\"v\":1}") }
    }

    @Test func invalidDateIsRejected() {
        for date in ["2027-02-30", "27-05-01", "2027-5-1", "1 mei 2027", "2027-13-01", "<script>"] {
            #expect(throws: PlanCryptoError.invalidDate(date)) {
                try PlanEnvelope.seal(plaintextHTML: "x", token: token, geldigTot: date)
            }
        }
        #expect(PlanDate.isValid("2028-02-29"))
        #expect(!PlanDate.isValid("2027-02-29"))
    }
}
