/// Formats the diagnostics of a build for the terminal, with each source line under its message.
public enum DiagnosticReport {
    public static func text(for diagnostics: [Diagnostic], content: LoadedContent) -> String {
        let formatter = DiagnosticFormatter { path, line in content.line(line, inFile: path) }
        return formatter.format(diagnostics.sorted { ($0.location, $0.severity.rawValue) < ($1.location, $1.severity.rawValue) })
    }
}
