import KaartCore

/// The Dutch page the preview shows instead of the site while the last build failed.
enum BuildErrorPage {
    /// One item per problem, each as `DiagnosticReport` prints it: `file:line: fout: …` with its source line.
    static func html(for failure: BuildFailure) -> String {
        let sorted = failure.diagnostics.sorted { ($0.location, $0.severity.rawValue) < ($1.location, $1.severity.rawValue) }
        var errors = sorted.filter(\.isError).map { DiagnosticReport.text(for: [$0], content: failure.content) }
        if let writeError = failure.writeError { errors.append("fout: \(writeError)") }
        let warnings = sorted.filter { !$0.isError }.map { DiagnosticReport.text(for: [$0], content: failure.content) }
        let count = failure.errorCount
        let summary = count == 1 ? "Er is 1 fout gevonden." : "Er zijn \(count) fouten gevonden."
        let list = items(errors)
        let warningSection = warnings.isEmpty ? "" : """
            <h2>Waarschuwingen</h2>
            <p>Deze houden het bouwen niet tegen, maar kijk er wel naar.</p>
            <ol class="waarschuwingen">
            \(items(warnings))
            </ol>
            """
        return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>De site kan niet worden gebouwd</title>
        <style>
        body { font: 1.1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
        h1 { color: #8a1c1c; }
        ol { padding-left: 1.5rem; }
        .waarschuwingen pre { background: #f2f5f8; border-left-color: #4a4a4a; }
        li { margin: 0 0 1rem; }
        pre { white-space: pre-wrap; background: #fff4d6; border-left: 6px solid #8a5a00; padding: 0.75rem 1rem; margin: 0; font-size: 1rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>De site kan niet worden gebouwd</h1>
        <p>\(summary) Pas de bestanden aan en sla ze op. Deze pagina ververst vanzelf zodra de site weer gebouwd is.</p>
        <h2>Fouten</h2>
        <ol class="fouten">
        \(list)
        </ol>
        \(warningSection)
        </main>
        </body>
        </html>
        """
    }

    private static func items(_ texts: [String]) -> String {
        texts.map { "<li><pre>\(escape($0.trimmingSuffixNewlines()))</pre></li>" }.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

private extension String {
    func trimmingSuffixNewlines() -> String {
        var text = Substring(self)
        while text.last?.isNewline == true { text = text.dropLast() }
        return String(text)
    }
}
