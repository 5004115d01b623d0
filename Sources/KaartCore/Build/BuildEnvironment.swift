import Foundation

/// The inputs that many outputs share, summarised once per build: the program itself, the
/// templates and assets, the settings files and "today". A change to any of them changes the
/// fingerprint of every output that reads it, so it is re-rendered.
struct BuildEnvironment: Sendable {
    /// For pages: program, templates, assets, `site.yml`, `taxonomie.yml` and today's date.
    let pages: Fingerprint
    /// What the content alone gives: the search index's inputs and each file's digest.
    let digests: ContentDigests

    init(digests: ContentDigests, content: LoadedContent, templates: TemplateFolder, today: LocalDate) {
        var pages = FingerprintHasher()
        pages.add("pages")
        pages.add(Self.programIdentity)
        pages.add(templates.templatesDigest)
        pages.add(templates.assets.baseURL)
        for name in ["site.yml", "taxonomie.yml"] { pages.add(content.settings[name]?.text ?? "") }
        pages.add(today.iso)
        self.pages = pages.finalize()
        self.digests = digests
    }

    /// The running program: its version and its executable file, so a rebuilt `kaart` never
    /// reuses output of an older one.
    static let programIdentity = "\(KaartVersion.current) \(fileIdentity("/proc/self/exe"))"

    /// Size and modification time of a file (following links), or "-" when it is missing.
    static func fileIdentity(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "-" }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }
}

/// The part of `BuildEnvironment` that needs no templates: a build can make it as soon as the
/// content is loaded, so `--watch` starts the search index before the rest is prepared.
struct ContentDigests: Sendable {
    /// For the search index: program, `taxonomie.yml`, `synoniemen.yml` and the word list.
    let index: Fingerprint
    /// Each content file by its path: kind, slug and full text.
    let sources: [String: Fingerprint]

    init(content: LoadedContent, wordListPath: String) {
        var index = FingerprintHasher()
        index.add("index")
        index.add(BuildEnvironment.programIdentity)
        for name in ["taxonomie.yml", "synoniemen.yml"] { index.add(content.settings[name]?.text ?? "") }
        index.add(BuildEnvironment.fileIdentity(wordListPath))
        self.index = index.finalize()

        let files = content.files
        let digests = ConcurrentResults<Fingerprint>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { position in
            digests[position] = files[position].contentFingerprint
        }
        sources = Dictionary(zip(files.map(\.path), digests.values), uniquingKeysWith: { first, _ in first })
    }

    /// The digest of a content file, or `unknown`.
    func source(_ path: String) -> Fingerprint {
        sources[path] ?? Self.unknown
    }

    /// The fixed marker for a file or entry that is not there.
    static let unknown = Fingerprint(high: 0, low: 0)
}
