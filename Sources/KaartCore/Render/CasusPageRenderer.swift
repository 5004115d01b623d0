/// Renders the page of each anonymised example case ("zo kan het gaan").
struct CasusPageRenderer {
    let context: RenderContext

    func render() -> [OutputFile] {
        context.site.casussen.map(page)
    }

    /// The page of one casus.
    func page(_ casus: Casus) -> OutputFile {
        let values = context.page(title: casus.titel, description: casus.samenvatting, path: casus.url,
                                  ["casus": viewModel(casus)])
        return context.html("casus", path: Self.path(of: casus), values)
    }

    static func path(of casus: Casus) -> String { "casussen/\(casus.slug)/index.html" }

    private func viewModel(_ casus: Casus) -> [String: Any] {
        let arrangement = casus.arrangement.value
        return [
            "titel": casus.titel,
            "samenvatting": casus.samenvatting,
            "arrangement": [
                "label": context.label(arrangement, in: .arrangement),
                "uitleg": ArrangementExplanation.text(for: arrangement),
                "url": "/casussen/arrangement/\(arrangement)/",
            ],
            "resultaatgebieden": casus.resultaatgebieden.map {
                ["label": context.label($0.value, in: .resultaatgebieden), "url": "/casussen/resultaatgebied/\($0.value)/"]
            },
            "doelen": casus.doelen,
            "bodyHTML": MarkdownRenderer.html(from: casus.body),
            "betrokken": casus.voorzieningen.compactMap { context.entriesBySlug[$0.value] }
                .map { EntrySummaryViewModel.make($0, context: context) },
            "checked": DutchDateFormatter.long(casus.laatstGecontroleerd.value),
        ]
    }
}

/// The three arrangementen, explained in plain words.
enum ArrangementExplanation {
    static func text(for key: String) -> String {
        switch key {
        case "kort-herstel":
            "Kort herstel: hulp voor een korte tijd, bijvoorbeeld na een ziekenhuisopname. Daarna kan iemand weer zelf verder."
        case "enkel-resultaatgebied":
            "Ondersteuning op één gebied: hulp bij één ding dat niet meer lukt, zoals de administratie of een zinvolle dag."
        case "herstel-groei-stabilisatie":
            "Herstel, groei en stabilisatie: langere hulp op meerdere gebieden tegelijk. Eén regisseur houdt het overzicht: 1 gezin, 1 plan, 1 regisseur."
        default:
            ""
        }
    }
}
