import Foundation

/// Plain POSIX file writes: no per-file fsync, no temporary file per write.
enum POSIXFileOutput {
    static func makeDirectory(_ path: String) throws(SiteWriteError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw .systemError(path: path, errno: errno)
        }
    }

    static func writeAll(_ files: [OutputFile], under root: String) throws(SiteWriteError) {
        var createdDirectories: Set<String> = [root]
        for file in files {
            let path = "\(root)/\(file.path)"
            try makeParents(of: path, root: root, created: &createdDirectories)
            try write(file.bytes, to: path)
        }
    }

    private static func makeParents(of path: String, root: String, created: inout Set<String>) throws(SiteWriteError) {
        let parent = (path as NSString).deletingLastPathComponent
        guard !created.contains(parent) else { return }
        try makeParents(of: parent, root: root, created: &created)
        try makeDirectory(parent)
        created.insert(parent)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(SiteWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .systemError(path: path, errno: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .systemError(path: path, errno: errno)
            }
            offset += written
        }
    }
}
