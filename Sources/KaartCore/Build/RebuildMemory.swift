import Foundation

/// What `kaart build --watch` keeps in memory from one build to the next, so that a rebuild
/// after a small change skips the work that change cannot have touched:
///
/// - each content file's parse result, by a fingerprint of its path, kind, slug and text;
/// - each search document's normalised terms, by a fingerprint of its field texts;
/// - the build cache of the last successful build, instead of reading its manifest again.
///
/// Everything is keyed by its full input, so a reused result is the one a fresh build would
/// make; the incremental equivalence tests build with and without this memory.
public final class RebuildMemory: @unchecked Sendable {
    let parsedFiles = GenerationMemo<SiteParser.ParsedFile>()
    let normalizedDocuments = GenerationMemo<[[String]]>()
    private var lastBuildCache: BuildCache?
    private let lock = NSLock()

    public init() {}

    /// Called once at the start of every build.
    func startBuild() {
        parsedFiles.startGeneration()
        normalizedDocuments.startGeneration()
    }

    /// The cache of the last successful build into `outputDirectory`, if this session made one.
    func buildCache(for outputDirectory: String) -> BuildCache? {
        lock.withLock { lastBuildCache?.outputDirectory == outputDirectory ? lastBuildCache : nil }
    }

    func remember(_ cache: BuildCache) {
        lock.withLock { lastBuildCache = cache }
    }
}
