import Foundation

/// The result of a successful build.
public struct BuildReport: Sendable {
    public var pagesWritten: Int
    public var filesWritten: Int
    public var entries: Int
    public var duration: Duration
    public var warnings: [Diagnostic]
    public var allowListReport: [String]
    public var content: LoadedContent
    /// Outputs (pages, the search index, …) rendered in this build.
    public var jobsRendered: Int
    /// Outputs carried over unchanged from the previous build by the build cache.
    public var jobsReused: Int
    /// Files carried into the new site by hard link instead of being written.
    public var filesLinked: Int

    init(site: Site, counts: JobRunner.Counts, duration: Duration, warnings: [Diagnostic], allowListReport: [String], content: LoadedContent) {
        pagesWritten = counts.pages
        filesWritten = counts.files
        entries = site.directoryEntries.count + site.casussen.count
        self.duration = duration
        self.warnings = warnings
        self.allowListReport = allowListReport
        self.content = content
        jobsRendered = counts.jobsRendered
        jobsReused = counts.jobsReused
        filesLinked = counts.filesLinked
    }

    /// The duration in seconds.
    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// One line for the terminal, e.g. "104 pagina's geschreven (123 bestanden, 59 items) in 0,84 s, 2 waarschuwingen."
    /// After an incremental build it also says how much was carried over.
    public var summary: String {
        let time = String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")
        let warningText = warnings.count == 1 ? "1 waarschuwing" : "\(warnings.count) waarschuwingen"
        let reuse = jobsReused == 0 ? "" : ", \(jobsReused) ongewijzigd overgenomen"
        return "\(pagesWritten) pagina's geschreven (\(filesWritten) bestanden, \(entries) items\(reuse)) in \(time) s, \(warningText)."
    }
}

/// Why a build stopped. Carries every diagnostic, so they can be shown with their source lines.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    public var content: LoadedContent
    public var writeError: SiteWriteError?

    public init(diagnostics: [Diagnostic], content: LoadedContent, writeError: SiteWriteError? = nil) {
        self.diagnostics = diagnostics
        self.content = content
        self.writeError = writeError
    }

    public var errorCount: Int { diagnostics.filter(\.isError).count + (writeError == nil ? 0 : 1) }
}
