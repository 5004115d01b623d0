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

    private var terms: [Group: [Term]]

    public init(terms: [Group: [Term]]) {
        self.terms = terms
    }

    /// The terms of a group in the order `taxonomie.yml` lists them.
    public func terms(_ group: Group) -> [Term] { terms[group] ?? [] }

    /// The label for a key; the key itself when the key is unknown (validation reports that).
    public func label(_ key: String, in group: Group) -> String {
        terms(group).first { $0.key == key }?.label ?? key
    }
}
