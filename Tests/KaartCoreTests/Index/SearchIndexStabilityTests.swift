import Foundation
import Testing
@testable import KaartCore

/// Editing one document rewrites the postings of that document's terms and no others: the corpus
/// statistics that weigh every posting are snapped to a grid, so a small edit does not move them.
@Suite struct SearchIndexStabilityTests {
    @Test func snappedStatisticsLieOnTheGridNearTheirValue() {
        for value in stride(from: Float(0.37), through: 120_000, by: 97.3) {
            let nearest = PostingsAccumulator.snapped(value), up = PostingsAccumulator.snapped(value, roundingUp: true)
            let steps = log2(Double(nearest)) * 16
            #expect(abs(steps - steps.rounded()) < 1e-3, "\(value) → \(nearest)")
            #expect(abs(log2(Double(nearest / value))) <= 1.0 / 32 + 1e-6, "\(value) → \(nearest)")
            #expect(up >= value && log2(Double(up / value)) <= 1.0 / 16 + 1e-6, "\(value) → \(up)")
        }
        #expect(PostingsAccumulator.snapped(0) == 0)
    }

    @Test func anEditedBodyLeavesThePostingsOfEveryOtherTermAsTheyWere() throws {
        var generator = SyntheticSiteGenerator()
        var documents = generator.documents(count: 300, words: TestDictionary.words.sorted())
        let builder = SearchIndexBuilder(dictionary: TestDictionary.words, synonyms: SearchFixtureDocuments.synonyms)
        let before = try Self.postings(builder.build(documents))
        // A third longer, in words the site already has. It moves the mean body length by about
        // 0.1 %, well inside one grid step of 4 %, and this corpus does not sit on a step's edge.
        documents[17].body += " " + documents[18].body.split(separator: " ").prefix(20).joined(separator: " ")
        let after = try Self.postings(builder.build(documents))
        let edited = try #require(SearchIndexBuilder.facetOrder(documents).firstIndex(of: 17))

        var compared = 0
        for (term, old) in before where !Self.documents(in: old).contains(edited) {
            let new = try #require(after[term], "\(term) is gone")
            guard !Self.documents(in: new).contains(edited) else { continue }
            #expect(new == old, "the postings of \(term) changed")
            compared += 1
        }
        #expect(compared > 1000)
    }

    /// Term → encoded postings, from every `p/` shard.
    static func postings(_ files: [OutputFile]) throws -> [String: String] {
        var postings: [String: String] = [:]
        for file in files where file.path.hasPrefix("zoeken/index/p/") {
            let shard = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: String])
            postings.merge(shard) { first, _ in first }
        }
        return postings
    }

    /// The document numbers of encoded postings (gap, impact, gap, impact, …).
    static func documents(in encoded: String) -> Set<Int> {
        let numbers = CompactCodec.decode(encoded)
        var document = 0
        var found = Set<Int>()
        for index in stride(from: 0, to: numbers.count, by: 2) {
            document += numbers[index]
            found.insert(document)
        }
        return found
    }
}
