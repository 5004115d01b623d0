import Crypto
import Foundation

/// The CSS and JavaScript in `templates/assets/`, published under a folder named after their hash.
///
/// A versioned folder (not per-file names) keeps relative ES-module imports working while every
/// asset URL still changes when any asset changes, so servers may cache them for a year.
public struct AssetBundle: Sendable {
    /// The URL folder of the assets, e.g. `/assets/3f9a1c02b7/`.
    public let baseURL: String
    public let files: [OutputFile]
    /// Names of the files, relative to the bundle, for checks such as "is there a search script".
    public let names: Set<String>

    public static func load(from templatesDirectory: String) -> AssetBundle {
        let root = "\(templatesDirectory.trimmingSlashSuffix())/assets"
        let relativePaths = (FileManager.default.subpaths(atPath: root) ?? [])
            .filter { !$0.hasPrefix(".") && !isDirectory("\(root)/\($0)") }
            .sorted()
        var hasher = SHA256()
        var contents: [(String, [UInt8])] = []
        for relative in relativePaths {
            let bytes = Array(FileManager.default.contents(atPath: "\(root)/\(relative)") ?? Data())
            hasher.update(data: Array(relative.utf8) + [0] + bytes)
            contents.append((relative, bytes))
        }
        let hash = hasher.finalize().prefix(5).map { String(format: "%02x", $0) }.joined()
        let files = contents.map { OutputFile(path: "assets/\(hash)/\($0.0)", bytes: $0.1) }
        return AssetBundle(baseURL: "/assets/\(hash)/", files: files, names: Set(relativePaths))
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
