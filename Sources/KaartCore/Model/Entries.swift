/// A service or facility (`voorzieningen/`).
public struct Voorziening: DirectoryEntry {
    public static let kind = ContentKind.voorziening
    public var common: EntryCommon
    public var categorie: Located<String>
    public var resultaatgebieden: [Located<String>]
    public var toegang: Access
    public var wet: String?
}

/// A peer support group (`lotgenotengroepen/`).
public struct Lotgenotengroep: DirectoryEntry {
    public static let kind = ContentKind.lotgenotengroep
    public var common: EntryCommon
    public var thema: Located<String>
    public var bijeenkomsten: MeetingSchedule
    public var begeleiding: String?
    public var aanmelden: String?
}

/// A service desk (`loketten/`).
public struct Loket: DirectoryEntry {
    public static let kind = ContentKind.loket
    public var common: EntryCommon
    public var soort: Located<String>
    public var vragenOver: [Located<String>]
    public var spreekuren: OpeningHours?
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
