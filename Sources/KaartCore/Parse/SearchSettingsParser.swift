/// Parses the optional editor files `synoniemen.yml` and `anonimisering.yml`.
enum SearchSettingsParser {
    static func synonyms(_ reader: FieldReader) -> (groups: [[String]], abbreviations: [String: String]) {
        reader.warnAboutUnknownKeys(known: ["synoniemen", "afkortingen"])
        var groups: [[String]] = []
        if let node = reader.value("synoniemen"), case .sequence(let items) = node.value {
            for item in items {
                guard case .sequence(let words) = item.value else {
                    reader.sink.error("Elke regel onder 'synoniemen' moet een lijst woorden zijn, bijvoorbeeld [oppas, respijtzorg].",
                                      at: reader.location(of: item))
                    continue
                }
                groups.append(words.compactMap(\.text))
            }
        } else if reader.has("synoniemen") {
            reader.sink.error("'synoniemen' moet een lijst van lijsten zijn.", at: reader.location(ofField: "synoniemen"))
        }
        var abbreviations: [String: String] = [:]
        if let abbreviationReader = reader.mapping("afkortingen") {
            for (key, _) in abbreviationReader.keys {
                abbreviations[key] = abbreviationReader.string(key, required: true)
            }
        }
        return (groups, abbreviations)
    }

    static func anonymisation(_ reader: FieldReader) -> AnonymisationSettings {
        reader.warnAboutUnknownKeys(known: ["toegestaan", "kleine_plaatsen"])
        let allowList: [AllowedText] = (reader.mappings("toegestaan") ?? []).compactMap { item in
            item.warnAboutUnknownKeys(known: ["tekst", "reden", "gecontroleerd_door", "datum"])
            let tekst = item.string("tekst", required: true)
            let reden = item.string("reden", required: true)
            guard let tekst, let reden else { return nil }
            return AllowedText(tekst: tekst, reden: reden, location: item.location)
        }
        return AnonymisationSettings(allowList: allowList, smallPlaces: reader.strings("kleine_plaatsen") ?? [])
    }
}
