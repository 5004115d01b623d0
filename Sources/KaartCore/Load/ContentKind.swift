/// The kinds of Markdown content `kaart` reads, each from its own folder.
public enum ContentKind: String, Sendable, CaseIterable, Hashable {
    case voorziening
    case lotgenotengroep
    case loket
    case casus
    case plan

    /// The folder under `content/` that holds this kind.
    public var folder: String {
        switch self {
        case .voorziening: "voorzieningen"
        case .lotgenotengroep: "lotgenotengroepen"
        case .loket: "loketten"
        case .casus: "casussen"
        case .plan: "plannen"
        }
    }

    /// The kinds that are published as readable pages.
    public static let publicKinds: [ContentKind] = [.voorziening, .lotgenotengroep, .loket, .casus]

    /// How a visitor reads the kind in a sentence or badge.
    public var dutchLabel: String {
        switch self {
        case .voorziening: "Voorziening"
        case .lotgenotengroep: "Lotgenotengroep"
        case .loket: "Loket"
        case .casus: "Voorbeeld"
        case .plan: "Plan"
        }
    }
}
