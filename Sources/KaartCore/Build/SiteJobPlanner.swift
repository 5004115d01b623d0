import Foundation

/// Turns a checked site into output jobs, each with a fingerprint of exactly what it reads:
///
/// - entry page: the shared page inputs, the entry's file, and the casussen that link to it;
/// - calendar file: the shared page inputs and the entry's file. Not the build time: an
///   unchanged calendar keeps the DTSTAMP of the build that made it, which with METHOD:PUBLISH
///   is when this instance of the object was created (RFC 5545, 3.8.7.2);
/// - casus page: its file and the files of the entries it names;
/// - listing and standard pages: their complete view model (so a listing changes exactly
///   when one of its rows, headings or counts does);
/// - search index: the files of every indexed entry and casus, taxonomy, synonyms, word list;
/// - sitemap and robots.txt: the shared page inputs and the page paths;
/// - feed and assets: no fingerprint, always rendered (cheap), linked when byte-identical.
struct SiteJobPlanner: Sendable {
    let context: RenderContext
    let environment: BuildEnvironment
    let now: Date

    /// Every job except the plans and the search index (`searchIndexJob`).
    func jobs() -> [OutputJob] {
        let site = context.site
        var jobs: [OutputJob] = []
        var pagePaths: [String] = []
        let entryRenderer = EntryPageRenderer(context: context, now: now)
        let backlinks = context.casussenByEntry
        let pageEnvironment = environment.pages
        let pageJobFingerprints = context.memos?.pageJobFingerprints
        for entry in site.directoryEntries {
            let path = EntryPageRenderer.pagePath(of: entry)
            let source = environment.digests.source(entry.common.path)
            let casusLinks = (backlinks[entry.slug] ?? []).flatMap { [$0.titel, $0.url] }
            pagePaths.append(path)
            let page = PageJobInputs(kind: .entry, pageEnvironment: pageEnvironment, source: source, casusLinks: casusLinks)
            jobs.append(OutputJob(id: "entry:\(path)", fingerprint: { pageJobFingerprints.value(for: page, orMake: page.fingerprint) },
                                  render: { [entryRenderer.page(for: entry)] }))
            if let group = entry as? Lotgenotengroep {
                let calendar = PageJobInputs(kind: .calendar, pageEnvironment: pageEnvironment, source: source, casusLinks: [])
                jobs.append(OutputJob(id: "ics:\(path)", fingerprint: { pageJobFingerprints.value(for: calendar, orMake: calendar.fingerprint) },
                                      render: { entryRenderer.calendarFile(for: group).map { [$0] } ?? [] }))
            }
        }
        let casusRenderer = CasusPageRenderer(context: context)
        for casus in site.casussen {
            let path = CasusPageRenderer.path(of: casus)
            let source = environment.digests.source(casus.path)
            let named = casus.voorzieningen.map { reference in
                context.entriesBySlug[reference.value].map { environment.digests.source($0.common.path) } ?? ContentDigests.unknown
            }
            pagePaths.append(path)
            jobs.append(OutputJob(id: "casus:\(path)", fingerprint: {
                var hasher = FingerprintHasher()
                hasher.add("casus")
                hasher.add(pageEnvironment)
                hasher.add(source)
                for fingerprint in named { hasher.add(fingerprint) }
                return hasher.finalize()
            }, render: { [casusRenderer.page(casus)] }))
        }
        let summaries = EntrySummaryTable(context: context)
        let specs = ListingPageRenderer(context: context).specs(summaries: summaries)
            + StandardPageRenderer(context: context, summaries: summaries).specs()
        for spec in specs {
            if spec.path != "404.html" { pagePaths.append(spec.path) }
            jobs.append(OutputJob(id: "page:\(spec.path)", fingerprint: {
                var hasher = FingerprintHasher()
                hasher.add("spec")
                hasher.add(pageEnvironment)
                hasher.add(spec.template)
                hasher.add(spec.path)
                hasher.add(value: spec.values)
                return hasher.finalize()
            }, render: { [context.render(spec)] }))
        }
        let feeds = FeedRenderer(context: context)
        let sitemapPaths = pagePaths
        let textListFingerprints = context.memos?.textListFingerprints
        jobs.append(OutputJob(id: "sitemap", fingerprint: {
            let paths = TextListKey(sitemapPaths)
            var hasher = FingerprintHasher()
            hasher.add("sitemap")
            hasher.add(pageEnvironment)
            hasher.add(textListFingerprints.value(for: paths, orMake: paths.fingerprint))
            return hasher.finalize()
        }, render: { feeds.sitemapAndRobots(pagePaths: sitemapPaths) }))
        jobs.append(OutputJob(id: "feed", fingerprint: nil, render: { [feeds.atomFeed()] }))
        let assets = context.assets
        jobs.append(OutputJob(id: "assets", fingerprint: nil, render: { assets.files }))
        return jobs
    }

    /// The search index: the longest single job, so the build starts it before the others.
    static func searchIndexJob(site: Site, digests: ContentDigests, wordLists: DutchWordLists, memory: RebuildMemory?) -> OutputJob {
        var hasher = FingerprintHasher()
        hasher.add("search-index")
        hasher.add(digests.index)
        for entry in site.directoryEntries where entry.common.status != .gestopt { hasher.add(digests.source(entry.common.path)) }
        for casus in site.casussen { hasher.add(digests.source(casus.path)) }
        let fingerprint = hasher.finalize()
        return OutputJob(id: "search-index", fingerprint: { fingerprint }, render: {
            SiteIndexer(dictionary: wordLists.compoundWords, remembering: memory.map { ($0, digests) }).index(site)
        })
    }
}
