import Foundation

/// What `kaart build --watch` keeps in memory from one build to the next, so that a rebuild
/// after a small change skips the work that change cannot have touched:
///
/// - each content file as read, by its path and the inode, size and times of the file;
/// - each content file's parse result, by a fingerprint of its path, kind, slug and text;
/// - the privacy scan of each casus, by a fingerprint of its text and the anonymisation settings;
/// - each search document with its tokens (as ids of one `TokenTable` for the session) and its
///   `d/` row, by the fingerprints of its file and of the index's shared inputs;
/// - each common-term block (`c/`) of the search index, by its postings and the facet values;
/// - the order of the listed entries by title, by a fingerprint of the titles in site order;
/// - each listed entry's summary row (`EntrySummaryTable`), by the fingerprint of its file;
/// - the build cache of the last successful build, instead of reading its manifest again.
///
/// Because the next build takes the cache from memory, its manifest is saved to disk after the
/// build has finished, while the watcher waits for the next change (`rememberAndSaveInBackground`).
///
/// Everything is keyed by its full input, so a reused result is the one a fresh build would
/// make; the incremental equivalence tests build with and without this memory.
public final class RebuildMemory: @unchecked Sendable {
    let loadedFiles = GenerationMemo<Result<SourceFile, Diagnostic>>()
    let parsedFiles = GenerationMemo<SiteParser.ParsedFile>()
    let privacyScans = GenerationMemo<PersonalDataScanReport>()
    let indexedDocuments = GenerationMemo<SearchIndexBuilder.IndexedDocument>()
    let commonTermBlocks = GenerationMemo<String>()
    let searchTokens = TokenTable()
    let listingOrders = GenerationMemo<[Int]>()
    let entrySummaries = GenerationMemo<EntrySummaryTable.Row>()
    private var lastBuildCache: BuildCache?
    private let lock = NSLock()
    private let manifestSaves = DispatchQueue(label: "kaart.rebuild-memory.manifest-saves")

    public init() {}

    /// Called once at the start of every build.
    func startBuild() {
        loadedFiles.startGeneration()
        parsedFiles.startGeneration()
        privacyScans.startGeneration()
        indexedDocuments.startGeneration()
        commonTermBlocks.startGeneration()
        listingOrders.startGeneration()
        entrySummaries.startGeneration()
    }

    /// The cache of the last successful build into `outputDirectory`, if this session made one.
    func buildCache(for outputDirectory: String) -> BuildCache? {
        lock.withLock { lastBuildCache?.outputDirectory == outputDirectory ? lastBuildCache : nil }
    }

    /// Remembers `cache` for the next build and saves its manifest in the background, one save
    /// after the other. A save that fails or is cut off leaves the previous manifest, which only
    /// makes the next command-line build render more (the manifest is replaced by a rename).
    func rememberAndSaveInBackground(_ cache: BuildCache, cacheDirectory: String) {
        lock.withLock { lastBuildCache = cache }
        manifestSaves.async { try? cache.save(cacheDirectory: cacheDirectory) }
    }

    /// Waits until every manifest handed to `rememberAndSaveInBackground` is on disk.
    public func waitForManifestSaves() {
        manifestSaves.sync {}
    }

}
