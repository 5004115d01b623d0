/// One entry, by identity, with everything its own checks read besides it (`SiteValidator`):
/// the taxonomy, the municipalities, the age after which it counts as stale, and today. An entry
/// is made once per version of its file and never changed (the parse memo hands out the same
/// object while the file is the same), so in `--watch` the key finds the last build's findings
/// (`RebuildMemory.entryChecks`). Checking 10 000 entries again took a thirtieth of a rebuild.
struct EntryCheckKey: Hashable, Sendable {
    /// Held, not only named: an object's address may be taken by a new one once it is freed.
    let entry: any DirectoryEntry
    let environment: Fingerprint

    static func == (a: Self, b: Self) -> Bool { a.entry === b.entry && a.environment == b.environment }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(entry))
        hasher.combine(environment)
    }

    /// The part of the key all entries of a build share.
    static func environment(of site: Site, today: LocalDate) -> Fingerprint {
        var hasher = FingerprintHasher()
        hasher.add("entry checks")
        for group in Taxonomy.Group.allCases {
            let terms = site.taxonomy.terms(group)
            hasher.add(group.rawValue)
            hasher.add(terms.count)
            for term in terms {
                hasher.add(term.key)
                hasher.add(term.label)
            }
        }
        hasher.add(site.settings.gemeenten.count)
        for municipality in site.settings.gemeenten { hasher.add(municipality) }
        hasher.add(site.settings.staleAfterMonths)
        hasher.add(today.iso)
        return hasher.finalize()
    }
}
