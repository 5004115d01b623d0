import Foundation

/// What `kaart plan …` does: issue, rotate, revoke and list plan tokens, and print share links.
///
/// Every change is saved to the token store at once (mode 0600). Only `list` with `showTokens`
/// and `link` ever print a token.
public struct PlanTokenDesk {
    public struct Row: Sendable {
        public var slug: String
        public var issued: String?
        public var geldigTot: LocalDate
        public var status: String
        public var token: String?
    }

    private let plans: [Plan]
    private let basisURL: String
    private let storeURL: URL
    private var store: TokenStore
    private let today: LocalDate
    private let random: any RandomBytesSource

    /// Reads the plans and `site.yml` from the content folders, and the token store.
    public init(options: BuildOptions, today: LocalDate, random: any RandomBytesSource = SystemRandomBytes()) throws(PlanDeskError) {
        var loaderOptions = options
        loaderOptions.withoutPlans = false
        let content = ContentLoader(contentDirectory: options.contentDirectory, plansDirectory: loaderOptions.effectivePlansDirectory).load()
        let (site, diagnostics) = SiteParser.parse(content)
        let planPaths = Set(content.files.filter { $0.kind == .plan }.map(\.path))
        let planProblems = diagnostics.filter { $0.isError && planPaths.contains($0.location.path) }
        guard let site, planProblems.isEmpty else {
            throw .invalidContent(DiagnosticReport.text(for: planProblems.isEmpty ? diagnostics.filter(\.isError) : planProblems, content: content))
        }
        plans = site.plannen
        basisURL = site.settings.basisURL
        storeURL = URL(fileURLWithPath: options.tokenStorePath)
        do {
            store = try TokenStore.load(from: storeURL)
        } catch {
            throw .store("\(error)")
        }
        self.today = today
        self.random = random
    }

    public var permissionWarning: String? { TokenStoreFile.permissionWarning(for: storeURL) }

    /// Issues a token for one plan; returns its share link.
    public mutating func issue(_ slug: String) throws(PlanDeskError) -> String {
        let plan = try plan(slug)
        let (today, random) = (self.today, self.random)
        let token = try mutate { try $0.issue(slug: plan.slug, today: today.iso, random: random) }
        return PlanLinks(token: token, basisURL: basisURL).shareLink
    }

    /// Issues tokens for every plan that never had one; returns slug and share link of each.
    public mutating func issueMissing() throws(PlanDeskError) -> [(slug: String, link: String)] {
        var issued: [(String, String)] = []
        // An expired plan is not published, so a code for it would only be a secret to guard for nothing.
        for plan in plans where store.entries[plan.slug] == nil && plan.geldigTot >= today {
            issued.append((plan.slug, try issue(plan.slug)))
        }
        return issued
    }

    public mutating func rotate(_ slug: String) throws(PlanDeskError) -> String {
        let plan = try plan(slug)
        let (today, random) = (self.today, self.random)
        let token = try mutate { try $0.rotate(slug: plan.slug, today: today.iso, random: random) }
        return PlanLinks(token: token, basisURL: basisURL).shareLink
    }

    public mutating func revoke(_ slug: String) throws(PlanDeskError) {
        let plan = try plan(slug)
        try mutate { try $0.revoke(slug: plan.slug) }
    }

    public func link(_ slug: String) throws(PlanDeskError) -> String {
        let plan = try plan(slug)
        guard plan.geldigTot >= today else {
            throw .store("Plan \"\(plan.slug)\" was geldig tot \(DutchDateFormatter.long(plan.geldigTot)). Het staat niet meer op de site, dus er is geen werkende link. Pas 'geldig_tot' aan als het plan langer moet gelden.")
        }
        guard let token = store.activeToken(for: plan.slug) else {
            // A revoked plan did have a code; "heeft nog geen code" would send the consultant looking for a lost one.
            if store.entries[plan.slug]?.status == .ingetrokken {
                throw .store("De code van plan \"\(plan.slug)\" is ingetrokken, dus er is geen werkende link. Maak een nieuwe code met: kaart plan token \(plan.slug)")
            }
            throw .store("\(TokenStoreError.noToken(slug: plan.slug))")
        }
        return PlanLinks(token: token, basisURL: basisURL).shareLink
    }

    public func list(showTokens: Bool) -> [Row] {
        plans.sorted { $0.slug < $1.slug }.map { plan in
            let entry = store.entries[plan.slug]
            let status: String = if plan.geldigTot < today {
                "verlopen"
            } else if let entry {
                entry.status == .actief ? "actief" : "ingetrokken"
            } else {
                "geen code"
            }
            return Row(slug: plan.slug, issued: entry?.uitgegeven, geldigTot: plan.geldigTot, status: status,
                       token: showTokens ? store.activeToken(for: plan.slug)?.formatted : nil)
        }
    }

    private func plan(_ slug: String) throws(PlanDeskError) -> Plan {
        if let plan = plans.first(where: { $0.slug == slug }) { return plan }
        throw .unknownPlan(slug, suggestion: Suggestion.closest(to: slug, in: plans.map(\.slug)))
    }

    @discardableResult
    private mutating func mutate<Result>(_ change: (inout TokenStore) throws -> Result) throws(PlanDeskError) -> Result {
        var updated = store
        do {
            let result = try change(&updated)
            try updated.save(to: storeURL)
            store = updated
            return result
        } catch {
            throw .store("\(error)")
        }
    }
}

/// Why a `kaart plan` command failed; Dutch, for consultants.
public enum PlanDeskError: Error, CustomStringConvertible {
    case invalidContent(String)
    case store(String)
    case unknownPlan(String, suggestion: String?)

    public var description: String {
        switch self {
        case .invalidContent(let report): "De plannen kunnen niet worden gelezen:\n\(report)"
        case .store(let message): message
        case .unknownPlan(let slug, let suggestion):
            "Er is geen plan '\(slug)'." + (suggestion.map { " Bedoelde u '\($0)'?" } ?? " Gebruik 'kaart plan list' om de plannen te zien.")
        }
    }
}
