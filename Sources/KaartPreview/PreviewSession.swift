import Foundation
import KaartCore

/// The state of a running preview: which build is current and, when the last one failed, why.
///
/// The build number goes up after every attempt, failed or not, so open pages reload both when
/// an error appears and when it is fixed. Building itself happens outside this actor, so pages
/// keep being served (from the previous build) while a rebuild runs.
actor PreviewSession {
    private(set) var version = 0
    /// The Dutch error page while the last build failed; `nil` when the site in the output folder is current.
    private(set) var errorPage: String?

    /// The build number and error page together, so a response never mixes two builds.
    func current() -> (version: Int, errorPage: String?) { (version, errorPage) }

    func record(errorPage page: String?) {
        errorPage = page
        version += 1
    }
}

/// Builds the site for the preview and reports the outcome on the terminal.
struct PreviewBuilder: Sendable {
    let options: BuildOptions
    let log: @Sendable (String) -> Void

    /// Builds into the output folder; returns the error page when the build failed, `nil` when it worked.
    func build() -> String? {
        do {
            let report = try SiteBuilder(options: options).build()
            if !report.warnings.isEmpty { log(DiagnosticReport.text(for: report.warnings, content: report.content)) }
            log(report.summary)
            return nil
        } catch {
            if !error.diagnostics.isEmpty { log(DiagnosticReport.text(for: error.diagnostics, content: error.content)) }
            if let writeError = error.writeError { log("fout: \(writeError)") }
            let count = error.errorCount
            log("De site is niet gebouwd: \(count == 1 ? "1 fout" : "\(count) fouten"). De browser toont de fouten.")
            return BuildErrorPage.html(for: error)
        }
    }
}
