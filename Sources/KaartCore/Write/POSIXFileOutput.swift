import Foundation

/// Plain POSIX file writes: no per-file fsync, no temporary file per write.
enum POSIXFileOutput {
    /// Creates a folder; one that exists is kept, and anything else by that name (a file, a
    /// symbolic link) is replaced, so nothing is ever written through a link.
    static func makeDirectory(_ path: String) throws(SiteWriteError) {
        if mkdir(path, 0o755) == 0 { return }
        guard errno == EEXIST else { throw .systemError(path: path, errno: errno) }
        var info = stat()
        if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR { return }
        guard unlink(path) == 0, mkdir(path, 0o755) == 0 else { throw .systemError(path: path, errno: errno) }
    }

    /// Writes every file under `root`, on two threads: output is mostly syscalls, and a second
    /// thread keeps the disk queue busy while the first waits.
    static func writeAll(_ files: [OutputFile], under root: String) throws(SiteWriteError) {
        let folder = StagingFolder(root: root)
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            for index in stride(from: half, to: files.count, by: 2) where !failure.isSet {
                do throws(SiteWriteError) { _ = try folder.write(files[index]) } catch { failure.record(error) }
            }
        }
        if let error = failure.error { throw error }
    }

    /// Writes `bytes` into a new file at `path`; returns the stamp of the written file.
    ///
    /// An existing file at `path` is unlinked first, never truncated: in a staging folder it may
    /// be a hard link to a file of the live site, which must not change.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String) throws(SiteWriteError) -> FileStamp {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST {
            unlink(path)
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
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
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .systemError(path: path, errno: errno) }
        return FileStamp(info)
    }

    /// A second name for an existing file (link(2)): no bytes are copied.
    static func link(_ existing: String, to path: String) throws(SiteWriteError) {
        if Foundation.link(existing, path) == 0 { return }
        // Two outputs with one path: the later one wins, as with plain writes.
        guard errno == EEXIST, unlink(path) == 0, Foundation.link(existing, path) == 0 else {
            throw .systemError(path: path, errno: errno)
        }
    }

    /// The stamp of a regular file, or `nil` when there is none (symbolic links are not followed).
    static func stamp(of path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// `stamp(of:)` of the file at `relative` inside the open folder `folder`: no joined path to
    /// make, and a shorter walk for the kernel.
    static func stamp(of relative: String, inFolder folder: Int32) -> FileStamp? {
        var info = stat()
        guard fstatat(folder, relative, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(info)
    }
}

/// What identifies one version of a file on disk without reading it: inode, size and
/// modification time in nanoseconds. A file carried over by hard link keeps its stamp; a file
/// that anyone rewrote gets a new one.
struct FileStamp: Sendable, Equatable, Hashable {
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64

    init(inode: UInt64, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64) {
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    init(_ info: stat) {
        self.init(inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
    }
}

/// The first error raised by any of several parallel workers.
final class FirstError: @unchecked Sendable {
    private var stored: SiteWriteError?
    private let lock = NSLock()

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: SiteWriteError? { lock.withLock { stored } }

    func record(_ error: SiteWriteError) {
        lock.withLock { if stored == nil { stored = error } }
    }
}
