/// Everything the parse stage produced: the typed content of one site.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var taxonomy: Taxonomy
    public var voorzieningen: [Voorziening]
    public var lotgenotengroepen: [Lotgenotengroep]
    public var loketten: [Loket]
    public var casussen: [Casus]
    public var plannen: [Plan]
    /// Search synonyms (`synoniemen.yml`): groups of words that mean the same, and abbreviations.
    public var synonymGroups: [[String]]
    public var abbreviations: [String: String]
    /// The anonymisation settings (`anonimisering.yml`).
    public var anonymisation: AnonymisationSettings

    /// All entries with a page of their own in the sociale kaart, in a stable order.
    public var directoryEntries: [any DirectoryEntry] {
        voorzieningen as [any DirectoryEntry] + lotgenotengroepen + loketten
    }
}

/// `anonimisering.yml`: reviewed exceptions, and the small places where an exact age identifies someone.
public struct AnonymisationSettings: Sendable {
    public var allowList: [AllowedText] = []
    public var smallPlaces: [String] = []
}

/// One reviewed exception in `anonimisering.yml`.
public struct AllowedText: Sendable {
    public var tekst: String
    public var reden: String
    public var location: SourceLocation
}
