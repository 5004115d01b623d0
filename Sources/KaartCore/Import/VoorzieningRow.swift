import Foundation

/// One CSV row as a voorziening: its slug and the text of its content file.
///
/// The row is only translated into front matter here; whether the values are valid is decided
/// by the same parser and validator as `kaart build` (see `CSVImporter`).
public struct VoorzieningRow: Sendable {
    private let cells: [CSVColumn: String]

    public init(cells: [CSVColumn: String]) {
        self.cells = cells
    }

    /// The `slug` cell, or a slug made from `titel`; nil when both are empty.
    public var slug: String? {
        if let slug = cell(.slug) { return slug }
        return cell(.titel).map(SlugRules.slug(from:)).flatMap { $0.isEmpty ? nil : $0 }
    }

    public var isEmpty: Bool { cells.values.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }

    /// The complete file: front matter between `---` lines, then `beschrijving` as the body.
    public var fileText: String {
        let body = cell(.beschrijving).map { $0 + "\n" } ?? ""
        return "---\n" + YAMLWriter.document(frontMatter) + "---\n" + body
    }

    var frontMatter: [(key: String, value: YAMLValue)] {
        var fields: [(key: String, value: YAMLValue)] = []
        func add(_ key: String, _ value: YAMLValue?) { if let value { fields.append((key, value)) } }
        add("titel", text(.titel))
        add("samenvatting", text(.samenvatting))
        add("categorie", text(.categorie))
        add("gemeenten", list(.gemeenten))
        add("wijken", list(.wijken))
        add("doelgroepen", list(.doelgroepen))
        add("resultaatgebieden", list(.resultaatgebieden))
        add("toegang", text(.toegang))
        add("wet", text(.wet))
        add("laatst_gecontroleerd", text(.laatstGecontroleerd))
        add("status", text(.status))
        add("trefwoorden", list(.trefwoorden))
        add("aanbieder", group([("naam", text(.aanbiederNaam)), ("website", text(.aanbiederWebsite))]))
        add("contact", group([("telefoon", text(.telefoon)), ("email", text(.email)), ("website", text(.website))]))
        add("locaties", group([("naam", text(.locatieNaam)), ("adres", text(.adres)), ("postcode", text(.postcode)),
                               ("plaats", text(.plaats)), ("lat", number(.lat)), ("lon", number(.lon)),
                               ("toegankelijkheid", text(.toegankelijkheid))]).map { .list([$0]) })
        add("vertrouwelijk_adres", boolean(.vertrouwelijkAdres))
        add("openingstijden", group(CSVColumn.weekdays.map { ($0.rawValue, list($0)) }))
        add("talen", list(.talen))
        add("kosten", text(.kosten))
        add("gratis", boolean(.gratis))
        add("leeftijd", group([("min", integer(.leeftijdMin)), ("max", integer(.leeftijdMax))]))
        return fields
    }

    // MARK: Cells

    private func cell(_ column: CSVColumn) -> String? {
        guard let value = cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private func text(_ column: CSVColumn) -> YAMLValue? { cell(column).map(YAMLValue.string) }

    private func list(_ column: CSVColumn) -> YAMLValue? {
        guard let value = cell(column) else { return nil }
        let items = value.split(separator: CSVColumn.separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items.isEmpty ? nil : .list(items.map(YAMLValue.string))
    }

    private func group(_ fields: [(String, YAMLValue?)]) -> YAMLValue? {
        let present = fields.compactMap { key, value in value.map { (key: key, value: $0) } }
        return present.isEmpty ? nil : .mapping(present)
    }

    /// A decimal number; a Dutch decimal comma is accepted. Anything else stays text, so the
    /// parser reports it the way it would in a content file.
    private func number(_ column: CSVColumn) -> YAMLValue? {
        guard let value = cell(column) else { return nil }
        let dotted = value.replacingOccurrences(of: ",", with: ".")
        let isDecimal = dotted.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil
        return isDecimal ? .plain(dotted) : .string(value)
    }

    private func integer(_ column: CSVColumn) -> YAMLValue? {
        guard let value = cell(column) else { return nil }
        return value.wholeMatch(of: /[0-9]+/) != nil ? .plain(value) : .string(value)
    }

    /// `ja`/`nee` as spreadsheets write them, and `true`/`false`, `waar`/`onwaar`, `1`/`0`, `x`.
    private func boolean(_ column: CSVColumn) -> YAMLValue? {
        guard let value = cell(column) else { return nil }
        switch value.lowercased() {
        case "ja", "true", "waar", "1", "x": return .plain("true")
        case "nee", "false", "onwaar", "0": return .plain("false")
        default: return .string(value)
        }
    }
}
