import Foundation
import Testing
@testable import KaartCore

/// An incremental build must produce exactly the site a clean build produces: for every kind of
/// change, `public/` after an incremental rebuild is compared byte for byte with a build from
/// scratch of the same input (plan pages included: both seal with the same seeded nonces).
/// Each test also checks that the cache really carried something over, so a cache that quietly
/// re-rendered everything could not pass. Every change is tried twice: as separate command-line
/// builds, and as the builds of one `--watch` session, which also reuse parse and search work.
@Suite("Incremental builds equal clean builds")
struct IncrementalEquivalenceTests {
    /// Builds, applies `change`, rebuilds incrementally and compares with a clean build, once
    /// without and once with a `RebuildMemory`. `check` gets the incremental report and the
    /// inodes (by path) of `public/` before the change.
    private func rebuild(after change: (IncrementalFixture) throws -> Void, remembering: [Bool] = [false, true],
                         check: (IncrementalFixture, BuildReport, [String: UInt64]) throws -> Void = { _, _, _ in }) throws {
        for remembers in remembering { try rebuild(after: change, remembering: remembers, check: check) }
    }

    private func rebuild(after change: (IncrementalFixture) throws -> Void, remembering: Bool,
                         check: (IncrementalFixture, BuildReport, [String: UInt64]) throws -> Void) throws {
        let fixture = try IncrementalFixture(rememberingBuilds: remembering)
        defer { fixture.remove() }
        try fixture.buildTwiceLeavingASpare()
        #expect(FileManager.default.fileExists(atPath: fixture.spareDirectory))
        let before = Dictionary(uniqueKeysWithValues: IncrementalFixture.files(in: fixture.site.outputDirectory).keys.compactMap { path in
            fixture.inode(path).map { (path, $0) }
        })
        try change(fixture)
        let report = try fixture.incrementalBuild()
        #expect(fixture.memory?.spareListingsTaken ?? 1 == 1)
        #expect(fixture.cleanBuildDifferences() == [])
        try check(fixture, report, before)
    }

    @Test func noChangeRendersOnlyTheAlwaysFreshFilesAndLinksEverything() throws {
        try rebuild(after: { _ in }) { fixture, report, before in
            // Only the feed and the assets have no fingerprint; they are rendered, found
            // byte-identical, and linked like the rest.
            #expect(report.jobsRendered == 2)
            #expect(report.jobsReused > 10)
            for (path, inode) in before { #expect(fixture.inode(path) == inode, "\(path) was rewritten") }
        }
    }

    @Test func addingAnEntry() throws {
        try rebuild(after: { fixture in
            try fixture.site.write(IncrementalFixture.maatjes, to: "voorzieningen/maatjes.md")
        }) { fixture, report, before in
            #expect(FileManager.default.fileExists(atPath: "\(fixture.site.outputDirectory)/voorzieningen/maatjes/index.html"))
            // The other entry pages did not change and were carried over.
            #expect(fixture.inode("voorzieningen/logeerhuis/index.html") == before["voorzieningen/logeerhuis/index.html"])
            #expect(report.jobsReused > 0)
        }
    }

    @Test func editingAnEntryTitleUpdatesItsListingsAndThePlanThatLinksIt() throws {
        try rebuild(after: { fixture in
            try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "titel: Inloop Het Plein", with: "titel: Markt-inloop Het Plein") }
        }) { fixture, report, before in
            // The new title moves the entry from before the logeerhuis to after it, on every listing.
            let az = fixture.page("a-z/index.html")
            let moved = try #require(az.range(of: "Markt-inloop Het Plein")), logeerhuis = try #require(az.range(of: "Logeerhuis De Eik"))
            #expect(logeerhuis.lowerBound < moved.lowerBound)
            #expect(fixture.inode("voorzieningen/logeerhuis/index.html") == before["voorzieningen/logeerhuis/index.html"])
            #expect(report.jobsReused > 0)
        }
    }

    @Test func editingOnlyABodyKeepsTheListings() throws {
        try rebuild(after: { fixture in
            try fixture.edit("voorzieningen/logeerhuis.md") { $0.replacingOccurrences(of: "kan **logeren**.", with: "kan **logeren**, ook in het weekend.") }
        }) { fixture, _, before in
            #expect(fixture.page("voorzieningen/logeerhuis/index.html").contains("ook in het weekend"))
            // Listings show only summaries: unchanged, so linked, not rewritten.
            #expect(fixture.inode("categorie/respijtzorg/index.html") == before["categorie/respijtzorg/index.html"])
        }
    }

    @Test func renamingAnEntry() throws {
        try rebuild(after: { fixture in
            let content = fixture.site.root.appendingPathComponent("content/loketten")
            try FileManager.default.moveItem(at: content.appendingPathComponent("wmo-loket.md"),
                                             to: content.appendingPathComponent("wmo-loket-testdorp.md"))
        }) { fixture, _, _ in
            #expect(FileManager.default.fileExists(atPath: "\(fixture.site.outputDirectory)/loketten/wmo-loket-testdorp/index.html"))
            #expect(!FileManager.default.fileExists(atPath: "\(fixture.site.outputDirectory)/loketten/wmo-loket/index.html"))
        }
    }

    @Test func deletingAnEntry() throws {
        try rebuild(after: { fixture in
            try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/loketten/wmo-loket.md"))
        }) { fixture, _, _ in
            #expect(!FileManager.default.fileExists(atPath: "\(fixture.site.outputDirectory)/loketten/wmo-loket/index.html"))
        }
    }

    @Test func editingACasusUpdatesTheBacklinksOnEntryPages() throws {
        try rebuild(after: { fixture in
            try fixture.edit("casussen/na-een-beroerte.md") { $0.replacingOccurrences(of: "titel: Na een beroerte", with: "titel: Na een herseninfarct") }
        }) { fixture, _, _ in
            #expect(fixture.page("voorzieningen/logeerhuis/index.html").contains("Na een herseninfarct"))
        }
    }

    @Test func changingATemplate() throws {
        try rebuild(after: { fixture in
            try fixture.editTemplate("entry.mustache") { $0 + "\n<!-- sjabloon gewijzigd -->\n" }
        }) { fixture, _, _ in
            #expect(fixture.page("voorzieningen/logeerhuis/index.html").contains("sjabloon gewijzigd"))
        }
    }

    /// Entry summaries keep their rendered text from one build of a `--watch` session to the next;
    /// a change to their template must still reach every listing.
    @Test func changingTheSummaryTemplate() throws {
        try rebuild(after: { fixture in
            try fixture.editTemplate("entry-summary.mustache") { $0.replacingOccurrences(of: "<p>{{samenvatting}}</p>", with: "<p class=\"kort\">{{samenvatting}}</p>") }
        }) { fixture, _, _ in
            #expect(fixture.page("a-z/index.html").contains("<p class=\"kort\">"))
        }
    }

    @Test func changingTheCSS() throws {
        try rebuild(after: { fixture in
            try fixture.editTemplate("assets/style.css") { $0 + "\n/* kleur gewijzigd */\n" }
        }) { fixture, report, _ in
            // The asset folder is named after the assets' hash, so every page links the new one.
            #expect(report.jobsRendered > 10)
        }
    }

    @Test func changingTheTaxonomy() throws {
        try rebuild(after: { fixture in
            try fixture.edit("taxonomie.yml") { $0.replacingOccurrences(of: "respijtzorg: Respijtzorg en logeerzorg", with: "respijtzorg: Logeren en respijtzorg") }
        }) { fixture, _, _ in
            #expect(fixture.page("voorzieningen/logeerhuis/index.html").contains("Logeren en respijtzorg"))
        }
    }

    @Test func changingTheSiteSettings() throws {
        try rebuild(after: { fixture in
            try fixture.edit("site.yml") { $0.replacingOccurrences(of: "titel: Sociale kaart Testdorp", with: "titel: Sociale kaart Testdorp en Buurdorp") }
        }) { fixture, _, _ in
            #expect(fixture.page("loketten/wmo-loket/index.html").contains("Sociale kaart Testdorp en Buurdorp"))
        }
    }

    @Test func rotatingAPlanToken() throws {
        try rebuild(after: { fixture in
            try fixture.site.changeTokens { try $0.rotate(slug: "plan-wilhelmina", today: "2026-11-25", random: SeededRandomBytes(seed: 99)) }
        }) { fixture, report, _ in
            let pages = try fixture.site.planPages()
            #expect(pages.count == 1)
            let token = try #require(try TokenStore.load(from: URL(fileURLWithPath: fixture.site.tokenStorePath)).activeToken(for: "plan-wilhelmina"))
            let opened = try fixture.site.envelope(at: pages[0]).open(token: token)
            #expect(opened.contains("Wilhelmina"))
            #expect(report.jobsReused > 0)
        }
    }

    @Test func changingTheSynonyms() throws {
        try rebuild(after: { fixture in
            try fixture.site.write("synoniemen:\n  - [logeren, logeerzorg, weekendje weg]\n", to: "synoniemen.yml")
        }) { fixture, _, before in
            #expect(fixture.page("zoeken/index/manifest.json").contains("weekendje"))
            // Synonyms only feed the search index; pages are carried over.
            #expect(fixture.inode("voorzieningen/logeerhuis/index.html") == before["voorzieningen/logeerhuis/index.html"])
        }
    }

    @Test func aHandEditedPublishedFileIsNotTrusted() throws {
        try rebuild(after: { fixture in
            let path = "\(fixture.site.outputDirectory)/voorzieningen/inloop/index.html"
            // A new file (new inode), as an editor or a tool replacing it would make.
            try FileManager.default.removeItem(atPath: path)
            try Data("vervalst".utf8).write(to: URL(fileURLWithPath: path))
        })
    }

    @Test func aHandEditedGzipSiblingIsCompressedAgain() throws {
        try rebuild(after: { fixture in
            let path = "\(fixture.site.outputDirectory)/a-z/index.html.gz"
            try FileManager.default.removeItem(atPath: path)
            try Data("vervalst".utf8).write(to: URL(fileURLWithPath: path))
        }) { fixture, _, before in
            // The page itself did not change and is carried over; only its sibling is made anew.
            #expect(fixture.inode("a-z/index.html") == before["a-z/index.html"])
            #expect(fixture.inode("a-z/index.html.gz") != nil)
        }
    }

    @Test func anUnchangedCalendarKeepsItsFileAndDTSTAMPWhenOnlyTheTimeMoves() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let noon = FixedBuildClock(today: FixtureSite.today)
        let path = "lotgenotengroepen/dementiecafe/bijeenkomsten.ics"
        try SiteBuilder(options: fixture.options(), clock: noon, random: SeededRandomBytes(seed: IncrementalFixture.seed)).build()
        let before = try #require(fixture.inode(path))
        let anHourLater = FixedBuildClock(noon.now.addingTimeInterval(3600))
        try SiteBuilder(options: fixture.options(), clock: anHourLater, random: SeededRandomBytes(seed: IncrementalFixture.seed)).build()
        #expect(fixture.inode(path) == before)
        #expect(fixture.page(path).contains("DTSTAMP:\(AmsterdamClock.utcCompact(noon.now))"))
    }

    /// Only for separate builds: a `--watch` session keeps its cache in memory and never reads the file.
    @Test func aMissingOrBrokenCacheMeansAFullBuild() throws {
        try rebuild(after: { fixture in
            for name in try FileManager.default.contentsOfDirectory(atPath: fixture.cacheDirectory) {
                try Data("\(BuildCache.formatLine)\nkapot\n".utf8).write(to: URL(fileURLWithPath: "\(fixture.cacheDirectory)/\(name)"))
            }
        }, remembering: [false]) { _, report, _ in
            #expect(report.jobsReused == 0)
        }
    }

    @Test(arguments: [false, true])
    func severalChangesInARowStayEquivalent(remembering: Bool) throws {
        let fixture = try IncrementalFixture(rememberingBuilds: remembering)
        defer { fixture.remove() }
        try fixture.incrementalBuild()
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust langs.") }
        try fixture.incrementalBuild()
        try fixture.editTemplate("listing.mustache") { $0 + "\n<!-- lijst -->\n" }
        try fixture.incrementalBuild()
        try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/loketten/wmo-loket.md"))
        try fixture.incrementalBuild()
        #expect(fixture.cleanBuildDifferences() == [])
    }
}
