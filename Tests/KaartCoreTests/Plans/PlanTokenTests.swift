import Foundation
import Testing
@testable import KaartCore

@Suite("PlanToken")
struct PlanTokenTests {
    static let groupedPattern = #"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}-[0-9A-HJKMNP-TV-Z]{2}$"#

    @Test func formattedIsCrockfordInGroupsOfFour() throws {
        for seed in UInt64(0)..<50 {
            let token = PlanTestSupport.token(seed: seed)
            #expect(token.formatted.range(of: Self.groupedPattern, options: .regularExpression) != nil, "\(token.formatted)")
            #expect(token.compact.count == 26)
            #expect(token.formatted.count == 32)
        }
    }

    @Test func systemRandomBytesGivesTheCountAskedForAndNewBytesEachTime() {
        let source = SystemRandomBytes()
        for count in [0, 1, 7, 8, 9, 12, 16, 33] {
            #expect(source.bytes(count).count == count)
        }
        // Two draws of 16 bytes are equal with a chance of 2^-128; a stuck or zero-filled source is not.
        let first = source.bytes(16), second = source.bytes(16)
        #expect(first != second)
        #expect(first != [UInt8](repeating: 0, count: 16))
    }

    @Test func knownEncoding() {
        // 0x00…00 → all zeros; 0xFF…FF → 25 × 'Z' and a last symbol holding 3 one-bits + 2 zero padding bits (0b11100 = 'W').
        #expect(PlanToken(bytes: [UInt8](repeating: 0, count: 16))?.formatted == "0000-0000-0000-0000-0000-0000-00")
        #expect(PlanToken(bytes: [UInt8](repeating: 0xFF, count: 16))?.compact == String(repeating: "Z", count: 25) + "W")
        #expect(CrockfordBase32.encode([0x41]) == "84")
    }

    @Test func parseRoundTrip() throws {
        for seed in UInt64(100)..<200 {
            let token = PlanTestSupport.token(seed: seed)
            #expect(PlanToken(parsing: token.formatted) == token)
            #expect(PlanToken(parsing: token.compact) == token)
        }
    }

    @Test func parsingIsTolerant() throws {
        let token = PlanTestSupport.token(seed: 7)
        let lower = token.formatted.lowercased()
        #expect(PlanToken(parsing: lower) == token)
        #expect(PlanToken(parsing: "  " + token.formatted.replacingOccurrences(of: "-", with: " ") + "\n") == token)
        #expect(PlanToken(parsing: token.formatted.replacingOccurrences(of: "-", with: "--")) == token)
        // White space as Unicode has it: a tab, a non-breaking space from a pasted link, an em space.
        for space in ["\t", "\u{00A0}", "\u{2003}", "\r\n"] {
            #expect(PlanToken(parsing: token.formatted.replacingOccurrences(of: "-", with: space)) == token, "\(space.debugDescription)")
        }
        // Crockford's aliases: I and L read as 1, O as 0.
        let zeros = PlanToken(bytes: [UInt8](repeating: 0, count: 16))!
        #expect(PlanToken(parsing: "OOOO-oooo-0000-0000-0000-0000-00") == zeros)
        let withOne = PlanToken(parsing: "1000-0000-0000-0000-0000-0000-00")!
        #expect(PlanToken(parsing: "I000-0000-0000-0000-0000-0000-00") == withOne)
        #expect(PlanToken(parsing: "l000-0000-0000-0000-0000-0000-00") == withOne)
        #expect(withOne.bytes[0] == 0x08)
    }

    @Test func parsingRejectsBadInput() {
        let token = PlanTestSupport.token(seed: 9)
        let compact = token.compact
        #expect(PlanToken(parsing: String(compact.dropLast())) == nil, "too short")
        #expect(PlanToken(parsing: compact + "0") == nil, "too long")
        #expect(PlanToken(parsing: "U" + compact.dropFirst()) == nil, "U is not Crockford")
        #expect(PlanToken(parsing: "*" + compact.dropFirst()) == nil)
        #expect(PlanToken(parsing: "é" + compact.dropFirst()) == nil)
        #expect(PlanToken(parsing: "é" + compact.dropFirst(2)) == nil, "two bytes in the place of two symbols")
        #expect(PlanToken(parsing: "") == nil)
        // The last symbol carries 2 padding bits that must be zero: '1' (00001) is not canonical.
        #expect(PlanToken(parsing: String(compact.dropLast()) + "1") == nil)
        #expect(PlanToken(bytes: [1, 2, 3]) == nil)
    }

    @Test func hasAtLeast128RandomBits() {
        let tokens = (0..<200).map { _ in PlanToken() }
        #expect(tokens.allSatisfy { $0.bytes.count * 8 >= 128 })
        #expect(Set(tokens).count == tokens.count)
        // Every bit position takes both values across 200 system tokens (p(failure) ≈ 128 · 2^-199).
        for bit in 0..<128 {
            let ones = tokens.filter { ($0.bytes[bit / 8] >> UInt8(7 - bit % 8)) & 1 == 1 }.count
            #expect(ones > 0 && ones < tokens.count, "bit \(bit) never changes")
        }
    }

    @Test func everyBitSurvivesTheTextForm() {
        for bit in 0..<128 {
            var bytes = [UInt8](repeating: 0, count: 16)
            bytes[bit / 8] = 0x80 >> UInt8(bit % 8)
            let token = PlanToken(bytes: bytes)!
            #expect(PlanToken(parsing: token.formatted)?.bytes == bytes)
        }
    }

    @Test func descriptionNeverShowsTheSecret() {
        let token = PlanTestSupport.token(seed: 3)
        #expect(!"\(token)".contains(token.compact.prefix(8)))
        #expect(!String(reflecting: token).contains(token.compact.prefix(8)))
    }

    @Test func seededSourceIsDeterministic() {
        #expect(SeededRandomBytes(seed: 1).bytes(32) == SeededRandomBytes(seed: 1).bytes(32))
        #expect(SeededRandomBytes(seed: 1).bytes(32) != SeededRandomBytes(seed: 2).bytes(32))
    }
}
