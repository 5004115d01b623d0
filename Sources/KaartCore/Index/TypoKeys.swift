/// Keys of the typo index (`x/<bucket>.json`), for misspellings in the first three letters.
///
/// Lexicon shards are keyed by a word's first letters, so "dmentie" or "ementie" never meets
/// "dementie" in its own shard. Every word of five letters or more is therefore also filed under
/// the first three letters of each of its one-letter deletions at positions 0–2 ("dementie" →
/// "eme", "dme", "den"). A typed word with a wrong, missing or extra letter there shares one of
/// these keys (see `typoProbes` in search-engine.js). Keys are hashed into a fixed number of
/// buckets so the browser needs no key list and never requests a missing file.
enum TypoKeys {
    /// Only words that allow an edit (`allowedEdits` in normalise.js) are filed.
    static let minimumLength = 5
    /// Aimed words per bucket file.
    static let wordsPerBucket = 48

    /// The deletion keys of a word.
    static func keys(for word: String) -> Set<String> {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= minimumLength else { return [] }
        var keys = Set<String>()
        for i in 0..<3 {
            var variant = scalars
            variant.remove(at: i)
            keys.insert(String(String.UnicodeScalarView(variant.prefix(3))))
        }
        return keys
    }

    /// `FNV1a.hash(key)` modulo `buckets`; `typoBucket` in search-engine.js.
    static func bucket(_ key: String, buckets: Int) -> Int {
        Int(FNV1a.hash(key) % UInt32(max(buckets, 1)))
    }
}
