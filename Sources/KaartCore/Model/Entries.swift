// The entries are immutable classes, so passing one around as `any DirectoryEntry` copies a
// reference, not every field (see `EntryCommon`).

/// A service or facility (`voorzieningen/`).
public final class Voorziening: DirectoryEntry {
    public static let kind = ContentKind.voorziening
    public let common: EntryCommon
    public let categorie: Located<String>
    public let resultaatgebieden: [Located<String>]
    public let toegang: Access
    public let wet: String?

    init(common: EntryCommon, categorie: Located<String>, resultaatgebieden: [Located<String>], toegang: Access, wet: String?) {
        self.common = common
        self.categorie = categorie
        self.resultaatgebieden = resultaatgebieden
        self.toegang = toegang
        self.wet = wet
    }
}

/// A peer support group (`lotgenotengroepen/`).
public final class Lotgenotengroep: DirectoryEntry {
    public static let kind = ContentKind.lotgenotengroep
    public let common: EntryCommon
    public let thema: Located<String>
    public let bijeenkomsten: MeetingSchedule
    public let begeleiding: String?
    public let aanmelden: String?

    init(common: EntryCommon, thema: Located<String>, bijeenkomsten: MeetingSchedule, begeleiding: String?, aanmelden: String?) {
        self.common = common
        self.thema = thema
        self.bijeenkomsten = bijeenkomsten
        self.begeleiding = begeleiding
        self.aanmelden = aanmelden
    }
}

/// A service desk (`loketten/`).
public final class Loket: DirectoryEntry {
    public static let kind = ContentKind.loket
    public let common: EntryCommon
    public let soort: Located<String>
    public let vragenOver: [Located<String>]
    public let spreekuren: OpeningHours?

    init(common: EntryCommon, soort: Located<String>, vragenOver: [Located<String>], spreekuren: OpeningHours?) {
        self.common = common
        self.soort = soort
        self.vragenOver = vragenOver
        self.spreekuren = spreekuren
    }
}

/// An anonymised example case (`casussen/`).
public struct Casus: Sendable {
    public var slug: String
    public var path: String
    public var titel: String
    public var samenvatting: String
    public var arrangement: Located<String>
    public var resultaatgebieden: [Located<String>]
    /// Slugs of voorzieningen, lotgenotengroepen or loketten that played a part.
    public var voorzieningen: [Located<String>]
    public var doelen: [String]
    public var laatstGecontroleerd: Located<LocalDate>
    public var body: String
    public var bodyFirstLine: Int
    /// The whole file, front matter included, for the personal-data scan (its lines are file lines).
    public var sourceText: String

    public var url: String { "/casussen/\(slug)/" }
}
