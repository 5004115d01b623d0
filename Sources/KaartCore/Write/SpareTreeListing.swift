import Foundation

/// What the spare tree (`SiteWriter`'s `.public.spare`) held, read while `--watch` waits for the
/// next change. The next build stages into that tree; with this listing it need not ask the disk
/// what each of its 28 000 files is (`StagingFolder.place`) or read its 10 000 folders again
/// before the swap (`StagingFolder.removeLeftovers`).
///
/// A folder's listing is trusted only when the folder is provably unchanged since it was read:
/// same device, inode and modification time, and its parent trusted too. Any change to a
/// folder's entries (a file added, removed or replaced, a folder swapped for a link) moves its
/// modification time, but only in clock ticks of a few milliseconds; so a folder is listed only
/// when its time is at least `settlingTime` older than the read, and a later change cannot keep
/// that time. Everything not trusted is read from the disk as before.
struct SpareTreeListing: Sendable {
    /// What a folder entry was: the inode of a file (or link), or a folder.
    struct Entry: Sendable, Equatable {
        let inode: UInt64
        let isFolder: Bool
    }

    /// How much older than the read a folder's modification time must be.
    static let settlingTime: TimeInterval = 0.05

    /// A folder proven unchanged: its path below the root ("" for the root itself), its entries by
    /// name, and the position of its parent in the same list (`nil` for the root).
    struct TrustedFolder: Sendable {
        let relative: String
        let entries: [String: Entry]
        let parent: Int?
    }

    /// The folders read, each after its parent.
    private let folders: [Folder]

    /// How many folders were read; 0 when there was no tree, or none had settled.
    var folderCount: Int { folders.count }

    private struct Folder: Sendable {
        /// The path below the root: "" for the root, else "a-z", "voorzieningen/inloop".
        let relative: String
        let parent: Int?
        let stamp: FolderStamp
        let entries: [String: Entry]
    }

    /// Reads the tree at `root`; `readAt` is the time of the read (file times come from the system clock).
    init(reading root: String, readAt: Date = Date()) {
        var folders: [Folder] = []
        let settledBefore = readAt.timeIntervalSince1970 - Self.settlingTime
        func read(_ descriptor: Int32, relative: String, parent: Int?) {
            var info = stat()
            guard fstat(descriptor, &info) == 0,
                  Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 < settledBefore,
                  let entries = Self.entries(of: descriptor) else { return }
            let position = folders.count
            folders.append(Folder(relative: relative, parent: parent, stamp: FolderStamp(info), entries: entries))
            for (name, entry) in entries where entry.isFolder {
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { continue }
                read(child, relative: relative.isEmpty ? name : "\(relative)/\(name)", parent: position)
                close(child)
            }
        }
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 {
            read(descriptor, relative: "", parent: nil)
            close(descriptor)
        }
        self.folders = folders
    }

    /// The folders of the tree now at `root` (the same tree, perhaps renamed) that are unchanged
    /// since the read and lie below unchanged folders only, each after its parent. Checked on every core.
    func trustedFolders(under root: String) -> [TrustedFolder] {
        let paths = folders.map { $0.relative.isEmpty ? root : "\(root)/\($0.relative)" }
        let unchanged = ConcurrentResults<Bool>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            var info = stat()
            unchanged[index] = lstat(paths[index], &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
                && FolderStamp(info) == folders[index].stamp
        }
        // Parents come first, so one pass settles each folder after its parent.
        var positions = [Int?](repeating: nil, count: folders.count)
        var trusted: [TrustedFolder] = []
        for (index, isUnchanged) in unchanged.values.enumerated() where isUnchanged {
            var parent: Int?
            if let listedParent = folders[index].parent {
                // Below a folder that changed, the path may lead somewhere else.
                guard let position = positions[listedParent] else { continue }
                parent = position
            }
            positions[index] = trusted.count
            trusted.append(TrustedFolder(relative: folders[index].relative, entries: folders[index].entries, parent: parent))
        }
        return trusted
    }

    /// The entries of an open folder by name, each from its own `lstat`; `nil` when one cannot be read.
    private static func entries(of descriptor: Int32) -> [String: Entry]? {
        guard let names = DirectoryRemover.entries(ofOpen: descriptor) else { return nil }
        var entries: [String: Entry] = [:]
        for (name, _) in names {
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            entries[name] = Entry(inode: UInt64(info.st_ino), isFolder: info.st_mode & S_IFMT == S_IFDIR)
        }
        return entries
    }

    /// What tells one state of a folder's entries from another.
    private struct FolderStamp: Sendable, Equatable {
        let device: UInt64
        let inode: UInt64
        let modifiedSeconds: Int64
        let modifiedNanoseconds: Int64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            modifiedSeconds = Int64(info.st_mtim.tv_sec)
            modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        }
    }
}
