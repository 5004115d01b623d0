import Foundation

/// The rebuild logic of `kaart build --watch`: remembers the state of every input file and
/// rebuilds when any of them changed: incrementally, with one word list and one
/// `RebuildMemory` for the whole session.
///
/// The command line calls `poll()` every ~300 ms; the loop itself is not part of this type, so it
/// can be tested without waiting.
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

    public init(options: BuildOptions, clock: any BuildClock = SystemBuildClock(), random: any RandomBytesSource = SystemRandomBytes(),
                wordLists: DutchWordLists = DutchWordLists()) {
        self.options = options
        self.clock = clock
        self.random = random
        self.wordLists = wordLists
    }

    /// Builds once, whatever changed, and remembers the inputs as they were before that build.
    public func buildNow() -> Rebuild {
        let snapshot = inputSnapshot()
        let changed = Self.differences(known, snapshot)
        known = snapshot
        return Rebuild(changedFiles: changed, result: build())
    }

    /// Rebuilds when an input changed since the last build; `nil` when nothing did.
    /// The snapshot is taken before the build, so an edit made during it triggers the next one.
    public func poll() -> Rebuild? {
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

    /// Every file the build reads: content, plans, templates with assets, and the token store.
    func inputSnapshot() -> [String: FileStamp] {
        var snapshot: [String: FileStamp] = [:]
        var roots = [options.contentDirectory, options.templatesDirectory]
        if let plans = options.effectivePlansDirectory { roots.append(plans) }
        for root in Set(roots.map { $0.trimmingSlashSuffix() }) {
            for relative in FileManager.default.subpaths(atPath: root) ?? [] {
                let path = "\(root)/\(relative)"
                var info = stat()
                // stat, not lstat: a symbolic link counts as changed when its target changes.
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                snapshot[path] = FileStamp(info)
            }
        }
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
