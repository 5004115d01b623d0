import Foundation

/// The rebuild logic of `kaart build --watch`: remembers the state of every input file and
/// rebuilds when any of them changed: incrementally, with one word list and one
/// `RebuildMemory` for the whole session.
///
/// The command line calls `poll()` every ~300 ms; the loop itself is not part of this type, so it
/// can be tested without waiting. A poll walks the input files only when the kernel reported a
/// change in the watched folders (`FolderChangeMonitor`), when the token store's stamp changed,
/// or every `pollsBetweenFullWalks` polls, for changes no notification reports (a file behind a
/// symbolic link).
public final class SiteWatcher: @unchecked Sendable {
    /// What one rebuild did.
    public struct Rebuild: Sendable {
        /// Input files added, changed or removed since the previous build.
        public var changedFiles: [String]
        public var result: Result<BuildReport, BuildFailure>

        /// One line for the terminal, e.g. "Opnieuw gebouwd in 0,21 s: 1 bestand veranderd, 4 delen opnieuw gemaakt, 1203 overgenomen."
        public var line: String {
            let changed = changedFiles.count == 1 ? "1 bestand veranderd" : "\(changedFiles.count) bestanden veranderd"
            switch result {
            case .success(let report):
                let time = String(format: "%.2f", report.seconds).replacingOccurrences(of: ".", with: ",")
                return "Opnieuw gebouwd in \(time) s: \(changed), \(report.jobsRendered) delen opnieuw gemaakt, \(report.jobsReused) overgenomen."
            case .failure(let failure):
                let count = failure.errorCount
                return "Niet gebouwd (\(changed)): \(count == 1 ? "1 fout" : "\(count) fouten"). De vorige versie van de site blijft staan."
            }
        }
    }

    private let options: BuildOptions
    private let clock: any BuildClock
    private let random: any RandomBytesSource
    private let wordLists: DutchWordLists
    private let memory = RebuildMemory()
    private var known: [String: FileStamp] = [:]
    private var monitor: FolderChangeMonitor?
    private var pollsSinceFullWalk = 0
    /// Polls without a reported change between two walks anyway: 3 s at one poll per 300 ms.
    static let pollsBetweenFullWalks = 10
    /// Walks over every input file so far; tests read it to see that an idle poll does not walk.
    private(set) var fullWalks = 0

    public init(options: BuildOptions, clock: any BuildClock = SystemBuildClock(), random: any RandomBytesSource = SystemRandomBytes(),
                wordLists: DutchWordLists = DutchWordLists()) {
        self.options = options
        self.clock = clock
        self.random = random
        self.wordLists = wordLists
    }

    /// Builds once, whatever changed, and remembers the inputs as they were before that build.
    public func buildNow() -> Rebuild {
        // Watching starts before the walk, so a change during the walk or the build is reported.
        if monitor == nil { monitor = FolderChangeMonitor(roots: watchedFolders) }
        let snapshot = inputSnapshot()
        let changed = Self.differences(known, snapshot)
        known = snapshot
        return Rebuild(changedFiles: changed, result: build())
    }

    /// Rebuilds when an input changed since the last build; `nil` when nothing did.
    /// The snapshot is taken before the build, so an edit made during it triggers the next one.
    public func poll() -> Rebuild? {
        pollsSinceFullWalk += 1
        let reported = monitor?.mayHaveChanged() ?? true
        guard reported || tokenStoreChanged || pollsSinceFullWalk >= Self.pollsBetweenFullWalks else { return nil }
        let snapshot = inputSnapshot()
        let changed = Self.differences(known, snapshot)
        guard !changed.isEmpty else { return nil }
        known = snapshot
        return Rebuild(changedFiles: changed, result: build())
    }

    private func build() -> Result<BuildReport, BuildFailure> {
        do {
            return .success(try SiteBuilder(options: options, clock: clock, random: random, wordLists: wordLists, memory: memory).build())
        } catch {
            return .failure(error)
        }
    }

    /// The folders whose files the build reads: content, plans, templates with assets.
    private var watchedFolders: [String] {
        var roots = [options.contentDirectory, options.templatesDirectory]
        if let plans = options.effectivePlansDirectory { roots.append(plans) }
        return Array(Set(roots.map { $0.trimmingSlashSuffix() }))
    }

    /// The token store lies outside the watched folders, so its stamp is checked on every poll.
    private var tokenStoreChanged: Bool {
        !options.withoutPlans && POSIXFileOutput.stamp(of: options.tokenStorePath) != known[options.tokenStorePath]
    }

    /// Every file the build reads: content, plans, templates with assets, and the token store.
    func inputSnapshot() -> [String: FileStamp] {
        fullWalks += 1
        pollsSinceFullWalk = 0
        var snapshot: [String: FileStamp] = [:]
        for root in watchedFolders { FileTreeWalk.visitFiles(under: root) { path, info in snapshot[path] = FileStamp(info) } }
        if !options.withoutPlans, let stamp = POSIXFileOutput.stamp(of: options.tokenStorePath) {
            snapshot[options.tokenStorePath] = stamp
        }
        return snapshot
    }

    static func differences(_ old: [String: FileStamp], _ new: [String: FileStamp]) -> [String] {
        let changed = new.filter { old[$0.key] != $0.value }.map(\.key)
        let removed = old.keys.filter { new[$0] == nil }
        return (changed + removed).sorted()
    }
}
