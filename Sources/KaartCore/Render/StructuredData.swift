import Foundation

/// schema.org JSON-LD for entry pages: Service or GovernmentService with a Place and its
/// OpeningHoursSpecification; for lotgenotengroepen an Event with an eventSchedule.
///
/// Written straight from the entry, keys in JSONSerialization's sorted order, `<` as `\u003c` so
/// that the JSON can sit in a `<script>` block. `StructuredDataReferenceTests` compares it with
/// the same object built as a dictionary and written by JSONSerialization. One intended difference:
/// a `<` followed by a combining mark is escaped too (the earlier character-based replace skipped it).
enum StructuredData {
    static func jsonLD(for entry: any DirectoryEntry, context: RenderContext) -> String {
        let common = entry.common
        let group = entry as? Lotgenotengroep
        let hours = common.openingstijden?.schemaOrgSpecifications() ?? []
        let places = common.vertrouwelijkAdres ? [] : common.locaties
        var writer = SortedJSONWriter(escapingLessThan: true)
        writer.object { json in
            json.field("@context", "https://schema.org")
            if let group {
                json.field("@type", "Event")
                json.field("description", common.samenvatting)
                json.field("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode")
                json.field("eventSchedule", object: { schedule(&$0, group.bijeenkomsten) })
                json.field("eventStatus", "https://schema.org/EventScheduled")
            } else {
                json.field("@type", entry is Loket ? "GovernmentService" : "Service")
                json.key("areaServed")
                json.array(common.gemeenten) { json, municipality in
                    json.object { area in
                        let national = municipality.value == "landelijk"
                        area.field("@type", national ? "Country" : "AdministrativeArea")
                        area.field("name", national ? "Nederland" : municipality.value)
                    }
                }
                json.key("audience")
                json.array(common.doelgroepen) { json, audience in
                    json.object {
                        $0.field("@type", "Audience")
                        $0.field("audienceType", context.label(audience.value, in: .doelgroepen))
                    }
                }
                if !places.isEmpty {
                    json.key("availableChannel")
                    json.array(places) { json, location in
                        json.object { channel in
                            channel.field("@type", "ServiceChannel")
                            channel.field("serviceLocation", object: { place(&$0, location, common: common, hours: hours) })
                        }
                    }
                }
                json.field("description", common.samenvatting)
            }
            json.field("inLanguage", "nl")
            if common.gratis { json.field("isAccessibleForFree", true) }
            if group != nil {
                json.field("location", object: { location in
                    if let first = places.first {
                        place(&location, first, common: common, hours: hours)
                    } else {
                        location.field("@type", "VirtualLocation")
                        location.field("url", context.absoluteURL(entry.url))
                    }
                })
            }
            json.field("name", common.titel)
            if let provider = common.aanbieder {
                json.field(group == nil ? "provider" : "organizer", object: { organization in
                    organization.field("@type", "Organization")
                    organization.field("name", provider.naam)
                    organization.field("url", provider.website)
                })
            }
            if let group, let first = group.bijeenkomsten.occurrences(from: context.today, limit: 1).first ?? group.bijeenkomsten.firstRuleInstance {
                json.field("startDate", AmsterdamClock.iso8601(on: first, at: group.bijeenkomsten.begin))
            }
            if group == nil { json.field("telephone", common.contact?.telefoon) }
            json.field("url", context.absoluteURL(entry.url))
        }
        return writer.isValid ? writer.json.text : "{}"
    }

    private static func place(_ json: inout SortedJSONWriter, _ location: Location, common: EntryCommon,
                              hours: [OpeningHoursSpecification]) {
        json.field("@type", "Place")
        json.field("address", object: { address in
            address.field("@type", "PostalAddress")
            address.field("addressCountry", "NL")
            address.field("addressLocality", location.plaats)
            address.field("postalCode", location.postcode)
            address.field("streetAddress", location.adres)
        })
        if let latitude = location.latitude, let longitude = location.longitude {
            json.field("geo", object: { geo in
                geo.field("@type", "GeoCoordinates")
                geo.field("latitude", latitude)
                geo.field("longitude", longitude)
            })
        }
        json.field("name", location.naam ?? common.titel)
        if !hours.isEmpty {
            json.key("openingHoursSpecification")
            json.array(hours) { json, specification in
                json.object { spec in
                    spec.field("@type", "OpeningHoursSpecification")
                    spec.field("closes", specification.closes)
                    if let days = specification.dayOfWeek { spec.field("dayOfWeek", strings: days) }
                    spec.field("opens", specification.opens)
                    spec.field("validFrom", specification.validFrom)
                    spec.field("validThrough", specification.validThrough)
                }
            }
        }
    }

    private static func schedule(_ json: inout SortedJSONWriter, _ schedule: MeetingSchedule) {
        let rule = schedule.rule
        json.field("@type", "Schedule")
        if !rule.byDay.isEmpty { json.field("byDay", strings: rule.byDay.map(\.weekday.schemaOrgURL)) }
        json.field("endDate", (schedule.tot ?? rule.until)?.iso)
        json.field("endTime", schedule.end.hhmm)
        if !schedule.uitgezonderd.isEmpty { json.field("exceptDate", strings: schedule.uitgezonderd.map(\.iso)) }
        json.field("repeatFrequency", "P\(rule.interval)\(rule.frequency == .weekly ? "W" : "M")")
        json.field("scheduleTimezone", "Europe/Amsterdam")
        json.field("startDate", schedule.vanaf.iso)
        json.field("startTime", schedule.begin.hhmm)
    }
}
