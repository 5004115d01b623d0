import Foundation

/// The build cache of one output folder: for every job of the last successful build, the
/// fingerprint of its inputs and the files it produced, each with its content hash and the
/// stamp it has in the output folder.
///
/// A file is carried over only when its job's fingerprint is unchanged *and* the file in the
/// output folder still has the recorded stamp, so a hand-edited or replaced `public/` is never
/// trusted. Stored as plain text under the cache folder (default `.kaart/cache/`), one manifest
/// per output folder; a missing or unreadable manifest just means a full build.
struct BuildCache: Sendable {
    /// One output file of a job.
    struct FileRecord: Sendable, Equatable {
        var path: String
        var contentHash: Fingerprint
        var stamp: FileStamp
    }

    /// One job: what it depended on and what it wrote.
    struct JobRecord: Sendable, Equatable {
        var fingerprint: Fingerprint
        var files: [FileRecord]
    }

    static let formatLine = "kaart-build-cache 2"

    var outputDirectory: String
    /// The `kaart` that wrote the files (`BuildEnvironment.programIdentity`): another one may
    /// render or compress the same input differently, so its files are never carried over.
    var program: String
    var jobs: [String: JobRecord] = [:]

    init(outputDirectory: String, program: String = BuildEnvironment.programIdentity, jobs: [String: JobRecord] = [:]) {
        self.outputDirectory = outputDirectory
        self.program = program
        self.jobs = jobs
    }

    /// The manifest file for `outputDirectory` inside `cacheDirectory`.
    static func manifestPath(cacheDirectory: String, outputDirectory: String) -> String {
        var hasher = FingerprintHasher()
        hasher.add(outputDirectory)
        return "\(cacheDirectory.trimmingSlashSuffix())/build-\(hasher.finalize().description.prefix(16)).manifest"
    }

    /// Reads the manifest; an empty cache when there is none, or it is not for this output folder
    /// or this program.
    static func load(cacheDirectory: String, outputDirectory: String, program: String = BuildEnvironment.programIdentity) -> BuildCache {
        let empty = BuildCache(outputDirectory: outputDirectory, program: program)
        let path = manifestPath(cacheDirectory: cacheDirectory, outputDirectory: outputDirectory)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return empty }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(formatLine), lines.popFirst() == Substring("output\t\(outputDirectory)"),
              lines.popFirst() == Substring("program\t\(program)") else { return empty }
        var cache = empty
        var currentID: String?
        var current: JobRecord?
        func flush() {
            if let currentID, let current { cache.jobs[currentID] = current }
        }
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "job":
                guard fields.count == 3, let fingerprint = Fingerprint(hex: fields[2]) else { return empty }
                flush()
                currentID = String(fields[1])
                current = JobRecord(fingerprint: fingerprint, files: [])
            case "file":
                guard fields.count == 7, current != nil, let hash = Fingerprint(hex: fields[2]),
                      let inode = UInt64(fields[3]), let size = Int64(fields[4]),
                      let seconds = Int64(fields[5]), let nanoseconds = Int64(fields[6]) else { return empty }
                current?.files.append(FileRecord(
                    path: String(fields[1]), contentHash: hash,
                    stamp: FileStamp(inode: inode, size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds)))
            default:
                return empty
            }
        }
        flush()
        return cache
    }

    /// Writes the manifest atomically (temporary file, then rename).
    func save(cacheDirectory: String) throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        var text = "\(Self.formatLine)\noutput\t\(outputDirectory)\nprogram\t\(program)\n"
        text.reserveCapacity(jobs.count * 160)
        for id in jobs.keys.sorted() {
            let job = jobs[id]!
            text += "job\t\(id)\t\(job.fingerprint)\n"
            for file in job.files {
                let stamp = file.stamp
                text += "file\t\(file.path)\t\(file.contentHash)\t\(stamp.inode)\t\(stamp.size)\t\(stamp.modifiedSeconds)\t\(stamp.modifiedNanoseconds)\n"
            }
        }
        let path = Self.manifestPath(cacheDirectory: cacheDirectory, outputDirectory: outputDirectory)
        let temporary = "\(path).tmp-\(getpid())"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Job ids and paths are written tab-separated, one per line; anything else is not cached.
    static func isStorable(_ text: String) -> Bool {
        !text.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }
}
