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

    /// The key of a section's fingerprint is equal only when every row is, also where its hash,
    /// which reads only a sample of a long section, cannot tell two sections apart.
    @Test func sectionKeysAreEqualOnlyWhenEveryRowIs() {
        let rows = (0..<200).map { Fingerprint(high: UInt64($0), low: UInt64($0) * 7) }
        var middleChanged = rows
        middleChanged[60] = Fingerprint(high: 1, low: 2)
        let key = ListingSectionKey(heading: "Voorzieningen", id: nil, rows: rows)
        let other = ListingSectionKey(heading: "Voorzieningen", id: nil, rows: middleChanged)
        #expect(key.hashValue == other.hashValue, "the sample skips row 60, so only equality tells them apart")
        #expect(key != other)
        #expect(key.fingerprint() != other.fingerprint())
        #expect(key == ListingSectionKey(heading: "Voorzieningen", id: nil, rows: rows))
        #expect(key != ListingSectionKey(heading: "Voorzieningen", id: "", rows: rows))
        #expect(key != ListingSectionKey(heading: nil, id: "Voorzieningen", rows: rows))
    }

    /// A list of texts is one key only when every text is, also where its hash, which reads three
    /// of the texts, cannot tell two lists apart; its fingerprint follows each text and the order.
    @Test func textListKeysAreEqualOnlyWhenEveryTextIs() {
        let paths = (0..<100).map { "voorzieningen/item-\($0)/index.html" }
        var renamed = paths
        renamed[10] = "voorzieningen/ander-item/index.html"
        let key = TextListKey(paths), other = TextListKey(renamed)
        #expect(key.hashValue == other.hashValue, "the hash reads only the first, middle and last path")
        #expect(key != other)
        #expect(key.fingerprint() != other.fingerprint())
        #expect(key == TextListKey(paths))
        #expect(TextListKey(paths.reversed()).fingerprint() != key.fingerprint())
        #expect(TextListKey(["ab", "c"]).fingerprint() != TextListKey(["a", "bc"]).fingerprint())
        #expect(TextListKey([]).fingerprint() != TextListKey([""]).fingerprint())
    }
}
