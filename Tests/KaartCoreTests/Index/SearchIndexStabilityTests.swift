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

    /// A new word ten times in a title, and 60 more in the body: the highest score of the corpus
    /// rises, and the new words sort before every other term. Postings of other terms keep their bytes (impacts are scaled
    /// to a bound, not to the highest score), and nearly all of them keep their shard (shards are cut
    /// and named by their own terms, not numbered in order).
    @Test func aNewTopScoringWordMovesNeitherOtherImpactsNorOtherShards() throws {
        var generator = SyntheticSiteGenerator()
        var documents = generator.documents(count: 300, words: TestDictionary.words.sorted())
        let builder = SearchIndexBuilder(dictionary: TestDictionary.words, synonyms: SearchFixtureDocuments.synonyms)
        let before = builder.build(documents)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let newWords = (0..<60).map { (n: Int) -> String in "aaa\(letters[n / 26])\(letters[n % 26])taart" }
        documents[17].title += String(repeating: " aaabrikozenvlaai", count: 10)
        documents[17].body += " " + newWords.joined(separator: " ")
        let after = builder.build(documents)
        let edited = try #require(SearchIndexBuilder.facetOrder(documents).firstIndex(of: 17))
        let (oldPostings, newPostings) = (try Self.postings(before), try Self.postings(after))
        let (oldShards, newShards) = (try Self.shardOfTerm(before), try Self.shardOfTerm(after))

        var untouched = 0, moved = 0
        for (term, old) in oldPostings where !Self.documents(in: old).contains(edited) {
            #expect(newPostings[term] == old, "the postings of \(term) changed")
            untouched += 1
            if newShards[term] != oldShards[term] { moved += 1 }
        }
        #expect(untouched > 1000)
        #expect(moved * 100 < untouched, "\(moved) of \(untouched) terms moved to another shard")
        let commonBlocks = { (files: [OutputFile]) in
            Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix("zoeken/index/c/") }.map { ($0.path, $0.bytes) })
        }
        let (oldBlocks, newBlocks) = (commonBlocks(before), commonBlocks(after))
        for (path, bytes) in oldBlocks {
            let term = String(path.dropFirst("zoeken/index/c/".count).dropLast(".json".count))
            guard let postings = oldPostings[term], !Self.documents(in: postings).contains(edited) else { continue }
            #expect(newBlocks[path] == bytes, "\(path) changed")
        }
    }

    @Test func shardIDsStayUniqueWhenFirstTermsShareAHash() throws {
        // Some two of these terms share a hash below the id limit ("term48172" and "term108410").
        var firstByID: [Int: String] = [:]
        var colliding: (String, String)?
        for n in 0..<200_000 where colliding == nil {
            let term = "term\(n)"
            let id = Int(FNV1a.hash(term)) % PostingShardCutter.idLimit
            if let other = firstByID[id] { colliding = (other, term) }
            firstByID[id] = term
        }
        let (first, second) = try #require(colliding)
        var cutter = PostingShardCutter()
        let ids = [first, second].map { term in
            let id = cutter.add(term, size: 10)
            _ = cutter.close()
            return id
        }
        #expect(ids[0] != ids[1])
        #expect(ids[0] == Int(FNV1a.hash(first)) % PostingShardCutter.idLimit)
    }

    @Test func shardsEndAtBoundaryTermsOrBeforeTheLargestSize() {
        var cutter = PostingShardCutter()
        let small = PostingShardCutter.minimumSize / 4
        #expect(!cutter.endsBefore(size: PostingShardCutter.maximumSize * 2), "an empty shard takes any list")
        _ = cutter.add("a", size: small)
        #expect(cutter.endsBefore(size: PostingShardCutter.maximumSize))
        #expect(!cutter.endsBefore(size: PostingShardCutter.maximumSize - small))
        let isBoundary = { (term: String) in FNV1a.hash(term) >> (32 - PostingShardCutter.boundaryBits) == 0 }
        let boundary = (0..<10_000).map { "w\($0)" }.first(where: isBoundary)!
        let ordinary = (0..<10_000).map { "w\($0)" }.first { !isBoundary($0) }!
        #expect(!cutter.endsAfter(boundary), "below the minimum size")
        _ = cutter.add("b", size: PostingShardCutter.minimumSize)
        #expect(cutter.endsAfter(boundary))
        #expect(!cutter.endsAfter(ordinary), "not a boundary term")
    }

    /// Term → the id of its posting shard, from every lexicon shard.
    static func shardOfTerm(_ files: [OutputFile]) throws -> [String: Int] {
        var shards: [String: Int] = [:]
        for file in files where file.path.hasPrefix("zoeken/index/lex/") {
            let lexicon = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
            let terms = try #require(lexicon["t"] as? [String])
            let starts = CompactCodec.decode(try #require(lexicon["p"] as? String))
            for pair in stride(from: 0, to: starts.count, by: 2) {
                let end = pair + 2 < starts.count ? starts[pair + 2] : terms.count
                for offset in starts[pair]..<end { shards[terms[offset]] = starts[pair + 1] }
            }
        }
        return shards
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
