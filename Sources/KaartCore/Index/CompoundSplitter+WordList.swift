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
    ///
    /// Lines are split on bytes, and ASCII lines are folded on bytes: for them folding is lower
    /// casing, and a word letter is `a`–`z` or `0`–`9`. Other lines go through `DutchNormalizer.fold`.
    /// (A split on characters walked the 5 MB list grapheme by grapheme, most of a second per build.)
    public static func parseWordList(_ text: String) -> Set<String> {
        var words = Set<String>(minimumCapacity: 420_000)
        var lowered: [UInt8] = []
        ByteLines.forEach(in: text, breakingAt: { $0 == 0x0A }) { line in
            guard line.allSatisfy({ $0 < 0x80 }) else {
                let word = DutchNormalizer.fold(String(decoding: line, as: UTF8.self))
                if word.utf8.count >= 3, word.unicodeScalars.allSatisfy(DutchNormalizer.isWordScalar) { words.insert(word) }
                return
            }
            guard line.count >= 3 else { return }
            lowered.removeAll(keepingCapacity: true)
            for byte in line {
                guard byte.isASCIILetterOrDigit else { return }
                lowered.append(byte.asciiLowercased)
            }
            words.insert(String(decoding: lowered, as: UTF8.self))
        }
        return words
    }
}
