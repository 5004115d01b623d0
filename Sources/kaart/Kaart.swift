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
        """,
        version: KaartVersion.current,
        subcommands: [BuildCommand.self, PlanCommand.self, NewCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: nil
    )
}
