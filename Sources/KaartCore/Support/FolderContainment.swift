import Foundation

/// Whether a file lies inside a folder, compared after symbolic links and `..` are resolved:
/// used so content cannot link out of `content/`, and the token store cannot sit in `public/`.
enum FolderContainment {
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// Both arguments come from `resolved(_:)`.
    static func contains(resolvedFolder: String, resolvedPath: String) -> Bool {
        resolvedPath.hasPrefix(resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/")
    }
}
