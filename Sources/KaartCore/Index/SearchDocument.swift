/// One searchable entry (voorziening, lotgenotengroep, loket or casus) as the index sees it.
/// Plans are never turned into a `SearchDocument`.
public struct SearchDocument: Sendable {
    /// Site-relative URL of the entry page, e.g. "/voorzieningen/logeerhuis-de-linde/".
    public var url: String
    /// Dutch type label: "Voorziening", "Lotgenotengroep", "Loket", "Voorbeeld".
    public var type: String
    public var title: String
    public var summary: String
    /// Plain text; Markdown already stripped.
    public var body: String
    /// Trefwoorden.
    public var keywords: [String]
    /// Categorie (voorziening), thema (groep) or soort (loket), as key and label.
    public var categories: [(key: String, label: String)]
    /// Doelgroepen, as key and label.
    public var audiences: [(key: String, label: String)]
    /// Gemeenten served.
    public var municipalities: [String]
    /// "vrij", "indicatie", "verwijzing" or nil.
    public var access: String?
    public var isFree: Bool
    /// `openingstijden` of a voorziening or loket, for the "Nu open" line under the result.
    public var openingHours: OpeningHours?

    public init(
        url: String, type: String, title: String, summary: String, body: String,
        keywords: [String] = [], categories: [(key: String, label: String)] = [],
        audiences: [(key: String, label: String)] = [], municipalities: [String] = [],
        access: String? = nil, isFree: Bool = false, openingHours: OpeningHours? = nil
    ) {
        self.url = url; self.type = type; self.title = title; self.summary = summary; self.body = body
        self.keywords = keywords; self.categories = categories; self.audiences = audiences
        self.municipalities = municipalities; self.access = access; self.isFree = isFree
        self.openingHours = openingHours
    }
}
