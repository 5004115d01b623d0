/// HSDS `service`. In `services.json` the nested arrays are absent (the other tables link by
/// id); in `services/<id>.json` they hold the full nested document.
public struct HSDSService: Encodable, Sendable {
    public var id: String
    public var organizationId: String
    public var name: String
    public var description: String
    public var url: String?
    public var email: String?
    public var status: String
    public var applicationProcess: String?
    public var feesDescription: String?
    public var minimumAge: Int?
    public var maximumAge: Int?
    public var assuredDate: String
    public var alert: String?

    public var organization: HSDSOrganization?
    public var phones: [HSDSPhone]?
    public var schedules: [HSDSSchedule]?
    public var serviceAreas: [HSDSServiceArea]?
    public var serviceAtLocations: [HSDSServiceAtLocation]?
    public var languages: [HSDSLanguage]?
    public var costOptions: [HSDSCostOption]?
    public var attributes: [HSDSAttribute]?

    /// The HSDS status for a kaart status. `tijdelijk-gesloten` has an exact HSDS 3 value.
    public static func status(for status: EntryStatus) -> String {
        switch status {
        case .actief: "active"
        case .tijdelijkGesloten: "temporarily closed"
        case .gestopt: "defunct"
        }
    }
}
