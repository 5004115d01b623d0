import Foundation

/// The validate stage: checks the rules that need the whole site.
///
/// Codes must come from `taxonomie.yml`, municipalities from `site.yml`, references must point to
/// existing entries, and slugs must be unique. Stale entries give warnings. All problems are
/// collected, so editors see them in one run.
public struct SiteValidator: Sendable {
    private let today: LocalDate
    private let memo: GenerationMemo<EntryCheckKey, [Diagnostic]>?

    /// - Parameter memo: in `--watch`, the findings of each entry's own checks in the last build (`EntryCheckKey`).
    init(today: LocalDate, memo: GenerationMemo<EntryCheckKey, [Diagnostic]>?) {
        self.today = today
        self.memo = memo
    }

    public init(today: LocalDate) {
        self.init(today: today, memo: nil)
    }

    public func validate(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let codes = TaxonomyCodeChecker(taxonomy: site.taxonomy, municipalities: site.settings.gemeenten)
        let entries = site.directoryEntries
        let staleAfterMonths = site.settings.staleAfterMonths
        let environment = memo.map { _ in EntryCheckKey.environment(of: site, today: today) }
        // Each entry on its own, on every core; the diagnostics keep the entries' order.
        let perEntry = ConcurrentResults<[Diagnostic]>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            let entry = entries[index]
            let check = { codes.check(entry) + freshness(of: entry.common.laatstGecontroleerd, staleAfterMonths: staleAfterMonths) }
            perEntry[index] = environment.map { memo.value(for: EntryCheckKey(entry: entry, environment: $0), orMake: check) } ?? check()
        }
        diagnostics += perEntry.values.joined()
        for group in site.lotgenotengroepen {
            diagnostics += unmatchedExclusions(in: group)
        }
        for casus in site.casussen {
            diagnostics += codes.check(casus)
            diagnostics += freshness(of: casus.laatstGecontroleerd, staleAfterMonths: site.settings.staleAfterMonths)
        }
        for plan in site.plannen {
            diagnostics += codes.check(plan)
        }
        diagnostics += duplicateSlugs(in: site)
        diagnostics += ReferenceChecker(site: site).check()
        return diagnostics
    }

    private func freshness(of checked: Located<LocalDate>, staleAfterMonths: Int) -> [Diagnostic] {
        if checked.value > today {
            return [.error("De datum '\(checked.value.iso)' bij 'laatst_gecontroleerd' ligt in de toekomst.", at: checked.location)]
        }
        guard FreshnessRule(staleAfterMonths: staleAfterMonths).isStale(checked.value, today: today) else { return [] }
        return [.warning("Deze informatie is voor het laatst gecontroleerd op \(DutchDateFormatter.long(checked.value)), langer dan \(staleAfterMonths) maanden geleden. Controleer de gegevens bij de aanbieder.",
                         at: checked.location)]
    }

    private func unmatchedExclusions(in group: Lotgenotengroep) -> [Diagnostic] {
        group.bijeenkomsten.exclusionsOutsideSchedule().map { date in
            .warning("De datum \(date.iso) bij 'uitgezonderd' valt niet op een bijeenkomst volgens de rrule. Controleer de datum.",
                     at: SourceLocation(path: group.common.path, line: 1))
        }
    }

    private func duplicateSlugs(in site: Site) -> [Diagnostic] {
        var firstSeen: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let pages: [(slug: String, path: String)] = site.directoryEntries.map { ($0.slug, $0.common.path) } + site.casussen.map { ($0.slug, $0.path) }
        for page in pages {
            if let earlier = firstSeen[page.slug] {
                diagnostics.append(.error("De naam '\(page.slug)' wordt ook gebruikt door \(earlier). Elke naam mag maar één keer voorkomen, want verwijzingen gebruiken die naam.",
                                          at: SourceLocation(path: page.path, line: 1)))
            } else {
                firstSeen[page.slug] = page.path
            }
        }
        return diagnostics
    }
}

/// When an entry counts as out of date.
public struct FreshnessRule: Sendable {
    public var staleAfterMonths: Int

    public init(staleAfterMonths: Int) {
        self.staleAfterMonths = staleAfterMonths
    }

    public func isStale(_ checked: LocalDate, today: LocalDate) -> Bool {
        checked.adding(months: staleAfterMonths) < today
    }
}
