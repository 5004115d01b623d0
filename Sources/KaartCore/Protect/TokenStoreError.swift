/// Why a token store operation failed. `description` is the Dutch message for the consultant.
public enum TokenStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case corrupt(path: String)
    case invalidToken(path: String, slug: String)
    case alreadyActive(slug: String)
    case noToken(slug: String)
    case invalidDate(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "Het tokenbestand \(path) kan niet worden gelezen (\(reason))."
        case .corrupt(let path):
            "Het tokenbestand \(path) is beschadigd: het is geen geldige JSON in de verwachte vorm. "
                + "Zet een reservekopie terug of herstel het bestand. Zonder dit bestand werken de bestaande links niet meer."
        case .invalidToken(let path, let slug):
            "In het tokenbestand \(path) staat bij plan \"\(slug)\" een ongeldige code."
        case .alreadyActive(let slug):
            "Plan \"\(slug)\" heeft al een geldige code. Wilt u een nieuwe code? Gebruik dan: kaart plan rotate \(slug)"
        case .noToken(let slug):
            "Plan \"\(slug)\" heeft nog geen code. Maak er een met: kaart plan token \(slug)"
        case .invalidDate(let value):
            "De datum \"\(value)\" is geen geldige datum in de vorm JJJJ-MM-DD."
        case .writeFailed(let path, let reason):
            "Het tokenbestand \(path) kan niet worden opgeslagen (\(reason))."
        }
    }
}
