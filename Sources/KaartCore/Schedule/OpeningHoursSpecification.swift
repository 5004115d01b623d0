/// A schema.org `OpeningHoursSpecification` for JSON-LD, built from `OpeningHours`.
///
/// Closed exception days use `opens` = `closes` = `00:00` with `validFrom`/`validThrough`,
/// which is how schema.org (and Google's structured-data guide) expresses "closed all day".
public struct OpeningHoursSpecification: Hashable, Sendable, Encodable {
    public let type = "OpeningHoursSpecification"
    /// schema.org day URLs, e.g. `https://schema.org/Monday`; nil for a dated exception.
    public let dayOfWeek: [String]?
    /// `HH:MM`.
    public let opens: String
    /// `HH:MM`.
    public let closes: String
    /// `YYYY-MM-DD`, only for exceptions.
    public let validFrom: String?
    /// `YYYY-MM-DD`, only for exceptions.
    public let validThrough: String?

    public init(dayOfWeek: [String]?, opens: String, closes: String,
                validFrom: String? = nil, validThrough: String? = nil) {
        self.dayOfWeek = dayOfWeek
        self.opens = opens
        self.closes = closes
        self.validFrom = validFrom
        self.validThrough = validThrough
    }

    /// True for a "closed all day" exception.
    public var isClosed: Bool { opens == "00:00" && closes == "00:00" }

    enum CodingKeys: String, CodingKey {
        case type = "@type"
        case dayOfWeek, opens, closes, validFrom, validThrough
    }
}

extension OpeningHours {
    /// One specification per distinct time range (days sharing it are grouped, Monday first),
    /// then one per closed exception day. Exceptions that are not closing days carry no hours
    /// and are left out.
    public func schemaOrgSpecifications() -> [OpeningHoursSpecification] {
        var order: [TimeRange] = []
        var daysByRange: [TimeRange: [Weekday]] = [:]
        for weekday in Weekday.allCases {
            for range in ranges(on: weekday) {
                if daysByRange[range] == nil { order.append(range) }
                daysByRange[range, default: []].append(weekday)
            }
        }
        let weekly = order.map { range in
            OpeningHoursSpecification(dayOfWeek: daysByRange[range]!.map(\.schemaOrgURL),
                                      opens: range.start.hhmm, closes: range.end.hhmm)
        }
        let closed = uitzonderingen.filter(\.gesloten).map { exception in
            OpeningHoursSpecification(dayOfWeek: nil, opens: "00:00", closes: "00:00",
                                      validFrom: exception.datum.iso, validThrough: exception.datum.iso)
        }
        return weekly + closed
    }
}
