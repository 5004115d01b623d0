/// HSDS `organization`: who delivers a service.
public struct HSDSOrganization: Encodable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
    public var email: String?
    public var website: String?
}
