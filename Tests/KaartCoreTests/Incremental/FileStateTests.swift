import Foundation
import Testing
@testable import KaartCore

/// `FileState` decides when `--watch` may keep the templates and the token store it read before.
@Suite("File states for what a rebuild keeps")
struct FileStateTests {
    private func makeFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-filestate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(folder)/assets/icons", withIntermediateDirectories: true)
        try Data("<main>{{titel}}</main>".utf8).write(to: URL(fileURLWithPath: "\(folder)/entry.mustache"))
        try Data("svg".utf8).write(to: URL(fileURLWithPath: "\(folder)/assets/icons/kaart.svg"))
        return folder
    }

    @Test func theTreeHoldsEveryFileByPath() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tree = try #require(FileState.tree(under: folder))
        #expect(Set(tree.keys) == ["\(folder)/entry.mustache", "\(folder)/assets/icons/kaart.svg"])
        #expect(tree["\(folder)/assets/icons/kaart.svg"] == FileState(path: "\(folder)/assets/icons/kaart.svg"))
    }

    @Test func aFileRewrittenWithItsOldSizeAndTimesHasANewState() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/assets/icons/kaart.svg"
        let before = try #require(FileState.tree(under: folder))
        var old = stat()
        #expect(stat(path, &old) == 0)
        Thread.sleep(forTimeInterval: 0.01)
        try Data("SVG".utf8).write(to: URL(fileURLWithPath: path))
        var times = [old.st_atim, old.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        var new = stat()
        #expect(stat(path, &new) == 0)
        #expect(new.st_ino == old.st_ino && new.st_size == old.st_size && new.st_mtim.tv_sec == old.st_mtim.tv_sec
                && new.st_mtim.tv_nsec == old.st_mtim.tv_nsec)
        let after = try #require(FileState.tree(under: folder))
        #expect(after[path] != before[path])
        #expect(after["\(folder)/entry.mustache"] == before["\(folder)/entry.mustache"])
    }

    @Test func aLinkToAFileHasTheStateOfThatFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/layout.mustache", withDestinationPath: "\(folder)/entry.mustache")
        let tree = try #require(FileState.tree(under: folder))
        #expect(tree["\(folder)/layout.mustache"] == FileState(path: "\(folder)/entry.mustache"))
    }

    /// Files behind a link to a folder could change without any state in the tree changing.
    @Test func aLinkToAFolderMakesTheStateUnknown() throws {
        let folder = try makeFolder()
        let elsewhere = try makeFolder()
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/assets/extra", withDestinationPath: elsewhere)
        #expect(FileState.tree(under: folder) == nil)
    }

    @Test func aKeptValueIsReusedOnlyForTheSameStates() throws {
        let memo = LastValueMemo<Int>()
        let first = ["/a": try #require(FileState(path: "/"))]
        let second = ["/a": try #require(FileState(path: "/proc"))]
        #expect(memo.value(for: first) { 1 } == 1)
        #expect(memo.value(for: first) { 2 } == 1)
        #expect(memo.value(for: second) { 3 } == 3)
        #expect(memo.value(for: nil) { 4 } == 4)
        #expect(memo.value(for: second) { 5 } == 5)
        #expect(memo.madeCount == 4)
    }
}
