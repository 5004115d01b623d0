/// Loads, parses and validates the content for an export, without templates and without
/// plans: plans are never read, so no word of a plan can reach an export.
///
/// Unlike `SiteBuilder.checkSite()` it skips the casus privacy check: casussen are never
/// exported, and loading the Dutch word list for that check made an export 15 times slower.
public enum ExportSiteLoader {
    /// The validated site and its warnings; throws `BuildFailure` with every error found.
    public static func load(contentDirectory: String, today: LocalDate) throws(BuildFailure) -> (site: Site, warnings: [Diagnostic]) {
        let content = ContentLoader(contentDirectory: contentDirectory, plansDirectory: nil).load()
        var diagnostics = content.diagnostics
        let (parsed, parseDiagnostics) = SiteParser.parse(content)
        diagnostics += parseDiagnostics
        if let parsed { diagnostics += SiteValidator(today: today).validate(parsed) }
        guard let site = parsed, !diagnostics.contains(where: \.isError) else {
            throw BuildFailure(diagnostics: diagnostics, content: content)
        }
        return (site, diagnostics)
    }
}
