import Foundation
import Testing
@testable import KaartCore

/// `RebuildMemory` must really save work: after a one-file edit, a remembering build parses and
/// normalises only that file. (That the result equals a clean build is `IncrementalEquivalenceTests`.)
@Suite("Watch mode: what a rebuild remembers")
struct RebuildMemoryTests {
    @Test func aOneFileEditParsesAndNormalisesOnlyThatFile() throws {
        let fixture = try IncrementalFixture(rememberingBuilds: true)
        defer { fixture.remove() }
        let memory = try #require(fixture.memory)
        try fixture.incrementalBuild()
        let first = (parsed: memory.parsedFiles.usage, normalized: memory.normalizedDocuments.usage)
        #expect(first.parsed.made == first.parsed.asked && first.parsed.asked > 5)
        #expect(first.normalized.made == first.normalized.asked && first.normalized.asked > 3)

        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "Kom langs.", with: "Kom gerust eens langs.") }
        try fixture.incrementalBuild()
        #expect(memory.parsedFiles.usage.asked == first.parsed.asked)
        #expect(memory.parsedFiles.usage.made == 1)
        #expect(memory.normalizedDocuments.usage.asked == first.normalized.asked)
        #expect(memory.normalizedDocuments.usage.made == 1)
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
}
