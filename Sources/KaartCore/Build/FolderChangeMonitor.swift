#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Says whether anything may have changed in some folders since it was last asked, from the
/// kernel's file notifications (Linux inotify), so an idle `kaart build --watch` need not walk
/// and `stat` every input file three times a second (at 10 000 items that was a third of a core).
///
/// It only says "maybe": the watcher still compares the files themselves before it rebuilds.
/// Where notifications cannot be trusted (no inotify, the kernel's limit of watches reached, its
/// queue overflowed) it answers "maybe" every time, which is the old behaviour. It does not see a
/// change behind a symbolic link to elsewhere; the watcher's regular full walk covers that.
final class FolderChangeMonitor {
    #if os(Linux)
    private let descriptor: Int32
    /// The folder of every watch, to watch the subfolders of a new folder too.
    private var folderByWatch: [Int32: String] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    #endif
    /// False when a change could go unreported.
    private(set) var isReliable: Bool

    /// Watches every folder under `roots`, from now on. A root that does not exist is skipped.
    init(roots: [String]) {
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        isReliable = descriptor >= 0
        for root in roots { watchTree(root) }
        #else
        isReliable = false
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// True when a file or folder under the roots may have changed since the previous call
    /// (since `init` for the first). Always true when notifications cannot be trusted.
    func mayHaveChanged() -> Bool {
        #if os(Linux)
        guard isReliable else { return true }
        var sawEvent = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            sawEvent = true
            handleEvents(count: count)
        }
        return sawEvent || !isReliable
        #else
        return true
        #endif
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// Adds a watch for `folder` and every folder below it.
    private func watchTree(_ folder: String) {
        guard isReliable else { return }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return }
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else {
            // ENOSPC: the kernel's limit of watches (fs.inotify.max_user_watches) is reached.
            if errno != ENOENT && errno != ENOTDIR { isReliable = false }
            return
        }
        folderByWatch[watch] = folder
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = "\(folder)/\(entry)"
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { watchTree(path) }
        }
    }

    /// Watches the folders the events created or moved in; an overflowed queue makes the monitor unreliable.
    private func handleEvents(count: Int) {
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { isReliable = false }
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let folder = folderByWatch[watch] {
                let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + nameLength)].prefix { $0 != 0 }
                watchTree("\(folder)/\(String(decoding: nameBytes, as: UTF8.self))")
            }
            if mask & UInt32(IN_IGNORED) != 0 { folderByWatch[watch] = nil }
            offset += headerSize + nameLength
        }
    }
    #endif
}
