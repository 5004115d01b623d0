/// Checks that every slug a casus or plan names belongs to an existing entry.
struct ReferenceChecker {
    private let knownSlugs: Set<String>
    private let site: Site

    init(site: Site) {
        self.site = site
        knownSlugs = Set(site.directoryEntries.map(\.slug))
    }

    func check() -> [Diagnostic] {
        let references = site.casussen.flatMap(\.voorzieningen) + site.plannen.flatMap { $0.doelen.flatMap(\.voorzieningen) }
        return references.compactMap { reference in
            guard !knownSlugs.contains(reference.value) else { return nil }
            var message = "Er is geen voorziening, lotgenotengroep of loket met de naam '\(reference.value)'."
            if let suggestion = Suggestion.closest(to: reference.value, in: knownSlugs, maximumDistance: 3) {
                message += " Bedoelde u '\(suggestion)'?"
            }
            return .error(message, at: reference.location)
        }
    }
}
