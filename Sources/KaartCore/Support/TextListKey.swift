/// A list of texts as a memo key: equal when every text is, hashed by its length and three of its
/// texts. For keys over thousands of titles or page paths in `--watch`, where SHA-256 over all of
/// them on every rebuild cost far more than comparing them with the last build's.
struct TextListKey: Hashable, Sendable {
    let texts: [String]

    init(_ texts: [String]) {
        self.texts = texts
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(countAndSamplesOf: texts)
    }

    /// The fingerprint of the texts in order.
    func fingerprint() -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(texts.count)
        for text in texts { hasher.add(text) }
        return hasher.finalize()
    }
}
