import Foundation

/// Runs the whole pipeline: load → parse → validate → render → protect → write.
///
/// Nothing is written unless every stage succeeded, so a failed build leaves the previous
/// `public/` exactly as it was.
public struct SiteBuilder: Sendable {
    private let options: BuildOptions
    private let clock: any BuildClock
    private let random: any RandomBytesSource

    /// - Parameter random: the nonce source for sealing plans; the system CSPRNG unless a test pins it.
    public init(options: BuildOptions, clock: any BuildClock = SystemBuildClock(), random: any RandomBytesSource = SystemRandomBytes()) {
        self.options = options
        self.clock = clock
        self.random = random
    }

    /// Builds the site. Throws `BuildFailure` with every problem found, or when writing fails.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let started = ContinuousClock.now
        let rendered = try renderSite()
        do {
            try SiteWriter(outputDirectory: options.outputDirectory).write(rendered.files)
        } catch {
            throw BuildFailure(diagnostics: rendered.warnings, content: rendered.content, writeError: error)
        }
        return BuildReport(rendered: rendered, duration: ContinuousClock.now - started)
    }

    /// Load, parse, validate, render and protect, without writing: `kaart check` uses this too.
    public func renderSite() throws(BuildFailure) -> RenderedSite {
        let content = ContentLoader(contentDirectory: options.contentDirectory, plansDirectory: options.effectivePlansDirectory).load()
        var diagnostics = content.diagnostics
        let (parsedSite, parseDiagnostics) = SiteParser.parse(content)
        diagnostics += parseDiagnostics
        let templates = TemplateSet.load(from: options.templatesDirectory)
        if case .failure(let list) = templates { diagnostics += list.diagnostics }
        var allowListReport: [String] = []
        if let parsedSite {
            diagnostics += SiteValidator(today: clock.today).validate(parsedSite)
            if !parsedSite.casussen.isEmpty {
                let privacy = CasusPrivacyCheck(settings: parsedSite.anonymisation, dictionary: DutchWordList.load()).check(parsedSite.casussen)
                diagnostics += privacy.diagnostics
                allowListReport = privacy.allowListReport
            }
        }
        let tokens = loadTokenStore(into: &diagnostics)
        guard let site = parsedSite, case .success(let templateSet) = templates, let tokens, !diagnostics.contains(where: \.isError) else {
            throw BuildFailure(diagnostics: diagnostics, content: content)
        }
        let assets = AssetBundle.load(from: options.templatesDirectory)
        var files = SiteRenderer(templates: templateSet, assets: assets, today: clock.today, now: clock.now).render(site)
        files += SiteIndexer(dictionary: (try? CompoundSplitter.loadWordList()) ?? []).index(site)
        let protected = PlanProtector(tokens: tokens, random: random).protect(site, templates: templateSet, assets: assets, today: clock.today)
        diagnostics += protected.diagnostics
        guard !diagnostics.contains(where: \.isError) else { throw BuildFailure(diagnostics: diagnostics, content: content) }
        files += protected.files
        return RenderedSite(site: site, files: files, warnings: diagnostics, content: content, allowListReport: allowListReport)
    }

    /// The token store, or `nil` after reporting why it cannot be used. Without plans none is needed.
    private func loadTokenStore(into diagnostics: inout [Diagnostic]) -> TokenStore? {
        guard !options.withoutPlans else { return TokenStore() }
        let url = URL(fileURLWithPath: options.tokenStorePath)
        let location = SourceLocation(path: options.tokenStorePath, line: 1)
        if let warning = TokenStoreFile.permissionWarning(for: url) { diagnostics.append(.warning(warning, at: location)) }
        do {
            return try TokenStore.load(from: url)
        } catch {
            diagnostics.append(.error("\(error)", at: location))
            return nil
        }
    }
}

/// A site that passed every check, rendered in memory.
public struct RenderedSite: Sendable {
    public var site: Site
    public var files: [OutputFile]
    public var warnings: [Diagnostic]
    public var content: LoadedContent
    /// One line per entry of `anonimisering.yml`, so the allow-list is always visible.
    public var allowListReport: [String]
}
