import Foundation
import Testing
@testable import KaartCore

/// Shared vectors: the same file is checked by Tests/js/normaliser.test.mjs against normalise.js.
struct NormalizerVectors: Decodable {
    struct Tokenize: Decodable { var input: String; var tokens: [String] }
    struct Terms: Decodable { var input: String; var terms: [String] }
    struct Stem: Decodable { var input: String; var stem: String }
    struct Split: Decodable { var word: String; var parts: [String] }
    var tokenize: [Tokenize]
    var terms: [Terms]
    var stem: [Stem]
    var split: [Split]

    static func load() throws -> NormalizerVectors {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("vectors/normaliser.json")
        return try JSONDecoder().decode(NormalizerVectors.self, from: Data(contentsOf: url))
    }
}

/// The OpenTaal word list, loaded once for all tests.
enum TestDictionary {
    static let words: Set<String> = (try? CompoundSplitter.loadWordList()) ?? []
}

@Suite struct NormalizerVectorTests {
    @Test func vectorFileHasEnoughCases() throws {
        let v = try NormalizerVectors.load()
        #expect(v.tokenize.count + v.terms.count + v.stem.count + v.split.count >= 60)
    }

    @Test func tokenizeMatchesVectors() throws {
        for case_ in try NormalizerVectors.load().tokenize {
            #expect(DutchNormalizer.tokenize(case_.input) == case_.tokens, "tokenize(\(case_.input))")
        }
    }

    @Test func termsMatchVectors() throws {
        for case_ in try NormalizerVectors.load().terms {
            #expect(DutchNormalizer.terms(case_.input) == case_.terms, "terms(\(case_.input))")
        }
    }

    @Test func stemMatchesVectors() throws {
        for case_ in try NormalizerVectors.load().stem {
            #expect(DutchNormalizer.stem(case_.input) == case_.stem, "stem(\(case_.input))")
        }
    }

    @Test func splitMatchesVectors() throws {
        try #require(!TestDictionary.words.isEmpty, "install wdutch: apt-get install -y wdutch")
        let splitter = CompoundSplitter(words: TestDictionary.words)
        for case_ in try NormalizerVectors.load().split {
            #expect(splitter.split(case_.word) == case_.parts, "split(\(case_.word))")
        }
    }

    @Test func geWordsDoNotCollapse() {
        #expect(DutchNormalizer.stem("begeleiding") != DutchNormalizer.stem("beleid"))
        #expect(DutchNormalizer.stem("gezondheid") != DutchNormalizer.stem("zon"))
    }
}
