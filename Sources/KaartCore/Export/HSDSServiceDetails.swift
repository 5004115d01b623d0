/// HSDS `phone`.
public struct HSDSPhone: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var number: String
}

/// HSDS `schedule`: one weekly opening row, or the RRULE of a lotgenotengroep's meetings.
/// Times are local Europe/Amsterdam time, as `description` and `notes` say.
public struct HSDSSchedule: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var dtstart: String?
    public var until: String?
    public var count: Int?
    public var wkst: String?
    public var freq: String
    public var interval: Int?
    public var byday: String?
    public var opensAt: String
    public var closesAt: String
    public var description: String?
    public var notes: String?
}

/// HSDS `service_area`: a gemeente or wijk the service covers.
public struct HSDSServiceArea: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var name: String
    public var description: String
}

/// HSDS `language`: a language the service is offered in.
public struct HSDSLanguage: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var name: String
    public var code: String
}

/// HSDS `cost_option`: written for free services (amount 0).
public struct HSDSCostOption: Encodable, Sendable {
    public var id: String
    public var serviceId: String
    public var option: String
    public var currency: String
    public var amount: Double
    public var amountDescription: String?
}
