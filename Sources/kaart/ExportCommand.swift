import ArgumentParser
import Foundation
import KaartCore

/// `kaart export hsds OUT`: the public entries as Open Referral HSDS 3 JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Zet de inhoud om naar een ander formaat.",
        subcommands: [ExportHSDSCommand.self])
}

struct ExportHSDSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds",
        abstract: "Schrijf voorzieningen, lotgenotengroepen en loketten als Open Referral HSDS 3 (JSON).",
        discussion: """
        Casussen en cliëntplannen komen nooit in de export.
        Voorbeeld:
          kaart export hsds export/hsds
        """)

    @Argument(help: "De map waarin de JSON-bestanden komen.")
    var outputDirectory: String

    @Option(name: .customLong("content"), help: "De map met de inhoud.")
    var contentDirectory = "content"

    func run() throws {
        let started = ContinuousClock.now
        let site: Site
        do {
            site = try ExportSiteLoader.load(contentDirectory: contentDirectory, today: SystemBuildClock().today).site
        } catch {
            Terminal.printError(DiagnosticReport.text(for: error.diagnostics, content: error.content))
            Terminal.printError("Er is niets geëxporteerd: eerst moeten de fouten hierboven worden opgelost.")
            throw ExitCode.failure
        }
        let dataset = HSDSDataset(site: site)
        do {
            try HSDSExporter(outputDirectory: outputDirectory).write(dataset)
        } catch {
            Terminal.printError("fout: de export kon niet worden geschreven naar \(outputDirectory): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        let elapsed = (ContinuousClock.now - started).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        let counts = dataset.recordCounts.map { "\($0.file.replacingOccurrences(of: ".json", with: "")) \($0.count)" }
        print("HSDS geschreven naar \(outputDirectory) in \(String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")) s: \(counts.joined(separator: ", ")).")
    }
}
