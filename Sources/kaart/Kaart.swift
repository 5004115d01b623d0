import ArgumentParser
import KaartCore

@main
struct Kaart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaart",
        abstract: "Bouwt een sociale kaart: een snelle, doorzoekbare website van Markdown-bestanden.",
        discussion: """
        Voorbeelden:
          kaart build                       bouw content/ met templates/ naar public/
          kaart build --output /tmp/site    bouw naar een andere map
          kaart check                       controleer de inhoud zonder te bouwen
          kaart new voorziening buurtbus    maak een nieuw bestand met alle velden
          kaart plan token plan-2026-017    maak een code voor een cliëntplan
          kaart export hsds export/         schrijf de gegevens als Open Referral HSDS
        """,
        version: KaartVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, PlanCommand.self, NewCommand.self, ExportCommand.self, ImportCommand.self, ServeCommand.self],
        defaultSubcommand: nil
    )
}
