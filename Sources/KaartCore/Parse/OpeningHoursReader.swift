/// Reads `openingstijden` or `spreekuren` and places each problem on its field.
enum OpeningHoursReader {
    private static let dayKeys = ["ma", "di", "wo", "do", "vr", "za", "zo"]

    static func parse(_ reader: FieldReader) -> OpeningHours? {
        reader.warnAboutUnknownKeys(known: Set(dayKeys + ["uitzonderingen"]))
        var days: [String: [String]] = [:]
        for key in dayKeys {
            if let ranges = reader.strings(key) { days[key] = ranges }
        }
        let exceptionReaders = reader.mappings("uitzonderingen") ?? []
        let exceptions = exceptionReaders.compactMap { item -> OpeningHours.RawException? in
            item.warnAboutUnknownKeys(known: ["datum", "gesloten", "toelichting"])
            guard let datum = item.string("datum", required: true) else { return nil }
            return OpeningHours.RawException(datum: datum, gesloten: item.bool("gesloten") ?? true, toelichting: item.string("toelichting"))
        }
        do {
            return try OpeningHours.parse(days: days, uitzonderingen: exceptions)
        } catch {
            for issue in error.issues {
                reader.sink.error(issue.message, at: location(of: issue.field, in: reader, exceptions: exceptionReaders))
            }
            return nil
        }
    }

    /// Issues name fields like `ma` or `uitzonderingen[2].datum`.
    private static func location(of field: String, in reader: FieldReader, exceptions: [FieldReader]) -> SourceLocation {
        if field.hasPrefix("uitzonderingen["),
           let index = Int(field.dropFirst("uitzonderingen[".count).prefix { $0.isNumber }), exceptions.indices.contains(index) {
            return exceptions[index].location(ofField: "datum")
        }
        return reader.location(ofField: field)
    }
}
