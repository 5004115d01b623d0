/// Renders the machine-readable site files: `sitemap.xml`, `robots.txt` and the Atom feed.
struct FeedRenderer {
    let context: RenderContext
    /// How many recently checked entries the feed lists.
    static let feedSize = 50

    /// Plan pages: disallowed in robots.txt and never in the sitemap.
    static let planFolder = "plan/"

    /// - Parameter pagePaths: the paths of all public HTML pages, e.g. `voorzieningen/x/index.html`;
    ///   pages marked noindex are left out of the sitemap here.
    func render(pagePaths: [String]) -> [OutputFile] {
        sitemapAndRobots(pagePaths: pagePaths) + [atomFeed()]
    }

    /// The files that read nothing but the page paths and the site's address.
    func sitemapAndRobots(pagePaths: [String]) -> [OutputFile] {
        [sitemap(pagePaths), robots()]
    }

    /// Whether a page belongs in the sitemap: a sitemap that lists a noindex page asks search
    /// engines to crawl what they are told not to index.
    static func isIndexable(_ path: String) -> Bool {
        path.hasSuffix("index.html") && !StandardPageRenderer.noindexPaths.contains(path) && !path.hasPrefix(planFolder)
    }

    private func sitemap(_ pagePaths: [String]) -> OutputFile {
        let urls = pagePaths.filter(Self.isIndexable).sorted().map { path -> String in
            let url = context.absoluteURL("/" + path.dropLast("index.html".count))
            return "  <url><loc>\(HTMLEscaping.escape(url))</loc></url>"
        }
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls.joined(separator: "\n"))
        </urlset>

        """
        return OutputFile(path: "sitemap.xml", text: text)
    }

    private func robots() -> OutputFile {
        OutputFile(path: "robots.txt", text: """
        User-agent: *
        Disallow: /\(Self.planFolder)
        Sitemap: \(context.absoluteURL("/sitemap.xml"))

        """)
    }

    func atomFeed() -> OutputFile {
        let listed = context.listedEntries
        // Keys made once, not once per comparison.
        let keys = listed.map { ($0.common.laatstGecontroleerd.value, $0.slug) }
        let entries = listed.indices.sorted { keys[$0] > keys[$1] }.prefix(Self.feedSize).map { listed[$0] }
        let updated = entries.first.map { $0.common.laatstGecontroleerd.value } ?? context.today
        let items = entries.map { entry in
            """
              <entry>
                <title>\(HTMLEscaping.escape(entry.common.titel))</title>
                <link href="\(HTMLEscaping.escape(context.absoluteURL(entry.url)))"/>
                <id>\(HTMLEscaping.escape(context.absoluteURL(entry.url)))</id>
                <updated>\(entry.common.laatstGecontroleerd.value.iso)T00:00:00Z</updated>
                <summary>\(HTMLEscaping.escape(entry.common.samenvatting))</summary>
              </entry>
            """
        }
        let text = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
          <title>\(HTMLEscaping.escape(context.site.settings.titel)): onlangs gecontroleerd</title>
          <link href="\(HTMLEscaping.escape(context.absoluteURL("/")))"/>
          <link rel="self" href="\(HTMLEscaping.escape(context.absoluteURL("/feed.xml")))"/>
          <id>\(HTMLEscaping.escape(context.absoluteURL("/feed.xml")))</id>
          <updated>\(updated.iso)T00:00:00Z</updated>
          <author><name>\(HTMLEscaping.escape(context.site.settings.beheerder.naam))</name></author>
        \(items.joined(separator: "\n"))
        </feed>

        """
        return OutputFile(path: "feed.xml", text: text)
    }
}
