import ArgumentParser
import Foundation
import KaartCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Beheer de codes van cliëntplannen en maak deelbare links.",
        discussion: """
        Zo geeft u een cliënt zijn plan:
          kaart plan token plan-2026-017   maak een code
          kaart build                       zet het versleutelde plan op de site
          kaart plan link plan-2026-017    druk de link af en geef die aan de cliënt
        """,
        subcommands: [Token.self, Link.self, Rotate.self, Revoke.self, List.self])

    struct Locations: ParsableArguments {
        @Option(name: .customLong("content"), help: "De map met de inhoud (voor site.yml).")
        var contentDirectory = "content"

        @Option(name: .customLong("plannen"), help: "De map met cliëntplannen (standaard: <content>/plannen).")
        var plansDirectory: String?

        @Option(name: .customLong("tokens"), help: "Het bestand met de codes. Houd het geheim en buiten public/.")
        var tokenStorePath = TokenStore.defaultRelativePath

        func desk() throws -> PlanTokenDesk {
            let options = BuildOptions(contentDirectory: contentDirectory, plansDirectory: plansDirectory, tokenStorePath: tokenStorePath)
            do {
                let desk = try PlanTokenDesk(options: options, today: SystemBuildClock().today)
                if let warning = desk.permissionWarning { Terminal.printError("waarschuwing: \(warning)") }
                return desk
            } catch {
                Terminal.printError("fout: \(error)")
                throw ExitCode.failure
            }
        }
    }

    /// Runs a desk operation and turns its error into a Dutch message and a non-zero exit.
    static func perform<Result>(_ operation: () throws(PlanDeskError) -> Result) throws -> Result {
        do {
            return try operation()
        } catch {
            Terminal.printError("fout: \(error)")
            throw ExitCode.failure
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Maak een nieuwe code voor een plan dat nog geen geldige code heeft.")
        @Argument(help: "De naam van het plan, bijvoorbeeld plan-2026-017.") var slug: String?
        @Flag(name: .customLong("alle"), help: "Maak een code voor elk plan dat er nog nooit een had.") var all = false
        @OptionGroup var locations: Locations

        func validate() throws {
            guard (slug == nil) != !all else { throw ValidationError("Geef de naam van één plan, of gebruik --alle.") }
        }

        func run() throws {
            var desk = try locations.desk()
            if let slug {
                let link = try perform { () throws(PlanDeskError) in try desk.issue(slug) }
                print("Nieuwe code gemaakt voor \(slug). Bouw de site opnieuw en geef de cliënt deze link:\n\(link)")
            } else {
                let issued = try perform { () throws(PlanDeskError) in try desk.issueMissing() }
                print(issued.isEmpty ? "Alle plannen hebben al een code." : issued.map { "\($0.slug): \($0.link)" }.joined(separator: "\n"))
            }
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon de link van een plan, om af te drukken of te versturen.")
        @Argument(help: "De naam van het plan.") var slug: String
        @OptionGroup var locations: Locations

        func run() throws {
            let desk = try locations.desk()
            print(try perform { () throws(PlanDeskError) in try desk.link(slug) })
        }
    }

    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Geef een plan een nieuwe code. De oude link werkt niet meer na de volgende build.")
        @Argument(help: "De naam van het plan.") var slug: String
        @OptionGroup var locations: Locations

        func run() throws {
            var desk = try locations.desk()
            let link = try perform { () throws(PlanDeskError) in try desk.rotate(slug) }
            print("Nieuwe code gemaakt voor \(slug). De oude link werkt niet meer zodra u de site opnieuw bouwt. De nieuwe link:\n\(link)")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Trek de code van een plan in. Geen enkele link werkt meer na de volgende build.")
        @Argument(help: "De naam van het plan.") var slug: String
        @OptionGroup var locations: Locations

        func run() throws {
            var desk = try locations.desk()
            try perform { () throws(PlanDeskError) in try desk.revoke(slug) }
            print("De code van \(slug) is ingetrokken. Bouw de site opnieuw; daarna staat het plan niet meer online.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon alle plannen met de datum van uitgifte, geldig tot en status.")
        @Flag(name: .customLong("toon-codes"), help: "Toon ook de codes zelf. Let op wie er meekijkt.") var showTokens = false
        @OptionGroup var locations: Locations

        func run() throws {
            let rows = try locations.desk().list(showTokens: showTokens)
            print(["plan", "uitgegeven", "geldig tot", "status"].joined(separator: "\t") + (showTokens ? "\tcode" : ""))
            for row in rows {
                var fields = [row.slug, row.issued ?? "-", row.geldigTot.iso, row.status]
                if showTokens { fields.append(row.token ?? "-") }
                print(fields.joined(separator: "\t"))
            }
        }
    }
}
