import Foundation

/// Notices changed, added and removed files by comparing modification times and sizes.
///
/// Polling is used rather than inotify because it behaves the same on every platform and
/// editors that save by renaming a temporary file are still seen; the folders are small.
struct SourceWatcher: Sendable {
    /// A file's state as far as rebuilding is concerned.
    struct Stamp: Equatable, Sendable {
        var modified: Date
        var size: Int
    }

    let directories: [String]

    /// The current state of every regular file under the watched folders (and of single watched files).
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for directory in directories {
            if let stamp = Self.stamp(of: directory, manager), !Self.isDirectory(directory, manager) {
                stamps[directory] = stamp
                continue
            }
            guard let walker = manager.enumerator(atPath: directory) else { continue }
            while let relative = walker.nextObject() as? String {
                let path = "\(directory)/\(relative)"
                if let stamp = Self.stamp(of: path, manager), !Self.isDirectory(path, manager) { stamps[path] = stamp }
            }
        }
        return stamps
    }

    private static func stamp(of path: String, _ manager: FileManager) -> Stamp? {
        guard let attributes = try? manager.attributesOfItem(atPath: path) else { return nil }
        return Stamp(modified: attributes[.modificationDate] as? Date ?? .distantPast, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }

    private static func isDirectory(_ path: String, _ manager: FileManager) -> Bool {
        var directory: ObjCBool = false
        return manager.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
