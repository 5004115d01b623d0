import Foundation

/// What every page renderer needs: the site, the compiled templates, the assets, "today", and
/// lookups computed once per build so no page has to scan the whole site.
struct RenderContext: Sendable {
    let site: Site
    let templates: TemplateSet
    let assets: AssetBundle
    let today: LocalDate
    /// Casussen that mention an entry, by entry slug ("Zo kan het gaan").
    let casussenByEntry: [String: [Casus]]
    let entriesBySlug: [String: any DirectoryEntry]
    /// Entries that appear in listings: everything except stopped entries, by title.
    let listedEntries: [any DirectoryEntry]
    /// `listedEntries` grouped for the listing pages and the home page.
    let listingGroups: ListingGroups
    /// The footer's municipality keys, made once per build: a link per gemeente, or, past
    /// `repeatedListLimit`, one link to the overview page.
    private let gemeenteFooter: [String: [[String: String]]]

    /// Above this many, a list that every page would repeat (the gemeenten in the footer, the
    /// national entries on each gemeente page) gets a page of its own, linked from there.
    static let repeatedListLimit = 12
    static let gemeenteOverviewPath = "/gemeente/"

    static func gemeentePath(_ municipality: String) -> String { "/gemeente/\(SlugRules.slug(from: municipality))/" }

    /// What earlier builds of a `--watch` session made for rendering; `nil` otherwise.
    let memos: RenderMemos?

    init(site: Site, templates: TemplateSet, assets: AssetBundle, today: LocalDate, memos: RenderMemos? = nil) {
        self.site = site
        self.templates = templates
        self.assets = assets
        self.today = today
        self.memos = memos
        var casussenByEntry: [String: [Casus]] = [:]
        for casus in site.casussen {
            for reference in casus.voorzieningen { casussenByEntry[reference.value, default: []].append(casus) }
        }
        self.casussenByEntry = casussenByEntry
        let entries = site.directoryEntries
        entriesBySlug = Dictionary(entries.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let listed = entries.filter { $0.common.status != .gestopt }
        // Titles read once, not once per comparison.
        let titles = listed.map(\.common.titel)
        listedEntries = Self.titleOrder(titles, memo: memos?.listingOrders).map { listed[$0] }
        listingGroups = ListingGroups(listedEntries)
        let municipalities = site.settings.gemeenten
        gemeenteFooter = municipalities.count > Self.repeatedListLimit
            ? ["gemeentenOverzicht": [["url": Self.gemeenteOverviewPath, "aantal": String(municipalities.count)]]]
            : ["gemeenteLinks": municipalities.map { ["naam": $0, "url": Self.gemeentePath($0)] }]
    }

    /// The positions of `titles` in reading order (a stable sort). Sorting 10 000 titles the way
    /// Dutch readers expect takes a tenth of a second, so `--watch` remembers the order.
    static func titleOrder(_ titles: [String], memo: GenerationMemo<TextListKey, [Int]>?) -> [Int] {
        let sort = { titles.indices.sorted { titles[$0].localizedStandardCompare(titles[$1]) == .orderedAscending } }
        return memo.value(for: TextListKey(titles), orMake: sort)
    }

    func absoluteURL(_ path: String) -> String { site.settings.basisURL + path }

    func label(_ key: String, in group: Taxonomy.Group) -> String { site.taxonomy.label(key, in: group) }

    /// The keys the layout template reads, plus the page's own keys.
    func page(title: String, description: String, path: String, _ content: [String: Any]) -> [String: Any] {
        var values = content
        values["siteTitle"] = site.settings.titel
        values["pageTitle"] = title
        values["pageDescription"] = description
        values["canonical"] = absoluteURL(path)
        values["assets"] = assets.baseURL
        values["beheerder"] = ["naam": site.settings.beheerder.naam, "email": site.settings.beheerder.email,
                               "telefoon": site.settings.beheerder.telefoon]
        values.merge(gemeenteFooter) { _, footer in footer }
        return values
    }

    func html(_ template: String, path: String, _ values: [String: Any]) -> OutputFile {
        OutputFile(path: path, text: templates.render(values, with: template))
    }
}

/// What a `--watch` session keeps for rendering from one build to the next (`RebuildMemory`),
/// with the digests of this build's content files that key it.
struct RenderMemos: Sendable {
    /// By the titles in site order.
    let listingOrders: GenerationMemo<TextListKey, [Int]>
    /// By the digest of the entry's or casus's file (kind, slug and text) and `pageEnvironment`: a row keeps
    /// its rendered text (`MustachePartialMemo`), which the templates make.
    let entrySummaries: GenerationMemo<FingerprintPair, EntrySummaryTable.Row>
    /// Each listing section's fingerprint, by its heading, id and rows.
    let sectionFingerprints: GenerationMemo<ListingSectionKey, Fingerprint>
    /// Each entry page's and calendar file's fingerprint, by what it reads.
    let pageJobFingerprints: GenerationMemo<PageJobInputs, Fingerprint>
    /// The fingerprint of a long list of texts (the sitemap's page paths), by the texts.
    let textListFingerprints: GenerationMemo<TextListKey, Fingerprint>
    /// Each content file's digest by its path (`BuildEnvironment.sources`).
    let sources: [String: Fingerprint]
    /// Program, templates, assets, settings and today (`BuildEnvironment.pages`).
    let pageEnvironment: Fingerprint

    /// The summary row of the entry or casus in the content file at `path`: the last build's when
    /// the file is the same, else made by `make`. A summary reads its file and the page environment
    /// only; the key holds the templates too, because the row's memo keeps the text they made.
    func summaryRow(ofFile path: String, orMake make: () -> EntrySummaryTable.Row) -> EntrySummaryTable.Row {
        guard let digest = sources[path] else { return make() }
        return entrySummaries.value(for: FingerprintPair(first: digest, second: pageEnvironment), orMake: make)
    }
}
