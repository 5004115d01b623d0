import Foundation

/// The render stage: turns a validated `Site` into the public pages and files.
public struct SiteRenderer: Sendable {
    private let templates: TemplateSet
    private let assets: AssetBundle
    private let today: LocalDate
    private let now: Date

    public init(templates: TemplateSet, assets: AssetBundle, today: LocalDate, now: Date) {
        self.templates = templates
        self.assets = assets
        self.today = today
        self.now = now
    }

    public func render(_ site: Site) -> [OutputFile] {
        let context = RenderContext(site: site, templates: templates, assets: assets, today: today)
        var files = EntryPageRenderer(context: context, now: now).render()
        files += CasusPageRenderer(context: context).render()
        let summaries = EntrySummaryTable(context: context)
        files += ListingPageRenderer(context: context).specs(summaries: summaries).map(context.render)
        files += StandardPageRenderer(context: context, summaries: summaries).render()
        let sitemapPages = files.map(\.path).filter { $0 != "404.html" }
        files += FeedRenderer(context: context).render(pagePaths: sitemapPages)
        files += assets.files
        return files
    }
}
