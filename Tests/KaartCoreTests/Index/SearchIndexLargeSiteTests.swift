import Foundation
import Testing
@testable import KaartCore

/// The parts of the index format that only show on large sites: split lexicon shards, common-term
/// blocks and the typo index. The byte budget itself is checked by `SearchIndexScaleTests`.
@Suite struct SearchIndexLargeSiteTests {
    /// 1 200 documents: "dementie" in every third, "begeleiding" in all, and 700 distinct "ge…" words.
    static let files: [OutputFile] = {
        let documents = (0..<1_200).map { i in
            SearchDocument(
                url: "/voorzieningen/item-\(i)/", type: "Voorziening", title: "Item \(i) begeleiding",
                summary: i % 3 == 0 ? "dementie" : "iets anders", body: "gebied\(i % 700)x",
                categories: [(key: i % 2 == 0 ? "dagbesteding" : "inloop", label: i % 2 == 0 ? "Dagbesteding" : "Inloop")],
                municipalities: [i % 4 == 0 ? "Zandwijk" : "Lindeveen"], access: "vrij", isFree: i % 5 == 0)
        }
        return SearchIndexBuilder(dictionary: [], synonyms: SynonymTable(groups: [["dementie", "alzheimer"]], abbreviations: [:]))
            .build(documents)
    }()

    static func json(_ path: String) throws -> [String: Any] {
        let file = try #require(files.first { $0.path == "zoeken/index/" + path }, "missing \(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
    }

    @Test func largeLexiconGroupsAreSplitByTheThirdLetter() throws {
        let manifest = try Self.json("manifest.json")
        let keys = Set(try #require(manifest["lex"] as? String).split(separator: " ").map(String.init))
        #expect(keys.contains("geb") && !keys.contains("ge"), "\(keys.sorted())")
        #expect(keys.contains("de"))   // small groups keep two letters
        let geb = try #require(try Self.json("lex/geb.json")["t"] as? [String])
        #expect(geb.count >= 700 && geb.allSatisfy { $0.hasPrefix("geb") })
        let allTerms = try keys.flatMap { try #require(try Self.json("lex/\(TermShardWriter.fileName($0)).json")["t"] as? [String]) }
        #expect(allTerms.count == Set(allTerms).count, "every term lives in exactly one shard")
    }

    @Test func commonTermsGetABlockWithTopPostingsAllDocumentsAndFacetCounts() throws {
        let block = try Self.json("c/begeleiding.json")
        #expect(block["n"] as? Int == 1_200)
        let all = CompactCodec.decode(try #require(block["s"] as? String))
        #expect(all.count == 1_200 && all.reduce(0, +) == 1_199)   // gaps of documents 0…1199
        let top = CompactCodec.decode(try #require(block["k"] as? String))
        #expect(top.count == 2 * CommonTermBlock.topK)
        let facets = try #require(block["f"] as? [String: String])
        let gemeente = CompactCodec.decode(try #require(facets["gemeente"]))
        #expect(gemeente.enumerated().filter { $0.offset % 2 == 1 }.map(\.element).reduce(0, +) == 1_200)
        let gratis = CompactCodec.decode(try #require(facets["gratis"]))
        #expect(gratis == [0, 240])
        // "dementie" is in 400 documents: below the threshold, no block, flag off in the lexicon.
        #expect(!Self.files.contains { $0.path == "zoeken/index/c/dementie.json" })
        let de = try Self.json("lex/de.json")
        let terms = try #require(de["t"] as? [String])
        let codes = CompactCodec.decode(try #require(de["d"] as? String))
        let code = codes[try #require(terms.firstIndex(of: "dementie"))]
        #expect(code >> 2 == 400 && code & TermShardWriter.commonFlag == 0 && code & TermShardWriter.wordFlag != 0)
    }

    @Test func synonymWordsShipTheirLexiconEntriesInTheManifest() throws {
        let synTerms = try #require(try Self.json("manifest.json")["synTerms"] as? [String: [Int]])
        #expect(synTerms["dementie"]?.first.map { $0 >> 2 } == 400)
        #expect(synTerms["alzheimer"] == nil)   // not in any document
    }

    @Test func typoIndexFilesEveryLongWordUnderItsDeletionKeys() throws {
        let manifest = try Self.json("manifest.json")
        let buckets = try #require(manifest["typoBuckets"] as? Int)
        #expect(TypoKeys.keys(for: "dementie") == ["eme", "dme", "dee"])
        #expect(TypoKeys.keys(for: "zorg").isEmpty)
        for key in TypoKeys.keys(for: "dementie") {
            let bucket = try Self.json("x/\(TypoKeys.bucket(key, buckets: buckets)).json")
            #expect((bucket["t"] as? [String])?.contains("dementie") == true, "dementie missing under \(key)")
        }
        #expect(Self.files.filter { $0.path.hasPrefix("zoeken/index/x/") }.count == buckets)
    }

    /// The same numbers are checked against `typoBucket` in Tests/js/search-large-site.test.mjs.
    @Test func typoBucketHashMatchesTheBrowser() {
        #expect(TypoKeys.bucket("dem", buckets: 7) == 3)
        #expect(TypoKeys.bucket("eme", buckets: 100) == 90)
        #expect(TypoKeys.bucket("zo", buckets: 1) == 0)
        #expect(TypoKeys.bucket("ëla", buckets: 33) == 6)
        #expect(TypoKeys.bucket("abc", buckets: 4096) == 2315)
    }
}
