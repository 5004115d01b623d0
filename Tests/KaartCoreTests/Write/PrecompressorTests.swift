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

    /// Posting lists are runs of a few characters, where level 9's match search made gzip the
    /// slowest part of the index. The default level must really be in force, and cost little in size.
    @Test func compressesAtTheDefaultLevelAtASmallCostInSize() throws {
        var random = SeededGenerator(seed: 7)
        let runs = "1111112223", rare = "0123456789ABCDEFGHIJ"
        let terms = (0..<60).map { term in
            let length = Int.random(in: 50...3000, using: &random)
            let postings = String((0..<length).map { _ in
                Double.random(in: 0..<1, using: &random) < 0.9 ? runs.randomElement(using: &random)! : rare.randomElement(using: &random)!
            })
            return "\"term\(term)\":\"\(postings)\""
        }
        for text in ["{" + terms.joined(separator: ",") + "}", Self.page] {
            let bytes = Array(text.utf8)
            let atDefault = try #require(Precompressor.gzip(bytes))
            let atLevel9 = try #require(Precompressor.gzip(bytes, level: 9))
            #expect(atDefault != atLevel9, "the default must not be level 9 (\(atDefault.count) bytes both)")
            #expect(Double(atDefault.count) < Double(atLevel9.count) * 1.05, "\(atDefault.count) against \(atLevel9.count)")
            #expect(try Self.gunzip(atDefault) == bytes)
        }
    }

    /// A window just big enough for the file gives exactly the bytes of zlib's full 32 KB window. Each
    /// text ends with the tags it starts with: the farthest match there is.
    @Test func aWindowSizedToTheFileGivesTheBytesOfTheFullWindow() throws {
        #expect([0, 250, 251, 762, 763, 32_506, 32_507, 1 << 20].map(Precompressor.windowBits(forByteCount:)) == [9, 9, 10, 10, 11, 15, 15, 15])
        var random = SeededGenerator(seed: 11)
        let start = Array("<!doctype html><html lang=\"nl\"><head>".utf8)
        for size in [512, 762, 763, 1_786, 1_787, 8_000, 16_122, 16_123, 32_506, 40_000] {
            let middle = (0..<(size - 2 * start.count)).map { _ in UInt8.random(in: 97...122, using: &random) }
            let bytes = start + middle + start
            let sized = try #require(Precompressor.gzip(bytes))
            let sameAsTheFullWindow = sized == Precompressor.gzip(bytes, windowBits: 15)
            #expect(sameAsTheFullWindow, "\(size) bytes")
            #expect(try Self.gunzip(sized) == bytes)
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
