import Foundation
import Testing
@testable import KaartCore

/// The kernel's change notifications that spare an idle `kaart build --watch` its walk over every file.
@Suite("Watch mode: change notifications")
struct FolderChangeMonitorTests {
    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-monitor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("voorzieningen"), withIntermediateDirectories: true)
        return folder
    }

    @Test func reportsEachKindOfChangeOnceAndIsQuietOtherwise() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("voorzieningen/inloop.md")
        try "---\ntitel: Inloop\n---\n".write(to: file, atomically: false, encoding: .utf8)
        let monitor = FolderChangeMonitor(roots: [root.path])
        #expect(monitor.isReliable)
        #expect(!monitor.mayHaveChanged())

        try "---\ntitel: Inloop De Linde\n---\n".write(to: file, atomically: false, encoding: .utf8)
        #expect(monitor.mayHaveChanged(), "an edit in a subfolder")
        #expect(!monitor.mayHaveChanged(), "reported once")

        let deeper = root.appendingPathComponent("lotgenotengroepen/mantelzorg")
        try FileManager.default.createDirectory(at: deeper, withIntermediateDirectories: true)
        #expect(monitor.mayHaveChanged(), "new folders")
        try "---\ntitel: Groep\n---\n".write(to: deeper.appendingPathComponent("groep.md"), atomically: false, encoding: .utf8)
        #expect(monitor.mayHaveChanged(), "a file in a folder made after the monitor started")

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file.path)
        #expect(monitor.mayHaveChanged(), "a new modification time alone")
        try FileManager.default.removeItem(at: file)
        #expect(monitor.mayHaveChanged(), "a removed file")
        #expect(!monitor.mayHaveChanged())
    }

    @Test func aMissingFolderIsSkipped() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let monitor = FolderChangeMonitor(roots: [root.appendingPathComponent("plannen").path, root.path])
        #expect(monitor.isReliable)
        #expect(!monitor.mayHaveChanged())
    }
}
