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
    /// Reviewed texts the anonymisation scanner must not report (`anonimisering.yml`).
    public var anonymisationAllowList: [AllowedText]

    /// All entries with a page of their own in the sociale kaart, in a stable order.
    public var directoryEntries: [any DirectoryEntry] {
        voorzieningen as [any DirectoryEntry] + lotgenotengroepen + loketten
    }
}

/// One reviewed exception in `anonimisering.yml`.
public struct AllowedText: Sendable {
    public var tekst: String
    public var reden: String
    public var location: SourceLocation
}
