import CZlib
import Foundation

/// Adds a gzip sibling (`index.html.gz` next to `index.html`) to every text file worth compressing,
/// so nginx can serve it with `gzip_static on` instead of compressing on every request.
///
/// The output is deterministic (no time stamp or file name in the gzip header), so a rebuild of the
/// same site gives byte-identical files. A sibling is only added when it is actually smaller.
public enum Precompressor {
    /// Extensions of text formats the site publishes.
    public static let compressibleExtensions: Set<String> = ["html", "css", "js", "mjs", "json", "xml", "txt", "ics", "svg"]
    /// Below this size the gzip header and a request's overhead eat the gain.
    public static let minimumSize = 512

    /// `files` followed by the `.gz` siblings, in the same order as their originals.
    public static func precompress(_ files: [OutputFile]) -> [OutputFile] {
        files + compressedSiblings(of: siblingCandidates(files).map { files[$0] }).compactMap { $0 }
    }

    /// Positions of the files in `files` that get a `.gz` sibling when gzip makes them smaller:
    /// compressible text of at least `minimumSize` bytes whose sibling is not itself in `files`.
    static func siblingCandidates(_ files: [OutputFile]) -> [Int] {
        let existing = Set(files.map(\.path))
        return files.indices.filter { index in
            let file = files[index]
            return file.bytes.count >= minimumSize && isCompressible(file.path) && !existing.contains(file.path + ".gz")
        }
    }

    /// The `.gz` sibling of each file, or `nil` where gzip does not make it smaller. Compressed on every core.
    static func compressedSiblings(of files: [OutputFile]) -> [OutputFile?] {
        let results = ConcurrentResults<OutputFile?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            guard let compressed = gzip(file.bytes), compressed.count < file.bytes.count else {
                results[index] = .some(nil)
                return
            }
            results[index] = OutputFile(path: file.path + ".gz", bytes: compressed)
        }
        return results.values
    }

    static func isCompressible(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return compressibleExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// zlib's default level. Level 9, even with its match search bounded to 256 earlier matches per
    /// position, made the `.gz` files of a site 0.4 % smaller for about an eighth more gzip work in a
    /// build (BENCHMARKS.md); with zlib's own search for level 9 (4 096), the search index's posting
    /// lists (long runs of a few characters) compressed at about 1 MB/s.
    static let level: Int32 = 6

    /// The gzip (RFC 1952) form of `bytes`, or `nil` if zlib fails.
    /// `windowBits` 9...15 overrides the window, for tests.
    static func gzip(_ bytes: [UInt8], level: Int32 = level, windowBits: Int32? = nil) -> [UInt8]? {
        var stream = z_stream()
        // windowBits + 16 asks zlib for a gzip header; its default header has no name and mtime 0.
        // memLevel 8 is zlib's default.
        guard deflateInit2_(&stream, level, Z_DEFLATED, (windowBits ?? Self.windowBits(forByteCount: bytes.count)) + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(bytes.count))) + 32
        var status = Z_STREAM_ERROR
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { destination, written in
            bytes.withUnsafeBufferPointer { source in
                // zlib only reads `next_in`; its type is mutable because zlib.h is built without ZLIB_CONST.
                stream.next_in = source.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                status = deflate(&stream, Z_FINISH)
            }
            written = status == Z_STREAM_END ? Int(stream.total_out) : 0
        }
        return status == Z_STREAM_END ? output : nil
    }

    /// The smallest window (2^9 to 2^15 bytes) that still reaches back over all of `byteCount` bytes.
    /// zlib looks back at most the window size minus 262 bytes (`MIN_LOOKAHEAD`), so a window of at
    /// least `byteCount + 262` bytes finds every match the full 32 KB window finds, and gives the same
    /// bytes. On 8 KB entry pages, gzip is then 5–14 % faster: less to set up and clear (BENCHMARKS.md).
    static func windowBits(forByteCount byteCount: Int) -> Int32 {
        var bits: Int32 = 9
        while bits < 15 && 1 << bits < byteCount + 262 { bits += 1 }
        return bits
    }
}
