import CSystem
import Foundation

/// The write stage: puts the built site in place without ever leaving a half-written folder.
///
/// Files go into a staging folder beside the output folder with plain POSIX writes (no fsync per
/// file). Then one `renameat2(RENAME_EXCHANGE)` swaps staging and output, so a reader, or a build
/// killed at any moment, sees either the complete old site or the complete new one.
public struct SiteWriter: Sendable {
    private let outputDirectory: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory.trimmingSlashSuffix()
    }

    private var parentDirectory: String { (outputDirectory as NSString).deletingLastPathComponent.nonEmpty ?? "." }
    private var stagingPrefix: String { ".\((outputDirectory as NSString).lastPathComponent).staging-" }

    /// Writes `files` as the new content of the output folder.
    public func write(_ files: [OutputFile]) throws(SiteWriteError) {
        try checkOutputIsWritable()
        removeAbandonedStagingFolders()
        let staging = "\(parentDirectory)/\(stagingPrefix)\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try POSIXFileOutput.makeDirectory(staging)
            try POSIXFileOutput.writeAll(files, under: staging)
            try swapIntoPlace(staging)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        // After the swap the staging path holds the previous site.
        try? FileManager.default.removeItem(atPath: staging)
    }

    private func checkOutputIsWritable() throws(SiteWriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(outputDirectory) }
            guard Self.isWritable(outputDirectory) else { throw .notWritable(outputDirectory) }
        }
        guard Self.isWritable(parentDirectory) else { throw .notWritable(parentDirectory) }
    }

    /// `access` alone says yes to root for any folder; a folder whose owner may not write is
    /// meant to be read-only, so it is treated as such for everyone.
    private static func isWritable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return access(path, W_OK) == 0 && info.st_mode & S_IWUSR != 0
    }

    private func swapIntoPlace(_ staging: String) throws(SiteWriteError) {
        if FileManager.default.fileExists(atPath: outputDirectory) {
            guard kaart_exchange_paths(staging, outputDirectory) == 0 else {
                throw .systemError(path: outputDirectory, errno: errno)
            }
        } else if rename(staging, outputDirectory) != 0 {
            throw .systemError(path: outputDirectory, errno: errno)
        }
    }

    /// A build that was killed leaves its staging folder behind; remove those of dead processes.
    private func removeAbandonedStagingFolders() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parentDirectory)) ?? []
        for name in names where name.hasPrefix(stagingPrefix) {
            guard let pid = Int32(name.dropFirst(stagingPrefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: "\(parentDirectory)/\(name)")
            }
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
