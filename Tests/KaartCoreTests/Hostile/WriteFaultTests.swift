import Foundation
import Testing

/// Faults of the machine rather than the content: a full disk, a read-only file system, a folder
/// without write permission. Each must give a clear Dutch error, leave the previous site exactly
/// as it was, and leave no staging folder behind.
///
/// The disk tests mount a small tmpfs, which needs root (CI runs as root). Without it they are
/// switched off; `mountIsPermitted` says why in the test list.
@Suite("Write faults", .serialized)
struct WriteFaultTests {
    static let mountIsPermitted: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-mount-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? SmallDisk.command("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path])) == 0 else { return false }
        _ = try? SmallDisk.command("/bin/umount", [probe.path])
        return true
    }()

    /// Build arguments with the build cache in the test's own folder: by default it would go
    /// beside the content, and the minimal site is a fixture in the repository.
    static func buildArguments(content: String, output: String, cacheIn work: URL) -> [String] {
        KaartProcess.buildArguments(content: content, output: output) + ["--cache", work.appendingPathComponent("cache").path]
    }

    @Test(.enabled(if: mountIsPermitted, "mounting a tmpfs needs root"))
    func aFullDiskGivesADutchErrorAndKeepsThePreviousSite() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let small = GeneratedContent.minimalSite.path
        let big = work.appendingPathComponent("big/content")
        try GeneratedContent.write(to: big, entries: 120, variant: "groot")

        // Size the disk from the real sites: room for the small site plus a little, far from
        // room for the big one beside it.
        let measure = work.appendingPathComponent("measure/public").path
        try FileManager.default.createDirectory(atPath: (measure as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try #require(try KaartProcess.run(Self.buildArguments(content: small, output: measure, cacheIn: work), withoutWordList: true).status == 0)
        let smallBytes = try SmallDisk.usage(of: measure)
        try FileManager.default.removeItem(atPath: measure)
        try #require(try KaartProcess.run(Self.buildArguments(content: big.path, output: measure, cacheIn: work), withoutWordList: true).status == 0)
        let bigBytes = try SmallDisk.usage(of: measure)
        try #require(bigBytes > 2 * smallBytes + 256 * 1024, "the big site (\(bigBytes) B) is too small to fill the disk")

        try SmallDisk.withTmpfs(bytes: smallBytes + (bigBytes - smallBytes) / 2, in: work) { disk in
            let output = "\(disk)/public"
            let first = try KaartProcess.run(Self.buildArguments(content: small, output: output, cacheIn: work), withoutWordList: true)
            try #require(first.status == 0, "the small site does not fit: \(first.error)")
            let before = try FolderSnapshot(of: output)

            let result = try KaartProcess.run(Self.buildArguments(content: big.path, output: output, cacheIn: work), withoutWordList: true)
            #expect(result.status != 0)
            #expect(result.error.contains("De schijf is vol"), "\(result.error)")
            #expect(result.error.contains("De vorige versie van de site is niet veranderd"))
            #expect(try FolderSnapshot(of: output) == before)
            #expect(try siteLeftovers(beside: output).isEmpty, "a staging folder was left behind")

            // Once there is room again, the same build works.
            try FileManager.default.removeItem(atPath: output)
            let retry = try KaartProcess.run(Self.buildArguments(content: small, output: output, cacheIn: work), withoutWordList: true)
            #expect(retry.status == 0, "\(retry.error)")
        }
    }

    @Test(.enabled(if: mountIsPermitted, "mounting a tmpfs needs root"))
    func aReadOnlyFileSystemGivesADutchErrorAndKeepsThePreviousSite() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-ro-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try SmallDisk.withTmpfs(bytes: 8 * 1024 * 1024, in: work) { disk in
            let output = "\(disk)/public"
            let content = GeneratedContent.minimalSite.path
            try #require(try KaartProcess.run(Self.buildArguments(content: content, output: output, cacheIn: work)).status == 0)
            let before = try FolderSnapshot(of: output)
            #expect(try SmallDisk.command("/bin/mount", ["-o", "remount,ro", disk]) == 0)
            defer { _ = try? SmallDisk.command("/bin/mount", ["-o", "remount,rw", disk]) }

            let result = try KaartProcess.run(Self.buildArguments(content: content, output: output, cacheIn: work))
            #expect(result.status != 0)
            #expect(result.error.contains("Er mag niet geschreven worden"), "\(result.error)")
            #expect(try FolderSnapshot(of: output) == before)
        }
    }

    /// The command line, not only the library, reports a folder whose parent may not be written.
    @Test func aReadOnlyParentFolderGivesADutchErrorOnTheCommandLine() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-roparent-\(UUID().uuidString)")
        defer {
            chmod(work.appendingPathComponent("site").path, 0o755)
            try? FileManager.default.removeItem(at: work)
        }
        let parent = work.appendingPathComponent("site").path
        let output = "\(parent)/public"
        let content = GeneratedContent.minimalSite.path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try #require(try KaartProcess.run(Self.buildArguments(content: content, output: output, cacheIn: work)).status == 0)
        let before = try FolderSnapshot(of: output)
        chmod(parent, 0o555)

        let result = try KaartProcess.run(Self.buildArguments(content: content, output: output, cacheIn: work))
        #expect(result.status != 0)
        #expect(result.error.contains("Er mag niet geschreven worden in '\(parent)'"), "\(result.error)")
        #expect(try FolderSnapshot(of: output) == before)
        #expect(try siteLeftovers(beside: output).isEmpty)
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-file-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let output = work.appendingPathComponent("public").path
        try Data("niet weggooien".utf8).write(to: URL(fileURLWithPath: output))

        let result = try KaartProcess.run(Self.buildArguments(content: GeneratedContent.minimalSite.path, output: output, cacheIn: work))
        #expect(result.status != 0)
        #expect(result.error.contains("is een bestand, geen map"), "\(result.error)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "niet weggooien")
    }
}

/// A small tmpfs for disk-full and read-only tests.
enum SmallDisk {
    /// Mounts a tmpfs of `bytes` at a folder under `parent`, runs `body` with its path, unmounts.
    static func withTmpfs(bytes: Int, in parent: URL, _ body: (String) throws -> Void) throws {
        let mountPoint = parent.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let kilobytes = max(bytes / 1024, 64)
        try #require(try command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", mountPoint.path]) == 0)
        defer { _ = try? command("/bin/umount", [mountPoint.path]) }
        try body(mountPoint.path)
    }

    /// Bytes the files under `path` take on disk, rounded up to 4 KiB blocks as tmpfs does.
    static func usage(of path: String) throws -> Int {
        var total = 0
        for relative in FileManager.default.subpaths(atPath: path) ?? [] {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(path)/\(relative)")
            let size = (attributes[.size] as? Int) ?? 0
            total += max((size + 4095) / 4096, 1) * 4096
        }
        return total
    }

    @discardableResult
    static func command(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
