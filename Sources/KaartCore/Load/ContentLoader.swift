import Foundation

/// The load stage: reads `content/` (and the plans folder) into `SourceFile`s.
///
/// It never throws on bad input: every problem becomes a `Diagnostic`, so one run reports them all.
public struct ContentLoader: Sendable {
    /// The settings files `kaart` knows, and whether a site must have them.
    public static let settingsFiles: [(name: String, required: Bool)] = [
        ("site.yml", true), ("taxonomie.yml", true), ("synoniemen.yml", false), ("anonimisering.yml", false),
    ]

    private let contentDirectory: String
    private let plansDirectory: String?
    /// Content files read by earlier builds (`--watch`), by `versionKey`.
    private let memo: GenerationMemo<FileVersion, Result<SourceFile, Diagnostic>>?

    /// - Parameters:
    ///   - contentDirectory: the content folder, as the editor named it (used in messages).
    ///   - plansDirectory: the plans folder, or `nil` to read no plans.
    public init(contentDirectory: String, plansDirectory: String?) {
        self.init(contentDirectory: contentDirectory, plansDirectory: plansDirectory, memo: nil)
    }

    init(contentDirectory: String, plansDirectory: String?, memo: GenerationMemo<FileVersion, Result<SourceFile, Diagnostic>>?) {
        self.contentDirectory = contentDirectory.trimmingSlashSuffix()
        self.plansDirectory = plansDirectory?.trimmingSlashSuffix()
        self.memo = memo
    }

    public func load() -> LoadedContent {
        var result = LoadedContent()
        guard FileManager.default.fileExists(atPath: contentDirectory) else {
            result.diagnostics.append(.error("De map met inhoud bestaat niet.", at: SourceLocation(path: contentDirectory, line: 1)))
            return result
        }
        loadSettings(into: &result)
        for kind in ContentKind.allCases {
            let folder = kind == .plan ? plansDirectory : "\(contentDirectory)/\(kind.folder)"
            guard let folder else { continue }
            loadMarkdown(kind: kind, folder: folder, into: &result)
        }
        return result
    }

    private func loadSettings(into result: inout LoadedContent) {
        for (name, required) in Self.settingsFiles {
            let path = "\(contentDirectory)/\(name)"
            guard FileManager.default.fileExists(atPath: path) else {
                if required {
                    result.diagnostics.append(.error("Het bestand \(name) ontbreekt. Elke site heeft dit bestand nodig.",
                                                     at: SourceLocation(path: path, line: 1)))
                }
                continue
            }
            if let diagnostic = symlinkEscape(path: path, resolvedRoot: FolderContainment.resolved(contentDirectory)) {
                result.diagnostics.append(diagnostic)
                continue
            }
            switch readText(at: path) {
            case .success(let text): result.settings[name] = SettingsFile(path: path, text: text)
            case .failure(let diagnostic): result.diagnostics.append(diagnostic)
            }
        }
    }

    /// Reads the Markdown files of one folder on every core; results keep the file-name order.
    private func loadMarkdown(kind: ContentKind, folder: String, into result: inout LoadedContent) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let markdownNames = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        let root = kind == .plan ? folder : contentDirectory
        let resolvedRoot = FolderContainment.resolved(root)
        // The folder is resolved once: a file in it that is no link lies inside exactly when it does.
        let resolvedFolder = FolderContainment.resolved(folder)
        let folderIsInside = resolvedFolder == resolvedRoot || FolderContainment.contains(resolvedFolder: resolvedRoot, resolvedPath: resolvedFolder)
        let loaded = ConcurrentResults<Result<SourceFile, Diagnostic>>(count: markdownNames.count)
        DispatchQueue.concurrentPerform(iterations: markdownNames.count) { index in
            loaded[index] = loadMarkdownFile(named: markdownNames[index], kind: kind, folder: folder, resolvedRoot: resolvedRoot,
                                             folderIsInside: folderIsInside)
        }
        for file in loaded.values {
            switch file {
            case .success(let file): result.files.append(file)
            case .failure(let diagnostic): result.diagnostics.append(diagnostic)
            }
        }
    }

    private func loadMarkdownFile(named name: String, kind: ContentKind, folder: String, resolvedRoot: String,
                                  folderIsInside: Bool) -> Result<SourceFile, Diagnostic> {
        let path = "\(folder)/\(name)"
        let slug = String(name.dropLast(3))
        if let problem = SlugRules.problem(with: slug) {
            return .failure(.error(problem, at: SourceLocation(path: path, line: 1)))
        }
        // One lstat serves both the link check and, for a file that is no link, its version.
        var info = stat()
        let mayBeLink = lstat(path, &info) != 0 || info.st_mode & S_IFMT == S_IFLNK
        if !folderIsInside || mayBeLink, let diagnostic = symlinkEscape(path: path, resolvedRoot: resolvedRoot) {
            return .failure(diagnostic)
        }
        func read() -> Result<SourceFile, Diagnostic> {
            readText(at: path).flatMap { FrontMatterSplitter.split(text: $0, path: path, kind: kind, slug: slug) }
        }
        // A link's version is that of the file it points to.
        guard let memo, !mayBeLink || stat(path, &info) == 0 else { return read() }
        return memo.value(for: FileVersion(path: path, kind: kind, info: info), orMake: read)
    }

    /// One version of a file, without reading it: its path, kind, device, inode, size and both
    /// times (`info`, from `stat`). The status change time moves on every write, also one that
    /// puts the old modification time back, and no tool can set it.
    struct FileVersion: Hashable, Sendable {
        let path: String
        let kind: ContentKind
        let state: FileState

        init(path: String, kind: ContentKind, info: stat) {
            self.path = path
            self.kind = kind
            state = FileState(info)
        }
    }

    private func readText(at path: String) -> Result<String, Diagnostic> {
        let unreadable = Diagnostic.error("Het bestand kan niet worden gelezen.", at: SourceLocation(path: path, line: 1))
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable) }
        defer { close(descriptor) }
        // Check the size before reading, so a huge stray file is never loaded into memory.
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(unreadable) }
        let size = Int(info.st_size)
        if size > TextDecoder.maximumFileSize { return .failure(TextDecoder.tooLarge(byteCount: size, path: path)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        guard filled == size else { return .failure(unreadable) }
        return TextDecoder.decode(bytes, path: path)
    }

    /// A symbolic link may point only to a file inside the content folder: otherwise an editor
    /// could publish any file of the build machine.
    /// The file itself or a folder on its path may be the link, so the resolved path is compared.
    /// - Parameter resolvedRoot: the allowed folder, with its symbolic links resolved.
    private func symlinkEscape(path: String, resolvedRoot: String) -> Diagnostic? {
        let resolvedFile = FolderContainment.resolved(path)
        if FolderContainment.contains(resolvedFolder: resolvedRoot, resolvedPath: resolvedFile) { return nil }
        guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
            return .error("Dit bestand ligt via een snelkoppeling (naar '\(resolvedFile)') buiten de map met inhoud. Dat is niet toegestaan.",
                          at: SourceLocation(path: path, line: 1))
        }
        return .error("Dit bestand is een snelkoppeling naar '\(destination)', buiten de map met inhoud. Dat is niet toegestaan.",
                      at: SourceLocation(path: path, line: 1))
    }
}

extension String {
    func trimmingSlashSuffix() -> String {
        var result = self
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
