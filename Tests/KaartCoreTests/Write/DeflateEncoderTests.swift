import CZlib
import Foundation
import Testing
@testable import KaartCore

@Suite("DeflateEncoder")
struct DeflateEncoderTests {
    /// Inputs that reach every path: empty and tiny inputs, the last bytes (compared one by one),
    /// matches of the maximum length and at the maximum distance, more symbols than one block holds,
    /// and noise that is stored as it is.
    static func inputs() -> [(name: String, bytes: [UInt8])] {
        var random = SeededGenerator(seed: 1951)
        func noise(_ count: Int, from alphabet: ClosedRange<UInt8> = 0...255) -> [UInt8] {
            (0..<count).map { _ in UInt8.random(in: alphabet, using: &random) }
        }
        let page = Array(PrecompressorTests.page.utf8)
        let far = noise(40, from: 97...122)
        var inputs: [(String, [UInt8])] = [("empty", []), ("one byte", [65]), ("three bytes", Array("abc".utf8)),
                                            ("four bytes", Array("abcd".utf8)), ("every byte value", (0...255).map { UInt8($0) })]
        inputs += (1...40).map { ("short \($0)", noise($0, from: 97...98)) }
        inputs += [("one long run", [UInt8](repeating: 0x61, count: 100_000)),
                   ("a page", page),
                   ("pages, 3 blocks", Array(repeating: page, count: 4).flatMap { $0 } + noise(30_000, from: 97...122)),
                   ("noise, stored", noise(70_000)),
                   ("match at distance 32 767", far + noise(32_727, from: 48...57) + far),
                   ("match at distance 32 768", far + noise(32_728, from: 48...57) + far),
                   ("letters", noise(200_000, from: 97...100))]
        return inputs
    }

    @Test func gzipGivesBackEveryInput() throws {
        for (name, bytes) in Self.inputs() {
            let compressed = GzipMember.compress(bytes)
            #expect(try Self.gunzip(compressed) == bytes, "\(name)")
        }
        // Noise is stored: 5 bytes per block (one per 16 382 symbols), and the gzip header and trailer.
        let noise = try #require(Self.inputs().first { $0.name.hasPrefix("noise") }).bytes
        #expect(GzipMember.compress(noise).count <= noise.count + (noise.count / (DeflateSymbols.capacity - 1) + 1) * 5 + 18)
        #expect(Array(GzipMember.compress([]).prefix(10)) == [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 0x03])
    }

    /// The tables are kept from one input to the next; nothing from an earlier input may be used.
    @Test func aReusedEncoderGivesTheBytesOfAFreshOne() {
        let reused = DeflateEncoder()
        for (name, bytes) in Self.inputs() + Self.inputs().reversed() {
            #expect(Self.deflate(bytes, with: reused) == Self.deflate(bytes, with: DeflateEncoder()), "\(name)")
        }
    }

    /// Near Int32.max the tables are cleared and the places start again at 0.
    @Test func placesStartAgainBeforeTheyOverflow() {
        let page = Array(PrecompressorTests.page.utf8)
        let encoder = DeflateEncoder(offset: Int32.max - Int32(DeflateEncoder.windowSize) - Int32(page.count) - 100)
        for _ in 0..<3 {
            #expect(Self.deflate(page, with: encoder) == Self.deflate(page, with: DeflateEncoder()))
        }
    }

    /// About the size of zlib's level 6, on a page, on a posting list (runs of a few characters)
    /// and on a listing (one summary after another).
    @Test func isAsSmallAsZlibLevel6WithinOnePercent() throws {
        var random = SeededGenerator(seed: 7)
        let runs = "1111112223", rare = "0123456789ABCDEFGHIJ"
        let postings = "{" + (0..<60).map { term in
            let length = Int.random(in: 50...3000, using: &random)
            return "\"term\(term)\":\"" + String((0..<length).map { _ in
                Double.random(in: 0..<1, using: &random) < 0.9 ? runs.randomElement(using: &random)! : rare.randomElement(using: &random)!
            }) + "\""
        }.joined(separator: ",") + "}"
        let listing = (0..<2000).map { item in
            "<li class=\"item\"><a href=\"/voorzieningen/inloop-\(item)/\">Inloop \(item)</a><p>Koffie in wijk \(item % 37).</p></li>\n"
        }.joined()
        for text in [PrecompressorTests.page, postings, listing] {
            let bytes = Array(text.utf8)
            let ours = GzipMember.compress(bytes).count - 18, zlib = try Self.zlibDeflateSize(bytes, level: 6)
            #expect(Double(ours) <= Double(zlib) * 1.01, "\(ours) bytes against zlib's \(zlib)")
        }
    }

    /// No code longer than the limit, and still complete (a decoder rejects anything else): Fibonacci
    /// frequencies would give a 39-bit code without the limit.
    @Test func codeLengthsStayWithinTheLimitAndDescribeACompleteCode() {
        var fibonacci: [UInt32] = [1, 1]
        while fibonacci.count < 40 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for (frequencies, limit) in [(fibonacci, 15), (fibonacci, 7), (Array(fibonacci.prefix(19)), 7), ([0, 9, 0], 15), ([5, 0, 0], 7)] {
            let code = frequencies.withUnsafeBufferPointer { HuffmanCode(frequencies: $0, limit: limit) }
            let used = code.lengths.filter { $0 != 0 }
            #expect(used.count >= 2, "at least two codes")
            #expect(used.allSatisfy { Int($0) <= limit }, "\(code.lengths)")
            #expect(used.reduce(0) { $0 + 1 << (limit - Int($1)) } == 1 << limit, "complete: \(code.lengths)")
            for first in frequencies.indices where frequencies[first] != 0 {
                for second in frequencies.indices where frequencies[second] > frequencies[first] {
                    #expect(code.lengths[second] <= code.lengths[first], "a more frequent symbol has a code that is not longer")
                }
            }
        }
    }

    static func deflate(_ bytes: [UInt8], with encoder: DeflateEncoder) -> [UInt8] {
        let writer = DeflateBitWriter(capacity: bytes.count)
        bytes.withUnsafeBufferPointer { encoder.deflate($0, into: writer) }
        writer.alignToByte()
        return writer.bytes
    }

    /// zlib's DEFLATE stream for `bytes`, without its 2-byte header and 4-byte checksum.
    static func zlibDeflateSize(_ bytes: [UInt8], level: Int32) throws -> Int {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        #expect(compress2(&output, &size, bytes, uLong(bytes.count), level) == Z_OK)
        return Int(size) - 6
    }

    /// The bytes of a gzip member, by zlib's inflate.
    static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        try #require(inflateInit2_(&stream, 16 + 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { chunk in
                    stream.next_out = chunk.baseAddress
                    stream.avail_out = uInt(chunk.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output += chunk[0..<(chunk.count - Int(stream.avail_out))]
                }
            } while status == Z_OK
        }
        try #require(status == Z_STREAM_END, "inflate: \(status)")
        #expect(stream.avail_in == 0, "nothing after the member")
        return output
    }
}
