import Foundation
import Testing
@testable import KaartCore

/// The rebuild logic behind `kaart build --watch` (the polling loop itself only sleeps and calls `poll`).
@Suite("Watch mode: rebuild on change")
struct SiteWatcherTests {
    private func watcher(_ fixture: IncrementalFixture) -> SiteWatcher {
        SiteWatcher(options: fixture.options(), clock: FixedBuildClock(today: FixtureSite.today), random: SeededRandomBytes(seed: 3))
    }

    @Test func nothingChangedMeansNoRebuild() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let watcher = watcher(fixture)
        guard case .success = watcher.buildNow().result else { Issue.record("the first build failed"); return }
        #expect(watcher.poll() == nil)
        #expect(watcher.poll() == nil)
    }

    /// Without a reported change, a poll looks only at the token store, and walks the files once
    /// every `pollsBetweenFullWalks` polls; an edit is still seen on the next poll.
    @Test func idlePollsWalkTheFilesOnlyNowAndThen() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let watcher = watcher(fixture)
        _ = watcher.buildNow()
        let walks = watcher.fullWalks
        for _ in 1..<SiteWatcher.pollsBetweenFullWalks { #expect(watcher.poll() == nil) }
        #expect(watcher.fullWalks == walks)
        #expect(watcher.poll() == nil)
        #expect(watcher.fullWalks == walks + 1, "the regular walk")
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        #expect(watcher.poll()?.changedFiles.count == 1)
        #expect(watcher.fullWalks == walks + 2)
    }

    @Test func anEditRebuildsIncrementallyOnceAndSaysSoInOneLine() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let watcher = watcher(fixture)
        _ = watcher.buildNow()
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        let rebuild = try #require(watcher.poll())
        #expect(rebuild.changedFiles.count == 1)
        #expect(rebuild.changedFiles.first?.hasSuffix("voorzieningen/inloop.md") == true)
        guard case .success(let report) = rebuild.result else { Issue.record("the rebuild failed"); return }
        #expect(report.jobsReused > 0)
        #expect(rebuild.line.hasPrefix("Opnieuw gebouwd in "))
        #expect(!rebuild.line.contains("\n"))
        #expect(fixture.page("voorzieningen/inloop/index.html").contains("Kom gerust eens langs."))
        #expect(watcher.poll() == nil)
    }

    /// The walk finds files in nested folders, and the file a symbolic link points to (a change
    /// there is a change of the link); it does not follow a link to a folder.
    @Test func theWalkFindsNestedFilesAndLinkedFilesButNotLinkedFolders() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let templates = fixture.templatesDirectory
        let outside = fixture.site.root.appendingPathComponent("elders").path
        try FileManager.default.createDirectory(atPath: "\(templates)/extra/diep", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try "a".write(toFile: "\(templates)/extra/diep/noot.txt", atomically: false, encoding: .utf8)
        try "b".write(toFile: "\(outside)/doel.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/extra/koppeling.txt", withDestinationPath: "\(outside)/doel.txt")
        try FileManager.default.createSymbolicLink(atPath: "\(templates)/extra/map", withDestinationPath: outside)
        let watcher = watcher(fixture)
        let before = watcher.inputSnapshot()
        #expect(before["\(templates)/extra/diep/noot.txt"] != nil)
        #expect(before["\(templates)/extra/koppeling.txt"] != nil)
        #expect(before["\(templates)/extra/map/doel.txt"] == nil)
        #expect(before.keys.contains { $0.hasSuffix("voorzieningen/inloop.md") })
        try "bb".write(toFile: "\(outside)/doel.txt", atomically: false, encoding: .utf8)
        #expect(SiteWatcher.differences(before, watcher.inputSnapshot()) == ["\(templates)/extra/koppeling.txt"])
    }

    @Test func templatesAndTheTokenStoreAreWatchedToo() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let watcher = watcher(fixture)
        _ = watcher.buildNow()
        try fixture.editTemplate("assets/style.css") { $0 + "\n/* nieuw */\n" }
        #expect(watcher.poll()?.changedFiles.first?.hasSuffix("assets/style.css") == true)
        try fixture.site.changeTokens { try $0.rotate(slug: "plan-wilhelmina", today: "2026-11-25", random: SeededRandomBytes(seed: 5)) }
        #expect(watcher.poll()?.changedFiles == [fixture.site.tokenStorePath])
    }

    @Test func aBrokenEditKeepsTheSiteAndTheNextFixRebuilds() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        let watcher = watcher(fixture)
        _ = watcher.buildNow()
        let before = IncrementalFixture.files(in: fixture.site.outputDirectory)
        try fixture.site.write("---\ntitel: [kapot\n---\n", to: "voorzieningen/kapot.md")
        let failed = try #require(watcher.poll())
        guard case .failure = failed.result else { Issue.record("a broken file was built"); return }
        #expect(failed.line.hasPrefix("Niet gebouwd"))
        #expect(IncrementalFixture.files(in: fixture.site.outputDirectory) == before)
        try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/voorzieningen/kapot.md"))
        guard case .success = try #require(watcher.poll()).result else { Issue.record("the fixed site was not built"); return }
    }
}
