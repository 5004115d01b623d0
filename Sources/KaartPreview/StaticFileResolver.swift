import Foundation

/// Maps a request path to a file in the built site, the way the production web server does:
/// a folder is answered with its `index.html`, and nothing outside the site folder is reachable.
struct StaticFileResolver: Sendable {
    enum Resolution: Equatable, Sendable {
        case file(path: String, contentType: String)
        /// A folder asked for without its trailing slash.
        case redirect(location: String)
        case notFound
    }

    let root: String

    func resolve(_ requestPath: String) -> Resolution {
        guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return .notFound }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return .notFound }
        var path = ([root] + parts.map(String.init)).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(location: decoded + "/") }
            path += "/index.html"
            guard FileManager.default.fileExists(atPath: path) else { return .notFound }
        }
        return .file(path: path, contentType: Self.contentType(for: path))
    }

    static func contentType(for path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
