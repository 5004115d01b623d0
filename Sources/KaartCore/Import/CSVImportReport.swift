/// What `kaart import csv` did: the files it wrote and every row it could not convert.
public struct CSVImportReport: Sendable {
    /// A row that was not converted. `row` counts spreadsheet rows: the header is row 1.
    public struct Failure: Sendable, Equatable {
        public var row: Int
        public var reasons: [String]
    }

    /// Paths of the files written, in row order.
    public var written: [String] = []
    public var failures: [Failure] = []
    /// Remarks that do not stop a row, such as an unknown column.
    public var notes: [String] = []

    public var succeeded: Bool { failures.isEmpty }

    /// The lines for the terminal: every failure with its row number, then a count.
    public var failureLines: [String] {
        failures.flatMap { failure in failure.reasons.map { "rij \(failure.row): \($0)" } }
    }

    public var summary: String {
        let done = written.count == 1 ? "1 voorziening" : "\(written.count) voorzieningen"
        let failed = failures.count == 1 ? "1 rij" : "\(failures.count) rijen"
        return failures.isEmpty ? "\(done) geschreven." : "\(done) geschreven; \(failed) niet omgezet."
    }
}

/// Why an import could not start at all (the file, or the site settings, are unusable).
public struct CSVImportError: Error, Sendable {
    public var message: String
    /// Problems in `site.yml` or `taxonomie.yml`, with their locations.
    public var diagnostics: [Diagnostic] = []
    public var content = LoadedContent()
}
