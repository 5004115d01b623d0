import Foundation

/// Turns the current plans into output jobs that can be cached without ever weakening the
/// encryption.
///
/// A plan page is reused only when its fingerprint is unchanged, and the fingerprint covers every
/// input of the plaintext that would be sealed (the plan, the entries it links, settings,
/// taxonomy, templates, program), the token and the expiry date. So a cached ciphertext is only
/// ever republished for the very same plaintext under the same key; any change seals afresh with
/// a new nonce. (Rendering the plaintext just to fingerprint it would double the cost of plans.)
/// Nonces are drawn from the build's random source for every published plan, in slug order,
/// whether or not its page is reused: a seeded source then gives each plan the same nonce in a
/// clean and in an incremental build.
struct PlanJobPlanner {
    init(site: Site, context: RenderContext, tokens: TokenStore, random: any RandomBytesSource, environment: BuildEnvironment) {
        self.site = site
        self.context = context
        self.tokens = tokens
        self.random = random
        self.environment = environment
    }

    let site: Site
    let context: RenderContext
    let tokens: TokenStore
    let random: any RandomBytesSource
    let environment: BuildEnvironment

    /// The plan jobs, the problems found before rendering (a current plan without a token) and
    /// the collector of problems found while rendering (a plan that could not be sealed).
    struct Result {
        var jobs: [OutputJob]
        var diagnostics: [Diagnostic]
        var sealingErrors: DiagnosticCollector
    }

    func jobs() -> Result {
        var jobs: [OutputJob] = []
        var diagnostics: [Diagnostic] = []
        let pageEnvironment = environment.pages
        for plan in site.plannen.sorted(by: { $0.slug < $1.slug }) where plan.geldigTot >= context.today {
            let planSite = reducedSite(for: plan)
            guard let token = tokens.activeToken(for: plan.slug) else {
                // The protector words the error (or stays silent for a revoked token).
                diagnostics += PlanProtector(tokens: tokens, random: random)
                    .protect(planSite, templates: context.templates, assets: context.assets, today: context.today).diagnostics
                continue
            }
            let nonce = random.bytes(PlanEnvelope.nonceByteCount)
            // Everything the plaintext is made of: the plan's file, the files of the entries its
            // goals link (or their absence), the token and expiry date (the page id and AAD), and
            // the page inputs (site.yml, taxonomy, templates, assets, program, today).
            var hasher = FingerprintHasher()
            hasher.add("plan")
            hasher.add(pageEnvironment)
            hasher.add(environment.digests.source(plan.path))
            for goal in plan.doelen {
                for reference in goal.voorzieningen {
                    hasher.add(reference.value)
                    hasher.add(context.entriesBySlug[reference.value].map { environment.digests.source($0.common.path) } ?? ContentDigests.unknown)
                }
            }
            hasher.add(bytes: token.bytes)
            hasher.add(plan.geldigTot.iso)
            let fingerprint = hasher.finalize()
            let protector = PlanProtector(tokens: tokens, random: FixedNonce(nonce))
            let errors = sealingErrors
            let templates = context.templates, assets = context.assets, today = context.today
            jobs.append(OutputJob(id: "plan:\(plan.slug)", fingerprint: { fingerprint }, render: {
                let result = protector.protect(planSite, templates: templates, assets: assets, today: today)
                errors.add(result.diagnostics)
                return result.files
            }))
        }
        return Result(jobs: jobs, diagnostics: diagnostics, sealingErrors: sealingErrors)
    }

    private let sealingErrors = DiagnosticCollector()

    /// The plan with only the entries it links: all that its page reads, and cheap to set up.
    private func reducedSite(for plan: Plan) -> Site {
        var reduced = site
        var seen = Set<String>()
        let linked = plan.doelen.flatMap { $0.voorzieningen.map(\.value) }
            .filter { seen.insert($0).inserted }
            .compactMap { context.entriesBySlug[$0] }
        reduced.voorzieningen = linked.compactMap { $0 as? Voorziening }
        reduced.lotgenotengroepen = linked.compactMap { $0 as? Lotgenotengroep }
        reduced.loketten = linked.compactMap { $0 as? Loket }
        reduced.casussen = []
        reduced.plannen = [plan]
        return reduced
    }
}

/// Exactly the nonce drawn for one plan.
private struct FixedNonce: RandomBytesSource {
    let nonce: [UInt8]

    init(_ nonce: [UInt8]) { self.nonce = nonce }

    func bytes(_ count: Int) -> [UInt8] {
        count <= nonce.count ? Array(nonce.prefix(count)) : nonce + SystemRandomBytes().bytes(count - nonce.count)
    }
}

/// Diagnostics gathered by jobs running in parallel.
final class DiagnosticCollector: @unchecked Sendable {
    private var stored: [Diagnostic] = []
    private let lock = NSLock()

    func add(_ diagnostics: [Diagnostic]) {
        lock.withLock { stored += diagnostics }
    }

    var diagnostics: [Diagnostic] { lock.withLock { stored } }
}

