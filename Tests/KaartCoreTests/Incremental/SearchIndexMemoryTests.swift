import Foundation
import Testing
@testable import KaartCore

/// In `--watch`, the search index reuses the common-term blocks (`c/`) of the last build, and
/// documents keep their tokens as ids of one table for the session. A reused block must be the
/// block a clean build makes, and ids given in another order or left over from edited-away text
/// must not show: after each kind of change, the index built with the memory equals the index
/// built without it, byte for byte.
@Suite("Watch mode: the search index's memory")
struct SearchIndexMemoryTests {
    /// 1 200 documents: "begeleiding" in every title, "ondersteuning" in nine bodies of ten (both
    /// common terms), and one document alone in its gemeente, so its facets can change while its
    /// place in the index and every posting stay the same.
    static func documents() -> [SearchDocument] {
        (0..<1_200).map { i in
            SearchDocument(
                url: "/voorzieningen/item-\(i)/", type: "Voorziening", title: "Item \(i) begeleiding",
                summary: i == 3 ? "zeldzaamwoord" : "dagbesteding", body: i % 10 == 0 ? "gebied\(i % 70)" : "ondersteuning gebied\(i % 70)",
                categories: [(key: "inloop", label: "Inloop")],
                municipalities: [i == 0 ? "Zuiderveen" : (i % 4 == 0 ? "Zandwijk" : "Lindeveen")], access: "vrij", isFree: i % 5 == 0)
        }
    }

    @Test func theIndexBuiltWithTheMemoryEqualsACleanIndexAfterEachChange() {
        let builder = SearchIndexBuilder(dictionary: [], synonyms: SynonymTable(groups: [], abbreviations: [:]))
        let memo = GenerationMemo<CommonTermBlock.MemoKey, String>()
        let facetChunks = GenerationMemo<FacetChunkKey, String>()
        let tokens = TokenTable()
        var documents = Self.documents()
        // Facet values are in every block's key, so only a change of postings alone reuses blocks.
        let changes: [(name: String, reusesBlocks: Bool, change: (inout [SearchDocument]) -> Void)] = [
            ("nothing", false, { _ in }),
            ("a common term in one more document", true, { $0[10].body += " ondersteuning" }),
            ("only the facets of one document", false, { $0[0].isFree.toggle() }),
            ("a document removed", false, { $0.remove(at: 7) }),
            ("the only use of a word edited away", false, { $0[3].summary = "dagbesteding" }),
        ]
        var previousBlocks: [String: [UInt8]] = [:]
        for (name, reusesBlocks, change) in changes {
            change(&documents)
            memo.startGeneration()
            facetChunks.startGeneration()
            let remembered = builder.build(documents.map { SearchIndexBuilder.IndexedDocument($0, tokens: tokens) }, tokens: tokens,
                                           commonTermBlockMemo: memo, facetChunkMemo: facetChunks)
            let clean = builder.build(documents)
            #expect(Self.contents(remembered) == Self.contents(clean), "after \(name)")
            let blocks = Self.contents(clean).filter { $0.key.contains("/c/") }
            #expect(blocks.keys.contains { $0.hasSuffix("/c/ondersteuning.json") } && blocks.count >= 2, "after \(name)")
            if name != "nothing" {
                #expect(blocks != previousBlocks, "\(name) changes a block, so a stale one would show")
            }
            if reusesBlocks {
                #expect(memo.usage.made > 0 && memo.usage.made < memo.usage.asked, "after \(name): \(memo.usage)")
            }
            // One facet file at 1 200 documents: made again exactly when some document's facets changed.
            #expect(facetChunks.usage.asked == 1, "after \(name)")
            #expect(facetChunks.usage.made == (name == "nothing" || name.hasPrefix("only the facets") || name.hasPrefix("a document removed") ? 1 : 0),
                    "after \(name): \(facetChunks.usage)")
            previousBlocks = blocks
        }
    }

    /// A block's memo key is equal only when every posting is, also where its hash, which reads
    /// only a sample of a long list, cannot tell two lists apart.
    @Test func commonTermBlockKeysAreEqualOnlyWhenAllPostingsAre() {
        let facets = Fingerprint(high: 1, low: 2)
        let postings = (0..<1_000).map { (doc: Int32($0), impact: 5) }
        var oneImpactOff = postings
        oneImpactOff[100].impact = 6
        let key = CommonTermBlock.MemoKey(postings: postings, facets: facets)
        #expect(key == CommonTermBlock.MemoKey(postings: postings, facets: facets))
        #expect(key.hashValue == CommonTermBlock.MemoKey(postings: oneImpactOff, facets: facets).hashValue)
        #expect(key != CommonTermBlock.MemoKey(postings: oneImpactOff, facets: facets))
        #expect(key != CommonTermBlock.MemoKey(postings: postings, facets: Fingerprint(high: 1, low: 3)))
        #expect(key != CommonTermBlock.MemoKey(postings: Array(postings.dropLast()), facets: facets))
    }

    private static func contents(_ files: [OutputFile]) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: files.map { ($0.path, Array($0.bytes)) })
    }
}
