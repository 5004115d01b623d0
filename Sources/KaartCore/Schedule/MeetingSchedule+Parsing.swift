extension MeetingSchedule {
    /// Builds a schedule from the front-matter strings of `bijeenkomsten` and reports every
    /// problem at once (collect, then fail). Field names in the issues match the content model.
    public static func parse(rrule: String, begin: String, eind: String, vanaf: String,
                             tot: String? = nil, uitgezonderd: [String] = []) throws(MeetingScheduleError) -> MeetingSchedule {
        var issues: [MeetingScheduleError.Issue] = []
        var rule: RecurrenceRule?
        do {
            rule = try RecurrenceRule.parse(rrule)
        } catch {
            issues.append(.init(field: "rrule", message: error.message, offset: error.offset))
        }
        let beginTime = parseTime(begin, field: "begin", into: &issues)
        let endTime = parseTime(eind, field: "eind", into: &issues)
        if let beginTime, let endTime, endTime <= beginTime {
            issues.append(.init(field: "eind", message: "De eindtijd '\(eind)' moet na de begintijd '\(begin)' liggen."))
        }
        let startDate = parseDate(vanaf, field: "vanaf", into: &issues)
        let endDate = tot.flatMap { parseDate($0, field: "tot", into: &issues) }
        if let startDate, let endDate, endDate < startDate {
            issues.append(.init(field: "tot", message: "De datum bij 'tot' (\(endDate.iso)) ligt vóór 'vanaf' (\(startDate.iso))."))
        }
        let skipped = uitgezonderd.enumerated().compactMap { index, text in
            parseDate(text, field: "uitgezonderd[\(index)]", into: &issues)
        }
        guard issues.isEmpty, let rule, let beginTime, let endTime, let startDate else {
            throw MeetingScheduleError(issues: issues)
        }
        return MeetingSchedule(rule: rule, begin: beginTime, end: endTime, vanaf: startDate,
                               tot: endDate, uitgezonderd: skipped)
    }

    private static func parseTime(_ text: String, field: String,
                                  into issues: inout [MeetingScheduleError.Issue]) -> LocalTime? {
        if let time = LocalTime(hhmm: text) { return time }
        issues.append(.init(field: field, message: "Ongeldige tijd '\(text)' bij '\(field)'. Gebruik UU:MM, bijvoorbeeld 19:30."))
        return nil
    }

    private static func parseDate(_ text: String, field: String,
                                  into issues: inout [MeetingScheduleError.Issue]) -> LocalDate? {
        if let date = LocalDate(iso: text) { return date }
        issues.append(.init(field: field, message: "Ongeldige datum '\(text)' bij '\(field)'. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-09-08."))
        return nil
    }
}

/// Every problem found in a `bijeenkomsten` block. Messages are Dutch, for editors.
public struct MeetingScheduleError: Error, Equatable, Sendable {
    /// One problem, tied to a field of `bijeenkomsten` (`rrule`, `begin`, `eind`, `vanaf`,
    /// `tot` or `uitgezonderd[n]`).
    public struct Issue: Equatable, Sendable {
        public let field: String
        public let message: String
        /// For `rrule`: Character offset of the mistake within the rrule text.
        public let offset: Int?

        public init(field: String, message: String, offset: Int? = nil) {
            self.field = field
            self.message = message
            self.offset = offset
        }
    }

    public let issues: [Issue]
}
