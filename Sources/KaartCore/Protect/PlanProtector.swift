import Foundation

/// The protect stage: seals each current plan into an encrypted page at `/plan/<id>/`.
///
/// The page id and the key both come from the plan's token, which only the share link carries
/// (in the fragment). A plan past `geldig_tot`, or with a revoked token, is not published.
public struct PlanProtector: Sendable {
    private let tokens: TokenStore
    private let random: any RandomBytesSource

    public init(tokens: TokenStore, random: any RandomBytesSource) {
        self.tokens = tokens
        self.random = random
    }

    /// The encrypted plan pages, and an error for each current plan without a token.
    public func protect(_ site: Site, templates: TemplateSet, assets: AssetBundle, today: LocalDate) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let context = RenderContext(site: site, templates: templates, assets: assets, today: today)
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for plan in site.plannen.sorted(by: { $0.slug < $1.slug }) where plan.geldigTot >= context.today {
            guard let token = tokens.activeToken(for: plan.slug) else {
                if tokens.entries[plan.slug] == nil {
                    diagnostics.append(.error(
                        "Dit plan heeft nog geen code, dus het kan niet veilig worden gepubliceerd. Maak een code met 'kaart plan token \(plan.slug)', of bouw met --zonder-plannen.",
                        at: SourceLocation(path: plan.path, line: 1)))
                }
                continue
            }
            do {
                files.append(try page(for: plan, token: token, context: context))
            } catch {
                diagnostics.append(.error("Het plan kan niet worden versleuteld: \(error).", at: SourceLocation(path: plan.path, line: 1)))
            }
        }
        return (files, diagnostics)
    }

    private func page(for plan: Plan, token: PlanToken, context: RenderContext) throws -> OutputFile {
        let links = PlanLinks(token: token, basisURL: context.site.settings.basisURL)
        let content = PlanContentBuilder(context: context).content(for: plan, links: links)
        let envelope = try PlanEnvelope.seal(plaintextHTML: PlanContentRenderer.render(content), token: token,
                                             geldigTot: plan.geldigTot.iso, nonceSource: random)
        let values = context.page(title: "Uw plan", description: "Een persoonlijk plan, alleen te openen met de code uit uw brief.",
                                  path: links.pagePath, ["planEnvelope": envelope.jsonString])
        return context.html("plan", path: "plan/\(links.pageId)/index.html", values)
    }
}

/// The addresses of one plan: the page (safe to print anywhere) and the share link (secret).
public struct PlanLinks: Sendable {
    public let pageId: String
    public let pagePath: String
    public let pageURL: String
    /// `<basis_url>/plan/<id>/#<token>`: the token travels only in the fragment.
    public let shareLink: String

    public init(token: PlanToken, basisURL: String) {
        pageId = PlanKeyDerivation(token: token).pageId
        pagePath = "/plan/\(pageId)/"
        pageURL = basisURL + pagePath
        shareLink = pageURL + "#" + token.formatted
    }
}
