import Foundation
import Testing
@testable import KaartCore

@Suite("DirectoryRemover")
struct DirectoryRemoverTests {
    /// A record from readdir(3) can end right before unmapped memory. Its name must be read from
    /// the record alone: copying the whole 256-byte `d_name` array crashes this test.
    @Test func readsANameThatEndsRightBeforeUnmappedMemory() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapping = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(mapping != MAP_FAILED)
        defer { munmap(mapping, 2 * page) }
        #expect(mprotect(mapping + page, page, PROT_NONE) == 0)
        let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!
        let name = Array("index.html".utf8) + [0]
        let recordLength = (nameOffset + name.count + 7) / 8 * 8
        let record = mapping + page - recordLength
        record.storeBytes(of: UInt16(recordLength), toByteOffset: MemoryLayout<dirent>.offset(of: \.d_reclen)!, as: UInt16.self)
        record.storeBytes(of: UInt8(DT_REG), toByteOffset: MemoryLayout<dirent>.offset(of: \.d_type)!, as: UInt8.self)
        for (index, byte) in name.enumerated() {
            record.storeBytes(of: byte, toByteOffset: nameOffset + index, as: UInt8.self)
        }
        #expect(DirectoryRemover.name(of: record.assumingMemoryBound(to: dirent.self)) == "index.html")
    }

    /// Names of every length up to the longest a file system allows, folders told from files.
    @Test func listsTheNamesAndKindsOfAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-remover-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = (1...255).filter { $0 % 7 == 1 || $0 == 255 }.map { String(repeating: "é", count: $0 / 2) + String(repeating: "a", count: $0 % 2) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("map"), withIntermediateDirectories: true)
        for file in files { #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(file).path, contents: Data())) }
        let entries = DirectoryRemover.entries(of: folder.path)
        #expect(Set(entries.map(\.name)) == Set(files + ["map"]))
        #expect(entries.filter(\.isDirectory).map(\.name) == ["map"])
        DirectoryRemover.remove(folder.path)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
