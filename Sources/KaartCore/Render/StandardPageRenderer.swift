/// Renders the pages every site has once: home, search, "mijn lijstje" and "not found".
struct StandardPageRenderer {
    let context: RenderContext
    /// The summaries of the listed entries, shared with the listing pages: the home page lists the loketten.
    let summaries: EntrySummaryTable

    /// The pages whose template says `<meta name="robots" content="noindex">`: "mijn lijstje" is
    /// filled from the visitor's own link, and the 404 page stands in for missing ones. They stay
    /// out of the sitemap (`FeedRenderer`).
    static let noindexPaths: Set<String> = ["lijstje/index.html", "404.html"]

    func render() -> [OutputFile] {
        specs().map(context.render)
    }

    func specs() -> [PageSpec] {
        [home(), search(), list(), notFound()]
    }

    private func home() -> PageSpec {
        let site = context.site
        let groups = context.listingGroups
        let values = context.page(
            title: site.settings.titel,
            description: "Vind hulp en ondersteuning bij u in de buurt: voorzieningen, lotgenotengroepen en loketten.",
            path: "/",
            ["home": [
                "vragen": site.settings.startQuestions.map { question in
                    ["vraag": question.vraag, "uitleg": question.uitleg ?? "", "url": question.link]
                },
                "categorieen": site.taxonomy.terms(.categorie).map { term in
                    ["label": term.label, "url": "/categorie/\(term.key)/", "aantal": groups.byCategorie[term.key]?.count ?? 0]
                },
                "doelgroepen": site.taxonomy.terms(.doelgroepen).map { ["label": $0.label, "url": "/doelgroep/\($0.key)/"] },
                "loketten": groups.all(.loket).map { summaries[$0] },
            ] as [String: Any]])
        return context.spec("home", path: "index.html", values)
    }

    private func search() -> PageSpec {
        let values = context.page(
            title: "Zoeken", description: "Zoek in alle voorzieningen, lotgenotengroepen, loketten en voorbeelden.", path: "/zoeken/",
            ["zoeken": ["categorieen": context.site.taxonomy.terms(.categorie).map { ["label": $0.label, "url": "/categorie/\($0.key)/"] }]])
        return context.spec("zoeken", path: "zoeken/index.html", values)
    }

    /// "Mijn lijstje": the handout of entries a visitor ticked; filled in the browser from `?lijst=`.
    private func list() -> PageSpec {
        let values = context.page(
            title: "Mijn lijstje", description: "De hulp die u heeft aangevinkt, op één lijst om te printen of te delen.", path: "/lijstje/", [:])
        return context.spec("lijstje", path: "lijstje/index.html", values)
    }

    private func notFound() -> PageSpec {
        let values = context.page(title: "Pagina niet gevonden", description: "Deze pagina bestaat niet (meer).", path: "/404.html", [:])
        return context.spec("notfound", path: "404.html", values)
    }
}
