import Foundation

/// What `kaart build --watch` keeps in memory from one build to the next, so that a rebuild
/// after a small change skips the work that change cannot have touched:
///
/// - each content file as read, by its path and the inode, size and times of the file;
/// - each content file's parse result, by its path and the fingerprint of its kind, slug and text;
/// - the privacy scan of each casus, by a fingerprint of its text and the anonymisation settings;
/// - the findings of each entry's own checks, by the entry and what the checks read (`EntryCheckKey`);
/// - each search document with its tokens (as ids of one `TokenTable` for the session) and its
///   `d/` row, by the fingerprints of its file and of the index's shared inputs;
/// - each common-term block (`c/`) of the search index, by its postings and the facet values;
/// - each facet file (`f/`) of the search index, by its documents' facet codes (`FacetChunkKey`);
/// - the order of the listed entries by title, by the titles in site order;
/// - the fingerprint of the sitemap's page paths, by the paths (`TextListKey`);
/// - the summary row of each listed entry and each casus (`EntrySummaryTable.Row`), by the fingerprint of its file;
/// - each listing section's fingerprint, by its heading, id and rows (`ListingSectionKey`);
/// - each entry page's and calendar file's fingerprint, by what it reads (`PageJobInputs`);
/// - the content hash of each file rendered again (mostly the search index's), by its bytes;
/// - the templates folder as read (`TemplateFolder`), and the token store, while their files are unchanged;
/// - the build cache of the last successful build, instead of reading its manifest again;
/// - a listing of the spare tree the next build stages into (`SpareTreeListing`).
///
/// What a build drops (memo results no longer asked for, the last build's cache, the site and
/// jobs of the build itself) is freed after the build, on a background thread (`leftovers`).
///
/// Because the next build takes the cache from memory, its manifest is saved to disk after the
/// build has finished, while the watcher waits for the next change (`rememberAndSaveInBackground`).
/// The spare is read then too (`readSpareInBackground`).
///
/// Everything is keyed by its full input, so a reused result is the one a fresh build would
/// make; the incremental equivalence tests build with and without this memory.
public final class RebuildMemory: @unchecked Sendable {
    let loadedFiles = GenerationMemo<ContentLoader.FileVersion, Result<SourceFile, Diagnostic>>()
    let parsedFiles = GenerationMemo<SiteParser.ParsedFileKey, SiteParser.ParsedFile>()
    let privacyScans = GenerationMemo<Fingerprint, PersonalDataScanReport>()
    let entryChecks = GenerationMemo<EntryCheckKey, [Diagnostic]>()
    let indexedDocuments = GenerationMemo<FingerprintPair, SearchIndexBuilder.IndexedDocument>()
    let commonTermBlocks = GenerationMemo<CommonTermBlock.MemoKey, String>()
    let facetChunks = GenerationMemo<FacetChunkKey, String>()
    let searchTokens = TokenTable()
    let listingOrders = GenerationMemo<TextListKey, [Int]>()
    let entrySummaries = GenerationMemo<FingerprintPair, EntrySummaryTable.Row>()
    let sectionFingerprints = GenerationMemo<ListingSectionKey, Fingerprint>()
    let pageJobFingerprints = GenerationMemo<PageJobInputs, Fingerprint>()
    let textListFingerprints = GenerationMemo<TextListKey, Fingerprint>()
    let renderedContentHashes = GenerationMemo<JobRunner.FileContent, Fingerprint>()
    let templateFolders = LastValueMemo<TemplateFolder>()
    let tokenStores = LastValueMemo<TokenStore>()
    private var lastBuildCache: BuildCache?
    private var spareListing: (path: String, listing: SpareTreeListing)?
    private var listingsTaken = 0
    private let lock = NSLock()
    private let manifestSaves = DispatchQueue(label: "kaart.rebuild-memory.manifest-saves")
    private let spareReads = DispatchQueue(label: "kaart.rebuild-memory.spare-reads")

    public init() {}

    /// What builds leave to be freed once they have finished (`SiteBuilder.build` hands it over).
    let leftovers = DeferredRelease()

    /// Every memo that keeps results from one build to the next.
    private var generationMemos: [any GenerationStarting] {
        [loadedFiles, parsedFiles, privacyScans, entryChecks, indexedDocuments, commonTermBlocks, facetChunks, listingOrders,
         entrySummaries, sectionFingerprints, pageJobFingerprints, textListFingerprints, renderedContentHashes]
    }

    /// Called once at the start of every build.
    func startBuild() {
        for memo in generationMemos { memo.startGeneration(holdingDroppedResultsIn: leftovers) }
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

    /// Reads the spare tree at `path` in the background, for the next build (`takeSpareListing`).
    func readSpareInBackground(_ path: String) {
        spareReads.async {
            let listing = SpareTreeListing(reading: path)
            self.lock.withLock { self.spareListing = (path, listing) }
        }
    }

    /// Listings handed to a build so far; tests read it to see that one was used.
    var spareListingsTaken: Int { lock.withLock { listingsTaken } }

    /// Waits until the read started by `readSpareInBackground` has finished.
    func waitForSpareRead() {
        spareReads.sync {}
    }

    /// The listing of the spare at `path`, once the read in progress has finished. Each listing
    /// is handed out once: the build that takes it changes the tree.
    func takeSpareListing(of path: String) -> SpareTreeListing? {
        waitForSpareRead()
        return lock.withLock {
            defer { spareListing = nil }
            guard let spareListing, spareListing.path == path, spareListing.listing.folderCount > 0 else { return nil }
            listingsTaken += 1
            return spareListing.listing
        }
    }
}
