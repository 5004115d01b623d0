/// Parses the fields that voorzieningen, lotgenotengroepen and loketten share.
enum EntryCommonParser {
    static let knownKeys: Set<String> = [
        "titel", "samenvatting", "gemeenten", "wijken", "doelgroepen", "laatst_gecontroleerd", "status",
        "trefwoorden", "aanbieder", "contact", "locaties", "vertrouwelijk_adres", "openingstijden", "talen",
        "kosten", "gratis", "leeftijd",
    ]
    static let maximumSummaryLength = 300

    static func parse(_ reader: FieldReader, file: SourceFile) -> EntryCommon? {
        let titel = reader.string("titel", required: true)
        let samenvatting = summary(reader)
        let gemeenten = reader.locatedStrings("gemeenten", required: true)
        let doelgroepen = reader.locatedStrings("doelgroepen", required: true)
        let checked = reader.date("laatst_gecontroleerd", required: true)
        let status = enumValue(reader, "status", default: EntryStatus.actief)
        let openingHours = reader.mapping("openingstijden").flatMap(OpeningHoursReader.parse)
        let common = EntryCommon(
            slug: file.slug, path: file.path, titel: titel ?? "", samenvatting: samenvatting ?? "",
            gemeenten: gemeenten ?? [], wijken: reader.strings("wijken") ?? [], doelgroepen: doelgroepen ?? [],
            laatstGecontroleerd: checked ?? Located(LocalDate(year: 1970, month: 1, day: 1)!, at: reader.location),
            status: status ?? .actief, trefwoorden: reader.strings("trefwoorden") ?? [],
            aanbieder: reader.mapping("aanbieder").flatMap(provider), contact: reader.mapping("contact").flatMap(contact),
            locaties: (reader.mappings("locaties") ?? []).map(location),
            vertrouwelijkAdres: reader.bool("vertrouwelijk_adres") ?? false, openingstijden: openingHours,
            talen: reader.strings("talen") ?? ["nl"], kosten: reader.string("kosten"), gratis: reader.bool("gratis") ?? false,
            leeftijd: reader.mapping("leeftijd").map(ageRange), body: file.body, bodyFirstLine: file.bodyFirstLine)
        guard titel != nil, samenvatting != nil, gemeenten != nil, doelgroepen != nil, checked != nil else { return nil }
        return common
    }

    static func summary(_ reader: FieldReader) -> String? {
        guard let text = reader.string("samenvatting", required: true) else { return nil }
        if text.count > maximumSummaryLength {
            reader.sink.error("De samenvatting is \(text.count) tekens lang. Houd het bij hoogstens \(maximumSummaryLength) tekens: één of twee korte zinnen.",
                              at: reader.location(ofField: "samenvatting"))
        }
        return text
    }

    /// Reads a field whose value must be one of a fixed set of codes.
    static func enumValue<Value: RawRepresentable & CaseIterable>(_ reader: FieldReader, _ key: String, default: Value? = nil,
                                                                  required: Bool = false) -> Value? where Value.RawValue == String {
        guard let text = reader.string(key, required: required) else { return `default` }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var message = "'\(text)' is geen geldige waarde voor '\(reader.name(key))'. Kies uit: \(allowed)."
        if let suggestion = Suggestion.closest(to: text, in: Value.allCases.map(\.rawValue)) {
            message += " Bedoelde u '\(suggestion)'?"
        }
        reader.sink.error(message, at: reader.location(ofField: key))
        return nil
    }

    private static func provider(_ reader: FieldReader) -> Provider? {
        reader.warnAboutUnknownKeys(known: ["naam", "website"])
        guard let naam = reader.string("naam", required: true) else { return nil }
        return Provider(naam: naam, website: reader.url("website"))
    }

    private static func contact(_ reader: FieldReader) -> ContactDetails? {
        reader.warnAboutUnknownKeys(known: ["telefoon", "email", "website"])
        return ContactDetails(telefoon: reader.string("telefoon"), email: email(reader), website: reader.url("website"))
    }

    private static func email(_ reader: FieldReader) -> String? {
        guard let text = reader.string("email") else { return nil }
        let parts = text.split(separator: "@")
        let forbidden = text.containsControlOrSpace(orAnyOf: "\"<>\\()[],;:")
        guard parts.count == 2, parts[1].contains("."), !forbidden else {
            reader.sink.error("'\(text)' is geen geldig e-mailadres.", at: reader.location(ofField: "email"))
            return nil
        }
        return text
    }

    private static func location(_ reader: FieldReader) -> Location {
        reader.warnAboutUnknownKeys(known: ["naam", "adres", "postcode", "plaats", "lat", "lon", "toegankelijkheid"])
        return Location(naam: reader.string("naam"), adres: reader.string("adres"), postcode: reader.string("postcode"),
                        plaats: reader.string("plaats"),
                        latitude: degrees(reader, "lat", upTo: 90, named: "breedtegraad", example: "52.0907"),
                        longitude: degrees(reader, "lon", upTo: 180, named: "lengtegraad", example: "5.1214"),
                        toegankelijkheid: reader.string("toegankelijkheid"))
    }

    /// A coordinate from -`limit` to `limit` degrees. YAML's `.nan` and `.inf` are numbers too;
    /// the range check refuses them.
    private static func degrees(_ reader: FieldReader, _ key: String, upTo limit: Int, named name: String, example: String) -> Double? {
        guard let degrees = reader.double(key) else { return nil }
        guard abs(degrees) <= Double(limit) else {
            reader.sink.error("De \(name) in '\(reader.name(key))' kan niet. Gebruik een getal van -\(limit) tot en met \(limit), "
                              + "bijvoorbeeld \(example).", at: reader.location(ofField: key))
            return nil
        }
        return degrees
    }

    private static func ageRange(_ reader: FieldReader) -> AgeRange {
        reader.warnAboutUnknownKeys(known: ["min", "max"])
        let minimum = reader.int("min"), maximum = reader.int("max")
        for (key, age) in [("min", minimum), ("max", maximum)] {
            if let age, !(0...120).contains(age) {
                reader.sink.error("De leeftijd \(age) bij '\(reader.name(key))' kan niet. Gebruik een leeftijd van 0 tot en met 120.",
                                  at: reader.location(ofField: key))
            }
        }
        if let minimum, let maximum, minimum > maximum {
            reader.sink.error("De leeftijd bij 'min' (\(minimum)) is hoger dan bij 'max' (\(maximum)). Draai ze om.",
                              at: reader.location(ofField: "min"))
        }
        return AgeRange(minimum: minimum, maximum: maximum)
    }
}
