import Foundation

/// Every entry under a folder (files with their bytes, folders, symbolic links), so two states of
/// an output folder can be compared exactly.
struct FolderSnapshot: Equatable {
    enum Entry: Equatable {
        case folder
        case file(Data)
        case link(String)
    }

    let entries: [String: Entry]

    /// - Parameter normalise: may rewrite a file's bytes before they are kept (e.g. drop a time stamp).
    init(of root: String, normalise: (String, Data) -> Data = { $1 }) throws {
        var entries: [String: Entry] = [:]
        let manager = FileManager.default
        for relative in (manager.subpaths(atPath: root) ?? []) {
            let path = "\(root)/\(relative)"
            let attributes = try manager.attributesOfItem(atPath: path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?: entries[relative] = .folder
            case .typeSymbolicLink?: entries[relative] = .link(try manager.destinationOfSymbolicLink(atPath: path))
            default: entries[relative] = .file(normalise(relative, try Data(contentsOf: URL(fileURLWithPath: path))))
            }
        }
        self.entries = entries
    }

    /// A short description of how `other` differs, for a failure message.
    func differences(to other: FolderSnapshot, limit: Int = 5) -> String {
        let keys = Set(entries.keys).union(other.entries.keys).sorted()
        let changed = keys.filter { entries[$0] != other.entries[$0] }
        return "\(changed.count) entries differ, e.g. " + changed.prefix(limit).joined(separator: ", ")
    }

    /// Calendar files carry the build time (DTSTAMP); everything else is deterministic. Their gzip
    /// copies are compared by presence only (the .ics itself is compared without DTSTAMP).
    static func withoutBuildTime(_ path: String, _ data: Data) -> Data {
        if path.hasSuffix(".ics.gz") { return Data("gzip copy of a calendar".utf8) }
        guard path.hasSuffix(".ics") else { return data }
        // Split on the byte: iCalendar lines end in CRLF, which Swift counts as one Character.
        let lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return Data(lines.filter { !$0.starts(with: Array("DTSTAMP:".utf8)) }.joined(separator: [UInt8(ascii: "\n")]))
    }
}

/// What a build left beside the output folder: staging folders and stray files. A previous site
/// that the command line is still removing in the background (`.public.previous-*`) does not
/// count, nor does the spare that an incremental build keeps for the next one (`.public.spare`).
func siteLeftovers(beside output: String) throws -> [String] {
    let name = (output as NSString).lastPathComponent
    return try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
        .filter { $0 != name && !$0.hasPrefix(".\(name).previous-") && $0 != ".\(name).spare" }.sorted()
}
