/// A wall-clock time in Europe/Amsterdam, as written in content files (`HH:MM`, 24-hour).
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    /// Creates a time from 00:00 up to and including 23:59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly two digits, a colon and two digits (`09:00`, `23:59`).
    /// Rejects `9:00`, `24:00`, `25:00`, `12:60` and `0900`.
    public init?(hhmm: String) {
        let bytes = Array(hhmm.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              let hour = ScheduleText.decimalValue(bytes[0..<2]),
              let minute = ScheduleText.decimalValue(bytes[3..<5]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// Minutes since midnight (0…1439).
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// `HH:MM`, as in content files and schema.org.
    public var hhmm: String { "\(ScheduleText.zeroPadded(hour, 2)):\(ScheduleText.zeroPadded(minute, 2))" }

    /// The Dutch written form with a full stop, e.g. `19.30`.
    public var dutch: String { "\(ScheduleText.zeroPadded(hour, 2)).\(ScheduleText.zeroPadded(minute, 2))" }

    /// RFC 5545 local time `HHMMSS`.
    var compact: String { "\(ScheduleText.zeroPadded(hour, 2))\(ScheduleText.zeroPadded(minute, 2))00" }

    public var description: String { hhmm }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}
