import Foundation
import Testing
@testable import KaartCore

/// An incremental build stages into the spare (`.public.spare`, the site before the current
/// one). Whatever that folder holds, the new site must equal a clean build, and nothing outside
/// it may change.
@Suite("Incremental builds: staging into the spare")
struct SpareTreeTests {
    @Test func aSpareFullOfStrangeThingsStillGivesExactlyTheCleanSite() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        try fixture.incrementalBuild()
        try fixture.incrementalBuild()
        let spare = fixture.spareDirectory
        let outside = fixture.site.root.appendingPathComponent("buiten")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("niet aankomen".utf8).write(to: outside.appendingPathComponent("index.html"))
        let manager = FileManager.default
        // A stray file, a folder where a page goes, a file where a folder goes, a page replaced by
        // a link to a file outside, and a folder replaced by a link to a folder outside.
        try Data("oud".utf8).write(to: URL(fileURLWithPath: "\(spare)/weg-ermee.html"))
        try manager.removeItem(atPath: "\(spare)/a-z/index.html")
        try manager.createDirectory(atPath: "\(spare)/a-z/index.html/binnen", withIntermediateDirectories: true)
        try manager.removeItem(atPath: "\(spare)/voorzieningen/inloop")
        try Data("geen map".utf8).write(to: URL(fileURLWithPath: "\(spare)/voorzieningen/inloop"))
        try manager.removeItem(atPath: "\(spare)/voorzieningen/logeerhuis/index.html")
        try manager.createSymbolicLink(atPath: "\(spare)/voorzieningen/logeerhuis/index.html", withDestinationPath: outside.appendingPathComponent("index.html").path)
        try manager.removeItem(atPath: "\(spare)/loketten")
        try manager.createSymbolicLink(atPath: "\(spare)/loketten", withDestinationPath: outside.path)

        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        let report = try fixture.incrementalBuild()
        #expect(report.jobsReused > 0)
        #expect(fixture.cleanBuildDifferences() == [])
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == ["index.html"])
        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "niet aankomen")
    }

    @Test func aFailedBuildKeepsTheSiteAndLeavesAUsableSpare() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        try fixture.incrementalBuild()
        try fixture.incrementalBuild()
        let before = IncrementalFixture.files(in: fixture.site.outputDirectory)
        try fixture.site.write("---\ntitel: [kapot\n---\n", to: "voorzieningen/kapot.md")
        #expect(throws: BuildFailure.self) { try fixture.incrementalBuild() }
        #expect(IncrementalFixture.files(in: fixture.site.outputDirectory) == before)
        try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/voorzieningen/kapot.md"))
        try fixture.incrementalBuild()
        #expect(fixture.cleanBuildDifferences() == [])
    }

    @Test func withoutACacheThePreviousSiteIsRemovedNotKept() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let options = fixture.options(cached: false)
        for _ in 0..<2 {
            try SiteBuilder(options: options, clock: FixedBuildClock(today: FixtureSite.today), random: SeededRandomBytes(seed: 1)).build()
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.spareDirectory))
    }
}
