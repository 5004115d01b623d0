import ArgumentParser
import Foundation
import KaartCore

/// `kaart new KIND SLUG`: a new content file with every field, ready to fill in.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Maak een nieuw bestand met alle velden, klaar om in te vullen.",
        discussion: """
        Soorten: voorziening, lotgenotengroep, loket, casus, plan.
        Voorbeeld:
          kaart new voorziening logeerhuis-de-linde
          kaart new plan plan-2026-040 --plannen ../plannen
        """)

    @Argument(help: "Wat u maakt: voorziening, lotgenotengroep, loket, casus of plan.")
    var kind: String

    @Argument(help: "De naam van het bestand (slug): kleine letters, cijfers en streepjes.")
    var slug: String

    @Option(name: .customLong("content"), help: "De map met de inhoud.")
    var contentDirectory = "content"

    @Option(name: .customLong("plannen"), help: "De map met cliëntplannen (standaard: <content>/plannen).")
    var plansDirectory: String?

    func run() throws {
        guard let contentKind = ContentKind(rawValue: kind) else {
            Terminal.printError("fout: '\(kind)' is geen soort. Kies uit: voorziening, lotgenotengroep, loket, casus, plan.")
            throw ExitCode.failure
        }
        do {
            let path = try ContentScaffolder(contentDirectory: contentDirectory, plansDirectory: plansDirectory).create(kind: contentKind, slug: slug)
            print("Gemaakt: \(path). Vul de velden in en controleer het resultaat met 'kaart build'.")
        } catch {
            Terminal.printError("fout: \(error.message)")
            throw ExitCode.failure
        }
    }
}
