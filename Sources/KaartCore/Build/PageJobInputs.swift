/// Everything the fingerprint of an entry page or a calendar file reads: the shared page inputs,
/// the digest of the entry's file, and the title and address of each casus that links to the entry.
///
/// In `--watch` these inputs find the fingerprint of the last build (`RenderMemos.pageJobFingerprints`).
/// They are fingerprints and a few short texts already, and comparing them costs far less than
/// SHA-256: without SHA-NI, the 9 500 page fingerprints of a rebuild at 10 000 items were a
/// thirtieth of its instructions.
struct PageJobInputs: Hashable, Sendable {
    enum Kind: String, Sendable {
        case entry
        case calendar
    }

    let kind: Kind
    let pageEnvironment: Fingerprint
    let source: Fingerprint
    /// Title and address of each linking casus, in turn.
    let casusLinks: [String]

    func fingerprint() -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add(kind.rawValue)
        hasher.add(pageEnvironment)
        hasher.add(source)
        hasher.add(casusLinks.count)
        for text in casusLinks { hasher.add(text) }
        return hasher.finalize()
    }
}
