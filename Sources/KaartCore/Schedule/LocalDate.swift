/// A calendar date without a time or time zone, as written in content files (`YYYY-MM-DD`).
///
/// Arithmetic runs on a proleptic Gregorian day number, so it never depends on the system
/// clock, the locale or daylight saving time. Parsing accepts years 1…9999 only; arithmetic
/// may step outside that range, and callers that loop stop at year 9999.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns nil for an impossible one such as 2026-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two digits); returns nil for anything else,
    /// including impossible dates such as `2026-02-30` and short forms such as `26-1-1`.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = ScheduleText.decimalValue(bytes[0..<4]),
              let month = ScheduleText.decimalValue(bytes[5..<7]),
              let day = ScheduleText.decimalValue(bytes[8..<10]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses the RFC 5545 DATE form `YYYYMMDD`.
    init?(compact: String) {
        let bytes = Array(compact.utf8)
        guard bytes.count == 8,
              let year = ScheduleText.decimalValue(bytes[0..<4]),
              let month = ScheduleText.decimalValue(bytes[4..<6]),
              let day = ScheduleText.decimalValue(bytes[6..<8]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Creates the date for a day number (days since 1970-01-01), the inverse of `dayNumber`.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact for the whole proleptic Gregorian calendar.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String { "\(ScheduleText.zeroPadded(year, 4))-\(ScheduleText.zeroPadded(month, 2))-\(ScheduleText.zeroPadded(day, 2))" }

    /// The date as the RFC 5545 DATE form `YYYYMMDD`.
    public var compactISO: String { "\(ScheduleText.zeroPadded(year, 4))\(ScheduleText.zeroPadded(month, 2))\(ScheduleText.zeroPadded(day, 2))" }

    public var description: String { iso }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4); the double modulo keeps negative day numbers right.
        Weekday(rawValue: ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1)!
    }

    /// This date moved by `days` (may be negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// This date moved by whole months; the day is clamped to the end of a shorter month
    /// (2026-01-31 plus one month is 2026-02-28).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, LocalDate.daysInMonth(year: newYear, month: newMonth))
        return LocalDate(unchecked: newYear, newMonth, newDay)
    }

    /// Number of days from this date to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month (28…31).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// For components the caller has already validated (arithmetic results).
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
