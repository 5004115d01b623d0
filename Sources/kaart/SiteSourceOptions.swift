import ArgumentParser
import KaartCore

/// The options that say where a site comes from, shared by `kaart build` and `kaart serve`.
struct SiteSourceOptions: ParsableArguments {
    @Option(name: .customLong("content"), help: "De map met de inhoud (Markdown en YAML).")
    var contentDirectory = "content"

    @Option(name: .customLong("templates"), help: "De map met de sjablonen, CSS en JavaScript.")
    var templatesDirectory = "templates"

    @Option(name: .customLong("plannen"), help: "De map met cliëntplannen (standaard: <content>/plannen).")
    var plansDirectory: String?

    @Flag(name: .customLong("zonder-plannen"), help: "Bouw de site zonder cliëntplannen.")
    var withoutPlans = false

    @Option(name: .customLong("tokens"), help: "Het bestand met de codes van de plannen.")
    var tokenStorePath = TokenStore.defaultRelativePath

    /// Build options for these sources, written into `outputDirectory`.
    func buildOptions(outputDirectory: String, cacheDirectory: String? = nil) -> BuildOptions {
        BuildOptions(contentDirectory: contentDirectory, templatesDirectory: templatesDirectory, outputDirectory: outputDirectory,
                     plansDirectory: plansDirectory, withoutPlans: withoutPlans, tokenStorePath: tokenStorePath,
                     cacheDirectory: cacheDirectory)
    }
}
