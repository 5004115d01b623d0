/// Everything the load stage read from disk, plus the problems it found on the way.
public struct LoadedContent: Sendable {
    public var files: [SourceFile]
    /// Settings files by name (`site.yml`, `taxonomie.yml`, …); a missing optional file is absent.
    public var settings: [String: SettingsFile]
    public var diagnostics: [Diagnostic]

    public init(files: [SourceFile] = [], settings: [String: SettingsFile] = [:], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.settings = settings
        self.diagnostics = diagnostics
    }

    /// The text of one line of any loaded file, for showing it under a diagnostic.
    public func line(_ number: Int, inFile path: String) -> String? {
        let text = files.first { $0.path == path }?.text ?? settings.values.first { $0.path == path }?.text
        guard let text, number >= 1 else { return nil }
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number { return String(line) }
            current += 1
        }
        return nil
    }
}
