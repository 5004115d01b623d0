import Foundation

/// Runs the whole pipeline: load → parse → validate → render → write.
///
/// Nothing is written unless every stage succeeded, so a failed build leaves the previous
/// `public/` exactly as it was.
public struct SiteBuilder: Sendable {
    private let options: BuildOptions
    private let clock: any BuildClock

    public init(options: BuildOptions, clock: any BuildClock = SystemBuildClock()) {
        self.options = options
        self.clock = clock
    }

    /// Builds the site. Throws `BuildFailure` with every problem found, or when writing fails.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let started = ContinuousClock.now
        let (site, files, warnings, content) = try renderSite()
        do {
            try SiteWriter(outputDirectory: options.outputDirectory).write(files)
        } catch {
            throw BuildFailure(diagnostics: warnings, content: content, writeError: error)
        }
        return BuildReport(pagesWritten: files.filter { $0.path.hasSuffix(".html") }.count, filesWritten: files.count,
                           duration: ContinuousClock.now - started, warnings: warnings, content: content,
                           entries: site.directoryEntries.count + site.casussen.count)
    }

    /// Load, parse, validate and render, without writing: `kaart check` uses this too.
    public func renderSite() throws(BuildFailure) -> (site: Site, files: [OutputFile], warnings: [Diagnostic], content: LoadedContent) {
        let content = ContentLoader(contentDirectory: options.contentDirectory, plansDirectory: options.effectivePlansDirectory).load()
        var diagnostics = content.diagnostics
        let (parsedSite, parseDiagnostics) = SiteParser.parse(content)
        diagnostics += parseDiagnostics
        let templates = TemplateSet.load(from: options.templatesDirectory)
        if case .failure(let list) = templates { diagnostics += list.diagnostics }
        if let parsedSite { diagnostics += SiteValidator(today: clock.today).validate(parsedSite) }
        guard let site = parsedSite, case .success(let templateSet) = templates, !diagnostics.contains(where: \.isError) else {
            throw BuildFailure(diagnostics: diagnostics, content: content)
        }
        let assets = AssetBundle.load(from: options.templatesDirectory)
        let files = SiteRenderer(templates: templateSet, assets: assets, today: clock.today, now: clock.now).render(site)
        return (site, files, diagnostics, content)
    }
}

/// The result of a successful build.
public struct BuildReport: Sendable {
    public var pagesWritten: Int
    public var filesWritten: Int
    public var duration: Duration
    public var warnings: [Diagnostic]
    public var content: LoadedContent
    public var entries: Int

    /// One line for the terminal, e.g. "412 pagina's geschreven in 0,84 s, 2 waarschuwingen."
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
