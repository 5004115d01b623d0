/// Checks that every slug a casus or plan names belongs to an existing entry.
struct ReferenceChecker {
    private let knownSlugs: Set<String>
    private let casusSlugs: Set<String>
    private let site: Site

    init(site: Site) {
        self.site = site
        knownSlugs = Set(site.directoryEntries.map(\.slug))
        casusSlugs = Set(site.casussen.map(\.slug))
    }

    func check() -> [Diagnostic] {
        let references = site.casussen.flatMap(\.voorzieningen) + site.plannen.flatMap { $0.doelen.flatMap(\.voorzieningen) }
        return references.compactMap { reference in
            guard !knownSlugs.contains(reference.value) else { return nil }
            // References only point from casussen and plans to entries, never back, so they
            // cannot form a cycle; a reference to a casus would be the first step of one.
            if casusSlugs.contains(reference.value) {
                return .error("'\(reference.value)' verwijst naar een casus. Verwijs alleen naar een voorziening, lotgenotengroep of loket.",
                              at: reference.location)
            }
            var message = "Er is geen voorziening, lotgenotengroep of loket met de naam '\(reference.value)'."
            if let suggestion = Suggestion.closest(to: reference.value, in: knownSlugs, maximumDistance: 3) {
                message += " Bedoelde u '\(suggestion)'?"
            }
            return .error(message, at: reference.location)
        }
    }
}
