import Foundation
import Testing
@testable import KaartCore

/// A job with more files than `JobRunner.placingBlock` (the search index) is placed in blocks on
/// every core; the result must be what placing them one by one gives.
@Suite("Placing the files of a large job")
struct JobRunnerPlacementTests {
    private static let fileCount = 2 * JobRunner.placingBlock + 100
    private static let changed: Set<Int> = [3, JobRunner.placingBlock + 1, 2 * JobRunner.placingBlock + 50]

    /// Text files large enough to get a `.gz` sibling; the `round` changes those in `changed`.
    private static func files(round: Int) -> [OutputFile] {
        (0..<fileCount).map { number in
            let version = changed.contains(number) ? round : 0
            return OutputFile(path: "zoeken/index/p/\(number).json",
                              text: "{\"n\":\(number),\"v\":\(version),\"tekst\":\"\(String(repeating: "respijtzorg ", count: 60))\"}")
        }
    }

    private func build(_ files: [OutputFile], writer: SiteWriter, previous: BuildCache) throws -> (BuildCache, JobRunner.Counts) {
        let staging = try writer.beginStaging()
        let runner = JobRunner(previous: previous, outputDirectory: writer.outputPath, staging: staging)
        try runner.run([OutputJob(id: "search-index", fingerprint: nil, render: { files })])
        try writer.commit(staging)
        return (runner.cache(), runner.summary)
    }

    @Test func unchangedFilesAreLinkedAndChangedOnesWrittenInEveryBlock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-placing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = "\(folder)/public"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writer = SiteWriter(outputDirectory: output, keepsPreviousSite: true)
        let (first, _) = try build(Self.files(round: 0), writer: writer, previous: BuildCache(outputDirectory: output, jobs: [:]))
        let before = try #require(first.jobs["search-index"])
        #expect(before.files.count == 2 * Self.fileCount)

        let (second, counts) = try build(Self.files(round: 1), writer: writer, previous: first)
        let after = try #require(second.jobs["search-index"])
        let paths = (0..<Self.fileCount).map { "zoeken/index/p/\($0).json" }
        #expect(after.files.map(\.path) == paths + paths.map { $0 + ".gz" }.sorted())
        #expect(counts.filesWritten == 2 * Self.changed.count)
        #expect(counts.filesLinked == 2 * (Self.fileCount - Self.changed.count))
        for (old, new) in zip(before.files, after.files) {
            let number = Int(old.path.split(separator: "/").last!.split(separator: ".").first!)!
            #expect((old.stamp.inode == new.stamp.inode) == !Self.changed.contains(number), "\(old.path)")
        }
        for file in Self.files(round: 1) {
            #expect(FileManager.default.contents(atPath: "\(output)/\(file.path)") == Data(file.bytes), "\(file.path)")
        }
    }
}
