import Foundation
import Testing
@testable import KaartCore

/// The table of positive and negative snippets in `corpus.json`, next to this file.
struct AnonymisationCorpus: Decodable {
    struct Positive: Decodable, CustomTestStringConvertible {
        let text: String
        let kind: String
        var testDescription: String { "\(kind): \(text)" }
    }

    let positives: [Positive]
    let negatives: [String]
    let smallPlaces: [String]

    /// Loaded relative to this source file, so no SwiftPM resources are needed.
    static let shared: AnonymisationCorpus = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("corpus.json")
        do {
            return try JSONDecoder().decode(AnonymisationCorpus.self, from: Data(contentsOf: url))
        } catch {
            fatalError("corpus.json cannot be read: \(error)")
        }
    }()

    /// One scanner for all corpus tests: the real OpenTaal list, so the tests cover what the build uses.
    static let scanner = PersonalDataScanner(dictionary: AnonymisationWordList.words, smallPlaces: Set(shared.smallPlaces))
}

enum AnonymisationWordList {
    /// The installed OpenTaal list (Debian `wdutch`). Loaded once; it is 400 000 lines.
    static let words: Set<String> = DutchWordList.load()
}
