import CKaartSystem
import Foundation

/// The write stage: puts the built site in place without ever leaving a half-written folder.
///
/// Files go into a staging folder beside the output folder with plain POSIX writes (no fsync per
/// file). Then one `renameat2(RENAME_EXCHANGE)` swaps staging and output, so a reader, or a build
/// killed at any moment, sees either the complete old site or the complete new one.
///
/// With `keepsPreviousSite` (incremental builds), the previous site is not removed after the swap
/// but kept beside the output folder as the spare (`.public.spare`), and the next build stages
/// into it: its unchanged files already are hard links to the live ones, and its folders exist,
/// so a rebuild creates inodes only for changed files. (On ext4 without a journal, creating
/// inodes soon after deleting many is slow; see BENCHMARKS.md.) Whatever the spare holds, the
/// staging folder ends up with exactly the files of the build (`StagingFolder.removeLeftovers`).
public struct SiteWriter: Sendable {
    private let outputDirectory: String
    private let removesPreviousSiteInBackground: Bool
    private let keepsPreviousSite: Bool

    /// - Parameters:
    ///   - removesPreviousSiteInBackground: after the swap, hand the previous site to a
    ///     low-priority `rm -rf` instead of waiting for it. Deleting 100 000 files can take longer than
    ///     building them (on this machine's `discard`-mounted disk, 30 s for 14 000 files), and the new
    ///     site is already in place. The command line uses this; tests wait, so they see a clean folder.
    ///   - keepsPreviousSite: keep the previous site as the spare for the next build.
    public init(outputDirectory: String, removesPreviousSiteInBackground: Bool = false, keepsPreviousSite: Bool = false) {
        self.outputDirectory = outputDirectory.trimmingSlashSuffix()
        self.removesPreviousSiteInBackground = removesPreviousSiteInBackground
        self.keepsPreviousSite = keepsPreviousSite
    }

    private var parentDirectory: String { (outputDirectory as NSString).deletingLastPathComponent.nonEmpty ?? "." }
    private var stagingPrefix: String { ".\((outputDirectory as NSString).lastPathComponent).staging-" }
    private var previousSitePrefix: String { ".\((outputDirectory as NSString).lastPathComponent).previous-" }
    /// Where the previous site is kept with `keepsPreviousSite`.
    var sparePath: String { "\(parentDirectory)/.\((outputDirectory as NSString).lastPathComponent).spare" }

    /// The output folder, without a trailing slash.
    var outputPath: String { outputDirectory }

    /// Writes `files` as the new content of the output folder.
    public func write(_ files: [OutputFile]) throws(SiteWriteError) {
        let staging = try beginStaging()
        do {
            try POSIXFileOutput.writeAll(files, under: staging.root)
        } catch {
            discard(staging)
            throw error
        }
        try commit(staging)
    }

    /// Checks that the output folder may be replaced and creates a staging folder beside it: the
    /// spare when `keepsPreviousSite` and there is one (taken by rename, so two builds never
    /// share it), else an empty folder. Fill it, then `commit` it, or `discard` it when the build fails.
    /// - Parameter spareListing: what the spare held when `--watch` last read it.
    func beginStaging(spareListing: SpareTreeListing? = nil) throws(SiteWriteError) -> StagingFolder {
        try checkOutputIsWritable()
        removeAbandonedStagingFolders()
        let staging = "\(parentDirectory)/\(stagingPrefix)\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        if keepsPreviousSite, Self.isRealDirectory(sparePath), rename(sparePath, staging) == 0 {
            return StagingFolder(root: staging, reusesOldTree: true, listing: spareListing)
        }
        try POSIXFileOutput.makeDirectory(staging)
        return StagingFolder(root: staging)
    }

    /// Removes what an old tree held beyond this build, swaps the staging folder into place, then
    /// keeps the previous site as the spare (`keepsPreviousSite`) or removes it.
    func commit(_ staging: StagingFolder) throws(SiteWriteError) {
        do {
            try staging.removeLeftovers()
            try swapIntoPlace(staging.root)
        } catch {
            discard(staging)
            throw error
        }
        // After the swap the staging path holds the previous site.
        if keepsPreviousSite, rename(staging.root, sparePath) == 0 { return }
        if removesPreviousSiteInBackground {
            let previous = "\(parentDirectory)/\(previousSitePrefix)\(UUID().uuidString)"
            if rename(staging.root, previous) == 0, DirectoryRemover.removeInBackground(previous) { return }
        }
        DirectoryRemover.remove(staging.root)
    }

    /// Removes a staging folder of a build that failed; the output folder stays as it was.
    /// With `keepsPreviousSite` it becomes the spare: any tree will do as one.
    func discard(_ staging: StagingFolder) {
        if keepsPreviousSite, rename(staging.root, sparePath) == 0 { return }
        DirectoryRemover.remove(staging.root)
    }

    private static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
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
    /// Previous sites whose background removal was interrupted get a new one.
    private func removeAbandonedStagingFolders() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parentDirectory)) ?? []
        for name in names where name.hasPrefix(previousSitePrefix) {
            if !DirectoryRemover.removeInBackground("\(parentDirectory)/\(name)") {
                DirectoryRemover.remove("\(parentDirectory)/\(name)")
            }
        }
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
