import ArgumentParser
import Foundation
import KaartCore

/// `kaart import csv FILE`: voorzieningen from a spreadsheet export.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Lees inhoud in uit een ander formaat.",
        subcommands: [ImportCSVCommand.self])
}

struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Maak voorzieningen van een CSV-bestand uit een spreadsheet (één rij per voorziening).",
        discussion: """
        De kolomnamen staan in docs/import-csv.md. Elke rij wordt gecontroleerd zoals bij 'kaart build'.
        Rijen met een fout worden niet omgezet; u ziet het rijnummer en de reden.
        Voorbeeld:
          kaart import csv voorzieningen.csv
          kaart import csv voorzieningen.csv --overschrijf
        """)

    @Argument(help: "Het CSV-bestand (UTF-8, gescheiden door ; of ,).")
    var file: String

    @Option(name: .customLong("content"), help: "De map met de inhoud.")
    var contentDirectory = "content"

    @Flag(name: .customLong("overschrijf"), help: "Vervang bestanden die al bestaan.")
    var overwrite = false

    func run() throws {
        let report: CSVImportReport
        do {
            report = try CSVImporter(contentDirectory: contentDirectory, overwrite: overwrite).importFile(at: file)
        } catch {
            if !error.diagnostics.isEmpty { Terminal.printError(DiagnosticReport.text(for: error.diagnostics, content: error.content)) }
            Terminal.printError("fout: \(error.message)")
            throw ExitCode.failure
        }
        report.notes.forEach { Terminal.printError("let op: \($0)") }
        report.written.forEach { print("geschreven: \($0)") }
        report.failureLines.forEach { Terminal.printError($0) }
        print(report.summary)
        if !report.succeeded { throw ExitCode.failure }
    }
}
