import Foundation
import Testing
@testable import KaartCore

@Suite("kaart check: validation without output, and the freshness worklist")
struct CheckTests {
    @Test func checkWritesNothingAndListsTheOldestFirst() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = "\(site.contentDirectory)/voorzieningen/inloop.md"
        try site.write(try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "2026-10-01", with: "2025-01-01"),
                       to: "voorzieningen/inloop.md")
        let checked = SiteBuilder(options: site.options(), clock: FixedBuildClock(today: FixtureSite.today)).checkSite()
        #expect(!checked.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: site.outputDirectory))
        let report = FreshnessReport(site: try #require(checked.site), today: FixtureSite.today)
        #expect(report.rows.first?.titel == "Inloop Het Plein")
        #expect(report.rows.first?.isStale == true)
        #expect(report.staleCount == 1)
        #expect(report.rows.map(\.checked) == report.rows.map(\.checked).sorted())
    }

    @Test func theWorklistIsValidSemicolonCSV() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let checked = SiteBuilder(options: site.options(), clock: FixedBuildClock(today: FixtureSite.today)).checkSite()
        let csv = FreshnessReport(site: try #require(checked.site), today: FixtureSite.today).csv
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "bestand;titel;aanbieder;contact;laatst_gecontroleerd;verouderd")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.contains("Logeerhuis De Eik") && $0.contains("030 765 43 21, logeerhuis@example.nl") })
    }

    @Test func theCheckCommandExitsNonZeroOnErrors() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitel: Kapot\n---\n", to: "voorzieningen/kapot.md")
        let result = try CommandLineTests.run(["check", "--content", site.contentDirectory, "--zonder-plannen"])
        #expect(result.status != 0)
        #expect(result.error.contains("kapot.md:2:1: fout: Het verplichte veld"))
    }
}
