import Foundation

/// Runs the real `kaart` binary for the hostile-input and fault tests.
///
/// The binary is `$KAART_BINARY` when set; otherwise the `kaart` built next to this test runner
/// (so `swift test --scratch-path X` tests `X/debug/kaart`), and last `.build/debug/kaart`.
enum KaartProcess {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["KAART_BINARY"], !path.isEmpty { return path }
        if let runner = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let sibling = URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("kaart").path
            if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        }
        return repository.appendingPathComponent(".build/debug/kaart").path
    }()

    struct Result {
        var status: Int32
        var output: String
        var error: String
        var seconds: Double
        var timedOut: Bool
    }

    /// Runs `kaart arguments…` to the end, or kills it after `timeout` seconds.
    /// Output goes through files, not pipes, so a chatty process can never block on a full pipe.
    /// The working folder (where `.kaart/cache` goes) is `workingDirectory`, else a fresh temporary one.
    /// With `withoutWordList`, see `process(_:workingDirectory:withoutWordList:)`.
    static func run(_ arguments: [String], timeout: Double = 120, workingDirectory: URL? = nil,
                    withoutWordList: Bool = false) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("out"), errorURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Self.process(arguments, workingDirectory: workingDirectory ?? scratch, withoutWordList: withoutWordList)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let start = ContinuousClock.now
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let elapsed = ContinuousClock.now - start
        return Result(status: process.terminationStatus,
                      output: (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "",
                      error: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "",
                      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                      timedOut: timedOut)
    }

    /// A `kaart` process, not yet started, whose PID is the PID of `kaart` itself.
    ///
    /// `withoutWordList` hides the Dutch word list (an empty file is bind-mounted over it in a
    /// private mount namespace). Reading that list is about three quarters of a small build's CPU
    /// time; the fault tests build a site a hundred times and test the write stage, which the word
    /// list does not touch. Needs root and `unshare`; without them the list stays.
    static func process(_ arguments: [String], workingDirectory: URL, withoutWordList: Bool = false) -> Process {
        let process = Process()
        process.currentDirectoryURL = workingDirectory
        if withoutWordList, canHideWordList {
            // unshare and sh exec in place, so the PID stays the one kaart runs under.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
            process.arguments = ["--mount", "--propagation", "private", "/bin/sh", "-c",
                                 "if [ -e \(wordList) ]; then mount --bind \"$0\" \(wordList) || exit 97; fi; exec \"$@\"",
                                 emptyFile, binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        return process
    }

    static let wordList = "/usr/share/dict/dutch"

    static let canHideWordList = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")

    static let emptyFile: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-empty-word-list").path
        FileManager.default.createFile(atPath: path, contents: Data())
        return path
    }()

    /// `kaart build` arguments for a content folder, with the repository's templates.
    static func buildArguments(content: String, output: String, tokens: String? = nil) -> [String] {
        var arguments = ["build", "--content", content, "--templates", repository.appendingPathComponent("templates").path,
                         "--output", output]
        if let tokens {
            arguments += ["--tokens", tokens]
        } else {
            arguments.append("--zonder-plannen")
        }
        return arguments
    }
}
