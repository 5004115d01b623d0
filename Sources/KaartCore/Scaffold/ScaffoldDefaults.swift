/// Placeholder values that pass validation: the first municipality of `site.yml` and the
/// first key of each `taxonomie.yml` group, so a new file builds before it is filled in.
struct ScaffoldDefaults: Sendable {
    var gemeente = "Gemeente"
    var taxonomy = Taxonomy(terms: [:])
    var today: LocalDate

    /// Reads `site.yml` and `taxonomie.yml` when they can be read; otherwise keeps plain placeholders.
    init(contentDirectory: String, today: LocalDate) {
        self.today = today
        let loaded = ContentLoader(contentDirectory: contentDirectory, plansDirectory: nil).load()
        guard let site = SiteParser.parse(LoadedContent(settings: loaded.settings)).site else { return }
        gemeente = site.settings.gemeenten.first ?? gemeente
        taxonomy = site.taxonomy
    }

    /// The first key of a group, e.g. `respijtzorg` for `categorie`.
    func first(_ group: Taxonomy.Group, fallback: String) -> String {
        taxonomy.terms(group).first?.key ?? fallback
    }

    /// Up to `limit` keys of a group, for the hint after a field.
    func choices(_ group: Taxonomy.Group, limit: Int = 6) -> String {
        let keys = taxonomy.terms(group).map(\.key)
        guard !keys.isEmpty else { return "zie taxonomie.yml" }
        return "kies uit taxonomie.yml, bijvoorbeeld " + keys.prefix(limit).joined(separator: ", ")
    }

    /// "logeerhuis-de-linde" → "Logeerhuis de linde": a readable stand-in title.
    static func title(from slug: String) -> String {
        let words = slug.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
