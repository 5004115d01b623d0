import Crypto
import Foundation
import Testing
@testable import KaartCore

/// Build caches on disk hold fingerprints, so `FingerprintHasher` must hash exactly the tagged,
/// length-prefixed byte stream it documents, however it gathers the bytes before hashing them.
@Suite("Fingerprints: the hashed byte stream")
struct FingerprintHasherTests {
    /// The documented stream, written out by hand: tag byte, 64-bit little-endian length, bytes.
    private struct ReferenceStream {
        var bytes: [UInt8] = []

        mutating func header(_ tag: UInt8, _ length: Int) {
            bytes.append(tag)
            withUnsafeBytes(of: UInt64(bitPattern: Int64(length)).littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func text(_ text: String) {
            header(1, text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        var fingerprint: Fingerprint {
            let digest = Array(SHA256.hash(data: bytes))
            func word(_ offset: Int) -> UInt64 { digest[offset..<(offset + 8)].reduce(0) { $0 << 8 | UInt64($1) } }
            return Fingerprint(high: word(0), low: word(8))
        }
    }

    @Test func smallValuesHashTheDocumentedStream() {
        var hasher = FingerprintHasher()
        hasher.add("ab")
        hasher.add(7)
        hasher.add(true)
        hasher.add(value: ["b": ["x", 2] as [Any], "a": "é"] as [String: Any])
        var reference = ReferenceStream()
        reference.text("ab")
        reference.header(2, 7)
        reference.header(3, 1)
        reference.header(7, 2)
        reference.text("a")
        reference.text("é")
        reference.text("b")
        reference.header(8, 2)
        reference.text("x")
        reference.header(2, 2)
        #expect(hasher.finalize() == reference.fingerprint)
    }

    /// View models hold typed arrays (`[String]`, `[[String: Any]]`) as well as `[Any]`; the hasher
    /// reads the typed ones without casting, and both must give the documented stream.
    @Test func typedAndUntypedArraysHashTheSameStream() {
        let typed: [String: Any] = ["labels": ["Gratis", "Vrij toegankelijk"], "rows": [["titel": "Inloop"], ["titel": "Maatje"]]]
        let untyped: [String: Any] = ["labels": ["Gratis", "Vrij toegankelijk"] as [Any],
                                      "rows": [["titel": "Inloop"] as Any, ["titel": "Maatje"] as Any] as [Any]]
        var reference = ReferenceStream()
        reference.header(7, 2)
        reference.text("labels")
        reference.header(8, 2)
        reference.text("Gratis")
        reference.text("Vrij toegankelijk")
        reference.text("rows")
        reference.header(8, 2)
        for title in ["Inloop", "Maatje"] {
            reference.header(7, 1)
            reference.text("titel")
            reference.text(title)
        }
        for value in [typed, untyped] {
            var hasher = FingerprintHasher()
            hasher.add(value: value)
            #expect(hasher.finalize() == reference.fingerprint)
        }
    }

    /// Many short strings fill the gathering block several times; one long value is larger than it.
    @Test func valuesAcrossAndBeyondTheGatheringBlockHashTheSameStream() {
        var hasher = FingerprintHasher()
        var reference = ReferenceStream()
        for index in 0..<5_000 {
            hasher.add("woord \(index)")
            reference.text("woord \(index)")
        }
        let long = String(repeating: "mantelzorg ", count: 9_000)
        hasher.add(long)
        reference.text(long)
        let bytes = (0..<70_000).map { UInt8(truncatingIfNeeded: $0) }
        hasher.add(bytes: bytes)
        reference.header(5, bytes.count)
        reference.bytes += bytes
        #expect(hasher.finalize() == reference.fingerprint)
    }

    /// A summary row fingerprinted once is hashed by that fingerprint inside every listing, and the
    /// fingerprint is the one of its values, so a changed value still changes the listing.
    @Test func aViewModelWithItsOwnFingerprintIsHashedByIt() {
        let row: [String: Any] = ["titel": "Logeerhuis", "url": "/voorzieningen/logeerhuis/"]
        var rowHasher = FingerprintHasher()
        rowHasher.add(value: row)
        let own = rowHasher.finalize()

        var hasher = FingerprintHasher()
        hasher.add(value: ["items": [FingerprintHasher.withOwnFingerprint(row)]] as [String: Any])
        var reference = ReferenceStream()
        reference.header(7, 1)
        reference.text("items")
        reference.header(8, 1)
        reference.header(10, 0)
        reference.header(4, Int(truncatingIfNeeded: own.high))
        reference.header(4, Int(truncatingIfNeeded: own.low))
        #expect(hasher.finalize() == reference.fingerprint)

        var changed = row
        changed["titel"] = "Logeerhuis De Linde"
        func listing(_ row: [String: Any]) -> Fingerprint {
            var hasher = FingerprintHasher()
            hasher.add(value: ["items": [FingerprintHasher.withOwnFingerprint(row)]] as [String: Any])
            return hasher.finalize()
        }
        #expect(listing(changed) != listing(row))
    }

    @Test func finalizingTwiceGivesTheSameFingerprint() {
        var hasher = FingerprintHasher()
        hasher.add("respijtzorg")
        #expect(hasher.finalize() == hasher.finalize())
        let first = hasher.finalize()
        hasher.add("logeerzorg")
        #expect(hasher.finalize() != first)
    }

    /// A page job's fingerprint follows each of its inputs, and its memo key is equal only when all are.
    @Test func aPageJobsFingerprintFollowsEachInput() {
        let environment = Fingerprint(high: 1, low: 2), source = Fingerprint(high: 3, low: 4)
        let base = PageJobInputs(kind: .entry, pageEnvironment: environment, source: source, casusLinks: ["Anna", "/casussen/anna/"])
        let variants = [
            PageJobInputs(kind: .calendar, pageEnvironment: environment, source: source, casusLinks: base.casusLinks),
            PageJobInputs(kind: .entry, pageEnvironment: source, source: source, casusLinks: base.casusLinks),
            PageJobInputs(kind: .entry, pageEnvironment: environment, source: environment, casusLinks: base.casusLinks),
            PageJobInputs(kind: .entry, pageEnvironment: environment, source: source, casusLinks: []),
            PageJobInputs(kind: .entry, pageEnvironment: environment, source: source, casusLinks: ["Anna", "/casussen/ann/"]),
            PageJobInputs(kind: .entry, pageEnvironment: environment, source: source, casusLinks: ["Anna/casussen/anna/"]),
        ]
        let memo = GenerationMemo<PageJobInputs, Fingerprint>()
        #expect(memo.value(for: base, orMake: base.fingerprint) == base.fingerprint())
        for variant in variants {
            #expect(variant != base)
            #expect(variant.fingerprint() != base.fingerprint())
            #expect(memo.value(for: variant, orMake: variant.fingerprint) == variant.fingerprint())
        }
        #expect(memo.usage == (asked: variants.count + 1, made: variants.count + 1))
        #expect(memo.value(for: base, orMake: base.fingerprint) == base.fingerprint())
        #expect(memo.usage.made == variants.count + 1)
    }
}
