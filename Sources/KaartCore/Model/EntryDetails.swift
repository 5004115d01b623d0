/// Small value types shared by the entry kinds.
public struct Provider: Sendable {
    public var naam: String
    public var website: String?
}

public struct ContactDetails: Sendable {
    public var telefoon: String?
    public var email: String?
    public var website: String?

    public var isEmpty: Bool { telefoon == nil && email == nil && website == nil }
}

public struct Location: Sendable {
    public var naam: String?
    public var adres: String?
    public var postcode: String?
    public var plaats: String?
    public var latitude: Double?
    public var longitude: Double?
    public var toegankelijkheid: String?
}

public struct AgeRange: Sendable {
    public var minimum: Int?
    public var maximum: Int?
}

/// Whether an entry is running.
public enum EntryStatus: String, Sendable, CaseIterable {
    case actief
    case tijdelijkGesloten = "tijdelijk-gesloten"
    case gestopt
}

/// How a resident gets access to a voorziening.
public enum Access: String, Sendable, CaseIterable {
    case vrij, indicatie, verwijzing

    /// A plain explanation for the entry page.
    public var explanation: String {
        switch self {
        case .vrij: "Vrij toegankelijk. U kunt zonder aanmelding of indicatie gebruikmaken van deze voorziening."
        case .indicatie: "Met een indicatie. U heeft eerst een besluit (beschikking) van de gemeente of het CIZ nodig. Het Wmo-loket helpt u daarbij."
        case .verwijzing: "Met een verwijzing. U heeft een verwijzing nodig van bijvoorbeeld de huisarts of een andere hulpverlener."
        }
    }

    public var label: String {
        switch self {
        case .vrij: "Vrij toegankelijk"
        case .indicatie: "Met indicatie"
        case .verwijzing: "Met verwijzing"
        }
    }
}
