import Foundation

/// The folder a build writes into before it is swapped into place. Safe to use from many
/// threads at once: each file is written once, and parent folders are created on first use.
///
/// It may start as an old tree (`reusesOldTree`, the spare of `SiteWriter`): a file already
/// there is replaced, never written into (it may be a hard link to a live file), a link that
/// is already in place is kept, and `removeLeftovers` removes everything the build did not put there.
/// What the old tree holds is asked of the disk, except in the folders a `SpareTreeListing`
/// proves unchanged. Inside, folders and files go by their path below the root ("" is the root).
final class StagingFolder: @unchecked Sendable {
    let root: String
    let reusesOldTree: Bool
    /// Folders this build uses: made by it, or found in the old tree.
    private var createdDirectories: Set<String> = [""]
    /// The same folders, with their listing if they have one.
    private var usedFolders: [(relative: String, listed: ListedFolder?)]
    /// Files this build put into an old tree's folders that have no listing.
    private var placedFiles: Set<String> = []
    /// The old tree's folders that its listing proves unchanged.
    private let listedFolders: [String: ListedFolder]
    private let lock = NSLock()

    /// A folder of the old tree with known entries, the names this build put there, and how many
    /// of its entries the build uses: when it uses all of them, nothing in the folder is left over.
    private final class ListedFolder: @unchecked Sendable {
        let entries: [String: SpareTreeListing.Entry]
        let parent: ListedFolder?
        /// Guarded by the staging folder's lock, like `entriesInUse`.
        var placedNames: Set<String> = []
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
            listedFolders[folder.relative] = listed.last
        }
        self.listedFolders = listedFolders
        usedFolders = [("", listedFolders[""])]
        // An old tree's build uses about the folders it had: room for them at once, not grown folder by folder.
        createdDirectories.reserveCapacity(listedFolders.count)
        usedFolders.reserveCapacity(listedFolders.count)
    }

    /// Writes one file; returns its stamp.
    @discardableResult
    func write(_ file: OutputFile) throws(SiteWriteError) -> FileStamp {
        let placement = Placement(file.path)
        try makeFolder(placement.folder)
        _ = place([placement])
        return try POSIXFileOutput.write(file.bytes, to: "\(root)/\(file.path)")
    }

    /// Carries `files` of the current site at `outputDirectory` into the staging folder under the
    /// same paths, by hard link: the files of one job, placed under one lock. With a lock per
    /// file, the workers carrying 28 000 files queued for it and woke each other through the kernel.
    func link(_ files: [BuildCache.FileRecord], from outputDirectory: String) throws(SiteWriteError) {
        let placements = files.map { Placement($0.path) }
        var madeFolder: String?
        for placement in placements where placement.folder != madeFolder {
            try makeFolder(placement.folder)
            madeFolder = placement.folder
        }
        for (file, inode) in zip(files, place(placements)) where inode != file.stamp.inode {
            try POSIXFileOutput.link("\(outputDirectory)/\(file.path)", to: "\(root)/\(file.path)")
        }
    }

    /// Removes every file and folder of an old tree that this build did not put there, in every
    /// folder the build uses, on every core. A listed folder whose entries are all in use is skipped;
    /// the others are read from the disk: at 10 000 entries that took most of the time the swap takes.
    func removeLeftovers() throws(SiteWriteError) {
        guard reusesOldTree else { return }
        let (files, directories, toClear) = lock.withLock {
            (placedFiles, createdDirectories, usedFolders.compactMap { folder -> FolderToClear? in
                guard let listed = folder.listed else { return FolderToClear(relative: folder.relative, listed: nil) }
                guard listed.entriesInUse < listed.entries.count else { return nil }
                return FolderToClear(relative: folder.relative, listed: (listed.entries, listed.placedNames))
            })
        }
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: toClear.count) { index in
            do throws(SiteWriteError) {
                try removeLeftovers(in: toClear[index], keeping: files, directories)
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
    }

    /// A folder in use that may hold leftovers, with its listed entries and the names this build
    /// put there if it has a listing.
    private struct FolderToClear {
        let relative: String
        let listed: (entries: [String: SpareTreeListing.Entry], placedNames: Set<String>)?
    }

    /// Removes the leftovers directly in `folder`; its folders in use are cleared on their own.
    private func removeLeftovers(in folder: FolderToClear, keeping files: Set<String>, _ directories: Set<String>) throws(SiteWriteError) {
        let directory = folder.relative.isEmpty ? root : "\(root)/\(folder.relative)"
        let prefix = folder.relative.isEmpty ? "" : folder.relative + "/"
        // A listed folder holds what it was listed with, plus what this build put there.
        let entries = folder.listed.map { $0.entries.map { (name: $0.key, isDirectory: $0.value.isFolder) } }
            ?? DirectoryRemover.entries(of: directory)
        for entry in entries {
            let isPlaced = folder.listed.map { $0.placedNames.contains(entry.name) } ?? files.contains(prefix + entry.name)
            if isPlaced || directories.contains(prefix + entry.name) { continue }
            let path = "\(directory)/\(entry.name)"
            if entry.isDirectory {
                DirectoryRemover.remove(path)
            } else if unlink(path) != 0 && errno != ENOENT {
                // A folder the file system did not mark as one.
                guard errno == EISDIR else { throw .systemError(path: path, errno: errno) }
                DirectoryRemover.remove(path)
            }
        }
    }

    /// A file's path below the root, split into its folder ("" for the root) and its name.
    private struct Placement {
        let path: String
        let folder: String
        let name: String

        init(_ path: String) {
            self.path = path
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
                folder = ""
                name = path
                return
            }
            folder = String(path[..<slash])
            name = String(path[path.utf8.index(after: slash)...])
        }
    }

    /// What an old tree holds at a path: known from its folder's listing, or to be asked of the disk.
    private enum OldEntry {
        case listed(SpareTreeListing.Entry?)
        case unknown
    }

    /// In an old tree: notes each file as this build's, removes a folder standing in its place, and
    /// returns the inode of what is there already. `nil`s in a new staging folder.
    private func place(_ placements: [Placement]) -> [UInt64?] {
        guard reusesOldTree else { return placements.map { _ in nil } }
        // One look-up per folder: the files of a job mostly share one.
        var listed: [ListedFolder?] = []
        listed.reserveCapacity(placements.count)
        for index in placements.indices {
            let sharesFolder = index > 0 && placements[index - 1].folder == placements[index].folder
            listed.append(sharesFolder ? listed[index - 1] : listedFolders[placements[index].folder])
        }
        let known = lock.withLock {
            zip(placements, listed).map { placement, listed -> OldEntry in
                guard let listed else {
                    placedFiles.insert(placement.path)
                    return .unknown
                }
                // Room for every listed name at once, not grown name by name.
                if listed.placedNames.isEmpty { listed.placedNames.reserveCapacity(listed.entries.count) }
                // A path placed twice holds this build's file by now, which no listing knows.
                guard listed.placedNames.insert(placement.name).inserted else { return .unknown }
                let entry = listed.entries[placement.name]
                if entry?.isFolder == false { listed.entriesInUse += 1 }
                return .listed(entry)
            }
        }
        return placements.indices.map { index in
            let entry: SpareTreeListing.Entry?
            switch known[index] {
            case .listed(let listedEntry):
                entry = listedEntry
            case .unknown:
                var info = stat()
                entry = lstat("\(root)/\(placements[index].path)", &info) == 0
                    ? SpareTreeListing.Entry(inode: UInt64(info.st_ino), isFolder: info.st_mode & S_IFMT == S_IFDIR) : nil
            }
            guard let entry, entry.isFolder else { return entry?.inode }
            DirectoryRemover.remove("\(root)/\(placements[index].path)")
            return nil
        }
    }

    /// Makes the folder at `relative` and the folders above it, unless they are in use already.
    private func makeFolder(_ relative: String) throws(SiteWriteError) {
        if lock.withLock({ createdDirectories.contains(relative) }) { return }
        try makeFolder(Placement(relative).folder)
        let listed = listedFolders[relative]
        if listed == nil { try POSIXFileOutput.makeDirectory("\(root)/\(relative)") }
        lock.withLock {
            guard createdDirectories.insert(relative).inserted else { return }
            usedFolders.append((relative, listed))
            // A listed folder is a listed entry of its parent.
            listed?.parent?.entriesInUse += 1
        }
    }
}
