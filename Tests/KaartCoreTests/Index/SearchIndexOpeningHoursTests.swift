import Foundation
import Testing
@testable import KaartCore

/// "Nu open" in search results: the opening hours travel in the per-result metadata (`d/<n>.json`)
/// of voorzieningen and loketten that have them, and nowhere else in the index.
@Suite struct SearchIndexOpeningHoursTests {
    /// The minimal site (its logeerhuis has openingstijden, the inloop has none, the Wmo-loket only
    /// spreekuren) plus a loket with openingstijden.
    static let overrides = """
    -- loketten/sociaal-team.md --
    ---
    titel: Sociaal team Testdorp
    samenvatting: Voor alle vragen over zorg en welzijn.
    soort: wmo-loket
    vragen_over: [zorg]
    gemeenten: [Testdorp]
    doelgroepen: [inwoners]
    laatst_gecontroleerd: 2026-11-01
    openingstijden:
      wo: ["13:00-16:30"]
    ---
    Kom langs.
    """

    /// Every metadata row of the built index, by URL.
    static func metadataRows(_ site: FixtureSite) throws -> [String: [Any]] {
        let folder = URL(fileURLWithPath: site.outputDirectory).appendingPathComponent("zoeken/index/d")
        var rows: [String: [Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            for row in try #require(try JSONSerialization.jsonObject(with: data) as? [[Any]]) {
                rows[try #require(row.first as? String)] = row
            }
        }
        return rows
    }

    @Test func metadataCarriesOpeningHoursOnlyForEntriesThatHaveThem() throws {
        let site = try FixtureSite(Self.overrides)
        defer { site.remove() }
        try site.build()
        let rows = try Self.metadataRows(site)

        // The voorziening: compact (closed days left out), exceptions kept for holidays.
        let logeerhuis = try #require(rows["/voorzieningen/logeerhuis/"])
        #expect(logeerhuis.count == 7)
        let hours = try #require(logeerhuis[6] as? [String: Any])
        #expect(hours["ma"] as? [[String]] == [["09:00", "17:00"]])
        #expect(hours["di"] as? [[String]] == [["09:00", "12:00"], ["13:00", "17:00"]])
        #expect(hours["wo"] == nil && hours["zo"] == nil)
        let exceptions = try #require(hours["uitzonderingen"] as? [[String: Any]])
        #expect(exceptions.count == 1)
        #expect(exceptions.first?["datum"] as? String == "2026-12-25")
        #expect(exceptions.first?["toelichting"] as? String == "Eerste Kerstdag")

        // A loket with openingstijden carries them too, without an empty exception list.
        let loket = try #require(rows["/loketten/sociaal-team/"]?.last as? [String: Any])
        #expect(loket.keys.sorted() == ["wo"])
        #expect(loket["wo"] as? [[String]] == [["13:00", "16:30"]])

        // Without openingstijden the row ends at its flags: a voorziening, a loket with only
        // spreekuren, a lotgenotengroep and a casus.
        for url in ["/voorzieningen/inloop/", "/loketten/wmo-loket/", "/lotgenotengroepen/dementiecafe/",
                    "/casussen/na-een-beroerte/"] {
            let row = try #require(rows[url], "\(url) is not indexed")
            #expect(row.count == 6, "\(url) carries more than its flags")
        }
    }

    @Test func openingHoursStayOutOfTheTermIndexAndTheManifest() throws {
        let site = try FixtureSite(Self.overrides)
        defer { site.remove() }
        try site.build()
        let root = URL(fileURLWithPath: site.outputDirectory).appendingPathComponent("zoeken/index")
        let paths = try #require(FileManager.default.subpaths(atPath: root.path))
        var checked = 0
        for path in paths where path.hasSuffix(".json") && !path.hasPrefix("d/") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            #expect(!text.contains("16:30") && !text.contains("uitzonderingen"), "\(path) carries opening hours")
            checked += 1
        }
        #expect(checked > 3)
    }
}
