import Foundation

/// Turns a parsed plan into what the plan page shows, with the linked services' contact details
/// taken from their public entries at build time.
struct PlanContentBuilder {
    let context: RenderContext

    func content(for plan: Plan, links: PlanLinks) -> PlanContent {
        let previous = Dictionary(plan.zrmEerder.map { ($0.domain, $0.score) }, uniquingKeysWith: { first, _ in first })
        return PlanContent(
            client: plan.client,
            regisseur: .init(naam: plan.regisseur.naam, organisatie: plan.regisseur.organisatie,
                             telefoon: plan.regisseur.telefoon, email: plan.regisseur.email),
            opgesteld: DutchDateFormatter.long(plan.opgesteld),
            evaluatie: plan.evaluatie.map(DutchDateFormatter.long),
            geldigTot: DutchDateFormatter.long(plan.geldigTot),
            goals: plan.doelen.map(goal),
            zrm: plan.zrm.map { .init(domainLabel: ZRMDomain.label($0.domain), score: $0.score, previous: previous[$0.domain]) },
            notesHTML: MarkdownRenderer.html(from: plan.body),
            pageURL: links.pageURL,
            shareLink: links.shareLink)
    }

    private func goal(_ goal: Plan.Goal) -> PlanContent.Goal {
        PlanContent.Goal(
            doel: goal.doel,
            resultaatgebiedLabel: goal.resultaatgebied.map { context.label($0.value, in: .resultaatgebieden) } ?? "",
            afspraken: goal.afspraken,
            services: goal.voorzieningen.compactMap { context.entriesBySlug[$0.value] }.map { entry in
                let contact = entry.common.contact
                return PlanContent.LinkedService(title: entry.common.titel, url: context.absoluteURL(entry.url),
                                                 telefoon: contact?.telefoon, email: contact?.email, website: contact?.website)
            })
    }
}

/// Plain Dutch names of the zelfredzaamheidsmatrix domains.
enum ZRMDomain {
    private static let labels = [
        "financien": "Financiën", "dagbesteding": "Dagbesteding", "huisvesting": "Huisvesting",
        "huiselijke_relaties": "Huiselijke relaties", "geestelijke_gezondheid": "Geestelijke gezondheid",
        "lichamelijke_gezondheid": "Lichamelijke gezondheid", "verslaving": "Verslaving",
        "adl": "Zelfzorg (ADL)", "sociaal_netwerk": "Sociaal netwerk",
        "maatschappelijke_participatie": "Meedoen in de samenleving", "justitie": "Justitie",
    ]

    static func label(_ key: String) -> String {
        labels[key] ?? key.replacingOccurrences(of: "_", with: " ").capitalizedFirst
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
