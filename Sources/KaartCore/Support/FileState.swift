import Foundation

/// What tells one version of a file from another without reading it: its device, inode, size,
/// and modification and status-change times. Rewriting a file changes its status-change time,
/// which no program can set back, so equal states mean unchanged bytes.
struct FileState: Hashable, Sendable {
    let device, inode, size: UInt64
    let modifiedSeconds, modifiedNanoseconds, changedSeconds, changedNanoseconds: Int

    init(_ info: stat) {
        (device, inode, size) = (UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size))
        (modifiedSeconds, modifiedNanoseconds) = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        (changedSeconds, changedNanoseconds) = (info.st_ctim.tv_sec, info.st_ctim.tv_nsec)
    }

    /// The state of the file at `path`, following links; `nil` when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Every file and folder under `folder` (the folder itself included) by its path, following
    /// links to files. `nil` when that cannot be told for certain: a link to a folder,
    /// whose files could change without any state here changing, or a folder that cannot be read.
    static func tree(under folder: String) -> [String: FileState]? {
        var states: [String: FileState] = [:]
        func add(_ relative: String) -> Bool {
            let path = relative.isEmpty ? folder : "\(folder)/\(relative)"
            var info = stat()
            // The folder itself may be a link; inside it, a link to a folder is not followed.
            guard (relative.isEmpty ? stat(path, &info) : lstat(path, &info)) == 0 else { return false }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return false }
            }
            states[path] = FileState(info)
            guard info.st_mode & S_IFMT == S_IFDIR else { return true }
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            guard let entries = DirectoryRemover.entries(ofOpen: descriptor) else { return false }
            return entries.allSatisfy { add(relative.isEmpty ? $0.name : "\(relative)/\($0.name)") }
        }
        return add("") ? states : nil
    }
}
