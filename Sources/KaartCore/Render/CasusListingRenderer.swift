/// The casussen overview, filterable without JavaScript: one page per arrangement and per
/// resultaatgebied, linked from filter lists on every overview page.
struct CasusListingRenderer {
    let context: RenderContext

    func render() -> [OutputFile] {
        specs().map(context.render)
    }

    func specs() -> [PageSpec] {
        let taxonomy = context.site.taxonomy
        // Each casus is on three or more of these pages: its summary is made and fingerprinted once
        // (in `--watch`, once for as long as its file stays the same).
        let casussen = context.site.casussen.sorted { $0.titel < $1.titel }.map { casus in
            let row = context.memos?.summaryRow(ofFile: casus.path) { EntrySummaryTable.Row(casus, context: context) }
                ?? EntrySummaryTable.Row(casus, context: context)
            return (casus: casus, summary: row.values)
        }
        var files = [page(path: "/casussen/", title: "Zo kan het gaan", casussen: casussen, active: nil)]
        for term in taxonomy.terms(.arrangement) {
            files.append(page(path: "/casussen/arrangement/\(term.key)/", title: "Zo kan het gaan: \(term.label.lowercased())",
                              casussen: casussen.filter { $0.casus.arrangement.value == term.key }, active: term.key))
        }
        for term in taxonomy.terms(.resultaatgebieden) {
            files.append(page(path: "/casussen/resultaatgebied/\(term.key)/", title: "Zo kan het gaan: \(term.label.lowercased())",
                              casussen: casussen.filter { $0.casus.resultaatgebieden.contains { $0.value == term.key } }, active: term.key))
        }
        return files
    }

    private func page(path: String, title: String, casussen: [(casus: Casus, summary: [String: Any])], active: String?) -> PageSpec {
        let taxonomy = context.site.taxonomy
        func filter(_ group: Taxonomy.Group, prefix: String) -> [[String: Any]] {
            taxonomy.terms(group).map { term in
                ["label": term.label, "url": "/casussen/\(prefix)/\(term.key)/", "actief": term.key == active]
            }
        }
        let filters: [[String: Any]] = [
            ["heading": "Soort hulp (arrangement)", "links": filter(.arrangement, prefix: "arrangement")],
            ["heading": "Resultaatgebied", "links": filter(.resultaatgebieden, prefix: "resultaatgebied")],
        ]
        let section: [String: Any] = ["items": casussen.map(\.summary)]
        return ListingPageRenderer(context: context).listing(
            path: path, title: title,
            intro: "Voorbeelden uit de praktijk. De verhalen zijn anoniem gemaakt: namen en andere persoonsgegevens zijn weggelaten.",
            sections: [section], extra: ["filters": filters, "filterAlles": ["url": "/casussen/", "actief": active == nil]])
    }
}
