/// Synonyms and acronyms from `content/synoniemen.yml`, expanded at query time in the browser.
///
/// Query-time expansion keeps the index small (one copy of each posting list) and lets the
/// ranking put synonym matches below literal ones.
public struct SynonymTable: Sendable {
    /// Groups of interchangeable phrases, e.g. ["respijtzorg", "logeerzorg", "vervangende mantelzorg", "oppas"].
    public let groups: [[String]]
    /// Acronym → full form, e.g. "wmo" → "Wet maatschappelijke ondersteuning".
    public let abbreviations: [String: String]

    public init(groups: [[String]], abbreviations: [String: String]) {
        self.groups = groups
        self.abbreviations = abbreviations
    }

    /// All groups as folded token lists, acronyms included as two-member groups.
    /// Empty phrases are dropped; groups with fewer than two phrases are dropped.
    public func normalizedGroups() -> [[[String]]] {
        var all = groups
        for key in abbreviations.keys.sorted() { all.append([key, abbreviations[key]!]) }
        return all.compactMap { group in
            var seen = Set<[String]>()
            let phrases = group.map { DutchNormalizer.terms($0) }.filter { !$0.isEmpty && seen.insert($0).inserted }
            return phrases.count >= 2 ? phrases : nil
        }
    }
}
