import Foundation
import Testing

/// Runs the real `kaart` binary, as editors and CI do.
@Suite("Command line")
struct CommandLineTests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/kaart").path

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test func buildPrintsAOneLineSummary() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let result = try Self.run(["build", "--content", site.contentDirectory, "--templates", FixtureSite.templatesDirectory,
                                   "--output", site.outputDirectory, "--zonder-plannen"])
        #expect(result.status == 0)
        #expect(result.output.contains("pagina's geschreven"))
        #expect(result.output.contains("0 waarschuwingen"))
    }

    @Test func aBadFileExitsNonZeroWithLocationAndSourceLine() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = "\(site.contentDirectory)/voorzieningen/inloop.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try site.write(text.replacingOccurrences(of: "categorie: inloop", with: "categorie: inlop"), to: "voorzieningen/inloop.md")
        let result = try Self.run(["build", "--content", site.contentDirectory, "--templates", FixtureSite.templatesDirectory,
                                   "--output", site.outputDirectory, "--zonder-plannen"])
        #expect(result.status != 0)
        #expect(result.error.contains("voorzieningen/inloop.md:4:12: fout: 'inlop' is geen bekende waarde voor 'categorie'"))
        #expect(result.error.contains(" 4 | categorie: inlop"))
        #expect(result.error.contains("^~~"))
        #expect(!FileManager.default.fileExists(atPath: site.outputDirectory))
    }

    @Test func helpAndVersionExplainThemselves() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("build"))
        let buildHelp = try Self.run(["build", "--help"])
        #expect(buildHelp.output.contains("--zonder-plannen"))
        let version = try Self.run(["--version"])
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
