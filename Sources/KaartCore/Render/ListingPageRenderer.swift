import Foundation

/// Renders the pages that make the whole site browsable without JavaScript: per categorie,
/// doelgroep and gemeente, A–Z, the overviews per kind, the mantelzorg page and the casussen.
struct ListingPageRenderer {
    let context: RenderContext

    /// Categories whose entries the mantelzorg page gathers.
    static let respiteCategories = ["respijtzorg", "mantelzorgondersteuning"]

    func render() -> [OutputFile] {
        var files: [OutputFile] = []
        let taxonomy = context.site.taxonomy
        let voorzieningen = context.listedEntries.compactMap { $0 as? Voorziening }
        for term in taxonomy.terms(.categorie) {
            let entries = voorzieningen.filter { $0.categorie.value == term.key }
            files.append(listing(path: "/categorie/\(term.key)/", title: term.label,
                                 intro: "Voorzieningen in de categorie \(term.label.lowercased()).", sections: [section("Voorzieningen", entries)]))
        }
        for term in taxonomy.terms(.doelgroepen) {
            let entries = context.listedEntries.filter { $0.common.doelgroepen.contains { $0.value == term.key } }
            files.append(listing(path: "/doelgroep/\(term.key)/", title: "Voor: \(term.label.lowercased())",
                                 intro: "Hulp en ondersteuning voor \(term.label.lowercased()).", sections: grouped(entries)))
        }
        for municipality in context.site.settings.gemeenten {
            let local = context.listedEntries.filter { $0.common.gemeenten.contains { $0.value == municipality } }
            let national = context.listedEntries.filter { $0.common.gemeenten.contains { $0.value == "landelijk" } }
            files.append(listing(path: "/gemeente/\(SlugRules.slug(from: municipality))/", title: "Gemeente \(municipality)",
                                 intro: "Alle hulp voor inwoners van \(municipality).",
                                 sections: grouped(local) + [section("Landelijk: voor heel Nederland", national)]))
        }
        files.append(alphabetical())
        files.append(contentsOf: kindOverviews())
        files.append(mantelzorg())
        files.append(contentsOf: CasusListingRenderer(context: context).render())
        return files
    }

    func listing(path: String, title: String, intro: String, sections: [[String: Any]], extra: [String: Any] = [:]) -> OutputFile {
        var listing: [String: Any] = ["titel": title, "intro": intro, "sections": sections.filter { ($0["items"] as? [Any])?.isEmpty == false }]
        listing.merge(extra) { _, new in new }
        if (listing["sections"] as? [Any])?.isEmpty ?? true { listing["leeg"] = true }
        let values = context.page(title: title, description: intro, path: path, ["listing": listing])
        return context.html("listing", path: String(path.dropFirst()) + "index.html", values)
    }

    func section(_ heading: String?, _ entries: [any DirectoryEntry], id: String? = nil) -> [String: Any] {
        var section: [String: Any] = ["items": entries.map { EntrySummaryViewModel.make($0, context: context) }]
        if let heading { section["heading"] = heading }
        if let id { section["id"] = id }
        return section
    }

    /// Entries split by kind, so a reader sees voorzieningen, groups and loketten apart.
    private func grouped(_ entries: [any DirectoryEntry]) -> [[String: Any]] {
        [ContentKind.voorziening, .lotgenotengroep, .loket].map { kind in
            section(kindHeading(kind), entries.filter { $0.kind == kind })
        }
    }

    private func kindHeading(_ kind: ContentKind) -> String {
        switch kind {
        case .voorziening: "Voorzieningen"
        case .lotgenotengroep: "Lotgenotengroepen"
        case .loket: "Loketten"
        case .casus, .plan: "Voorbeelden"
        }
    }

    private func alphabetical() -> OutputFile {
        let byLetter = Dictionary(grouping: context.listedEntries) { entry in
            entry.common.titel.folding(options: .diacriticInsensitive, locale: nil).first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
        }
        let letters = byLetter.keys.sorted()
        let sections = letters.map { section($0, byLetter[$0] ?? [], id: "letter-\($0 == "#" ? "overig" : $0.lowercased())") }
        let nav = letters.map { ["letter": $0, "id": "letter-\($0 == "#" ? "overig" : $0.lowercased())"] }
        return listing(path: "/a-z/", title: "Alles van A tot Z", intro: "Alle voorzieningen, lotgenotengroepen en loketten op alfabet.",
                       sections: sections, extra: ["letters": nav])
    }

    private func kindOverviews() -> [OutputFile] {
        let taxonomy = context.site.taxonomy
        let voorzieningen = context.listedEntries.compactMap { $0 as? Voorziening }
        let groups = context.listedEntries.compactMap { $0 as? Lotgenotengroep }
        let loketten = context.listedEntries.compactMap { $0 as? Loket }
        return [
            listing(path: "/voorzieningen/", title: "Voorzieningen", intro: "Alle voorzieningen, per soort hulp.",
                    sections: taxonomy.terms(.categorie).map { term in section(term.label, voorzieningen.filter { $0.categorie.value == term.key }) }),
            listing(path: "/lotgenotengroepen/", title: "Lotgenotengroepen",
                    intro: "Groepen waar u mensen ontmoet die hetzelfde meemaken.",
                    sections: taxonomy.terms(.thema).map { term in section(term.label, groups.filter { $0.thema.value == term.key }) }),
            listing(path: "/loketten/", title: "Loketten", intro: "Hier kunt u terecht met uw vraag. Zij zoeken samen met u naar hulp.",
                    sections: taxonomy.terms(.soort).map { term in section(term.label, loketten.filter { $0.soort.value == term.key }) }),
        ]
    }

    private func mantelzorg() -> OutputFile {
        let entries = context.listedEntries
        let respite = entries.compactMap { $0 as? Voorziening }.filter { Self.respiteCategories.contains($0.categorie.value) }
        let groups = entries.compactMap { $0 as? Lotgenotengroep }.filter { group in
            group.thema.value == "mantelzorg" || group.common.doelgroepen.contains { $0.value == "mantelzorgers" }
        }
        let desks = entries.compactMap { $0 as? Loket }.filter { $0.soort.value == "mantelzorgcentrum" }
        let label = { (key: String) in context.label(key, in: .categorie) }
        return listing(
            path: "/mantelzorg/", title: "Voor mantelzorgers: even op adem komen",
            intro: "Zorgt u voor iemand? U hoeft het niet alleen te doen. Hier vindt u respijtzorg, logeerzorg en steun voor mantelzorgers.",
            sections: [
                section(label("respijtzorg"), respite.filter { $0.categorie.value == "respijtzorg" }),
                section(label("mantelzorgondersteuning"), respite.filter { $0.categorie.value == "mantelzorgondersteuning" }),
                section("Lotgenotengroepen voor mantelzorgers", groups),
                section("Waar kunt u terecht met uw vraag?", desks),
            ])
    }
}
