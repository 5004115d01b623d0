import Crypto
import Foundation
import Testing
@testable import KaartCore

@Suite("PlanKeyDerivation")
struct PlanKeyDerivationTests {
    @Test func deterministicAndDistinct() {
        let token = PlanTestSupport.token(seed: 42)
        let a = PlanKeyDerivation(token: token)
        let b = PlanKeyDerivation(token: PlanToken(parsing: token.formatted.lowercased())!)
        #expect(a.pageId == b.pageId)
        #expect(a.keyHex == b.keyHex)
        let other = PlanKeyDerivation(token: PlanTestSupport.token(seed: 43))
        #expect(other.pageId != a.pageId)
        #expect(other.keyHex != a.keyHex)
    }

    @Test func shapes() {
        let derived = PlanKeyDerivation(token: PlanTestSupport.token(seed: 1))
        #expect(derived.pageId.count == 32)
        #expect(derived.pageId.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(derived.keyHex.count == 64)
        // The public id is not a prefix of the secret key.
        #expect(!derived.keyHex.hasPrefix(derived.pageId))
    }

    /// Recomputes RFC 5869 by hand with HMAC-SHA256, pinning the documented salt and info labels
    /// (the JS side uses exactly these).
    @Test func matchesHandWrittenHKDF() {
        let token = PlanTestSupport.token(seed: 5)
        let prk = HMAC<SHA256>.authenticationCode(
            for: token.bytes, using: SymmetricKey(data: Data("kaart-plan-v1".utf8)))
        func expand(_ info: String, _ length: Int) -> [UInt8] {
            var okm: [UInt8] = []
            var previous: [UInt8] = []
            var counter: UInt8 = 1
            while okm.count < length {
                let block = HMAC<SHA256>.authenticationCode(
                    for: previous + Array(info.utf8) + [counter], using: SymmetricKey(data: Data(prk)))
                previous = Array(block)
                okm += previous
                counter += 1
            }
            return Array(okm.prefix(length))
        }
        let derived = PlanKeyDerivation(token: token)
        #expect(derived.pageId == PlanHex.encode(expand("page-id", 16)))
        #expect(derived.keyHex == PlanHex.encode(expand("aes-key", 32)))
    }

    @Test func hexRoundTrip() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xfe, 0xff]
        #expect(PlanHex.encode(bytes) == "00017f80feff")
        #expect(PlanHex.decode("00017F80FEFF") == bytes)
        #expect(PlanHex.decode("abc") == nil)
        #expect(PlanHex.decode("zz") == nil)
    }
}
