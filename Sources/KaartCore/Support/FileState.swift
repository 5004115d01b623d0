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

    /// Every file under `folder` by its path, following links to files (`FileTreeWalk`). A file
    /// added, removed or renamed changes the paths. `nil` when that cannot be told for certain: a
    /// link to a folder, whose files could change without any state here changing, or a folder
    /// that cannot be read.
    static func tree(under folder: String) -> [String: FileState]? {
        var states: [String: FileState] = [:]
        let sawEverything = FileTreeWalk.visitFiles(under: folder) { path, info in states[path] = FileState(info) }
        return sawEverything ? states : nil
    }
}
