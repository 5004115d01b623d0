/// Collects diagnostics while a file is parsed, shared by all readers of that file.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
