import Foundation
import Testing
@testable import KaartCore

@Suite("Render stage: pages, structured data, feeds and calendars")
struct RenderStageTests {
    @Test func everyPageTypeIsWritten() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let expected = [
            "index.html", "404.html", "zoeken/index.html", "a-z/index.html", "mantelzorg/index.html",
            "voorzieningen/index.html", "voorzieningen/logeerhuis/index.html", "lotgenotengroepen/dementiecafe/index.html",
            "lotgenotengroepen/dementiecafe/bijeenkomsten.ics", "loketten/wmo-loket/index.html",
            "casussen/index.html", "casussen/na-een-beroerte/index.html", "casussen/arrangement/kort-herstel/index.html",
            "casussen/resultaatgebied/regie/index.html", "categorie/respijtzorg/index.html", "doelgroep/dementie/index.html",
            "gemeente/testdorp/index.html", "gemeente/buurdorp/index.html", "sitemap.xml", "robots.txt", "feed.xml",
        ]
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/\(path)"), "missing \(path)")
        }
    }

    @Test func theEntryPageShowsWhatAReaderNeeds() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let page = try site.read("voorzieningen/logeerhuis/index.html")
        for text in ["<h1>Logeerhuis De Eik</h1>", "Met een indicatie.", "Respijtzorg en logeerzorg", "Mantelzorgers",
                     "href=\"tel:0307654321\"", "Eiklaan 4", "3511 AA Testdorp", "maandag", "09.00–17.00",
                     "vrijdag 25 december 2026", "14 september 2026", "Na een beroerte", "<strong>logeren</strong>"] {
            #expect(page.contains(text), "entry page lacks \(text)")
        }
    }

    @Test func aConfidentialAddressIsNeverPublished() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = "\(site.contentDirectory)/voorzieningen/logeerhuis.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "wet: wlz", with: "wet: wlz\nvertrouwelijk_adres: true"), to: "voorzieningen/logeerhuis.md")
        try site.build()
        let everything = try allText(in: site.outputDirectory)
        #expect(!everything.contains("Eiklaan"))
        #expect(!everything.contains("3511 AA"))
        #expect(try site.read("voorzieningen/logeerhuis/index.html").contains("Het adres is geheim"))
    }

    @Test func groupPagesDescribeTheNextMeetingsInWords() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let page = try site.read("lotgenotengroepen/dementiecafe/index.html")
        #expect(page.contains("Elke tweede dinsdag van de maand"))
        // 2026-12-08 is cancelled, so the next meetings skip it.
        #expect(!page.contains("dinsdag 8 december 2026"))
        #expect(page.contains("dinsdag 12 januari 2027, van 19.30 tot 21.30 uur"))
    }

    @Test func calendarFilesCarryTheRuleAndItsExceptions() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let calendar = try site.read("lotgenotengroepen/dementiecafe/bijeenkomsten.ics")
        #expect(calendar.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU"))
        #expect(calendar.contains("EXDATE;TZID=Europe/Amsterdam:20261208T193000"))
        #expect(calendar.contains("\r\n"))
    }

    @Test func entryPagesCarrySchemaOrgData() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let service = try jsonLD(in: site.read("voorzieningen/logeerhuis/index.html"))
        #expect(service["@type"] as? String == "Service")
        let channel = (service["availableChannel"] as? [[String: Any]])?.first
        let place = channel?["serviceLocation"] as? [String: Any]
        #expect(place?["@type"] as? String == "Place")
        let hours = place?["openingHoursSpecification"] as? [[String: Any]]
        #expect(hours?.contains { $0["opens"] as? String == "09:00" } == true)
        let desk = try jsonLD(in: site.read("loketten/wmo-loket/index.html"))
        #expect(desk["@type"] as? String == "GovernmentService")
        let event = try jsonLD(in: site.read("lotgenotengroepen/dementiecafe/index.html"))
        #expect(event["@type"] as? String == "Event")
        #expect((event["eventSchedule"] as? [String: Any])?["repeatFrequency"] as? String == "P1M")
    }

    @Test func markdownIsRenderedSafely() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = "\(site.contentDirectory)/voorzieningen/inloop.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try site.write(text + "\n<script>alert(1)</script>\n\n[klik](javascript:alert(2)) <img src=x onerror=alert(3)>\n", to: "voorzieningen/inloop.md")
        try site.build()
        let page = try site.read("voorzieningen/inloop/index.html")
        #expect(!page.contains("alert(1)"))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("onerror"))
    }

    @Test func sitemapRobotsAndFeedAreComplete() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://kaart.example.nl/voorzieningen/logeerhuis/</loc>"))
        #expect(!sitemap.contains("404"))
        #expect(try site.read("robots.txt").contains("Disallow: /plan/"))
        let feed = try site.read("feed.xml")
        #expect(feed.contains("<title>Wmo-loket Testdorp</title>"))
        // Newest check first.
        let order = ["Wmo-loket Testdorp", "Dementiecafé Testdorp", "Inloop Het Plein"].map { feed.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    /// A sitemap that lists a noindex page asks search engines to crawl what they must not index.
    @Test func theSitemapListsNoNoindexPage() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try site.issueToken()
        try site.buildWithPlans()
        let sitemap = try site.read("sitemap.xml")
        let prefix = "https://kaart.example.nl/"
        let listed = sitemap.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(listed.count > 10)
        for url in listed {
            #expect(url.hasPrefix(prefix) && url.hasSuffix("/"), "\(url)")
            let page = try site.read(String(url.dropFirst(prefix.count)) + "index.html")
            #expect(!page.contains("name=\"robots\" content=\"noindex"), "\(url) is noindex but in the sitemap")
        }
        // The two noindex pages by name: they exist, say noindex, and are not listed.
        #expect(try site.read("lijstje/index.html").contains("<meta name=\"robots\" content=\"noindex\">"))
        let planPage = try #require(try site.planPages().first)
        #expect(try site.read(planPage).contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(!sitemap.contains("/lijstje/"))
        #expect(!sitemap.contains("/plan/"))
    }

    @Test func listingsMakeTheSiteBrowsableWithoutJavaScript() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        #expect(try site.read("categorie/respijtzorg/index.html").contains("/voorzieningen/logeerhuis/"))
        #expect(try site.read("gemeente/buurdorp/index.html").contains("/loketten/wmo-loket/"))
        // A national entry is listed for every municipality.
        #expect(try site.read("gemeente/buurdorp/index.html").contains("/voorzieningen/inloop/"))
        let az = try site.read("a-z/index.html")
        #expect(az.contains("id=\"letter-d\"") && az.contains("id=\"letter-w\""))
        let mantelzorg = try site.read("mantelzorg/index.html")
        #expect(mantelzorg.contains("/voorzieningen/logeerhuis/") && mantelzorg.contains("/lotgenotengroepen/dementiecafe/"))
        #expect(!mantelzorg.contains("/voorzieningen/inloop/"))
        #expect(try site.read("index.html").contains("Ik zorg voor iemand en wil even op adem komen"))
    }

    @Test func assetsLiveInAFolderNamedAfterTheirContent() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let page = try site.read("index.html")
        let match = try #require(page.firstMatch(of: /href="\/assets\/([0-9a-f]{10})\/style.css"/))
        #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/assets/\(match.1)/style.css"))
    }

    private func jsonLD(in page: String) throws -> [String: Any] {
        let match = try #require(page.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/))
        return try #require(JSONSerialization.jsonObject(with: Data(match.1.utf8)) as? [String: Any])
    }
}

/// All text of all files under a folder, for absence checks.
func allText(in directory: String) throws -> String {
    var text = ""
    for path in FileManager.default.subpaths(atPath: directory) ?? [] {
        if let data = FileManager.default.contents(atPath: "\(directory)/\(path)") { text += path + "\n" + String(decoding: data, as: UTF8.self) }
    }
    return text
}
