/// HSDS `location`: a place where a service is delivered.
public struct HSDSLocation: Encodable, Sendable {
    public var id: String
    public var locationType: String
    public var organizationId: String?
    public var name: String
    public var latitude: Double?
    public var longitude: Double?
    /// Nested only in the service document.
    public var addresses: [HSDSAddress]?
    public var accessibility: [HSDSAccessibility]?
}

/// HSDS `address`: the street address of a location.
public struct HSDSAddress: Encodable, Sendable {
    public var id: String
    public var locationId: String
    public var address1: String
    public var city: String
    public var stateProvince: String
    public var postalCode: String
    public var country: String
    public var addressType: String

    enum CodingKeys: String, CodingKey {
        case id, locationId, city, stateProvince, postalCode, country, addressType
        case address1 = "address_1"
    }
}

/// HSDS `accessibility`: how accessible a location is (`toegankelijkheid`).
public struct HSDSAccessibility: Encodable, Sendable {
    public var id: String
    public var locationId: String
    public var description: String
}

/// HSDS `service_at_location`: links a service to a location.
public struct HSDSServiceAtLocation: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var locationId: String
    /// Nested only in the service document.
    public var location: HSDSLocation?
}
