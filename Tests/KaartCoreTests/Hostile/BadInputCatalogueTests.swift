import Foundation
import Testing

/// Runs the real binary on every case in `Tests/fixtures/bad/`: a small site with one defect,
/// built into an output folder that already holds a previous site.
///
/// An error case must exit non-zero, name the expected `file:line` with a Dutch message, and leave
/// the previous site byte for byte as it was. A warning case and an "ok" case must build.
@Suite("Bad input catalogue")
struct BadInputCatalogueTests {
    static let catalogue = KaartProcess.repository.appendingPathComponent("Tests/fixtures/bad")

    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: catalogue.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(catalogue.path)/\($0)/expect.json") }.sorted()
    }()

    /// What `expect.json` promises about a case.
    struct Expectation: Decodable {
        var file: String?
        var line: Int?
        var message: String?
        var warning_only: Bool?
        var ok: Bool?
        var plans: Bool?
        var token_mode: String?
        var setup: String?
    }

    /// The previous site: the minimal valid site, built once, copied into each case's output folder.
    static let previousSite: Result<URL, Error> = Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-previous-\(UUID().uuidString)")
        let content = KaartProcess.repository.appendingPathComponent("Tests/fixtures/minimal-site/content").path
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let output = root.appendingPathComponent("public").path
        // Without a cache: the default one would sit in the repository, beside the fixture's content.
        let result = try KaartProcess.run(KaartProcess.buildArguments(content: content, output: output) + ["--zonder-cache"],
                                          withoutWordList: true)
        guard result.status == 0 else { throw CatalogueError.previousSiteFailed(result.error) }
        return URL(fileURLWithPath: output)
    }

    enum CatalogueError: Error { case previousSiteFailed(String) }

    @Test func theCatalogueIsComplete() {
        #expect(Self.caseNames.count >= 30, "only \(Self.caseNames.count) cases")
    }

    @Test(arguments: caseNames)
    func caseFailsCleanly(_ name: String) throws {
        let expectation = try JSONDecoder().decode(Expectation.self,
            from: Data(contentsOf: Self.catalogue.appendingPathComponent("\(name)/expect.json")))
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-bad-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.catalogue.appendingPathComponent(name), to: work)
        defer { Self.removeTree(work) }
        try Self.setUp(expectation.setup, in: work)

        let output = work.appendingPathComponent("site/public").path
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try Self.previousSite.get().path, toPath: output)
        let before = try FolderSnapshot(of: output)

        var tokens: String?
        if expectation.plans == true {
            tokens = work.appendingPathComponent("tokens.json").path
            chmod(tokens!, mode_t(expectation.token_mode.flatMap { Int($0, radix: 8) } ?? 0o600))
        }
        // The word list only feeds the search index and the casus privacy check; hiding it makes
        // each build four times cheaper (see KaartProcess.process). Casus cases keep it.
        let result = try KaartProcess.run(KaartProcess.buildArguments(content: work.appendingPathComponent("content").path,
                                                                      output: output, tokens: tokens), timeout: 60,
                                          withoutWordList: !name.hasPrefix("casus-"))
        #expect(!result.timedOut, "the build of \(name) did not finish within 60 s")
        #expect(result.seconds < 30, "the build of \(name) took \(result.seconds) s")

        if expectation.ok == true || expectation.warning_only == true {
            #expect(result.status == 0, "\(name) should build:\n\(result.error)")
            #expect(FileManager.default.fileExists(atPath: "\(output)/index.html"))
            if expectation.ok == true { #expect(result.output.contains("0 waarschuwingen"), "\(result.error)") }
        } else {
            #expect(result.status != 0, "\(name) should fail")
            #expect(result.error.contains("De site is niet gebouwd"), "\(result.error)")
            let after = try FolderSnapshot(of: output)
            #expect(after == before, "\(name) changed the previous site: \(before.differences(to: after))")
        }
        if let file = expectation.file, let line = expectation.line, let message = expectation.message {
            let severity = expectation.warning_only == true ? "waarschuwing" : "fout"
            let diagnostic = Self.diagnosticLine(in: result.error, file: work.appendingPathComponent(file).path, line: line, severity: severity)
            #expect(diagnostic != nil, "no '\(severity)' at \(file):\(line) in:\n\(result.error)")
            if let diagnostic {
                #expect(diagnostic.contains(message), "'\(message)' not in: \(diagnostic)")
                let text = String(diagnostic.split(separator: ": \(severity): ", maxSplits: 1).last ?? "")
                #expect(DutchText.looksDutch(text), "not Dutch: \(diagnostic)")
            }
        }
        let left = try siteLeftovers(beside: output)
        #expect(left.isEmpty, "left behind next to public/: \(left)")
    }

    /// The message line for `path:line:` with the given severity, if the build printed one.
    static func diagnosticLine(in text: String, file path: String, line: Int, severity: String) -> String? {
        let prefix = "\(path):\(line):"
        return text.split(separator: "\n").map(String.init).first { candidate in
            guard candidate.hasPrefix(prefix) else { return false }
            return candidate.dropFirst(prefix.count).drop { $0.isNumber }.hasPrefix(": \(severity): ")
        }
    }

    /// Creates at run time what cannot be committed: a 50 MB file, symbolic links.
    static func setUp(_ setup: String?, in work: URL) throws {
        let content = work.appendingPathComponent("content")
        switch setup {
        case "huge-file"?:
            let url = content.appendingPathComponent("voorzieningen/enorm.md")
            FileManager.default.createFile(atPath: url.path, contents: Data("---\ntitel: Enorm\n---\n".utf8))
            let handle = try FileHandle(forWritingTo: url)
            handle.seekToEndOfFile()
            let chunk = Data(repeating: UInt8(ascii: "a"), count: 1024 * 1024)
            for _ in 0..<50 { handle.write(chunk) }
            try handle.close()
        case "symlink-outside"?:
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("voorzieningen/geheim.md").path,
                                                       withDestinationPath: "/etc/passwd")
        case "symlink-folder-outside"?:
            let outside = work.appendingPathComponent("elders/loketten")
            try FileManager.default.createDirectory(at: outside.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: content.appendingPathComponent("loketten"), to: outside)
            try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("loketten"), withDestinationURL: outside)
        case nil:
            break
        case let other?:
            Issue.record("unknown setup '\(other)'")
        }
    }

    static func removeTree(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A rough check that a message is written in Dutch, not passed through from a library.
enum DutchText {
    private static let dutchWords: Set<String> = [
        "de", "het", "een", "is", "niet", "van", "of", "in", "geen", "met", "staat", "mag", "zijn", "naar", "bij", "gebruik",
        "bijvoorbeeld", "moet", "dit", "dat", "u", "uw", "deze", "voor", "op", "te", "er", "kan", "wordt", "ontbreekt", "hier",
    ]
    private static let englishWords: Set<String> = ["the", "error", "invalid", "failed", "cannot", "not", "found", "unexpected", "allowed"]

    /// True when the text outside parentheses and quotes has Dutch function words and no English ones.
    static func looksDutch(_ text: String) -> Bool {
        var plain = ""
        var depth = 0
        var quoted = false
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth = max(depth - 1, 0)
            case "'": quoted.toggle()
            default: if depth == 0 && !quoted { plain.append(character) }
            }
        }
        let words = Set(plain.lowercased().split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: dutchWords) && words.isDisjoint(with: englishWords)
    }
}
