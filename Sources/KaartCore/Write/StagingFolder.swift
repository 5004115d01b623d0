import Foundation

/// The folder a build writes into before it is swapped into place. Safe to use from many
/// threads at once: each file is written once, and parent folders are created on first use.
///
/// It may start as an old tree (`reusesOldTree`, the spare of `SiteWriter`): a file already
/// there is replaced, never written into (it may be a hard link to a live file), a link that
/// is already in place is kept, and `removeLeftovers` removes everything the build did not put there.
/// What the old tree holds is asked of the disk, except in the folders a `SpareTreeListing`
/// proves unchanged.
final class StagingFolder: @unchecked Sendable {
    let root: String
    let reusesOldTree: Bool
    /// Folders this build uses, by absolute path: made by it, or found in the old tree.
    private var createdDirectories: Set<String>
    /// The same folders, with their listing if they have one.
    private var usedFolders: [(path: String, listed: ListedFolder?)]
    /// Relative paths of the files this build put here; only kept for an old tree.
    private var placedFiles: Set<String> = []
    /// The old tree's folders that its listing proves unchanged, by absolute path.
    private let listedFolders: [String: ListedFolder]
    private let lock = NSLock()

    /// A folder of the old tree with known entries, and how many of them this build uses:
    /// when it uses all of them, nothing in the folder is left over.
    private final class ListedFolder: @unchecked Sendable {
        let entries: [String: SpareTreeListing.Entry]
        let parent: ListedFolder?
        /// Guarded by the staging folder's lock.
        var entriesInUse = 0

        init(entries: [String: SpareTreeListing.Entry], parent: ListedFolder?) {
            self.entries = entries
            self.parent = parent
        }
    }

    init(root: String, reusesOldTree: Bool = false, listing: SpareTreeListing? = nil) {
        self.root = root
        self.reusesOldTree = reusesOldTree
        var listed: [ListedFolder] = []
        var listedFolders: [String: ListedFolder] = [:]
        for folder in reusesOldTree ? listing?.trustedFolders(under: root) ?? [] : [] {
            listed.append(ListedFolder(entries: folder.entries, parent: folder.parent.map { listed[$0] }))
            listedFolders[folder.path] = listed.last
        }
        self.listedFolders = listedFolders
        createdDirectories = [root]
        usedFolders = [(root, listedFolders[root])]
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

    /// Removes every file and folder of an old tree that this build did not put there, in every
    /// folder the build uses, on every core. A listed folder whose entries are all in use is skipped;
    /// the others are read from the disk: at 10 000 entries that took most of the time the swap takes.
    func removeLeftovers() throws(SiteWriteError) {
        guard reusesOldTree else { return }
        let (files, directories, used) = lock.withLock { (placedFiles, createdDirectories, usedFolders) }
        let toClear = used.filter { folder in folder.listed.map { $0.entriesInUse < $0.entries.count } ?? true }
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: toClear.count) { index in
            do throws(SiteWriteError) {
                try removeLeftovers(in: toClear[index].path, listed: toClear[index].listed, keeping: files, directories)
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
    }

    /// Removes the leftovers directly in `directory`; its folders in use are cleared on their own.
    private func removeLeftovers(in directory: String, listed: ListedFolder?, keeping files: Set<String>,
                                 _ directories: Set<String>) throws(SiteWriteError) {
        let relative = directory == root ? "" : String(directory.dropFirst(root.count + 1)) + "/"
        // A listed folder holds what it was listed with, plus what this build put there.
        let entries = listed.map { $0.entries.map { (name: $0.key, isDirectory: $0.value.isFolder) } }
            ?? DirectoryRemover.entries(of: directory)
        for entry in entries {
            let path = "\(directory)/\(entry.name)"
            if files.contains(relative + entry.name) || directories.contains(path) { continue }
            if entry.isDirectory {
                DirectoryRemover.remove(path)
            } else if unlink(path) != 0 && errno != ENOENT {
                // A folder the file system did not mark as one.
                guard errno == EISDIR else { throw .systemError(path: path, errno: errno) }
                DirectoryRemover.remove(path)
            }
        }
    }

    /// In an old tree: notes a file as this build's, removes a folder standing in its place, and
    /// returns the inode of what is there already. `nil` in a new staging folder.
    private func place(_ relativePath: String) -> UInt64? {
        guard reusesOldTree else { return nil }
        let path = "\(root)/\(relativePath)"
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))!
        let listed = listedFolders[String(path[..<slash])]
        let listedEntry = listed?.entries[String(path[path.utf8.index(after: slash)...])]
        let isFirstPlacement = lock.withLock {
            let isFirst = placedFiles.insert(relativePath).inserted
            if isFirst, let listed, listedEntry?.isFolder == false { listed.entriesInUse += 1 }
            return isFirst
        }
        let entry: SpareTreeListing.Entry?
        // A path placed twice holds this build's file by now, which no listing knows.
        if listed != nil && isFirstPlacement {
            entry = listedEntry
        } else {
            var info = stat()
            entry = lstat(path, &info) == 0
                ? SpareTreeListing.Entry(inode: UInt64(info.st_ino), isFolder: info.st_mode & S_IFMT == S_IFDIR) : nil
        }
        guard let entry, entry.isFolder else { return entry?.inode }
        DirectoryRemover.remove(path)
        return nil
    }

    private func makeParents(of path: String) throws(SiteWriteError) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let parent = String(path[..<slash])
        if lock.withLock({ createdDirectories.contains(parent) }) { return }
        try makeParents(of: parent)
        let listed = listedFolders[parent]
        if listed == nil { try POSIXFileOutput.makeDirectory(parent) }
        lock.withLock {
            guard createdDirectories.insert(parent).inserted else { return }
            usedFolders.append((parent, listed))
            // A listed folder is a listed entry of its parent.
            listed?.parent?.entriesInUse += 1
        }
    }
}
