/// Turns `taxonomie.yml` into HSDS taxonomies and terms, and entry codes into attributes.
struct HSDSTaxonomyMapper: Sendable {
    /// The groups that describe directory entries; `arrangement` belongs to casussen only.
    static let exportedGroups: [Taxonomy.Group] = [.categorie, .doelgroepen, .resultaatgebieden, .thema, .soort, .vragen_over]

    let ids: HSDSIdentifier
    let taxonomy: Taxonomy

    var taxonomies: [HSDSTaxonomy] {
        Self.exportedGroups.map { group in
            HSDSTaxonomy(id: ids.id("taxonomy", group.rawValue), name: group.rawValue, description: Self.describe(group))
        }
    }

    var terms: [HSDSTaxonomyTerm] {
        Self.exportedGroups.flatMap { group in taxonomy.terms(group).map { term(group, $0) } }
    }

    /// Attributes linking `serviceId` to the codes of an entry; unknown codes are skipped
    /// (validation has already refused them).
    func attributes(_ codes: [(Taxonomy.Group, String)], serviceId: String, key: String, nested: Bool) -> [HSDSAttribute] {
        codes.compactMap { group, code in
            guard let found = taxonomy.terms(group).first(where: { $0.key == code }) else { return nil }
            let term = term(group, found)
            return HSDSAttribute(id: ids.id("attribute", "\(key)|\(group.rawValue)|\(code)"), linkId: serviceId,
                                 linkType: group.rawValue, linkEntity: "service", taxonomyTermId: term.id,
                                 taxonomyTerm: nested ? withDetail(term, group) : nil)
        }
    }

    private func term(_ group: Taxonomy.Group, _ term: Taxonomy.Term) -> HSDSTaxonomyTerm {
        HSDSTaxonomyTerm(id: ids.id("taxonomy_term", "\(group.rawValue)|\(term.key)"), code: term.key, name: term.label,
                         description: term.label, taxonomy: group.rawValue,
                         taxonomyId: ids.id("taxonomy", group.rawValue), language: "nl")
    }

    private func withDetail(_ term: HSDSTaxonomyTerm, _ group: Taxonomy.Group) -> HSDSTaxonomyTerm {
        var result = term
        result.taxonomyDetail = taxonomies.first { $0.name == group.rawValue }
        return result
    }

    private static func describe(_ group: Taxonomy.Group) -> String {
        switch group {
        case .categorie: "Soort voorziening (categorie)"
        case .doelgroepen: "Voor wie het aanbod is (doelgroepen)"
        case .resultaatgebieden: "Resultaatgebieden van de Wmo-ondersteuning"
        case .thema: "Thema van een lotgenotengroep"
        case .soort: "Soort loket"
        case .vragen_over: "Onderwerpen waarover een loket vragen beantwoordt"
        case .arrangement: "Soort arrangement"
        }
    }
}
