import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file handling for secret files: private modes, atomic replace, permission checks.
public enum TokenStoreFile {
    /// Writes `data` to `url` so that the file is never readable by others and never half-written:
    /// a temp file in the same folder is created with `O_CREAT|O_EXCL` and mode 0600, written,
    /// fsync'ed, and renamed over the target. A missing parent folder is created with mode 0700.
    public static func writeSecret(_ data: Data, to url: URL) throws {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw TokenStoreError.writeFailed(path: path, reason: "map \(folder) kan niet worden gemaakt")
            }
        }
        let tempPath = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o600)
        guard fd >= 0 else { throw TokenStoreError.writeFailed(path: path, reason: errnoText()) }
        var succeeded = false
        defer {
            if !succeeded { unlink(tempPath) }
        }
        // The umask can only remove bits, but set 0600 explicitly so the result never depends on it.
        guard fchmod(fd, 0o600) == 0 else {
            let reason = errnoText()
            close(fd)
            throw TokenStoreError.writeFailed(path: path, reason: reason)
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        guard written, fsync(fd) == 0 else {
            let reason = errnoText()
            close(fd)
            throw TokenStoreError.writeFailed(path: path, reason: reason)
        }
        guard close(fd) == 0 else { throw TokenStoreError.writeFailed(path: path, reason: errnoText()) }
        guard rename(tempPath, path) == 0 else { throw TokenStoreError.writeFailed(path: path, reason: errnoText()) }
        succeeded = true
        // Make the rename itself durable; failure here is not fatal for correctness.
        let folderFd = open(folder, O_RDONLY)
        if folderFd >= 0 {
            _ = fsync(folderFd)
            close(folderFd)
        }
    }

    /// The file's permission bits, or nil when it does not exist.
    public static func permissions(of url: URL) -> UInt16? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return UInt16(info.st_mode & 0o7777)
    }

    /// A Dutch warning when the file can be read or changed by the group or others; nil when the
    /// file is private (or absent).
    public static func permissionWarning(for url: URL) -> String? {
        guard let mode = permissions(of: url), mode & 0o077 != 0 else { return nil }
        let octal = String(mode, radix: 8)
        return "Let op: het tokenbestand \(url.path) kan ook door andere gebruikers worden gelezen of gewijzigd (rechten \(octal)). "
            + "Met deze codes kan iemand de plannen van cliënten openen. Maak het bestand privé met: chmod 600 \(url.path)"
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
