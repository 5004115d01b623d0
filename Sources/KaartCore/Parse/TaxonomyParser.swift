/// Parses `taxonomie.yml`: per group a mapping of key to label, in display order.
enum TaxonomyParser {
    static func parse(_ reader: FieldReader) -> Taxonomy {
        reader.warnAboutUnknownKeys(known: Set(Taxonomy.Group.allCases.map(\.rawValue)))
        var terms: [Taxonomy.Group: [Taxonomy.Term]] = [:]
        for group in Taxonomy.Group.allCases {
            guard let groupReader = reader.mapping(group.rawValue, required: true) else { continue }
            terms[group] = groupReader.keys.compactMap { key, keyNode in
                if let problem = SlugRules.problem(with: key) {
                    reader.sink.error("De code '\(key)' in '\(group.rawValue)' is ongeldig. \(problem)", at: reader.location(of: keyNode))
                    return nil
                }
                guard let label = groupReader.string(key, required: true) else { return nil }
                return Taxonomy.Term(key: key, label: label)
            }
        }
        return Taxonomy(terms: terms)
    }
}
