import ArgumentParser
import Foundation
import KaartCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bouw de site. Bij een fout blijft de vorige versie van de site staan.")

    @Option(name: .customLong("content"), help: "De map met de inhoud (Markdown en YAML).")
    var contentDirectory = "content"

    @Option(name: .customLong("templates"), help: "De map met de sjablonen, CSS en JavaScript.")
    var templatesDirectory = "templates"

    @Option(name: .customLong("output"), help: "De map waarin de site komt.")
    var outputDirectory = "public"

    @Option(name: .customLong("plannen"), help: "De map met cliëntplannen (standaard: <content>/plannen).")
    var plansDirectory: String?

    @Flag(name: .customLong("zonder-plannen"), help: "Bouw de site zonder cliëntplannen.")
    var withoutPlans = false

    @Option(name: .customLong("tokens"), help: "Het bestand met de codes van de plannen.")
    var tokenStorePath = TokenStore.defaultRelativePath

    func run() throws {
        let options = BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory,
                                   outputDirectory: outputDirectory, plansDirectory: plansDirectory, withoutPlans: withoutPlans,
                                   tokenStorePath: tokenStorePath)
        do {
            let report = try SiteBuilder(options: options).build()
            if !report.warnings.isEmpty { Terminal.printError(DiagnosticReport.text(for: report.warnings, content: report.content)) }
            report.allowListReport.forEach { print($0) }
            print(report.summary)
        } catch {
            Terminal.printFailure(error)
            throw ExitCode.failure
        }
    }
}

enum Terminal {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printFailure(_ failure: BuildFailure) {
        if !failure.diagnostics.isEmpty { printError(DiagnosticReport.text(for: failure.diagnostics, content: failure.content)) }
        if let writeError = failure.writeError { printError("fout: \(writeError)") }
        let count = failure.errorCount
        printError("De site is niet gebouwd: \(count == 1 ? "1 fout" : "\(count) fouten"). De vorige versie van de site is niet veranderd.")
    }
}
