import Foundation

/// Runs output jobs on every core and puts their files into the staging folder: by hard link
/// from the current site when the build cache proves a file unchanged, else by writing it.
/// Rendered files go to disk at once, so a large site is never held in memory as a whole.
/// Text files also get their `.gz` sibling (`Precompressor`) for nginx's `gzip_static`; the
/// sibling of a file whose bytes did not change is carried over, not compressed again.
final class JobRunner: @unchecked Sendable {
    /// What one run did, for the build report and the benchmark notes.
    struct Counts: Sendable {
        var jobsRendered = 0
        var jobsReused = 0
        var filesWritten = 0
        var filesLinked = 0
        var pages = 0
        var files = 0
    }

    private let previous: BuildCache?
    private let outputDirectory: String
    /// The current site's folder, open while there is a cache to check its files against; -1 otherwise.
    private let outputFolder: Int32
    private let staging: StagingFolder
    private let contentHashes: GenerationMemo<FileContent, Fingerprint>?
    private let lock = NSLock()
    private var records: [String: BuildCache.JobRecord] = [:]
    private var counts = Counts()
    private let timed = StageTimer.isEnabled
    private var timeByKind: [String: Double] = [:]

    /// - Parameters:
    ///   - previous: the cache of the current site; `nil` builds without a cache.
    ///   - contentHashes: in `--watch`, the content hashes of the files rendered last time, by
    ///     their bytes (`RebuildMemory.renderedContentHashes`).
    init(previous: BuildCache?, outputDirectory: String, staging: StagingFolder, contentHashes: GenerationMemo<FileContent, Fingerprint>? = nil) {
        self.previous = previous
        self.outputDirectory = outputDirectory
        self.staging = staging
        self.contentHashes = contentHashes
        outputFolder = previous == nil ? -1 : open(outputDirectory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if outputFolder >= 0 { close(outputFolder) }
    }

    /// A rendered file's bytes as a memo key: equal when the bytes are. Comparing them is far
    /// cheaper than SHA-256: the search index renders its 3 200 files (6.6 MB at 10 000 items) on
    /// every rebuild, and hashing them was a twentieth of a rebuild's instructions. The key's hash
    /// reads a sample (`Hasher.combine(sampleOf:sampleSize:)`).
    struct FileContent: Hashable, Sendable {
        let bytes: [UInt8]

        static func == (a: Self, b: Self) -> Bool {
            guard a.bytes.count == b.bytes.count else { return false }
            return a.bytes.withUnsafeBytes { x in
                b.bytes.withUnsafeBytes { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
            }
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(sampleOf: $0, sampleSize: 64) }
        }
    }

    /// The content hash of rendered bytes: remembered in `--watch`, else SHA-256 now.
    private func contentHash(of bytes: [UInt8]) -> Fingerprint {
        guard let contentHashes else { return Fingerprint.of(bytes: bytes) }
        return contentHashes.value(for: FileContent(bytes: bytes)) { Fingerprint.of(bytes: bytes) }
    }

    /// Runs `jobs` in parallel; stops at the first write error. What each job did is gathered
    /// without a lock and recorded once at the end: a lock per job made the workers wait for
    /// each other 11 000 times per rebuild.
    func run(_ jobs: [OutputJob]) throws(SiteWriteError) {
        let failure = FirstError()
        let outcomes = ConcurrentResults<Outcome>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            guard !failure.isSet else { return }
            do throws(SiteWriteError) { outcomes[index] = try run(jobs[index]) } catch { failure.record(error) }
        }
        if let error = failure.error { throw error }
        record(outcomes.values)
    }

    /// Starts running `jobs` on another thread; `finish()` waits for them and returns the first write error.
    func startInBackground(_ jobs: [OutputJob]) -> PendingRun {
        let pending = PendingRun()
        DispatchQueue.global(qos: .userInitiated).async(group: pending.group) {
            do throws(SiteWriteError) { try self.run(jobs) } catch { pending.failure.record(error) }
        }
        return pending
    }

    /// Jobs running on another thread (`startInBackground`).
    final class PendingRun: Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate let failure = FirstError()

        /// Waits until every job has finished; the first write error, if any.
        func finish() -> SiteWriteError? {
            group.wait()
            return failure.error
        }
    }

    /// The cache describing the staging folder, to save once it has been swapped into place.
    func cache() -> BuildCache {
        lock.withLock { BuildCache(outputDirectory: outputDirectory, jobs: records) }
    }

    var summary: Counts { lock.withLock { counts } }

    /// With `KAART_TIMINGS=1`: thread time spent per kind of job (the part of the id before ":").
    func reportTimings() {
        guard timed else { return }
        for (kind, milliseconds) in lock.withLock({ timeByKind }).sorted(by: { $0.value > $1.value }) {
            StageTimer.report("  jobs \(kind) (thread time)", milliseconds: milliseconds)
        }
    }

    /// What one job put into the staging folder.
    private struct Outcome {
        let id: String
        /// What the cache records for the job; `nil` when it cannot be stored.
        let record: BuildCache.JobRecord?
        let reused: Bool
        let written: Int
        let files: Int
        let pages: Int

        init(_ id: String, _ record: BuildCache.JobRecord?, reused: Bool, written: Int, paths: some Collection<String>) {
            self.id = id
            self.record = record
            self.reused = reused
            self.written = written
            files = paths.count
            pages = paths.count { $0.hasSuffix(".html") }
        }
    }

    private func record(_ outcomes: [Outcome]) {
        lock.withLock {
            for outcome in outcomes {
                if let record = outcome.record { records[outcome.id] = record }
                if outcome.reused { counts.jobsReused += 1 } else { counts.jobsRendered += 1 }
                counts.filesWritten += outcome.written
                counts.filesLinked += outcome.files - outcome.written
                counts.files += outcome.files
                counts.pages += outcome.pages
            }
        }
    }

    private func run(_ job: OutputJob) throws(SiteWriteError) -> Outcome {
        guard timed else { return try runUntimed(job) }
        let started = ContinuousClock.now
        let outcome = try runUntimed(job)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let kind = String(job.id.prefix { $0 != ":" })
        lock.withLock { timeByKind[kind, default: 0] += milliseconds }
        return outcome
    }

    private func runUntimed(_ job: OutputJob) throws(SiteWriteError) -> Outcome {
        let fingerprint = previous == nil ? nil : job.fingerprint?()
        if let fingerprint, let record = previous?.jobs[job.id], record.fingerprint == fingerprint,
           record.files.allSatisfy(isUnchangedInOutput) {
            try staging.link(record.files, from: outputDirectory)
            return Outcome(job.id, record, reused: true, written: 0, paths: record.files.lazy.map(\.path))
        }
        let files = job.render()
        guard previous != nil else {
            let all = Precompressor.precompress(files)
            for file in all { try staging.write(file) }
            return Outcome(job.id, nil, reused: false, written: all.count, paths: all.lazy.map(\.path))
        }
        // The files this job made last time: a file whose bytes did not change is linked. (All files of
        // the last build by path would be 28 000 entries at 10 000 items, for the few jobs that render.)
        let previousFiles = Dictionary(previous?.jobs[job.id]?.files.map { ($0.path, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let candidates = Set(Precompressor.siblingCandidates(files))
        let placed = try place(files, previousFiles: previousFiles, candidates: candidates)
        var fileRecords = placed.fileRecords
        var siblingRecords = placed.siblingRecords
        var written = placed.written
        for sibling in Precompressor.compressedSiblings(of: placed.toCompress).compactMap({ $0 }) {
            let stamp = try staging.write(sibling)
            siblingRecords.append(BuildCache.FileRecord(path: sibling.path, contentHash: Fingerprint.of(bytes: sibling.bytes), stamp: stamp))
            written += 1
        }
        fileRecords += siblingRecords.sorted { $0.path < $1.path }
        // Jobs without a fingerprint are keyed by their content, so a later build can still link them.
        var contentKey = FingerprintHasher()
        for record in fileRecords { contentKey.add(record.path); contentKey.add(record.contentHash) }
        let storable = BuildCache.isStorable(job.id) && fileRecords.allSatisfy { BuildCache.isStorable($0.path) }
        let record = BuildCache.JobRecord(fingerprint: fingerprint ?? contentKey.finalize(), files: fileRecords)
        return Outcome(job.id, storable ? record : nil, reused: false, written: written, paths: fileRecords.lazy.map(\.path))
    }

    /// What placing a job's rendered files did, before their new `.gz` siblings are made.
    private struct PlacedFiles {
        var fileRecords: [BuildCache.FileRecord] = []
        /// The siblings carried over.
        var siblingRecords: [BuildCache.FileRecord] = []
        /// The files whose sibling must be made.
        var toCompress: [OutputFile] = []
        var written = 0

        mutating func append(_ other: PlacedFiles) {
            fileRecords += other.fileRecords
            siblingRecords += other.siblingRecords
            toCompress += other.toCompress
            written += other.written
        }
    }

    /// Files placed together; a job with more is placed in blocks on every core. The search index
    /// renders 3 200 files at 10 000 items and is the last job of a rebuild to finish.
    static let placingBlock = 256

    /// Puts the rendered `files` into the staging folder: each linked from the current site when
    /// its bytes are those of `previousFiles`' file, else written. `candidates`: the positions of
    /// the files that get a `.gz` sibling.
    private func place(_ files: [OutputFile], previousFiles: [String: BuildCache.FileRecord], candidates: Set<Int>)
        throws(SiteWriteError) -> PlacedFiles {
        let blocks = stride(from: 0, to: files.count, by: Self.placingBlock).map { $0..<min($0 + Self.placingBlock, files.count) }
        guard blocks.count > 1 else { return try place(files, at: files.indices, previousFiles: previousFiles, candidates: candidates) }
        let results = ConcurrentResults<Result<PlacedFiles, SiteWriteError>>(count: blocks.count)
        DispatchQueue.concurrentPerform(iterations: blocks.count) { block in
            do throws(SiteWriteError) {
                results[block] = .success(try place(files, at: blocks[block], previousFiles: previousFiles, candidates: candidates))
            } catch {
                results[block] = .failure(error)
            }
        }
        var placed = PlacedFiles()
        for result in results.values { placed.append(try result.get()) }
        return placed
    }

    private func place(_ files: [OutputFile], at positions: Range<Int>, previousFiles: [String: BuildCache.FileRecord],
                       candidates: Set<Int>) throws(SiteWriteError) -> PlacedFiles {
        var placed = PlacedFiles()
        var toCarry: [BuildCache.FileRecord] = []
        for index in positions {
            let file = files[index]
            let hash = contentHash(of: file.bytes)
            guard let old = previousFiles[file.path], old.contentHash == hash, isUnchangedInOutput(old) else {
                let stamp = try staging.write(file)
                placed.fileRecords.append(BuildCache.FileRecord(path: file.path, contentHash: hash, stamp: stamp))
                placed.written += 1
                if candidates.contains(index) { placed.toCompress.append(file) }
                continue
            }
            toCarry.append(old)
            placed.fileRecords.append(old)
            // gzip is deterministic, so the sibling of unchanged bytes is the one already published;
            // and where the last build made none (gzip did not make it smaller), none is made now.
            guard candidates.contains(index), let sibling = previousFiles[file.path + ".gz"] else { continue }
            if isUnchangedInOutput(sibling) {
                toCarry.append(sibling)
                placed.siblingRecords.append(sibling)
            } else {
                placed.toCompress.append(file)
            }
        }
        try staging.link(toCarry, from: outputDirectory)
        return placed
    }

    /// Checked for each of the 28 000 files a rebuild at 10 000 items carries over.
    private func isUnchangedInOutput(_ file: BuildCache.FileRecord) -> Bool {
        let stamp = outputFolder >= 0 ? POSIXFileOutput.stamp(of: file.path, inFolder: outputFolder)
            : POSIXFileOutput.stamp(of: "\(outputDirectory)/\(file.path)")
        return stamp == file.stamp
    }
}
