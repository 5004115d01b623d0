/// One piece of likely personal data found in a text.
///
/// A finding never carries the full offending text, only a masked form, so it can be
/// printed in build logs without leaking the data it warns about.
public struct PersonalDataFinding: Sendable, Equatable {
    /// The kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case bsn, telefoonnummer, email, iban, postcodeHuisnummer, straatHuisnummer
        case geboortedatum, naam, kenteken, leeftijdEnPlaats
    }

    /// What was found.
    public let kind: Kind
    /// 1-based line in the scanned text.
    public let line: Int
    /// 1-based column, counted in Characters.
    public let column: Int
    /// e.g. "06•••••••••8": enough to find it, never the whole value.
    public let maskedText: String
    /// True only for `leeftijdEnPlaats`: a hint for the editor, not a reason to fail the build.
    public let isWarningOnly: Bool

    /// Creates a finding. `isWarningOnly` follows from the kind.
    public init(kind: Kind, line: Int, column: Int, maskedText: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.maskedText = maskedText
        self.isWarningOnly = kind == .leeftijdEnPlaats
    }

    /// Dutch label for messages to editors (B1 level).
    public var dutchLabel: String {
        switch kind {
        case .bsn: return "BSN"
        case .telefoonnummer: return "telefoonnummer"
        case .email: return "e-mailadres"
        case .iban: return "IBAN"
        case .postcodeHuisnummer: return "postcode met huisnummer"
        case .straatHuisnummer: return "straat met huisnummer"
        case .geboortedatum: return "geboortedatum"
        case .naam: return "naam na aanspreekvorm"
        case .kenteken: return "kenteken"
        case .leeftijdEnPlaats: return "leeftijd met kleine woonplaats"
        }
    }
}
