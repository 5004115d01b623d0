import Foundation
import Testing
@testable import KaartCore

/// `StructuredData.jsonLD` writes JSON-LD straight from the entry. These tests compare it with
/// the reference: the same object built as a dictionary (the earlier implementation) and written
/// by JSONSerialization with sorted keys, for the fixture site with extra entries that reach
/// every branch, and for the example site in `content/`.
struct StructuredDataReferenceTests {
    @Test func jsonLDEqualsTheReferenceForTheFixtureSite() throws {
        let site = try FixtureSite(Self.extraEntries)
        defer { site.remove() }
        let compared = try compareEntries(contentDirectory: site.contentDirectory)
        #expect(compared == 8)
    }

    @Test func jsonLDEqualsTheReferenceForTheExampleSite() throws {
        let compared = try compareEntries(contentDirectory: FixtureSite.exampleContentDirectory)
        #expect(compared > 20)
    }

    /// Content cannot carry NaN or infinity any more (the parser refuses such coordinates), so the
    /// writer's own guard is tested directly: a number without JSON form marks the writing invalid,
    /// and `StructuredData.jsonLD` then gives `{}`, as JSONSerialization refused such numbers.
    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func aNumberWithoutJSONFormMakesTheWritingInvalid(number: Double) {
        var writer = SortedJSONWriter()
        writer.object { $0.field("latitude", number) }
        #expect(!writer.isValid)
        var finite = SortedJSONWriter()
        finite.object { $0.field("latitude", 52.09) }
        #expect(finite.isValid)
        #expect(finite.json.text == #"{"latitude":52.09}"#)
    }

    /// The one intended difference from the reference: its `replacingOccurrences` works on
    /// characters and skips a `<` that carries a combining mark; the writer escapes every `<`.
    @Test func everyLessThanIsEscapedEvenWithACombiningMark() throws {
        let site = try FixtureSite("""
        -- voorzieningen/logeerhuis.md --
        ---
        titel: Logeerhuis De Eik
        samenvatting: "Wachttijd <\u{301} 2 dagen, soms < 1 dag."
        categorie: respijtzorg
        gemeenten: [Testdorp]
        doelgroepen: [mantelzorgers]
        toegang: indicatie
        laatst_gecontroleerd: 2026-09-14
        ---
        Tekst.
        """)
        defer { site.remove() }
        let (parsed, context) = try FixtureSite.renderContext(contentDirectory: site.contentDirectory)
        let entry = try #require(parsed.voorzieningen.first { $0.slug == "logeerhuis" })
        let json = StructuredData.jsonLD(for: entry, context: context)
        #expect(json.contains("Wachttijd \\u003c\u{301} 2 dagen, soms \\u003c 1 dag."), "\(json)")
        #expect(!json.utf8.contains(UInt8(ascii: "<")))
    }

    private func compareEntries(contentDirectory: String) throws -> Int {
        let (parsed, context) = try FixtureSite.renderContext(contentDirectory: contentDirectory)
        for entry in parsed.directoryEntries {
            #expect(StructuredData.jsonLD(for: entry, context: context) == Self.referenceJSONLD(for: entry, context: context), "\(entry.slug)")
        }
        return parsed.directoryEntries.count
    }

    /// Every branch of the JSON-LD: a hidden address, a location without name or postcode, whole
    /// coordinates (JSONSerialization's own number form), characters that need escaping, an
    /// opening exception that is not a closure, a provider with and without website, a group
    /// without location (VirtualLocation), weekly meetings with an end date.
    static let extraEntries = """
    -- voorzieningen/opvang.md --
    ---
    titel: Opvang "De Schuilplaats"
    samenvatting: Een veilige plek, met/zonder afspraak, wachttijd < 2 dagen. Café & meer.
    categorie: respijtzorg
    gemeenten: [landelijk]
    doelgroepen: [inwoners, mantelzorgers]
    toegang: vrij
    gratis: true
    laatst_gecontroleerd: 2026-09-14
    vertrouwelijk_adres: true
    aanbieder:
      naam: Stichting Veilig
      website: https://veilig.example.nl/opvang
    contact:
      telefoon: "0800 123 45 67"
    locaties:
      - naam: Geheim
        adres: Nergensstraat 1
        plaats: Testdorp
    ---
    Tekst.
    -- voorzieningen/buurtkamer.md --
    ---
    titel: Buurtkamer
    samenvatting: Koffie in de wijk.
    categorie: inloop
    gemeenten: [Buurdorp, Testdorp]
    doelgroepen: [inwoners]
    toegang: vrij
    laatst_gecontroleerd: 2026-09-14
    aanbieder:
      naam: Welzijn Testdorp
    locaties:
      - adres: Kerkplein 2
        plaats: Buurdorp
        lat: 52
        lon: 5.123456789
      - naam: Tweede plek
        postcode: 3512 CD
        plaats: Testdorp
        lat: 52.1
        lon: 5
    openingstijden:
      wo: ["10:00-12:00"]
      vr: ["10:00-12:00"]
      uitzonderingen:
        - datum: 2026-12-24
          gesloten: false
          toelichting: Gewoon open
        - datum: 2026-12-31
          gesloten: true
    ---
    Tekst.
    -- lotgenotengroepen/praatgroep.md --
    ---
    titel: Praatgroep Mantelzorg
    samenvatting: Elke week praten met andere mantelzorgers.
    thema: mantelzorg
    gemeenten: [Testdorp]
    doelgroepen: [mantelzorgers]
    gratis: true
    laatst_gecontroleerd: 2026-10-20
    aanbieder:
      naam: Mantelzorgcentrum
      website: https://mantelzorg.example.nl
    bijeenkomsten:
      rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH"
      begin: "10:00"
      eind: "11:30"
      vanaf: 2026-01-05
      tot: 2027-06-30
    ---
    Tekst.
    -- loketten/mantelzorgcentrum.md --
    ---
    titel: Mantelzorgcentrum Testdorp
    samenvatting: Voor mantelzorgers met vragen.
    soort: mantelzorgcentrum
    vragen_over: [zorg]
    gemeenten: [Testdorp]
    doelgroepen: [mantelzorgers]
    laatst_gecontroleerd: 2026-11-01
    contact:
      telefoon: "030 111 22 33"
    locaties:
      - naam: Centrum
        adres: Stationsweg 9
        postcode: 3511 ZZ
        plaats: Testdorp
        lat: 52.0907
        lon: 5.1214
    openingstijden:
      di: ["09:00-17:00"]
    spreekuren:
      do: ["13:00-15:00"]
    ---
    Tekst.
    """

    // MARK: - The reference: the dictionary the JSON-LD used to be built as, written by JSONSerialization.

    static func referenceJSONLD(for entry: any DirectoryEntry, context: RenderContext) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object(for: entry, context: context), options: [.sortedKeys]),
              let json = String(data: data, encoding: .utf8) else { return "{}" }
        return json.replacingOccurrences(of: "<", with: "\\u003c")
    }

    private static func object(for entry: any DirectoryEntry, context: RenderContext) -> [String: Any] {
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
}
