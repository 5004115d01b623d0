import Foundation

/// The folder a build writes into before it is swapped into place. Safe to use from many
/// threads at once: each file is written once, and parent folders are created on first use.
///
/// It may start as an old tree (`reusesOldTree`, the spare of `SiteWriter`): a file already
/// there is replaced, never written into (it may be a hard link to a live file), a link that
/// is already in place is kept, and `removeLeftovers` removes everything the build did not put there.
final class StagingFolder: @unchecked Sendable {
    let root: String
    let reusesOldTree: Bool
    private var createdDirectories: Set<String>
    /// Relative paths of the files this build put here; only kept for an old tree.
    private var placedFiles: Set<String> = []
    private let lock = NSLock()

    init(root: String, reusesOldTree: Bool = false) {
        self.root = root
        self.reusesOldTree = reusesOldTree
        createdDirectories = [root]
    }

    /// Writes one file; returns its stamp.
    @discardableResult
    func write(_ file: OutputFile) throws(SiteWriteError) -> FileStamp {
        let path = "\(root)/\(file.path)"
        try makeParents(of: path)
        _ = place(file.path)
        return try POSIXFileOutput.write(file.bytes, to: path)
    }

    /// Carries `existing` (a file of the current site, with inode `inode`) into the staging
    /// folder under `relativePath`.
    func link(_ existing: String, inode: UInt64, as relativePath: String) throws(SiteWriteError) {
        let path = "\(root)/\(relativePath)"
        try makeParents(of: path)
        if place(relativePath) == inode { return }
        try POSIXFileOutput.link(existing, to: path)
    }

    /// Removes every file and folder of an old tree that this build did not put there. The tree
    /// is walked one depth at a time, the folders of each depth on every core: at 10 000 entries
    /// reading its folders is most of the time the swap takes.
    func removeLeftovers() throws(SiteWriteError) {
        guard reusesOldTree else { return }
        let (files, directories) = lock.withLock { (placedFiles, createdDirectories) }
        var level: [(path: String, relative: String)] = [(root, "")]
        while !level.isEmpty {
            let failure = FirstError()
            let folders = level
            let kept = ConcurrentResults<[(path: String, relative: String)]>(count: folders.count)
            DispatchQueue.concurrentPerform(iterations: folders.count) { index in
                do throws(SiteWriteError) {
                    kept[index] = try removeLeftovers(in: folders[index].path, relative: folders[index].relative,
                                                      keeping: files, directories)
                } catch {
                    failure.record(error)
                }
            }
            if let error = failure.error { throw error }
            level = kept.values.flatMap { $0 }
        }
    }

    /// Removes the leftovers directly in `directory`; returns its subfolders that this build uses.
    private func removeLeftovers(in directory: String, relative: String, keeping files: Set<String>,
                                 _ directories: Set<String>) throws(SiteWriteError) -> [(path: String, relative: String)] {
        var kept: [(path: String, relative: String)] = []
        for entry in DirectoryRemover.entries(of: directory) {
            let path = "\(directory)/\(entry.name)", relativePath = relative + entry.name
            if entry.isDirectory && directories.contains(path) {
                kept.append((path, relativePath + "/"))
            } else if entry.isDirectory {
                DirectoryRemover.remove(path)
            } else if !files.contains(relativePath) && unlink(path) != 0 {
                // A folder the file system did not mark as one.
                guard errno == EISDIR else { throw .systemError(path: path, errno: errno) }
                DirectoryRemover.remove(path)
            }
        }
        return kept
    }

    /// In an old tree: notes a file as this build's, removes a folder standing in its place, and
    /// returns the inode of what is there already. `nil` in a new staging folder.
    private func place(_ relativePath: String) -> UInt64? {
        guard reusesOldTree else { return nil }
        _ = lock.withLock { placedFiles.insert(relativePath) }
        let path = "\(root)/\(relativePath)"
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR else { return UInt64(info.st_ino) }
        DirectoryRemover.remove(path)
        return nil
    }

    private func makeParents(of path: String) throws(SiteWriteError) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let parent = String(path[..<slash])
        if lock.withLock({ createdDirectories.contains(parent) }) { return }
        try makeParents(of: parent)
        try POSIXFileOutput.makeDirectory(parent)
        _ = lock.withLock { createdDirectories.insert(parent) }
    }
}
