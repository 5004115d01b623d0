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
        try fixture.buildTwiceLeavingASpare()
        try rebuildsExactly(fixture, afterPutting: StrangeThings(stray: "weg-ermee.html", pageToFolder: "a-z/index.html",
                                                                 folderToFile: "voorzieningen/inloop",
                                                                 pageToLink: "voorzieningen/logeerhuis/index.html",
                                                                 folderToLink: "loketten"))
    }

    /// In `--watch`, a build trusts what the spare held when it was read after the last build,
    /// folder by folder; a change made below its top folder after that read must still be found.
    @Test func aSpareChangedAfterTheWatcherReadItStillGivesExactlyTheCleanSite() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.buildTwiceLeavingASpare()
        let categories = try FileManager.default.contentsOfDirectory(atPath: "\(fixture.spareDirectory)/categorie").sorted()
        try #require(categories.count >= 2)
        try rebuildsExactly(fixture, afterPutting: StrangeThings(stray: "a-z/weg-ermee.html", pageToFolder: "categorie/\(categories[0])/index.html",
                                                                 folderToFile: "voorzieningen/inloop",
                                                                 pageToLink: "voorzieningen/logeerhuis/index.html",
                                                                 folderToLink: "categorie/\(categories[1])"))
        #expect(memory.spareListingsTaken == 1)
    }

    /// Paths in the spare for a stray file, a folder where a page goes, a file where a folder goes,
    /// a page replaced by a link to a file outside, and a folder replaced by a link to a folder outside.
    private struct StrangeThings {
        var stray, pageToFolder, folderToFile, pageToLink, folderToLink: String
    }

    /// Puts `strange` things into the spare, edits an entry and rebuilds: the site must be the
    /// clean one, and the folder outside that the links point to must be untouched.
    private func rebuildsExactly(_ fixture: IncrementalFixture, afterPutting strange: StrangeThings) throws {
        let spare = fixture.spareDirectory
        let manager = FileManager.default
        let outside = fixture.site.root.appendingPathComponent("buiten")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("niet aankomen".utf8).write(to: outside.appendingPathComponent("index.html"))
        try Data("oud".utf8).write(to: URL(fileURLWithPath: "\(spare)/\(strange.stray)"))
        try manager.removeItem(atPath: "\(spare)/\(strange.pageToFolder)")
        try manager.createDirectory(atPath: "\(spare)/\(strange.pageToFolder)/binnen", withIntermediateDirectories: true)
        try manager.removeItem(atPath: "\(spare)/\(strange.folderToFile)")
        try Data("geen map".utf8).write(to: URL(fileURLWithPath: "\(spare)/\(strange.folderToFile)"))
        try manager.removeItem(atPath: "\(spare)/\(strange.pageToLink)")
        try manager.createSymbolicLink(atPath: "\(spare)/\(strange.pageToLink)", withDestinationPath: outside.appendingPathComponent("index.html").path)
        try manager.removeItem(atPath: "\(spare)/\(strange.folderToLink)")
        try manager.createSymbolicLink(atPath: "\(spare)/\(strange.folderToLink)", withDestinationPath: outside.path)

        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        let report = try fixture.incrementalBuild()
        #expect(report.jobsReused > 0)
        #expect(fixture.cleanBuildDifferences() == [])
        #expect(try manager.contentsOfDirectory(atPath: outside.path) == ["index.html"])
        #expect(try String(contentsOf: outside.appendingPathComponent("index.html"), encoding: .utf8) == "niet aankomen")
    }

    /// Clearing the spare skips a listed folder only when the build uses everything it held:
    /// here `voorzieningen/` keeps two of its three pages.
    @Test func aPageGoneFromAListedFolderIsRemoved() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.site.write(IncrementalFixture.maatjes, to: "voorzieningen/maatjes.md")
        try fixture.buildTwiceLeavingASpare()
        try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/voorzieningen/maatjes.md"))
        try fixture.incrementalBuild()
        #expect(memory.spareListingsTaken == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(fixture.site.outputDirectory)/voorzieningen/maatjes"))
        #expect(fixture.cleanBuildDifferences() == [])
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
