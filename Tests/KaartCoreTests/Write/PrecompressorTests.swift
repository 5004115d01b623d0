import Foundation
import Testing
@testable import KaartCore

@Suite("Precompressor")
struct PrecompressorTests {
    static let page = String(repeating: "<p>Een kop koffie en een praatje, zonder afspraak.</p>\n", count: 200)

    @Test func addsAGzipSiblingThatGzipCanRead() throws {
        let files = [OutputFile(path: "index.html", text: Self.page), OutputFile(path: "zoeken/index/d/0.json", text: "[" + Self.page.debugDescription + "]")]
        let result = Precompressor.precompress(files)
        #expect(result.map(\.path) == ["index.html", "zoeken/index/d/0.json", "index.html.gz", "zoeken/index/d/0.json.gz"])
        let gz = try #require(result.first { $0.path == "index.html.gz" })
        #expect(gz.bytes.count < files[0].bytes.count / 10)
        #expect(try Self.gunzip(gz.bytes) == files[0].bytes)
    }

    @Test func theOutputIsDeterministicWithoutTimeOrName() throws {
        let file = OutputFile(path: "style.css", text: String(repeating: "body { margin: 0 }\n", count: 100))
        let first = Precompressor.precompress([file]), second = Precompressor.precompress([file])
        #expect(first == second)
        let gz = try #require(first.last).bytes
        #expect(Array(gz.prefix(3)) == [0x1F, 0x8B, 0x08])
        #expect(gz[3] == 0, "no file name or other optional header fields")
        #expect(Array(gz[4..<8]) == [0, 0, 0, 0], "no modification time")
    }

    @Test func skipsSmallBinaryIncompressibleAndAlreadyCompressedFiles() {
        var random = SeededGenerator(seed: 1)
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        let files = [
            OutputFile(path: "robots.txt", text: "User-agent: *\n"),
            OutputFile(path: "plaatje.png", bytes: Array(Self.page.utf8)),
            OutputFile(path: "plan/abc/index.html", bytes: noise),
            OutputFile(path: "feed.xml", text: Self.page),
            OutputFile(path: "feed.xml.gz", bytes: [1, 2, 3]),
            OutputFile(path: "map.d/LEESMIJ", text: Self.page),
        ]
        #expect(Precompressor.precompress(files) == files)
    }

    @Test func coversEveryTextFormatTheSitePublishes() {
        for name in ["a.html", "b.CSS", "c.js", "d.json", "e.xml", "f.txt", "g.ics", "h.svg", "i.mjs"] {
            #expect(Precompressor.isCompressible(name), "\(name)")
        }
        for name in ["a.png", "b.gz", "c", "d.woff2", "e.html/f"] {
            #expect(!Precompressor.isCompressible(name), "\(name)")
        }
    }

    static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.gz")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return Array(data)
    }
}
