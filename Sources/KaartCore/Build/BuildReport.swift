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

    init(rendered: RenderedSite, duration: Duration) {
        pagesWritten = rendered.files.filter { $0.path.hasSuffix(".html") }.count
        filesWritten = rendered.files.count
        entries = rendered.site.directoryEntries.count + rendered.site.casussen.count
        self.duration = duration
        warnings = rendered.warnings
        allowListReport = rendered.allowListReport
        content = rendered.content
    }

    /// One line for the terminal, e.g. "104 pagina's geschreven (123 bestanden, 59 items) in 0,84 s, 2 waarschuwingen."
    public var summary: String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let time = String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")
        let warningText = warnings.count == 1 ? "1 waarschuwing" : "\(warnings.count) waarschuwingen"
        return "\(pagesWritten) pagina's geschreven (\(filesWritten) bestanden, \(entries) items) in \(time) s, \(warningText)."
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
