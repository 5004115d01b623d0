import Foundation
import Testing

/// `kaart new`, `kaart import csv` and `kaart export hsds` through the real binary.
/// Set KAART_BINARY to test another build than `.build/debug/kaart`.
@Suite("Editor commands")
struct EditorCommandLineTests {
    static let binary = ProcessInfo.processInfo.environment["KAART_BINARY"] ?? CommandLineTests.binary

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

    @Test func newWritesAFileAndRefusesASecondTime() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let first = try Self.run(["new", "loket", "cjg-testdorp", "--content", site.contentDirectory])
        #expect(first.status == 0)
        #expect(first.output.contains("loketten/cjg-testdorp.md"))
        let again = try Self.run(["new", "loket", "cjg-testdorp", "--content", site.contentDirectory])
        #expect(again.status != 0)
        #expect(again.error.contains("bestaat al"))
        let badKind = try Self.run(["new", "folder", "x", "--content", site.contentDirectory])
        #expect(badKind.status != 0)
        #expect(badKind.error.contains("geen soort"))
    }

    @Test func importReportsRowsAndExitsNonZeroThenExportWritesHSDS() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let csv = site.root.appendingPathComponent("lijst.csv")
        try Data("""
        titel;samenvatting;categorie;gemeenten;doelgroepen;toegang;laatst_gecontroleerd;telefoon
        Goed;Een goede rij.;inloop;Testdorp;inwoners;vrij;2026-11-01;030 000 11 22
        Fout;Een foute rij.;bestaatniet;Testdorp;inwoners;vrij;2026-11-01;

        """.utf8).write(to: csv)
        let imported = try Self.run(["import", "csv", csv.path, "--content", site.contentDirectory])
        #expect(imported.status != 0)
        #expect(imported.output.contains("voorzieningen/goed.md"))
        #expect(imported.error.contains("rij 3: 'bestaatniet' is geen bekende waarde voor 'categorie'"))

        let out = site.root.appendingPathComponent("hsds").path
        let exported = try Self.run(["export", "hsds", out, "--content", site.contentDirectory])
        #expect(exported.status == 0, "\(exported.error)")
        #expect(exported.output.contains("services 5"))
        let phones = try String(contentsOfFile: out + "/phones.json", encoding: .utf8)
        #expect(phones.contains("030 000 11 22"))
    }

    @Test func exportRefusesInvalidContent() throws {
        let site = try FixtureSite("""
        -- voorzieningen/kapot.md --
        ---
        titel: Kapot
        ---
        """)
        defer { site.remove() }
        let out = site.root.appendingPathComponent("hsds").path
        let result = try Self.run(["export", "hsds", out, "--content", site.contentDirectory])
        #expect(result.status != 0)
        #expect(result.error.contains("voorzieningen/kapot.md"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
