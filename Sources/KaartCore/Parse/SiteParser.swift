import Foundation

/// The parse stage: turns loaded files into a typed `Site`.
///
/// Field-level problems (types, formats, required fields) are reported here; rules that need the
/// whole site (codes from the taxonomy, references, duplicates) belong to the validate stage.
public enum SiteParser {
    public static func parse(_ content: LoadedContent) -> (site: Site?, diagnostics: [Diagnostic]) {
        parse(content, memo: nil)
    }

    /// - Parameter memo: parse results of an earlier build (`--watch`); a file whose path and
    ///   text are unchanged is not parsed again.
    static func parse(_ content: LoadedContent, memo: GenerationMemo<ParsedFileKey, ParsedFile>?) -> (site: Site?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let settings = content.settings["site.yml"].flatMap { reader(for: $0, sink: sink) }.flatMap(SettingsParser.parse)
        let taxonomy = content.settings["taxonomie.yml"].flatMap { reader(for: $0, sink: sink) }.map(TaxonomyParser.parse)
        let synonyms = content.settings["synoniemen.yml"].flatMap { reader(for: $0, sink: sink) }.map(SearchSettingsParser.synonyms)
        let anonymisation = content.settings["anonimisering.yml"].flatMap { reader(for: $0, sink: sink) }.map(SearchSettingsParser.anonymisation)

        let parsedFiles = parseFilesConcurrently(content.files, memo: memo)
        var site = Site(settings: settings ?? placeholderSettings, taxonomy: taxonomy ?? Taxonomy(terms: [:]),
                        voorzieningen: [], lotgenotengroepen: [], loketten: [], casussen: [], plannen: [],
                        synonymGroups: synonyms?.groups ?? [], abbreviations: synonyms?.abbreviations ?? [:],
                        anonymisation: anonymisation ?? AnonymisationSettings())
        var diagnostics = sink.diagnostics
        for parsed in parsedFiles {
            diagnostics += parsed.diagnostics
            switch parsed.entry {
            case .voorziening(let entry): site.voorzieningen.append(entry)
            case .lotgenotengroep(let entry): site.lotgenotengroepen.append(entry)
            case .loket(let entry): site.loketten.append(entry)
            case .casus(let entry): site.casussen.append(entry)
            case .plan(let entry): site.plannen.append(entry)
            case nil: break
            }
        }
        return (settings == nil || taxonomy == nil ? nil : site, diagnostics)
    }

    enum ParsedEntry: Sendable {
        case voorziening(Voorziening), lotgenotengroep(Lotgenotengroep), loket(Loket), casus(Casus), plan(Plan)
    }

    /// What a file's parse result depends on: its path (in messages) and its kind, slug and text.
    struct ParsedFileKey: Hashable, Sendable {
        let path: String
        let content: Fingerprint
    }

    struct ParsedFile: Sendable {
        var entry: ParsedEntry?
        var diagnostics: [Diagnostic]
    }

    /// Files are independent, so they are parsed in parallel; results keep the input order.
    private static func parseFilesConcurrently(_ files: [SourceFile], memo: GenerationMemo<ParsedFileKey, ParsedFile>?) -> [ParsedFile] {
        let results = ConcurrentResults<ParsedFile>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            guard let memo else { return results[index] = parseFile(file) }
            results[index] = memo.value(for: ParsedFileKey(path: file.path, content: file.contentFingerprint)) { parseFile(file) }
        }
        return results.values
    }

    private static func parseFile(_ file: SourceFile) -> ParsedFile {
        let sink = DiagnosticSink()
        guard let reader = YAMLDocumentParser.parse(file.frontMatter, path: file.path, firstLine: file.frontMatterFirstLine, sink: sink) else {
            return ParsedFile(entry: nil, diagnostics: sink.diagnostics)
        }
        let entry: ParsedEntry? = switch file.kind {
        case .voorziening: EntryParser.voorziening(reader, file: file).map(ParsedEntry.voorziening)
        case .lotgenotengroep: EntryParser.lotgenotengroep(reader, file: file).map(ParsedEntry.lotgenotengroep)
        case .loket: EntryParser.loket(reader, file: file).map(ParsedEntry.loket)
        case .casus: EntryParser.casus(reader, file: file).map(ParsedEntry.casus)
        case .plan: EntryParser.plan(reader, file: file).map(ParsedEntry.plan)
        }
        return ParsedFile(entry: entry, diagnostics: sink.diagnostics)
    }

    private static func reader(for file: SettingsFile, sink: DiagnosticSink) -> FieldReader? {
        YAMLDocumentParser.parse(file.text, path: file.path, firstLine: 1, sink: sink)
    }

    /// Used only so entries can still be parsed (and their errors reported) when `site.yml` is broken.
    private static let placeholderSettings = SiteSettings(
        titel: "", basisURL: "", gemeenten: [], provincie: "",
        beheerder: .init(naam: "", email: "", telefoon: ""), staleAfterMonths: 12, startQuestions: [])
}
