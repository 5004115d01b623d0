import Testing
@testable import KaartCore

/// A listing section carries a fingerprint made from its heading, id and rows (not from walking its
/// rows' values): it must change with each of them, and with nothing else.
struct ListingSectionFingerprintTests {
    @Test func aSectionsFingerprintFollowsItsHeadingIDAndRows() throws {
        let (_, context) = try FixtureSite.renderContext(contentDirectory: FixtureSite.exampleContentDirectory)
        let renderer = ListingPageRenderer(context: context)
        let summaries = EntrySummaryTable(context: context)
        func fingerprint(_ heading: String?, _ positions: [Int], id: String? = nil) -> Fingerprint {
            var hasher = FingerprintHasher()
            hasher.add(value: renderer.section(heading, positions, summaries, id: id))
            return hasher.finalize()
        }
        let base = fingerprint("Voorzieningen", [0, 1, 2])
        #expect(fingerprint("Voorzieningen", [0, 1, 2]) == base)
        #expect(fingerprint("Loketten", [0, 1, 2]) != base)
        #expect(fingerprint("Voorzieningen", [0, 1, 2], id: "letter-v") != base)
        #expect(fingerprint("Voorzieningen", [0, 2, 1]) != base)
        #expect(fingerprint("Voorzieningen", [0, 1]) != base)
        #expect(fingerprint("Voorzieningen", [0, 1, 3]) != base)
        #expect(fingerprint(nil, [0]) != fingerprint("", [0]))
        #expect(fingerprint("x", [0]) != fingerprint(nil, [0], id: "x"))
    }

    @Test func aRowsFingerprintIsTheOneItsValuesCarry() throws {
        let (_, context) = try FixtureSite.renderContext(contentDirectory: FixtureSite.exampleContentDirectory)
        let summaries = EntrySummaryTable(context: context)
        let count = context.listedEntries.count
        #expect(count > 10)
        for position in 0..<count {
            #expect(summaries[position][FingerprintHasher.ownFingerprintKey] as? Fingerprint == summaries.fingerprint(at: position))
        }
        #expect(Set((0..<count).map(summaries.fingerprint(at:))).count == count)
    }
}
