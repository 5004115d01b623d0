/// What the fingerprint of a listing section is made from: its heading, its id and the
/// fingerprints of its rows, in order (`ListingPageRenderer.section`).
///
/// In `--watch` the key finds the fingerprint of the last build (`RenderMemos.sectionFingerprints`):
/// comparing the rows costs far less than SHA-256 over them. At 10 000 items the listings hold
/// 225 000 rows, and hashing them all again was a fortieth of a rebuild's instructions.
struct ListingSectionKey: Hashable, Sendable {
    let heading: String?
    let id: String?
    let rows: [Fingerprint]

    func fingerprint() -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add("listing section")
        for value in [heading, id] {
            hasher.add(value != nil)
            hasher.add(value ?? "")
        }
        hasher.add(rows.count)
        for row in rows { hasher.add(row) }
        return hasher.finalize()
    }

    /// Equality compares every row; the hash reads a sample of them (`Hasher.combine(sampleOf:sampleSize:)`).
    func hash(into hasher: inout Hasher) {
        hasher.combine(heading)
        hasher.combine(id)
        rows.withUnsafeBytes { hasher.combine(sampleOf: $0, sampleSize: 8 * MemoryLayout<Fingerprint>.stride) }
    }
}
