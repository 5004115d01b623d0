import Foundation

/// Converts between local dates and times in Europe/Amsterdam and absolute instants.
///
/// Every meeting time and opening hour in the content is Amsterdam wall-clock time. This is
/// the one place that knows about the time zone, so daylight saving time is handled once.
/// It never reads the system clock: callers pass the instant or date they mean.
public enum AmsterdamClock {
    /// The IANA identifier used in content and in the `TZID` of calendar files.
    public static let timeZoneIdentifier = "Europe/Amsterdam"

    /// The Europe/Amsterdam time zone.
    public static let timeZone: TimeZone = {
        // Without tzdata every time would be wrong, and there is no sane fallback.
        guard let zone = TimeZone(identifier: timeZoneIdentifier) else {
            preconditionFailure("Time zone data for Europe/Amsterdam is missing (install tzdata)")
        }
        return zone
    }()

    /// A Gregorian calendar in Europe/Amsterdam.
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    /// The instant of `time` on `date` in Amsterdam. In the spring-forward gap (02:00–03:00 on
    /// the last Sunday of March) Foundation moves the time forward by an hour.
    public static func instant(on date: LocalDate, at time: LocalTime, second: Int = 0) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.hour, minute: time.minute, second: second)
        guard let instant = calendar.date(from: components) else {
            preconditionFailure("Gregorian calendar rejected \(date.iso) \(time.hhmm)")
        }
        return instant
    }

    /// The Amsterdam calendar date at `instant`, e.g. to turn an injected "now" into "today".
    public static func localDate(of instant: Date) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(unchecked: parts.year!, parts.month!, parts.day!)
    }

    /// Seconds east of UTC at `time` on `date` (3600 in winter, 7200 in summer).
    public static func utcOffsetSeconds(on date: LocalDate, at time: LocalTime) -> Int {
        timeZone.secondsFromGMT(for: instant(on: date, at: time))
    }

    /// ISO 8601 with the offset that applies on that day, e.g. `2026-03-31T19:30:00+02:00`,
    /// as schema.org `Event.startDate` expects.
    public static func iso8601(on date: LocalDate, at time: LocalTime) -> String {
        let offset = utcOffsetSeconds(on: date, at: time)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        return "\(date.iso)T\(time.hhmm):00\(sign)\(ScheduleText.zeroPadded(hours, 2)):\(ScheduleText.zeroPadded(minutes, 2))"
    }

    /// RFC 5545 UTC DATE-TIME, e.g. `20261231T225959Z`.
    static func utcCompact(_ instant: Date) -> String {
        let p = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return "\(ScheduleText.zeroPadded(p.year!, 4))\(ScheduleText.zeroPadded(p.month!, 2))\(ScheduleText.zeroPadded(p.day!, 2))T"
            + "\(ScheduleText.zeroPadded(p.hour!, 2))\(ScheduleText.zeroPadded(p.minute!, 2))\(ScheduleText.zeroPadded(p.second!, 2))Z"
    }
}
