import Foundation

/// schema.org JSON-LD for entry pages: Service or GovernmentService with a Place and its
/// OpeningHoursSpecification; for lotgenotengroepen an Event with an eventSchedule.
enum StructuredData {
    static func jsonLD(for entry: any DirectoryEntry, context: RenderContext) -> String {
        serialize(object(for: entry, context: context))
    }

    static func object(for entry: any DirectoryEntry, context: RenderContext) -> [String: Any] {
        let common = entry.common
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "name": common.titel,
            "description": common.samenvatting,
            "url": context.absoluteURL(entry.url),
            "inLanguage": "nl",
        ]
        if let provider = common.aanbieder {
            object[entry is Lotgenotengroep ? "organizer" : "provider"] = compact(["@type": "Organization", "name": provider.naam, "url": provider.website])
        }
        let places = places(for: common)
        switch entry {
        case let group as Lotgenotengroep:
            object["@type"] = "Event"
            object["eventSchedule"] = schedule(group.bijeenkomsten)
            object["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            object["eventStatus"] = "https://schema.org/EventScheduled"
            if let first = group.bijeenkomsten.occurrences(from: context.today, limit: 1).first ?? group.bijeenkomsten.firstRuleInstance {
                object["startDate"] = AmsterdamClock.iso8601(on: first, at: group.bijeenkomsten.begin)
            }
            object["location"] = places.first ?? ["@type": "VirtualLocation", "url": context.absoluteURL(entry.url)]
        default:
            object["@type"] = entry is Loket ? "GovernmentService" : "Service"
            object["areaServed"] = common.gemeenten.map { municipality -> [String: Any] in
                municipality.value == "landelijk" ? ["@type": "Country", "name": "Nederland"] : ["@type": "AdministrativeArea", "name": municipality.value]
            }
            object["audience"] = common.doelgroepen.map { ["@type": "Audience", "audienceType": context.label($0.value, in: .doelgroepen)] }
            if !places.isEmpty { object["availableChannel"] = places.map { ["@type": "ServiceChannel", "serviceLocation": $0] } }
            if let phone = common.contact?.telefoon { object["telephone"] = phone }
        }
        if common.gratis { object["isAccessibleForFree"] = true }
        return object
    }

    private static func places(for common: EntryCommon) -> [[String: Any]] {
        guard !common.vertrouwelijkAdres else { return [] }
        let hours = common.openingstijden?.schemaOrgSpecifications().map(specification) ?? []
        return common.locaties.map { location in
            var place: [String: Any] = ["@type": "Place", "name": location.naam ?? common.titel]
            place["address"] = compact([
                "@type": "PostalAddress", "streetAddress": location.adres, "postalCode": location.postcode,
                "addressLocality": location.plaats, "addressCountry": "NL",
            ])
            if let latitude = location.latitude, let longitude = location.longitude {
                place["geo"] = ["@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude]
            }
            if !hours.isEmpty { place["openingHoursSpecification"] = hours }
            return place
        }
    }

    private static func specification(_ specification: OpeningHoursSpecification) -> [String: Any] {
        compact([
            "@type": "OpeningHoursSpecification", "dayOfWeek": specification.dayOfWeek,
            "opens": specification.opens, "closes": specification.closes,
            "validFrom": specification.validFrom, "validThrough": specification.validThrough,
        ])
    }

    private static func schedule(_ schedule: MeetingSchedule) -> [String: Any] {
        let rule = schedule.rule
        let unit = rule.frequency == .weekly ? "W" : "M"
        var values: [String: Any] = [
            "@type": "Schedule",
            "repeatFrequency": "P\(rule.interval)\(unit)",
            "startDate": schedule.vanaf.iso,
            "startTime": schedule.begin.hhmm,
            "endTime": schedule.end.hhmm,
            "scheduleTimezone": "Europe/Amsterdam",
        ]
        if !rule.byDay.isEmpty { values["byDay"] = rule.byDay.map(\.weekday.schemaOrgURL) }
        if let end = schedule.tot ?? rule.until { values["endDate"] = end.iso }
        if !schedule.uitgezonderd.isEmpty { values["exceptDate"] = schedule.uitgezonderd.map(\.iso) }
        return values
    }

    private static func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { $0 }
    }

    /// JSON safe to embed in a `<script type="application/ld+json">` block.
    static func serialize(_ object: [String: Any]) -> String {
        (CompactJSONWriter.encode(object) ?? "{}").replacingLessThan()
    }

    /// The reference serialisation with JSONSerialization alone, which `serialize` must equal (tested).
    static func foundationSerialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
              let json = String(data: data, encoding: .utf8) else { return "{}" }
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}

extension String {
    /// `replacingOccurrences(of: "<", with: "\\u003c")`, skipping Foundation's search when there is
    /// no `<` at all (nearly always).
    fileprivate func replacingLessThan() -> String {
        guard utf8.contains(UInt8(ascii: "<")) else { return self }
        return replacingOccurrences(of: "<", with: "\\u003c")
    }
}
