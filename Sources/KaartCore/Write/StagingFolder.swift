import Foundation

/// The folder a build writes into before it is swapped into place. Safe to use from many
/// threads at once: each file is written once, and parent folders are created on first use.
final class StagingFolder: @unchecked Sendable {
    let root: String
    private var createdDirectories: Set<String>
    private let lock = NSLock()

    init(root: String) {
        self.root = root
        createdDirectories = [root]
    }

    /// Writes one file; returns its stamp.
    @discardableResult
    func write(_ file: OutputFile) throws(SiteWriteError) -> FileStamp {
        let path = "\(root)/\(file.path)"
        try makeParents(of: path)
        return try POSIXFileOutput.write(file.bytes, to: path)
    }

    /// Carries `existing` (a file of the current site) into the staging folder under `relativePath`.
    func link(_ existing: String, as relativePath: String) throws(SiteWriteError) {
        let path = "\(root)/\(relativePath)"
        try makeParents(of: path)
        try POSIXFileOutput.link(existing, to: path)
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
