/// Splits Dutch compounds against a word list: "mantelzorgondersteuning" → mantelzorg + ondersteuning.
///
/// Runs at build time only; the browser never needs the dictionary because the parts are indexed
/// as extra terms. Guards against nonsense splits: parts of at least four letters (three only for
/// the first part, so "dag|besteding" works but "gemeen|ten" does not), no derivational suffixes
/// as parts ("gezond|heid"), and the split with the fewest, longest parts wins.
public struct CompoundSplitter: Sendable {
    /// Lower-cased, folded words that may be compound parts.
    public let words: Set<String>
    /// More such words: those of the site being indexed. A second set, so the word list (some
    /// 400 000 words) is not copied to add them.
    public let siteWords: Set<String>

    /// Endings that are suffixes rather than words in a compound.
    static let suffixParts: Set<String> = [
        "heid", "heden", "schap", "schappen", "lijk", "lijke", "baar", "bare", "loos", "loze",
        "achtig", "achtige", "isch", "ische", "ling", "lingen", "ster", "sters", "erij", "teit",
        "iteit", "atie", "aties", "isme", "isten", "tjes", "ing", "ingen", "nis", "sel", "dom",
        "ende", "ener", "lijks", "waarts", "zaam", "zame", "ieren", "eren",
    ]
    /// Three-letter words that are usually prefixes when they start a word ("ver|blijf", "her|stel").
    static let prefixLike: Set<String> = [
        "ver", "her", "ont", "con", "pro", "dis", "ter", "ten", "den", "der", "des", "het", "een",
        "les", "mis", "wan", "aar", "bes", "ree", "ers", "eer", "ene", "oor", "ren",
    ]
    /// Linking sounds between parts: gezondheid-s-zorg, boek-en-kast.
    static let linkers = ["s", "en"]

    public init(words: Set<String>, siteWords: Set<String> = []) {
        self.words = words
        self.siteWords = siteWords
    }

    /// The top-level split, or `[word]` when the word is not a compound.
    public func split(_ word: String) -> [String] {
        let chars = Array(word)
        let n = chars.count
        guard n >= 7 else { return [word] }
        // best[i]: best cover of chars[0..<i] ending exactly with a part.
        var best = [Cover?](repeating: nil, count: n + 1)
        best[0] = Cover(parts: [], squares: 0)
        var starts: [Int: Cover] = [0: best[0]!]
        for i in 1...n {
            // Sorted, so that ties between equally good splits resolve the same way every run.
            for start in starts.keys.sorted() where start < i {
                let cover = starts[start]!
                let length = i - start
                if length == n { continue }
                let part = String(chars[start..<i])
                guard isAllowedPart(part, length: length, first: start == 0), words.contains(part) || siteWords.contains(part) else { continue }
                let candidate = Cover(parts: cover.parts + [part], squares: cover.squares + length * length)
                if best[i] == nil || candidate.isBetter(than: best[i]!) { best[i] = candidate }
            }
            if let cover = best[i], i < n {
                offer(cover, at: i, to: &starts)
                for linker in Self.linkers where i + linker.count < n {
                    if String(chars[i..<(i + linker.count)]) == linker {
                        offer(cover, at: i + linker.count, to: &starts)
                    }
                }
            }
        }
        guard let result = best[n], result.parts.count >= 2 else { return [word] }
        return result.parts
    }

    /// All parts at every level: mantelzorgondersteuning → mantelzorg, ondersteuning, mantel, zorg.
    public func decompose(_ word: String) -> [String] {
        let top = split(word)
        guard top.count > 1 else { return [] }
        var all = top
        for part in top { all += decompose(part) }
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }

    private func offer(_ cover: Cover, at index: Int, to starts: inout [Int: Cover]) {
        if let existing = starts[index], !cover.isBetter(than: existing) { return }
        starts[index] = cover
    }

    private func isAllowedPart(_ part: String, length: Int, first: Bool) -> Bool {
        if length < 3 { return false }
        if length == 3 { return first && !Self.prefixLike.contains(part) }
        return first || !Self.suffixParts.contains(part)
    }

    private struct Cover {
        var parts: [String]
        var squares: Int
        /// Fewer parts first, then longer parts (larger sum of squared lengths).
        func isBetter(than other: Cover) -> Bool {
            if parts.count != other.parts.count { return parts.count < other.parts.count }
            return squares > other.squares
        }
    }
}
