import Foundation
import Testing
@testable import KaartCore

@Suite("Write stage: atomic output")
struct WriteStageTests {
    @Test func aFailingBuildLeavesTheExistingSiteByteIdentical() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let before = try snapshot(site.outputDirectory)
        try site.write("---\ntitel: [kapot\n---\n", to: "voorzieningen/kapot.md")
        #expect(!site.failingBuild().errors.isEmpty)
        #expect(try snapshot(site.outputDirectory) == before)
        #expect(try leftovers(beside: site.outputDirectory).isEmpty)
    }

    @Test func aRebuildReplacesTheWholeSiteAndRemovesOldPages() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        try FileManager.default.removeItem(atPath: "\(site.contentDirectory)/voorzieningen/inloop.md")
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: "\(site.outputDirectory)/voorzieningen/inloop/index.html"))
        #expect(FileManager.default.fileExists(atPath: "\(site.outputDirectory)/voorzieningen/logeerhuis/index.html"))
        #expect(try leftovers(beside: site.outputDirectory).isEmpty)
    }

    @Test func aReadOnlyOutputFolderGivesAClearError() throws {
        let site = try FixtureSite()
        defer {
            chmod(site.outputDirectory, 0o755)
            site.remove()
        }
        try site.build()
        let before = try snapshot(site.outputDirectory)
        chmod(site.outputDirectory, 0o555)
        // root may write anywhere; the check must still refuse a folder without write bits.
        do {
            try site.build()
            Issue.record("build into a read-only folder succeeded")
        } catch {
            #expect(error.writeError?.description.contains("Er mag niet geschreven worden") == true)
        }
        chmod(site.outputDirectory, 0o755)
        #expect(try snapshot(site.outputDirectory) == before)
    }

    @Test func abandonedStagingFoldersOfDeadBuildsAreRemoved() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let abandoned = site.root.appendingPathComponent(".public.staging-999999").path
        try FileManager.default.createDirectory(atPath: abandoned, withIntermediateDirectories: true)
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }

    private func snapshot(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: directory) ?? [] {
            files[path] = FileManager.default.contents(atPath: "\(directory)/\(path)")
        }
        return files
    }

    private func leftovers(beside output: String) throws -> [String] {
        let parent = (output as NSString).deletingLastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains("staging") }
    }
}
