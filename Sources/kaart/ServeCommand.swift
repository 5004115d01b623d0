import ArgumentParser
import Foundation
import KaartCore
import KaartPreview

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Bekijk de site op uw eigen computer. Na elke wijziging wordt de site opnieuw gebouwd.",
        discussion: """
        Voorbeelden:
          kaart serve                  open daarna http://127.0.0.1:8080/
          kaart serve --poort 0        kies zelf een vrije poort (het adres wordt getoond)
        Stoppen: Ctrl+C.
        """)

    @OptionGroup var site: SiteSourceOptions

    @Option(name: .customLong("output"), help: "De map voor de voorbeeldsite (standaard: een tijdelijke map, niet public/).")
    var outputDirectory: String?

    @Option(name: .customLong("poort"), help: "De poort op 127.0.0.1 (0 = kies een vrije poort).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("De poort moet een getal van 0 tot en met 65535 zijn.") }
    }

    func run() throws {
        let output = outputDirectory ?? PreviewOptions.temporaryOutputDirectory()
        // A temporary preview folder is removed again after Ctrl+C; a chosen --output folder is kept.
        defer { if outputDirectory == nil { try? FileManager.default.removeItem(atPath: output) } }
        let build = site.buildOptions(outputDirectory: output)
        let server = PreviewServer(options: PreviewOptions(build: build, port: port)) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        try server.runBlocking { url in
            // Written unbuffered, so a script reading the output sees the address at once.
            FileHandle.standardOutput.write(Data("De voorbeeldsite draait op \(url) (stoppen: Ctrl+C)\n".utf8))
        }
    }
}
