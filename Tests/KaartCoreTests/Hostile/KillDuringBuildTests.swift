import Foundation
import Testing

/// Kills `kaart build` with SIGKILL at seeded random moments. After every kill, `public/` must be
/// exactly the previous complete site or exactly the new complete site, and the next build must
/// succeed and clean up what the killed build left behind.
///
/// The builds run without the Dutch word list when the test runs as root (see
/// `KaartProcess.process`): that makes each of the hundred builds four times cheaper and leaves
/// the write stage, which this test is about, exactly as it is.
@Suite("SIGKILL during build", .serialized)
struct KillDuringBuildTests {
    static let runs = 50
    static let entries = 60

    @Test func aKilledBuildLeavesTheOldOrTheNewSiteNeverAMix() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let contents = [root.appendingPathComponent("a/content"), root.appendingPathComponent("b/content")]
        try GeneratedContent.write(to: contents[0], entries: Self.entries, variant: "A")
        try GeneratedContent.write(to: contents[1], entries: Self.entries, variant: "B")
        let output = root.appendingPathComponent("site/public").path
        try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)

        // The two complete sites, built once without interference.
        var complete: [FolderSnapshot] = []
        var fullBuildSeconds = 0.0
        for (index, content) in contents.enumerated() {
            let reference = root.appendingPathComponent("reference-\(index)/public").path
            try FileManager.default.createDirectory(atPath: (reference as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let result = try KaartProcess.run(KaartProcess.buildArguments(content: content.path, output: reference) + ["--zonder-cache"],
                                              withoutWordList: true)
            try #require(result.status == 0, "reference build failed: \(result.error)")
            fullBuildSeconds = max(fullBuildSeconds, result.seconds)
            complete.append(try FolderSnapshot(of: reference, normalise: FolderSnapshot.withoutBuildTime))
        }
        try #require(complete[0] != complete[1])
        var current = 0
        // The build cache lives in <root>/.kaart/cache, so later builds also hard-link unchanged files.
        let first = try KaartProcess.run(KaartProcess.buildArguments(content: contents[0].path, output: output), workingDirectory: root,
                                         withoutWordList: true)
        try #require(first.status == 0)

        var random = SeededGenerator(seed: 20261126)
        var typicalSeconds = fullBuildSeconds
        var outcomes = (old: 0, new: 0, killedWhileWriting: 0)
        for run in 0..<Self.runs {
            let target = 1 - current
            // Half the runs kill at any moment of the build; the other half wait for the staging
            // folder to appear, so the kill lands while files are being written.
            let duringWrite = run % 2 == 1
            // Some kills land after the build finished: the new site must then be complete too.
            let delay = duringWrite ? Double.random(in: 0...(typicalSeconds * 0.6), using: &random)
                                    : Double.random(in: 0...(typicalSeconds * 1.3), using: &random)
            let wroteWhenKilled = try Self.killBuild(content: contents[target].path, output: output, workingDirectory: root,
                                                     waitForStaging: duringWrite, delay: delay)
            if wroteWhenKilled { outcomes.killedWhileWriting += 1 }

            let after = try FolderSnapshot(of: output, normalise: FolderSnapshot.withoutBuildTime)
            if after == complete[current] {
                outcomes.old += 1
            } else if after == complete[target] {
                outcomes.new += 1
            } else {
                let moment = "killed at \(delay) s" + (duringWrite ? " after staging" : "")
                Issue.record("run \(run) (\(moment)): public/ is a mix. Against the old site: \(after.differences(to: complete[current])). Against the new site: \(after.differences(to: complete[target])).")
                return
            }

            let next = try KaartProcess.run(KaartProcess.buildArguments(content: contents[target].path, output: output),
                                            workingDirectory: root, withoutWordList: true)
            #expect(next.status == 0, "run \(run): the build after the kill failed: \(next.error)")
            typicalSeconds = next.seconds  // follows the machine's load during the test
            #expect(try FolderSnapshot(of: output, normalise: FolderSnapshot.withoutBuildTime) == complete[target])
            let left = try siteLeftovers(beside: output)
            #expect(left.isEmpty, "run \(run): left behind: \(left)")
            current = target
        }
        print("SIGKILL: \(Self.runs) runs, full build \(String(format: "%.2f", fullBuildSeconds)) s; "
              + "old site \(outcomes.old), new site \(outcomes.new), killed while writing \(outcomes.killedWhileWriting)")
        #expect(outcomes.old > 0, "no kill landed before the swap, so the test proved little")
        #expect(outcomes.killedWhileWriting > 0, "no kill landed while files were written")
    }

    /// Starts a build and kills it after `delay` seconds (counted from the moment the staging
    /// folder appears when `waitForStaging`). Returns whether a staging folder existed at the kill.
    static func killBuild(content: String, output: String, workingDirectory: URL, waitForStaging: Bool, delay: Double) throws -> Bool {
        let process = KaartProcess.process(KaartProcess.buildArguments(content: content, output: output),
                                           workingDirectory: workingDirectory, withoutWordList: true)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let parent = (output as NSString).deletingLastPathComponent
        let stagingName = ".public.staging-\(process.processIdentifier)"
        let start = ContinuousClock.now
        if waitForStaging {
            while process.isRunning, !FileManager.default.fileExists(atPath: "\(parent)/\(stagingName)"),
                  ContinuousClock.now - start < .seconds(30) {
                usleep(500)
            }
        }
        usleep(UInt32(delay * 1_000_000))
        let staged = FileManager.default.fileExists(atPath: "\(parent)/\(stagingName)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return staged && process.terminationReason == .uncaughtSignal
    }
}
