import Foundation

/// `kaart import csv`: turns a spreadsheet export (one row per voorziening) into
/// `voorzieningen/<slug>.md` files.
///
/// Every row goes through the same parser and validator as `kaart build`: the row is written
/// as front matter, parsed as a one-file site with the real `site.yml` and `taxonomie.yml`, and
/// only written when that produces no errors. So the rules live in one place.
public struct CSVImporter: Sendable {
    private let contentDirectory: String
    private let overwrite: Bool
    private let today: LocalDate

    public init(contentDirectory: String, overwrite: Bool = false, clock: any BuildClock = SystemBuildClock()) {
        self.contentDirectory = contentDirectory.trimmingSlashSuffix()
        self.overwrite = overwrite
        today = clock.today
    }

    /// Reads the CSV file (UTF-8, optional byte-order mark) and imports it.
    public func importFile(at path: String) throws(CSVImportError) -> CSVImportReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVImportError(message: "Het bestand \(path) kan niet worden gelezen.")
        }
        switch TextDecoder.decode(Array(data), path: path) {
        case .success(let text): return try importText(text)
        case .failure(let diagnostic): throw CSVImportError(message: "\(diagnostic.location): \(diagnostic.message)")
        }
    }

    /// Imports CSV text; a leading byte-order mark (as Excel writes it) is ignored.
    public func importText(_ raw: String) throws(CSVImportError) -> CSVImportReport {
        let text = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
        let settings = try loadSettings()
        var records = CSVReader.records(in: text, separator: CSVReader.detectSeparator(in: text))
        guard !records.isEmpty else { throw CSVImportError(message: "Het CSV-bestand is leeg. De eerste rij moet de kolomnamen bevatten.") }
        let header = records.removeFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var report = CSVImportReport()
        let columns = header.map(CSVColumn.init(rawValue:))
        for (name, column) in zip(header, columns) where column == nil {
            report.notes.append("De kolom '\(name)' is onbekend en wordt overgeslagen.")
        }
        guard columns.contains(.titel) else {
            throw CSVImportError(message: "De kolom 'titel' ontbreekt in de eerste rij. Zie docs/import-csv.md voor de kolomnamen.")
        }
        var slugsSeen: [String: Int] = [:]
        for (index, fields) in records.enumerated() {
            let rowNumber = index + 2
            var cells: [CSVColumn: String] = [:]
            for (column, value) in zip(columns, fields) { if let column { cells[column] = value } }
            let row = VoorzieningRow(cells: cells)
            if row.isEmpty && fields.count <= header.count { continue }
            let reasons = problems(with: row, fieldCount: fields.count, headerCount: header.count, settings: settings, seen: slugsSeen)
            if !reasons.isEmpty {
                report.failures.append(.init(row: rowNumber, reasons: reasons))
                continue
            }
            let slug = row.slug!
            slugsSeen[slug] = rowNumber
            do {
                try write(row.fileText, slug: slug)
                report.written.append(path(for: slug))
            } catch {
                report.failures.append(.init(row: rowNumber, reasons: ["Het bestand kon niet worden geschreven: \(error.localizedDescription)"]))
            }
        }
        return report
    }

    // MARK: Checks

    private func problems(with row: VoorzieningRow, fieldCount: Int, headerCount: Int, settings: [String: SettingsFile],
                          seen: [String: Int]) -> [String] {
        if fieldCount > headerCount {
            return ["Deze rij heeft \(fieldCount) velden, maar de eerste rij heeft maar \(headerCount) kolommen. Staat er een scheidingsteken te veel?"]
        }
        var reasons: [String] = []
        // Without a slug the row is still validated under a stand-in name, so every problem shows at once.
        let slug = row.slug ?? "rij-zonder-naam"
        if row.slug != nil, let problem = SlugRules.problem(with: slug) {
            return [problem]
        }
        reasons += validationErrors(row.fileText, slug: slug, settings: settings)
        guard let realSlug = row.slug else {
            return reasons.isEmpty ? ["Vul 'titel' of 'slug' in, dan kan de bestandsnaam worden gemaakt."] : reasons
        }
        if let earlier = seen[realSlug] {
            reasons.append("De naam '\(realSlug)' komt al voor in rij \(earlier). Geef deze voorziening een andere 'slug'.")
        }
        reasons += existingFileProblems(slug: realSlug)
        return reasons
    }

    /// Parses and validates the row as a one-file site, exactly as `kaart build` would.
    private func validationErrors(_ text: String, slug: String, settings: [String: SettingsFile]) -> [String] {
        switch FrontMatterSplitter.split(text: text, path: path(for: slug), kind: .voorziening, slug: slug) {
        case .failure(let diagnostic):
            return [diagnostic.message]
        case .success(let file):
            let (site, parseDiagnostics) = SiteParser.parse(LoadedContent(files: [file], settings: settings))
            let diagnostics = parseDiagnostics + (site.map { SiteValidator(today: today).validate($0) } ?? [])
            return diagnostics.filter(\.isError).map(\.message)
        }
    }

    private func existingFileProblems(slug: String) -> [String] {
        if !overwrite, FileManager.default.fileExists(atPath: path(for: slug)) {
            return ["Het bestand \(path(for: slug)) bestaat al. Gebruik --overschrijf om het te vervangen."]
        }
        let others = [ContentKind.lotgenotengroep, .loket, .casus].map { "\(contentDirectory)/\($0.folder)/\(slug).md" }
        if let taken = others.first(where: FileManager.default.fileExists(atPath:)) {
            return ["De naam '\(slug)' wordt al gebruikt door \(taken). Geef deze voorziening een andere 'slug'."]
        }
        return []
    }

    // MARK: Files

    private func path(for slug: String) -> String { "\(contentDirectory)/voorzieningen/\(slug).md" }

    private func write(_ text: String, slug: String) throws {
        try FileManager.default.createDirectory(atPath: "\(contentDirectory)/voorzieningen", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(for: slug)), options: .atomic)
    }

    /// `site.yml` and `taxonomie.yml`, checked once: a row cannot be judged without them.
    private func loadSettings() throws(CSVImportError) -> [String: SettingsFile] {
        let loaded = ContentLoader(contentDirectory: contentDirectory, plansDirectory: nil).load()
        let settingsOnly = LoadedContent(settings: loaded.settings, diagnostics: loaded.diagnostics.filter { diagnostic in
            ContentLoader.settingsFiles.contains { diagnostic.location.path.hasSuffix("/" + $0.name) } || diagnostic.location.path == contentDirectory
        })
        let (site, diagnostics) = SiteParser.parse(settingsOnly)
        let errors = (settingsOnly.diagnostics + diagnostics).filter(\.isError)
        guard site != nil, errors.isEmpty else {
            throw CSVImportError(message: "De instellingen in \(contentDirectory) bevatten fouten. Los die eerst op.",
                                 diagnostics: errors, content: settingsOnly)
        }
        return loaded.settings
    }
}
