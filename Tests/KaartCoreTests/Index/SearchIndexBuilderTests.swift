import Foundation
import Testing
@testable import KaartCore

@Suite struct SearchIndexBuilderTests {
    static let fixtureFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("js/fixtures/search-index")

    static func buildFixture() -> [OutputFile] {
        SearchIndexBuilder(dictionary: TestDictionary.words, synonyms: SearchFixtureDocuments.synonyms)
            .build(SearchFixtureDocuments.all)
    }

    static func json(_ files: [OutputFile], _ path: String) throws -> Any {
        let file = try #require(files.first { $0.path == "zoeken/index/" + path })
        return try JSONSerialization.jsonObject(with: Data(file.bytes))
    }

    /// Terms of one lexicon shard.
    static func lexicon(_ files: [OutputFile], _ key: String) throws -> [String] {
        let shard = try #require(try json(files, "lex/\(key).json") as? [String: Any])
        return try #require(shard["t"] as? [String])
    }

    @Test func outputIsDeterministicAndUnderTheIndexFolder() throws {
        let a = Self.buildFixture(), b = Self.buildFixture()
        #expect(a.map(\.path) == b.map(\.path))
        for (x, y) in zip(a, b) where x != y { Issue.record("\(x.path) differs between two builds") }
        #expect(a.allSatisfy { $0.path.hasPrefix("zoeken/index/") })
        let manifest = try #require(try Self.json(a, "manifest.json") as? [String: Any])
        #expect(manifest["docs"] as? Int == SearchFixtureDocuments.all.count)
        let gemeenten = try #require((manifest["facets"] as? [String: Any])?["gemeente"] as? [[String]])
        #expect(Set(gemeenten.map { $0[0] }) == ["voorschoten", "wassenaar", "leiden"])
    }

    @Test func compoundPartsAndStemsAreIndexedButGeWordsStayApart() throws {
        let files = Self.buildFixture()
        #expect(try Self.lexicon(files, "on").contains("ondersteuning"))   // from mantelzorgondersteuning
        #expect(try Self.lexicon(files, "zo").contains("zorg"))            // from respijtzorg, logeerzorg
        #expect(try Self.lexicon(files, "lo").contains("loger"))           // stem shared by logeren/logeerzorg
        let be = try Self.lexicon(files, "be")
        #expect(be.contains("begeleiding") && be.contains("beleid"))
        let ge = try Self.lexicon(files, "ge")
        #expect(ge.contains("gezondheid") && !ge.contains("zon"))
    }

    /// Words of the site count as compound parts too, beside the word list: here the list has
    /// only "buurt", and "kookclub" is a word of another document.
    @Test func wordsOfTheSiteAreCompoundParts() throws {
        let documents = [
            SearchFixtureDocuments.doc("buurtkookclub", "Voorziening", "Buurtkookclub", "Samen eten.", "Elke week.",
                                       category: ("inloop", "Inloop"), audiences: [SearchFixtureDocuments.inwoners], gemeenten: ["Leiden"]),
            SearchFixtureDocuments.doc("kookclub", "Voorziening", "Kookclub", "Samen koken.", "Elke maand.",
                                       category: ("inloop", "Inloop"), audiences: [SearchFixtureDocuments.inwoners], gemeenten: ["Leiden"]),
        ]
        let files = SearchIndexBuilder(dictionary: ["buurt"], synonyms: SearchFixtureDocuments.synonyms).build(documents)
        #expect(try Self.lexicon(files, "bu").contains("buurt"), "buurt from buurtkookclub")
        let withoutTheSite = CompoundSplitter(words: ["buurt"])
        #expect(withoutTheSite.split("buurtkookclub") == ["buurtkookclub"])
        #expect(CompoundSplitter(words: ["buurt"], siteWords: ["kookclub"]).split("buurtkookclub") == ["buurt", "kookclub"])
    }

    @Test func documentsAreNumberedInFacetOrderAndMetadataIsChunked() throws {
        let files = Self.buildFixture()
        let rows = try #require(try Self.json(files, "d/0.json") as? [[Any]])
        #expect(rows.count == min(SearchIndexBuilder.docChunk, SearchFixtureDocuments.all.count))
        let places = rows.compactMap { ($0[4] as? String)?.components(separatedBy: ", ").first }
        #expect(places == places.sorted())
        let allRows = try files.filter { $0.path.hasPrefix("zoeken/index/d/") }
            .flatMap { try #require(try JSONSerialization.jsonObject(with: Data($0.bytes)) as? [[Any]]) }
        #expect(allRows.count == SearchFixtureDocuments.all.count)
        let flags = try #require(allRows.first { ($0[0] as? String) == "/voorzieningen/oppascentrale/" }?[5] as? Int)
        #expect(flags == 3)   // gratis and vrij toegankelijk
    }

    @Test func synonymsShipFoldedInTheManifest() throws {
        let manifest = try #require(try Self.json(Self.buildFixture(), "manifest.json") as? [String: Any])
        let groups = try #require(manifest["synonyms"] as? [[[String]]])
        #expect(groups.contains { $0.contains(["vervangende", "mantelzorg"]) && $0.contains(["oppas"]) })
        #expect(groups.contains { $0 == [["wmo"], ["wet", "maatschappelijke", "ondersteuning"]] })
    }

    /// Facet keys are the values joined by U+0000: they must sort as the lists of values do, also
    /// where one value is the start of another ("Ede", "Ede-Wageningen").
    @Test func joinedFacetKeysSortAsTheirValuesDo() {
        var generator = SyntheticSiteGenerator()
        let values = ["", "E", "Ede", "Ede-Wageningen", "Epe", "a", "a,b", "ab", "é"]
        let lists = (0..<400).map { _ in (0..<6).map { _ in values[generator.index(below: values.count)] } }
        let byKey = SearchIndexBuilder.facetOrder(keys: lists.map { $0.joined(separator: "\u{0}") }).map { lists[$0] }
        #expect(byKey == lists.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// The JS tests query the committed fixture; it must be what the builder produces today.
    /// Re-record with `KAART_RECORD=1 swift test --filter SearchIndexBuilderTests`.
    @Test func recordedJavaScriptFixtureIsCurrent() throws {
        let files = Self.buildFixture()
        let fm = FileManager.default
        if ProcessInfo.processInfo.environment["KAART_RECORD"] == "1" {
            try? fm.removeItem(at: Self.fixtureFolder)
            for file in files {
                let url = Self.fixtureFolder.appendingPathComponent(String(file.path.dropFirst("zoeken/index/".count)))
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        }
        for file in files {
            let url = Self.fixtureFolder.appendingPathComponent(String(file.path.dropFirst("zoeken/index/".count)))
            let recorded = try? Data(contentsOf: url)
            #expect(recorded == Data(file.bytes), "stale fixture \(file.path): run with KAART_RECORD=1")
        }
    }
}
