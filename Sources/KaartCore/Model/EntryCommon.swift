/// The fields that voorzieningen, lotgenotengroepen and loketten share.
public struct EntryCommon: Sendable {
    public var slug: String
    public var path: String
    public var titel: String
    public var samenvatting: String
    public var gemeenten: [Located<String>]
    public var wijken: [String]
    public var doelgroepen: [Located<String>]
    public var laatstGecontroleerd: Located<LocalDate>
    public var status: EntryStatus
    public var trefwoorden: [String]
    public var aanbieder: Provider?
    public var contact: ContactDetails?
    public var locaties: [Location]
    public var vertrouwelijkAdres: Bool
    public var openingstijden: OpeningHours?
    public var talen: [String]
    public var kosten: String?
    public var gratis: Bool
    public var leeftijd: AgeRange?
    /// The Markdown body, and the file line it starts on.
    public var body: String
    public var bodyFirstLine: Int
}

/// An entry that has its own public page in the sociale kaart.
public protocol DirectoryEntry: Sendable {
    static var kind: ContentKind { get }
    var common: EntryCommon { get }
}

extension DirectoryEntry {
    public var kind: ContentKind { Self.kind }
    public var slug: String { common.slug }
    /// The page address relative to the site root, e.g. `/voorzieningen/logeerhuis/`.
    public var url: String { "/\(Self.kind.folder)/\(common.slug)/" }
}
