/// Checks that coded fields use values from `taxonomie.yml`, and municipalities from `site.yml`.
struct TaxonomyCodeChecker: Sendable {
    let taxonomy: Taxonomy
    let municipalities: [String]
    /// Every entry is checked against the municipalities, so they are a set too.
    private let knownMunicipalities: Set<String>

    init(taxonomy: Taxonomy, municipalities: [String]) {
        self.taxonomy = taxonomy
        self.municipalities = municipalities
        knownMunicipalities = Set(municipalities)
    }

    func check(_ entry: any DirectoryEntry) -> [Diagnostic] {
        var diagnostics = entry.common.doelgroepen.compactMap { code($0, in: .doelgroepen, field: "doelgroepen") }
        diagnostics += entry.common.gemeenten.compactMap(municipality)
        switch entry {
        case let voorziening as Voorziening:
            diagnostics += [code(voorziening.categorie, in: .categorie, field: "categorie")].compactMap { $0 }
            diagnostics += voorziening.resultaatgebieden.compactMap { code($0, in: .resultaatgebieden, field: "resultaatgebieden") }
        case let group as Lotgenotengroep:
            diagnostics += [code(group.thema, in: .thema, field: "thema")].compactMap { $0 }
        case let loket as Loket:
            diagnostics += [code(loket.soort, in: .soort, field: "soort")].compactMap { $0 }
            diagnostics += loket.vragenOver.compactMap { code($0, in: .vragen_over, field: "vragen_over") }
        default:
            break
        }
        return diagnostics
    }

    func check(_ casus: Casus) -> [Diagnostic] {
        [code(casus.arrangement, in: .arrangement, field: "arrangement")].compactMap { $0 }
            + casus.resultaatgebieden.compactMap { code($0, in: .resultaatgebieden, field: "resultaatgebieden") }
    }

    func check(_ plan: Plan) -> [Diagnostic] {
        plan.doelen.compactMap { goal in goal.resultaatgebied.flatMap { code($0, in: .resultaatgebieden, field: "resultaatgebied") } }
    }

    private func code(_ value: Located<String>, in group: Taxonomy.Group, field: String) -> Diagnostic? {
        guard !taxonomy.contains(value.value, in: group) else { return nil }
        let keys = taxonomy.terms(group).map(\.key)
        var message = "'\(value.value)' is geen bekende waarde voor '\(field)'. Gebruik een waarde uit taxonomie.yml (\(group.rawValue))."
        if let suggestion = Suggestion.closest(to: value.value, in: keys) {
            message += " Bedoelde u '\(suggestion)'?"
        }
        return .error(message, at: value.location)
    }

    private func municipality(_ value: Located<String>) -> Diagnostic? {
        guard value.value != "landelijk", !knownMunicipalities.contains(value.value) else { return nil }
        var message = "De gemeente '\(value.value)' staat niet in site.yml. Gebruik een gemeente uit site.yml of 'landelijk'."
        if let suggestion = Suggestion.closest(to: value.value, in: municipalities + ["landelijk"]) {
            message += " Bedoelde u '\(suggestion)'?"
        }
        return .error(message, at: value.location)
    }
}
