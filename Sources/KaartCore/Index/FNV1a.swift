/// FNV-1a (32 bit) over the Unicode scalars of a text: a small, fixed hash (Swift's own `Hasher`
/// is seeded per process). search-engine.js computes the same for the typo index.
enum FNV1a {
    static func hash(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for scalar in text.unicodeScalars {
            hash ^= scalar.value
            hash = hash &* 16_777_619
        }
        return hash
    }
}
