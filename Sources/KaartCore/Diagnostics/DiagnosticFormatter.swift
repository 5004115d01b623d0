/// Turns diagnostics into the text editors see in their terminal:
///
/// ```
/// content/voorzieningen/x.md:12:3: fout: Het veld 'toegang' ontbreekt.
///    12 | categorie: respijtzorg
///       |   ^~~
/// ```
public struct DiagnosticFormatter: Sendable {
    /// Returns the text of a line in a file, if it is known.
    public typealias LineLookup = @Sendable (_ path: String, _ line: Int) -> String?

    private let lineLookup: LineLookup

    public init(lineLookup: @escaping LineLookup) {
        self.lineLookup = lineLookup
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        let location = diagnostic.location
        guard let sourceLine = lineLookup(location.path, location.line) else { return text }
        let gutter = String(location.line)
        let padding = String(repeating: " ", count: gutter.count)
        let markerIndent = String(repeating: " ", count: max(location.column - 1, 0))
        text += "\n \(gutter) | \(sourceLine)"
        text += "\n \(padding) | \(markerIndent)^~~"
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }
}
