import Foundation
import Testing
@testable import KaartCore

/// A national site repeats nothing on every page: past `RenderContext.repeatedListLimit`, the
/// gemeenten in the footer and the national entries on each gemeente page get a page of their own.
@Suite("Listings on a national site")
struct NationalSiteListingTests {
    static let municipalities = (1...13).map { "Plaats\($0)" }

    static func nationalSite() throws -> FixtureSite {
        var overrides = """
        -- site.yml --
        titel: Sociale kaart Nederland
        basis_url: https://kaart.example.nl
        gemeenten: [Testdorp, Buurdorp, \(municipalities.joined(separator: ", "))]
        provincie: Utrecht
        beheerder:
          naam: Redactie
          email: redactie@example.nl
          telefoon: "030 123 45 67"

        """
        for number in 1...13 {
            overrides += """
            -- voorzieningen/landelijk-\(number).md --
            ---
            titel: Landelijke hulplijn \(number)
            samenvatting: Bel of chat met een vrijwilliger, dag en nacht.
            categorie: inloop
            gemeenten: [landelijk]
            doelgroepen: [inwoners]
            toegang: vrij
            laatst_gecontroleerd: 2026-09-14
            ---
            Een hulplijn voor heel Nederland.

            """
        }
        return try FixtureSite(overrides)
    }

    @Test func theFooterLinksToOneOverviewOfAllGemeenten() throws {
        let site = try Self.nationalSite()
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        #expect(home.contains(#"<a href="/gemeente/">alle 15 gemeenten</a>"#))
        #expect(!home.contains(#"href="/gemeente/plaats1/""#))
        let overview = try site.read("gemeente/index.html")
        for municipality in Self.municipalities + ["Testdorp", "Buurdorp"] {
            #expect(overview.contains(#"<a href="/gemeente/\#(SlugRules.slug(from: municipality))/">\#(municipality)</a>"#), "\(municipality)")
        }
        #expect(!overview.contains("Hier staat nu nog niets"))
    }

    @Test func nationalEntriesAreListedOnceAndLinkedFromEveryGemeentePage() throws {
        let site = try Self.nationalSite()
        defer { site.remove() }
        try site.build()
        for municipality in ["testdorp", "plaats7"] {
            let page = try site.read("gemeente/\(municipality)/index.html")
            #expect(page.contains(#"<a href="/gemeente/landelijk/">Bekijk alle 14 landelijke voorzieningen, groepen en loketten</a>"#), "13 added plus one of the minimal site")
            #expect(!page.contains("Landelijke hulplijn"), "national entries must not be repeated on \(municipality)")
        }
        let national = try site.read("gemeente/landelijk/index.html")
        for number in 1...13 { #expect(national.contains("Landelijke hulplijn \(number)<")) }
    }

    @Test func aSmallSiteKeepsEverythingOnThePageItself() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let home = try site.read("index.html")
        #expect(home.contains(#"<a href="/gemeente/testdorp/">Testdorp</a>"#))
        #expect(!home.contains("alle 2 gemeenten"))
        #expect(!FileManager.default.fileExists(atPath: "\(site.outputDirectory)/gemeente/index.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(site.outputDirectory)/gemeente/landelijk/index.html"))
    }
}
