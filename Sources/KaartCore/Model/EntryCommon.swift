/// The fields that voorzieningen, lotgenotengroepen and loketten share.
///
/// A class, like the entries that hold it: an entry is passed around as `any DirectoryEntry`
/// everywhere in the pipeline, and copying a struct of twenty fields out of every existential
/// retained each of them (about a tenth of the CPU time of a `--watch` rebuild at 10 000 entries).
/// Nothing changes an entry after parsing.
public final class EntryCommon: Sendable {
    public let slug: String
    public let path: String
    public let titel: String
    public let samenvatting: String
    public let gemeenten: [Located<String>]
    public let wijken: [String]
    public let doelgroepen: [Located<String>]
    public let laatstGecontroleerd: Located<LocalDate>
    public let status: EntryStatus
    public let trefwoorden: [String]
    public let aanbieder: Provider?
    public let contact: ContactDetails?
    public let locaties: [Location]
    public let vertrouwelijkAdres: Bool
    public let openingstijden: OpeningHours?
    public let talen: [String]
    public let kosten: String?
    public let gratis: Bool
    public let leeftijd: AgeRange?
    /// The Markdown body, and the file line it starts on.
    public let body: String
    public let bodyFirstLine: Int

    init(slug: String, path: String, titel: String, samenvatting: String, gemeenten: [Located<String>], wijken: [String],
         doelgroepen: [Located<String>], laatstGecontroleerd: Located<LocalDate>, status: EntryStatus, trefwoorden: [String],
         aanbieder: Provider?, contact: ContactDetails?, locaties: [Location], vertrouwelijkAdres: Bool,
         openingstijden: OpeningHours?, talen: [String], kosten: String?, gratis: Bool, leeftijd: AgeRange?,
         body: String, bodyFirstLine: Int) {
        self.slug = slug
        self.path = path
        self.titel = titel
        self.samenvatting = samenvatting
        self.gemeenten = gemeenten
        self.wijken = wijken
        self.doelgroepen = doelgroepen
        self.laatstGecontroleerd = laatstGecontroleerd
        self.status = status
        self.trefwoorden = trefwoorden
        self.aanbieder = aanbieder
        self.contact = contact
        self.locaties = locaties
        self.vertrouwelijkAdres = vertrouwelijkAdres
        self.openingstijden = openingstijden
        self.talen = talen
        self.kosten = kosten
        self.gratis = gratis
        self.leeftijd = leeftijd
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }
}

/// An entry that has its own public page in the sociale kaart. Entries are classes, made once per
/// version of their file and never changed, so an entry's identity can key what was found about it.
public protocol DirectoryEntry: AnyObject, Sendable {
    static var kind: ContentKind { get }
    var common: EntryCommon { get }
}

extension DirectoryEntry {
    public var kind: ContentKind { Self.kind }
    public var slug: String { common.slug }
    /// The page address relative to the site root, e.g. `/voorzieningen/logeerhuis/`.
    public var url: String { "/\(Self.kind.folder)/\(common.slug)/" }
}
