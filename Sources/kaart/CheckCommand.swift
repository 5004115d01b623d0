import ArgumentParser
import Foundation
import KaartCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer de inhoud zonder de site te bouwen, en toon wat verouderd is.",
        discussion: """
        Voorbeelden:
          kaart check                              controleer alles en toon de oudste gegevens eerst
          kaart check --werklijst werklijst.csv    schrijf een werklijst voor de beheerder
        """)

    @Option(name: .customLong("content"), help: "De map met de inhoud.")
    var contentDirectory = "content"

    @Option(name: .customLong("plannen"), help: "De map met cliëntplannen (standaard: <content>/plannen).")
    var plansDirectory: String?

    @Flag(name: .customLong("zonder-plannen"), help: "Controleer de plannen niet.")
    var withoutPlans = false

    @Option(name: .customLong("werklijst"), help: "Schrijf de werklijst (CSV) naar dit bestand.")
    var worklistPath: String?

    func run() throws {
        let options = BuildOptions(contentDirectory: contentDirectory, plansDirectory: plansDirectory, withoutPlans: withoutPlans)
        let clock = SystemBuildClock()
        let checked = SiteBuilder(options: options, clock: clock).checkSite()
        if !checked.diagnostics.isEmpty { Terminal.printError(DiagnosticReport.text(for: checked.diagnostics, content: checked.content)) }
        checked.allowListReport.forEach { print($0) }
        if let site = checked.site {
            let report = FreshnessReport(site: site, today: clock.today)
            print("Laatst gecontroleerd (oudste eerst):")
            for row in report.rows {
                print("\(row.isStale ? "VEROUDERD " : "          ")\(row.checked.iso)  \(row.titel)  (\(row.path))")
            }
            print("\(report.rows.count) items, waarvan \(report.staleCount) verouderd.")
            if let worklistPath {
                do {
                    try report.csv.write(toFile: worklistPath, atomically: true, encoding: .utf8)
                    print("Werklijst geschreven naar \(worklistPath).")
                } catch {
                    Terminal.printError("fout: de werklijst kan niet worden geschreven naar \(worklistPath): \(error.localizedDescription)")
                    throw ExitCode.failure
                }
            }
        }
        let errors = checked.diagnostics.filter(\.isError).count
        if checked.hasErrors {
            Terminal.printError("De controle vond \(errors == 1 ? "1 fout" : "\(errors) fouten").")
            throw ExitCode.failure
        }
        print("Geen fouten gevonden.")
    }
}
