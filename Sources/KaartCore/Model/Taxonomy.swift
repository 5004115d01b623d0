/// The allowed values of coded fields, with the labels visitors read (`taxonomie.yml`).
public struct Taxonomy: Sendable {
    public struct Term: Sendable, Equatable {
        public var key: String
        public var label: String
    }

    /// The groups in `taxonomie.yml`, and the fields that take their values.
    public enum Group: String, Sendable, CaseIterable {
        case categorie, doelgroepen, resultaatgebieden, thema, soort, vragen_over, arrangement
    }

    private let terms: [Group: [Term]]
    /// Label by key per group, for lookups per entry (the first term wins, as in `terms`).
    private let labels: [Group: [String: String]]

    public init(terms: [Group: [Term]]) {
        self.terms = terms
        labels = terms.mapValues { Dictionary($0.map { ($0.key, $0.label) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// The terms of a group in the order `taxonomie.yml` lists them.
    public func terms(_ group: Group) -> [Term] { terms[group] ?? [] }

    /// The label for a key; the key itself when the key is unknown (validation reports that).
    public func label(_ key: String, in group: Group) -> String {
        labels[group]?[key] ?? key
    }

    public func contains(_ key: String, in group: Group) -> Bool {
        labels[group]?[key] != nil
    }
}
