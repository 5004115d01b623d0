import Foundation
import Testing
@testable import KaartCore

/// `RebuildMemory` must really save work: after a one-file edit, a remembering build parses,
/// indexes and summarises only that file. (That the result equals a clean build is `IncrementalEquivalenceTests`.)
@Suite("Watch mode: what a rebuild remembers")
struct RebuildMemoryTests {
    @Test func theTemplatesAndTheTokenStoreAreReadAgainOnlyWhenTheyChange() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        try fixture.edit("site.yml") { $0.replacingOccurrences(of: "titel: Sociale kaart Testdorp", with: "titel: Sociale kaart Buurdorp") }
        try fixture.incrementalBuild()
        #expect(memory.templateFolders.madeCount == 1)
        #expect(memory.tokenStores.madeCount == 1)

        try fixture.editTemplate("assets/style.css") { $0 + "\n/* kleur gewijzigd */\n" }
        try fixture.incrementalBuild()
        #expect(memory.templateFolders.madeCount == 2)
        try fixture.site.changeTokens { try $0.rotate(slug: "plan-wilhelmina", today: "2026-11-25", random: SeededRandomBytes(seed: 99)) }
        try fixture.incrementalBuild()
        #expect(memory.tokenStores.madeCount == 2)
        #expect(memory.templateFolders.madeCount == 2)
        #expect(fixture.cleanBuildDifferences() == [])
    }

    @Test func aOneFileEditParsesAndIndexesOnlyThatFile() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        let site = try #require(SiteBuilder(options: fixture.options()).checkSite().site)
        let first = (parsed: memory.parsedFiles.usage, indexed: memory.indexedDocuments.usage, summaries: memory.entrySummaries.usage)
        #expect(first.parsed.made == first.parsed.asked && first.parsed.asked > 5)
        #expect(first.indexed.made == first.indexed.asked && first.indexed.asked > 3)
        // A summary row for each listed entry and for each casus.
        let listed = site.directoryEntries.filter { $0.common.status != .gestopt }.count
        #expect(!site.casussen.isEmpty)
        #expect(first.summaries.made == first.summaries.asked && first.summaries.asked == listed + site.casussen.count)
        let sections = memory.sectionFingerprints.usage
        #expect(sections.made == sections.asked && sections.asked > 10)
        // A fingerprint for each entry page and each group's calendar.
        let pageJobs = memory.pageJobFingerprints.usage
        #expect(pageJobs.made == pageJobs.asked && pageJobs.asked == site.directoryEntries.count + site.lotgenotengroepen.count)
        #expect(memory.entryChecks.usage == (asked: site.directoryEntries.count, made: site.directoryEntries.count))

        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        try fixture.incrementalBuild()
        #expect(memory.loadedFiles.usage.made == 1)
        #expect(memory.parsedFiles.usage.asked == first.parsed.asked)
        #expect(memory.parsedFiles.usage.made == 1)
        #expect(memory.indexedDocuments.usage.asked == first.indexed.asked)
        #expect(memory.indexedDocuments.usage.made == 1)
        #expect(memory.entrySummaries.usage.asked == first.summaries.asked)
        #expect(memory.entrySummaries.usage.made == 1)
        #expect(memory.pageJobFingerprints.usage.asked == pageJobs.asked)
        #expect(memory.pageJobFingerprints.usage.made == 1)
        #expect(memory.entryChecks.usage == (asked: site.directoryEntries.count, made: 1))
        // The titles and page paths are the same: the listing order and the sitemap's paths are not looked at again.
        #expect(memory.listingOrders.usage == (asked: 1, made: 0))
        #expect(memory.textListFingerprints.usage == (asked: 1, made: 0))
        // The text changed, not the summary: every listing section keeps its fingerprint.
        #expect(memory.sectionFingerprints.usage.asked == sections.asked)
        #expect(memory.sectionFingerprints.usage.made == 0)
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "titel: Inloop Het Plein", with: "titel: Inloop De Brink") }
        try fixture.incrementalBuild()
        #expect(memory.sectionFingerprints.usage.made > 0 && memory.sectionFingerprints.usage.made < sections.asked)
        #expect(memory.listingOrders.usage == (asked: 1, made: 1))
        #expect(memory.textListFingerprints.usage == (asked: 1, made: 0))
        #expect(fixture.cleanBuildDifferences() == [])
        // The search index is rendered again; only its files whose bytes changed are hashed.
        let hashed = memory.renderedContentHashes.usage
        #expect(hashed.asked > 20 && hashed.made > 0 && hashed.made * 2 < hashed.asked, "\(hashed)")
    }

    /// What a build drops is freed after it, on another thread (`DeferredReleaseTests`): the
    /// build's own site and jobs, and from the second build on the memo results it drops.
    @Test func aBuildHandsWhatItLeavesToTheBackground() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        #expect(memory.leftovers.handedOffCount == 1)
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        try fixture.incrementalBuild()
        #expect(memory.leftovers.handedOffCount > 2)
        memory.leftovers.waitUntilReleased()
        #expect(fixture.cleanBuildDifferences() == [])
    }

    /// The memo of rendered files' hashes goes by their bytes: the same bytes are one key, and
    /// bytes that differ only in one place, or in length, are not; also where the key's hash,
    /// which reads only a sample of a long file, cannot tell them apart.
    @Test func renderedBytesAreOneKeyOnlyWhenTheyAreEqual() {
        typealias Content = JobRunner.FileContent
        let text = Array("{\"t\":[\"inloop\"],\"d\":\"4\"}".utf8)
        var oneByteOff = text
        oneByteOff[oneByteOff.count - 3] = UInt8(ascii: "5")
        #expect(Content(bytes: text) == Content(bytes: Array(text)))
        #expect(Content(bytes: text).hashValue == Content(bytes: Array(text)).hashValue)
        #expect(Content(bytes: text) != Content(bytes: oneByteOff))
        #expect(Content(bytes: text) != Content(bytes: Array(text.dropLast())))
        #expect(Content(bytes: []) == Content(bytes: []))
        #expect(Content(bytes: []) != Content(bytes: text))
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000)
        var unsampledByteOff = long
        unsampledByteOff[100] = UInt8(ascii: "b")
        #expect(Content(bytes: long).hashValue == Content(bytes: unsampledByteOff).hashValue)
        #expect(Content(bytes: long) != Content(bytes: unsampledByteOff))
    }

    /// In `--watch`, the search index starts as soon as the content is parsed, before it is
    /// validated. A build that validation stops has finished that work when it returns, and the
    /// next build is still exact.
    @Test func theIndexStartsBeforeValidationAndAStoppedBuildWaitsForIt() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "categorie: inloop", with: "categorie: onbekend") }
        #expect(throws: BuildFailure.self) { try fixture.incrementalBuild() }
        #expect(memory.indexedDocuments.usage.made == 1)
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "categorie: onbekend", with: "categorie: inloop") }
        try fixture.incrementalBuild()
        #expect(fixture.cleanBuildDifferences() == [])
    }

    /// A rebuild that carries the search index over whole (here after a template edit) asks the
    /// memory for no documents; the next edit must still find them all remembered.
    @Test func aBuildThatCarriesTheIndexOverKeepsItsDocumentsRemembered() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        let asked = memory.indexedDocuments.usage.asked
        try fixture.editTemplate("entry.mustache") { $0 + "\n<!-- sjabloon gewijzigd -->\n" }
        try fixture.incrementalBuild()
        #expect(memory.indexedDocuments.usage == (asked: 0, made: 0))

        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        try fixture.incrementalBuild()
        #expect(memory.indexedDocuments.usage == (asked: asked, made: 1))
        #expect(fixture.cleanBuildDifferences() == [])
    }

    /// A file is read again when it changed, even with the same size and modification time.
    @Test func aFileRewrittenWithItsOldSizeAndModificationTimeIsReadAgain() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        let path = fixture.site.root.appendingPathComponent("content/voorzieningen/inloop.md").path
        var before = stat()
        #expect(stat(path, &before) == 0)
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom vaker.") }
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
                && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)

        try fixture.incrementalBuild()
        #expect(memory.loadedFiles.usage.made == 1)
        #expect(fixture.page("voorzieningen/inloop/index.html").contains("Kom vaker."))
    }

    @Test func aRemovedFileIsForgottenAfterOneBuild() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        let before = memory.parsedFiles.usage.asked
        try FileManager.default.removeItem(at: fixture.site.root.appendingPathComponent("content/loketten/wmo-loket.md"))
        try fixture.incrementalBuild()
        #expect(memory.parsedFiles.usage == (asked: before - 1, made: 0))
    }

    @Test func aBuildForAnotherOutputFolderDoesNotUseTheRememberedCache() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        #expect(memory.buildCache(for: URL(fileURLWithPath: fixture.site.outputDirectory).standardized.path) != nil)
        #expect(memory.buildCache(for: fixture.cleanOutputDirectory) == nil)
    }

    /// A remembered search document holds taxonomy labels, so a taxonomy change must make it anew.
    @Test func aTaxonomyChangeMakesTheSearchDocumentsAnew() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        try fixture.edit("taxonomie.yml") { $0.replacingOccurrences(of: "respijtzorg: Respijtzorg en logeerzorg", with: "respijtzorg: Logeren en respijtzorg") }
        try fixture.incrementalBuild()
        let usage = memory.indexedDocuments.usage
        #expect(usage.asked > 3 && usage.made == usage.asked, "\(usage)")
        #expect(fixture.cleanBuildDifferences() == [])
    }

    /// A remembered scan must still stop the build, and the allow-list is part of what a scan read.
    @Test func aRememberedPrivacyScanStillStopsTheBuildUntilTheAllowListChanges() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        #expect(memory.privacyScans.usage == (asked: 1, made: 1))
        try fixture.edit("casussen/na-een-beroerte.md") { $0 + "Zijn dochter belt Mevrouw De Vries op 06-12345678.\n" }
        for round in 1...2 {
            let failure = #expect(throws: BuildFailure.self) { try fixture.incrementalBuild() }
            #expect(failure?.diagnostics.contains { $0.isError && $0.message.contains("telefoonnummer") } == true)
            #expect(memory.privacyScans.usage.made == (round == 1 ? 1 : 0), "round \(round)")
        }
        try """
        toegestaan:
          - tekst: Mevrouw De Vries
            reden: Verzonnen naam uit een landelijke folder
            gecontroleerd_door: Redactie
            datum: 2026-11-01
        """.write(to: fixture.site.root.appendingPathComponent("content/anonimisering.yml"), atomically: false, encoding: .utf8)
        _ = #expect(throws: BuildFailure.self) { try fixture.incrementalBuild() }
        #expect(memory.privacyScans.usage.made == 1)
    }

    /// The manifest is saved after the build, in the background; once saved, it must be the cache
    /// the session remembers, so a command-line build after `--watch` carries everything over.
    @Test func theManifestSavedInTheBackgroundIsTheRememberedCache() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        try fixture.incrementalBuild()
        memory.waitForManifestSaves()
        let key = URL(fileURLWithPath: fixture.site.outputDirectory).standardized.path
        let remembered = try #require(memory.buildCache(for: key))
        let saved = BuildCache.load(cacheDirectory: fixture.cacheDirectory, outputDirectory: key)
        #expect(!saved.jobs.isEmpty)
        #expect(saved.jobs == remembered.jobs)

        // With the right manifest, the first command-line build renders no more than an unchanged rebuild does.
        func commandLineBuild() throws -> BuildReport {
            try SiteBuilder(options: fixture.options(), clock: FixedBuildClock(today: FixtureSite.today),
                            random: SeededRandomBytes(seed: IncrementalFixture.seed)).build()
        }
        let afterWatching = try commandLineBuild()
        let unchanged = try commandLineBuild()
        #expect(afterWatching.jobsReused == unchanged.jobsReused)
        #expect(afterWatching.jobsRendered == unchanged.jobsRendered)
    }
}
