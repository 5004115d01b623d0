/// HSDS `taxonomy`: one group of `taxonomie.yml`, such as `categorie`.
public struct HSDSTaxonomy: Encodable, Sendable {
    public var id: String
    public var name: String
    public var description: String
}

/// HSDS `taxonomy_term`: one allowed value of a group, with its Dutch label.
public struct HSDSTaxonomyTerm: Encodable, Sendable {
    public var id: String
    public var code: String
    public var name: String
    public var description: String
    public var taxonomy: String
    public var taxonomyId: String
    public var language: String
    /// Nested only in the service document.
    public var taxonomyDetail: HSDSTaxonomy?
}

/// HSDS `attribute`: links a service to a taxonomy term, or carries a `trefwoord` as value.
public struct HSDSAttribute: Encodable, Sendable {
    public var id: String
    public var linkId: String
    public var linkType: String
    public var linkEntity: String
    public var taxonomyTermId: String?
    public var value: String?
    /// Nested only in the service document.
    public var taxonomyTerm: HSDSTaxonomyTerm?
}
