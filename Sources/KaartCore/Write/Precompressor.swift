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
    /// Only the `.gz` paths go into a set: hashing all 3 200 paths of the search index on every
    /// rebuild, and reading them as `Character`s, was a seventieth of a `--watch` rebuild.
    static func siblingCandidates(_ files: [OutputFile]) -> [Int] {
        let existing = Set(files.lazy.map(\.path).filter { $0.hasSuffix(".gz") })
        return files.indices.filter { index in
            let file = files[index]
            return file.bytes.count >= minimumSize && isCompressible(file.path) && (existing.isEmpty || !existing.contains(file.path + ".gz"))
        }
    }

    /// The `.gz` sibling of each file, or `nil` where gzip does not make it smaller. Compressed on every core.
    static func compressedSiblings(of files: [OutputFile]) -> [OutputFile?] {
        let results = ConcurrentResults<OutputFile?>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let compressed = GzipMember.compress(file.bytes)
            guard compressed.count < file.bytes.count else {
                results[index] = .some(nil)
                return
            }
            results[index] = OutputFile(path: file.path + ".gz", bytes: compressed)
        }
        return results.values
    }

    /// Read as bytes: a path's dot and slashes are ASCII.
    static func isCompressible(_ path: String) -> Bool {
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")) else { return false }
        return compressibleExtensions.contains(path[bytes.index(after: dot)...].lowercased())
    }
}
