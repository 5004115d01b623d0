/// All HSDS records of one site, table by table, plus the nested service documents.
public struct HSDSDataset: Sendable {
    public var organizations: [HSDSOrganization] = []
    public var services: [HSDSService] = []
    public var locations: [HSDSLocation] = []
    public var addresses: [HSDSAddress] = []
    public var accessibility: [HSDSAccessibility] = []
    public var serviceAtLocations: [HSDSServiceAtLocation] = []
    public var phones: [HSDSPhone] = []
    public var schedules: [HSDSSchedule] = []
    public var serviceAreas: [HSDSServiceArea] = []
    public var languages: [HSDSLanguage] = []
    public var costOptions: [HSDSCostOption] = []
    public var taxonomies: [HSDSTaxonomy] = []
    public var taxonomyTerms: [HSDSTaxonomyTerm] = []
    public var attributes: [HSDSAttribute] = []
    /// One nested document per service (`services/<id>.json`).
    public var serviceDocuments: [HSDSService] = []

    /// Maps the public directory entries of `site`. Casussen and plans are never read.
    public init(site: Site) {
        let ids = HSDSIdentifier(siteAddress: site.settings.basisURL)
        let taxonomy = HSDSTaxonomyMapper(ids: ids, taxonomy: site.taxonomy)
        let mapper = HSDSEntryMapper(settings: site.settings, ids: ids, taxonomy: taxonomy)
        taxonomies = taxonomy.taxonomies
        taxonomyTerms = taxonomy.terms
        for entry in site.directoryEntries {
            add(mapper.records(for: entry))
        }
    }

    private mutating func add(_ records: HSDSServiceRecords) {
        if !organizations.contains(where: { $0.id == records.organization.id }) { organizations.append(records.organization) }
        services.append(records.service)
        locations += records.locations
        addresses += records.addresses
        accessibility += records.accessibility
        serviceAtLocations += records.serviceAtLocations
        phones += records.phones
        schedules += records.schedules
        serviceAreas += records.serviceAreas
        languages += records.languages
        costOptions += records.costOptions
        attributes += records.attributes
        serviceDocuments.append(records.nestedDocument)
    }

    /// Each table as its HSDS file name and its records, in a fixed order.
    public var tables: [(file: String, records: [any Encodable & Sendable])] {
        [("organizations.json", organizations), ("services.json", services), ("locations.json", locations),
         ("addresses.json", addresses), ("accessibility.json", accessibility),
         ("service_at_locations.json", serviceAtLocations), ("phones.json", phones), ("schedules.json", schedules),
         ("service_areas.json", serviceAreas), ("languages.json", languages), ("cost_options.json", costOptions),
         ("taxonomies.json", taxonomies), ("taxonomy_terms.json", taxonomyTerms), ("attributes.json", attributes)]
    }
}

extension HSDSDataset {
    /// "services.json: 52, locations.json: 40, …" for the terminal and the measurements.
    public var recordCounts: [(file: String, count: Int)] {
        tables.map { ($0.file, $0.records.count) }
    }
}
