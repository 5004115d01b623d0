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
    static func gzip(_ bytes: [UInt8], level: Int32 = level) -> [UInt8]? {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip header; its default header has no name and mtime 0.
        // memLevel 8 is zlib's default.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
