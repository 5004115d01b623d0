import Foundation
import Testing
@testable import KaartCore

extension FixtureSite {
    /// The repository's example site, `content/`.
    static let exampleContentDirectory = URL(fileURLWithPath: templatesDirectory).deletingLastPathComponent()
        .appendingPathComponent("content").path

    /// The checked site in `contentDirectory` (plans left out) and a render context for it, with
    /// the repository's templates and the fixtures' "today".
    static func renderContext(contentDirectory: String) throws -> (Site, RenderContext) {
        let options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory,
                                   outputDirectory: "/nonexistent", withoutPlans: true)
        let checked = SiteBuilder(options: options, clock: FixedBuildClock(today: today)).checkSite()
        let errors = checked.diagnostics.filter(\.isError).map(\.message)
        #expect(errors.isEmpty, "\(errors)")
        let parsed = try #require(checked.site)
        guard case .success(let templates) = TemplateSet.load(from: templatesDirectory) else { throw TemplateLoadFailure() }
        let context = RenderContext(site: parsed, templates: templates, assets: AssetBundle.load(from: templatesDirectory), today: today)
        return (parsed, context)
    }

    struct TemplateLoadFailure: Error {}
}
