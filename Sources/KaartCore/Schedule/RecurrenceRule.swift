/// The subset of an RFC 5545 RRULE that `kaart` supports for `bijeenkomsten.rrule`:
/// FREQ (WEEKLY or MONTHLY), INTERVAL, BYDAY (ordinals only with MONTHLY), COUNT,
/// UNTIL (date form) and WKST. Create one with `RecurrenceRule.parse(_:)`.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// How often the rule repeats.
    public enum Frequency: String, Hashable, Sendable {
        case weekly = "WEEKLY"
        case monthly = "MONTHLY"
    }

    /// One BYDAY entry: a weekday with an optional ordinal (`2TU` is the second Tuesday,
    /// `-1FR` the last Friday). Ordinals are 1…5 or -1…-5 and only used with MONTHLY.
    public struct DaySpecifier: Hashable, Sendable {
        public let ordinal: Int?
        public let weekday: Weekday

        public init(ordinal: Int? = nil, weekday: Weekday) {
            self.ordinal = ordinal
            self.weekday = weekday
        }

        /// The RFC 5545 form, e.g. `-1FR`.
        public var rruleValue: String { (ordinal.map(String.init) ?? "") + weekday.rruleCode }
    }

    public let frequency: Frequency
    /// Repeat every `interval` weeks or months (1 or more).
    public let interval: Int
    /// BYDAY entries in the order written; empty means "the weekday (or day of the month) of `vanaf`".
    public let byDay: [DaySpecifier]
    /// Total number of rule instances, counted from the first one on or after `vanaf`.
    public let count: Int?
    /// Last date (inclusive) on which an instance may fall.
    public let until: LocalDate?
    /// First day of the week, which decides how INTERVAL groups weeks (default Monday).
    public let weekStart: Weekday

    /// Creates a rule directly. Prefer `parse(_:)` for text from content files, which also
    /// validates; ordinals given here with `.weekly` are ignored.
    public init(frequency: Frequency, interval: Int = 1, byDay: [DaySpecifier] = [],
                count: Int? = nil, until: LocalDate? = nil, weekStart: Weekday = .monday) {
        self.frequency = frequency
        self.interval = max(1, interval)
        self.byDay = byDay
        self.count = count
        self.until = until
        self.weekStart = weekStart
    }

    /// The canonical RRULE text (UNTIL in date form), which `parse(_:)` reads back unchanged.
    public var rruleString: String {
        var parts = coreParts
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=\(until.compactISO)") }
        return parts.joined(separator: ";")
    }

    public var description: String { rruleString }

    /// FREQ, INTERVAL, BYDAY and WKST; the calendar writer adds its own end (COUNT or UNTIL).
    var coreParts: [String] {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.rruleValue).joined(separator: ",")) }
        if weekStart != .monday { parts.append("WKST=\(weekStart.rruleCode)") }
        return parts
    }
}
