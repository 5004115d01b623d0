import Foundation

/// Writes an iCalendar file (RFC 5545) for one lotgenotengroep: a VCALENDAR with the
/// Europe/Amsterdam VTIMEZONE and one recurring VEVENT.
///
/// DTSTART is the first rule instance on or after `vanaf` (RFC 5545 requires DTSTART to be
/// an instance of the rule). Because DTSTART carries a TZID, UNTIL is written in UTC
/// (§3.3.10): the end of the last allowed day in Amsterdam. COUNT is kept when it ends the
/// series before `tot` does; otherwise `tot` becomes UNTIL. Lines end in CRLF and are folded
/// at 75 octets.
public struct CalendarFileWriter: Sendable {
    /// PRODID of the generated files.
    public let productIdentifier: String

    public init(productIdentifier: String = "-//kaart//NL") {
        self.productIdentifier = productIdentifier
    }

    /// The complete .ics text. `dtstamp` is the injected build time (never the system clock).
    /// Throws when the schedule has no meeting at all, since a VEVENT needs a DTSTART.
    public func calendarFile(for event: MeetingCalendarEvent, dtstamp: Date) throws(CalendarFileError) -> String {
        let schedule = event.schedule
        guard let first = schedule.firstRuleInstance else { throw .noMeetings(uid: event.uid) }
        let zone = AmsterdamClock.timeZoneIdentifier

        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productIdentifier)",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines += AmsterdamTimeZoneComponent.lines
        lines += [
            "BEGIN:VEVENT",
            "UID:\(ICSContentLine.escapeText(event.uid))",
            "DTSTAMP:\(AmsterdamClock.utcCompact(dtstamp))",
            "DTSTART;TZID=\(zone):\(first.compactISO)T\(schedule.begin.compact)",
            "DTEND;TZID=\(zone):\(first.compactISO)T\(schedule.end.compact)",
            "RRULE:\(recurrenceRule(for: schedule))",
        ]
        lines += schedule.uitzonderingen(onOrAfter: first).map {
            "EXDATE;TZID=\(zone):\($0.compactISO)T\(schedule.begin.compact)"
        }
        lines.append("SUMMARY:\(ICSContentLine.escapeText(event.summary))")
        if let location = event.location { lines.append("LOCATION:\(ICSContentLine.escapeText(location))") }
        if let description = event.description { lines.append("DESCRIPTION:\(ICSContentLine.escapeText(description))") }
        // URL is a URI value, not TEXT, so it is not escaped.
        if let url = event.url { lines.append("URL:\(url)") }
        lines += ["END:VEVENT", "END:VCALENDAR"]

        return lines.map { ICSContentLine.fold($0) + "\r\n" }.joined()
    }

    /// The RRULE value with exactly one end: COUNT, UNTIL (UTC) or none.
    func recurrenceRule(for schedule: MeetingSchedule) -> String {
        var parts = schedule.rule.coreParts
        let last = schedule.lastPossibleDate
        if let count = schedule.rule.count {
            // Keep COUNT unless tot/UNTIL cuts the series short: then the COUNT-th instance
            // does not exist and UNTIL describes the same set.
            let instances = schedule.ruleInstances(from: schedule.vanaf, limit: count)
            let countEndsFirst = instances.count == count
                && (last.map { instances[count - 1] <= $0 } ?? true)
            if countEndsFirst {
                parts.append("COUNT=\(count)")
                return parts.joined(separator: ";")
            }
        }
        if let last {
            let endOfDay = AmsterdamClock.instant(on: last, at: LocalTime(hour: 23, minute: 59)!, second: 59)
            parts.append("UNTIL=\(AmsterdamClock.utcCompact(endOfDay))")
        }
        return parts.joined(separator: ";")
    }
}

extension MeetingSchedule {
    /// Excluded dates from `date` on; earlier ones cannot match any instance.
    func uitzonderingen(onOrAfter date: LocalDate) -> [LocalDate] {
        uitgezonderd.filter { $0 >= date }
    }
}

/// Why no calendar file could be written.
public enum CalendarFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The rule yields no meeting between `vanaf` and its end.
    case noMeetings(uid: String)

    /// Dutch, for editors.
    public var description: String {
        switch self {
        case .noMeetings:
            return "Er valt geen enkele bijeenkomst tussen 'vanaf' en het einde van de reeks. Controleer rrule, vanaf en tot."
        }
    }
}
