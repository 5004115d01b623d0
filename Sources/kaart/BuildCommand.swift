import ArgumentParser
import Foundation
import KaartCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bouw de site. Bij een fout blijft de vorige versie van de site staan.")

    @OptionGroup var site: SiteSourceOptions

    @Option(name: .customLong("output"), help: "De map waarin de site komt.")
    var outputDirectory = "public"

    @Option(name: .customLong("cache"), help: "De map met de bouwcache, buiten public/ (standaard: .kaart/cache naast de inhoud). Alleen wat veranderd is wordt opnieuw gemaakt.")
    var cacheDirectory: String?

    @Flag(name: .customLong("zonder-cache"), help: "Maak alles opnieuw, zonder de bouwcache te gebruiken of bij te werken.")
    var withoutCache = false

    @Flag(name: .customLong("watch"), help: "Blijf kijken: bouw opnieuw zodra er iets verandert. Stop met Ctrl-C.")
    var watch = false

    func run() throws {
        let cache = withoutCache ? nil : (cacheDirectory ?? BuildOptions.defaultCacheDirectory(forContent: site.contentDirectory))
        var options = site.buildOptions(outputDirectory: outputDirectory, cacheDirectory: cache)
        options.removesPreviousSiteInBackground = true
        if watch { watchForChanges(options) }
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

extension BuildCommand {
    /// Builds, then polls the inputs every 300 ms and rebuilds on change, one line per rebuild.
    /// Ctrl-C ends the process; a build it interrupts leaves a staging folder that the next
    /// build removes, and the site itself is never half-written.
    func watchForChanges(_ options: BuildOptions) -> Never {
        let watcher = SiteWatcher(options: options)
        report(watcher.buildNow(), first: true)
        Terminal.printLine("Ik kijk naar veranderingen in \(options.contentDirectory) en \(options.templatesDirectory). Stop met Ctrl-C.")
        while true {
            usleep(300_000)
            if let rebuild = watcher.poll() { report(rebuild, first: false) }
        }
    }

    private func report(_ rebuild: SiteWatcher.Rebuild, first: Bool) {
        switch rebuild.result {
        case .success(let report):
            if !report.warnings.isEmpty { Terminal.printError(DiagnosticReport.text(for: report.warnings, content: report.content)) }
            Terminal.printLine(first ? report.summary : rebuild.line)
        case .failure(let failure):
            if !failure.diagnostics.isEmpty { Terminal.printError(DiagnosticReport.text(for: failure.diagnostics, content: failure.content)) }
            if let writeError = failure.writeError { Terminal.printError("fout: \(writeError)") }
            Terminal.printLine(rebuild.line)
        }
    }
}

enum Terminal {
    /// Writes a line to standard output at once, unbuffered, so a watching editor sees it immediately.
    static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

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
