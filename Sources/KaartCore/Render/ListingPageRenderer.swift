import Foundation

/// Renders the pages that make the whole site browsable without JavaScript: per categorie,
/// doelgroep and gemeente, A–Z, the overviews per kind, the mantelzorg page and the casussen.
struct ListingPageRenderer {
    let context: RenderContext

    /// Categories whose entries the mantelzorg page gathers.
    static let respiteCategories = ["respijtzorg", "mantelzorgondersteuning"]

    /// Every listing page, unrendered. Entries are grouped in one pass over the site, so no
    /// page scans the whole site; each entry's summary is built once and shared by its pages.
    func specs(summaries: EntrySummaryTable) -> [PageSpec] {
        var specs: [PageSpec] = []
        let taxonomy = context.site.taxonomy
        let groups = context.listingGroups
        for term in taxonomy.terms(.categorie) {
            let entries = groups.byCategorie[term.key] ?? []
            specs.append(listing(path: "/categorie/\(term.key)/", title: term.label,
                                 intro: "Voorzieningen in de categorie \(term.label.lowercased()).",
                                 sections: [section("Voorzieningen", entries, summaries)]))
        }
        for term in taxonomy.terms(.doelgroepen) {
            let entries = groups.byDoelgroep[term.key] ?? []
            specs.append(listing(path: "/doelgroep/\(term.key)/", title: "Voor: \(term.label.lowercased())",
                                 intro: "Hulp en ondersteuning voor \(term.label.lowercased()).", sections: grouped(entries, summaries)))
        }
        let national = nationalSection(groups.byGemeente["landelijk"] ?? [], summaries, into: &specs)
        for municipality in context.site.settings.gemeenten {
            let local = groups.byGemeente[municipality] ?? []
            specs.append(listing(path: RenderContext.gemeentePath(municipality), title: "Gemeente \(municipality)",
                                 intro: "Alle hulp voor inwoners van \(municipality).",
                                 sections: grouped(local, summaries) + [national]))
        }
        if let overview = gemeenteOverview() { specs.append(overview) }
        specs.append(alphabetical(summaries))
        specs.append(contentsOf: kindOverviews(summaries))
        specs.append(mantelzorg(summaries))
        specs.append(contentsOf: CasusListingRenderer(context: context).specs())
        return specs
    }

    func listing(path: String, title: String, intro: String, sections: [[String: Any]], extra: [String: Any] = [:]) -> PageSpec {
        let shown = sections.filter { ($0["items"] as? [Any])?.isEmpty == false || $0["meer"] != nil }
        var listing: [String: Any] = ["titel": title, "intro": intro, "sections": shown]
        listing.merge(extra) { _, new in new }
        if shown.isEmpty, listing["filters"] == nil { listing["leeg"] = true }
        let values = context.page(title: title, description: intro, path: path, ["listing": listing])
        return context.spec("listing", path: String(path.dropFirst()) + "index.html", values)
    }

    /// A section listing the entries at `positions` (in `RenderContext.listedEntries`).
    ///
    /// Its own fingerprint is made from its heading, id and the fingerprints of its rows
    /// (`ListingSectionKey`): a listing's fingerprint then reads each row as one number instead of
    /// looking it up in the row's values (thousands of rows on /a-z/ and on each gemeente page).
    func section(_ heading: String?, _ positions: [Int], _ summaries: EntrySummaryTable, id: String? = nil) -> [String: Any] {
        var section: [String: Any] = ["items": positions.map { summaries[$0] }]
        let key = ListingSectionKey(heading: heading, id: id, rows: positions.map(summaries.fingerprint(at:)))
        let memo = context.memos?.sectionFingerprints
        let fingerprint = memo.value(for: key, orMake: key.fingerprint)
        if let heading { section["heading"] = heading }
        if let id { section["id"] = id }
        return FingerprintHasher.withOwnFingerprint(section, fingerprint: fingerprint)
    }

    /// The national entries on every gemeente page: listed there when they are few; otherwise a
    /// link to one page of their own, so a national site does not repeat them on hundreds of pages.
    private func nationalSection(_ entries: [Int], _ summaries: EntrySummaryTable,
                                 into specs: inout [PageSpec]) -> [String: Any] {
        let heading = "Landelijk: voor heel Nederland"
        guard entries.count > RenderContext.repeatedListLimit else { return section(heading, entries, summaries) }
        specs.append(listing(path: Self.nationalPath, title: heading, intro: "Hulp voor inwoners van elke gemeente.",
                             sections: grouped(entries, summaries)))
        return ["heading": heading, "items": [Any](),
                "meer": ["url": Self.nationalPath, "tekst": "Bekijk alle \(entries.count) landelijke voorzieningen, groepen en loketten"]]
    }

    static let nationalPath = "/gemeente/landelijk/"

    /// The page with every gemeente, when there are too many to list in the footer of each page.
    private func gemeenteOverview() -> PageSpec? {
        let municipalities = context.site.settings.gemeenten
        guard municipalities.count > RenderContext.repeatedListLimit else { return nil }
        let links = municipalities.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
            .map { ["url": RenderContext.gemeentePath($0), "label": $0] }
        return listing(path: RenderContext.gemeenteOverviewPath, title: "Gemeenten",
                       intro: "Kies uw gemeente. Dan ziet u alle hulp voor inwoners van die gemeente.",
                       sections: [], extra: ["filters": [["heading": "Alle gemeenten", "links": links]]])
    }

    /// Entries split by kind, so a reader sees voorzieningen, groups and loketten apart.
    private func grouped(_ entries: [Int], _ summaries: EntrySummaryTable) -> [[String: Any]] {
        [ContentKind.voorziening, .lotgenotengroep, .loket].map { kind in
            section(kindHeading(kind), context.listingGroups.only(kind, in: entries), summaries)
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

    private func alphabetical(_ summaries: EntrySummaryTable) -> PageSpec {
        let byLetter = context.listingGroups.byLetter
        let letters = byLetter.keys.sorted()
        let sections = letters.map { section($0, byLetter[$0] ?? [], summaries, id: "letter-\($0 == "#" ? "overig" : $0.lowercased())") }
        let nav = letters.map { ["letter": $0, "id": "letter-\($0 == "#" ? "overig" : $0.lowercased())"] }
        return listing(path: "/a-z/", title: "Alles van A tot Z", intro: "Alle voorzieningen, lotgenotengroepen en loketten op alfabet.",
                       sections: sections, extra: ["letters": nav])
    }

    private func kindOverviews(_ summaries: EntrySummaryTable) -> [PageSpec] {
        let taxonomy = context.site.taxonomy
        let groups = context.listingGroups
        return [
            listing(path: "/voorzieningen/", title: "Voorzieningen", intro: "Alle voorzieningen, per soort hulp.",
                    sections: taxonomy.terms(.categorie).map { term in section(term.label, groups.byCategorie[term.key] ?? [], summaries) }),
            listing(path: "/lotgenotengroepen/", title: "Lotgenotengroepen",
                    intro: "Groepen waar u mensen ontmoet die hetzelfde meemaken.",
                    sections: taxonomy.terms(.thema).map { term in section(term.label, groups.byThema[term.key] ?? [], summaries) }),
            listing(path: "/loketten/", title: "Loketten", intro: "Hier kunt u terecht met uw vraag. Zij zoeken samen met u naar hulp.",
                    sections: taxonomy.terms(.soort).map { term in section(term.label, groups.bySoort[term.key] ?? [], summaries) }),
        ]
    }

    private func mantelzorg(_ summaries: EntrySummaryTable) -> PageSpec {
        let groups = context.listingGroups
        let forCarers = groups.only(.lotgenotengroep, in: groups.byDoelgroep["mantelzorgers"] ?? [])
        let carerGroups = Set(forCarers + (groups.byThema["mantelzorg"] ?? [])).sorted()
        let label = { (key: String) in context.label(key, in: .categorie) }
        return listing(
            path: "/mantelzorg/", title: "Voor mantelzorgers: even op adem komen",
            intro: "Zorgt u voor iemand? U hoeft het niet alleen te doen. Hier vindt u respijtzorg, logeerzorg en steun voor mantelzorgers.",
            sections: Self.respiteCategories.map { key in section(label(key), groups.byCategorie[key] ?? [], summaries) } + [
                section("Lotgenotengroepen voor mantelzorgers", carerGroups, summaries),
                section("Waar kunt u terecht met uw vraag?", groups.bySoort["mantelzorgcentrum"] ?? [], summaries),
            ])
    }
}
