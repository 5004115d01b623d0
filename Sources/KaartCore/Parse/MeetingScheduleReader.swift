/// Reads `bijeenkomsten` of a lotgenotengroep and places each schedule problem on its field.
enum MeetingScheduleReader {
    static func parse(_ reader: FieldReader) -> MeetingSchedule? {
        reader.warnAboutUnknownKeys(known: ["rrule", "begin", "eind", "vanaf", "tot", "uitgezonderd"])
        let rrule = reader.string("rrule", required: true)
        let begin = reader.string("begin", required: true)
        let eind = reader.string("eind", required: true)
        let vanaf = reader.string("vanaf", required: true)
        let tot = reader.string("tot")
        let skipped = reader.strings("uitgezonderd") ?? []
        guard let rrule, let begin, let eind, let vanaf else { return nil }
        do {
            return try MeetingSchedule.parse(rrule: rrule, begin: begin, eind: eind, vanaf: vanaf, tot: tot, uitgezonderd: skipped)
        } catch {
            for issue in error.issues {
                let field = String(issue.field.prefix { $0 != "[" })
                var location = reader.location(ofField: field)
                if let offset = issue.offset, field == "rrule" { location.column += offset }
                reader.sink.error(issue.message, at: location)
            }
            return nil
        }
    }
}
