import Foundation

extension CompoundSplitter {
    /// Reads a word list such as `/usr/share/dict/dutch` (Debian `wdutch`, the OpenTaal list):
    /// one word per line, folded like search terms. Multi-word entries and entries shorter
    /// than three letters are skipped because they can never be compound parts.
    public static func loadWordList(path: String = "/usr/share/dict/dutch") throws -> Set<String> {
        parseWordList(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The same set from the text of a word list, so a build can read the file once for both
    /// the index and the casus privacy check (`DutchWordLists`).
    public static func parseWordList(_ text: String) -> Set<String> {
        var words = Set<String>()
        words.reserveCapacity(420_000)
        for line in text.split(separator: "\n") {
            let word: String
            if line.utf8.allSatisfy({ $0 < 128 }) {
                word = line.lowercased()
            } else {
                word = DutchNormalizer.fold(String(line))
            }
            guard word.utf8.count >= 3, word.unicodeScalars.allSatisfy(DutchNormalizer.isWordScalar) else { continue }
            words.insert(word)
        }
        return words
    }
}
