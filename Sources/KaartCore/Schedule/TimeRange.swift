/// A span of time within one day, written `09:00-12:00`; the end is strictly after the start.
public struct TimeRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let start: LocalTime
    public let end: LocalTime

    /// Creates a range, or returns nil unless `end` is after `start`.
    public init?(start: LocalTime, end: LocalTime) {
        guard end > start else { return nil }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM`; returns nil for any problem. Use `parse(_:)` to learn which one.
    public init?(_ text: String) {
        guard let range = try? TimeRange.parse(text) else { return nil }
        self = range
    }

    /// Parses `HH:MM-HH:MM` (spaces around the hyphen are tolerated) and says what is wrong.
    public static func parse(_ text: String) throws(TimeRangeError) -> TimeRange {
        if let range = plainRange(text) { return range }
        return try parseInGeneral(text)
    }

    /// A valid range written exactly as `HH:MM-HH:MM` (nearly all are), read on bytes; `nil` for
    /// anything else, which `parseInGeneral` reads or words the problem of.
    private static func plainRange(_ text: String) -> TimeRange? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> TimeRange? in
            let colon = UInt8(ascii: ":")
            guard bytes.count == 11, bytes[2] == colon, bytes[5] == UInt8(ascii: "-"), bytes[8] == colon,
                  let startHour = ScheduleText.decimalValue(bytes[0..<2]), let startMinute = ScheduleText.decimalValue(bytes[3..<5]),
                  let endHour = ScheduleText.decimalValue(bytes[6..<8]), let endMinute = ScheduleText.decimalValue(bytes[9..<11]),
                  let start = LocalTime(hour: startHour, minute: startMinute), let end = LocalTime(hour: endHour, minute: endMinute)
            else { return nil }
            return TimeRange(start: start, end: end)
        } ?? nil
    }

    static func parseInGeneral(_ text: String) throws(TimeRangeError) -> TimeRange {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .malformed(text) }
        let startText = ScheduleText.trimmingSpaces(parts[0]), endText = ScheduleText.trimmingSpaces(parts[1])
        guard let start = LocalTime(hhmm: startText) else { throw .invalidTime(startText) }
        guard let end = LocalTime(hhmm: endText) else { throw .invalidTime(endText) }
        guard let range = TimeRange(start: start, end: end) else { throw .endNotAfterStart(text) }
        return range
    }

    /// Whether the two ranges share at least one minute (touching ends do not overlap).
    public func overlaps(_ other: TimeRange) -> Bool {
        start < other.end && other.start < end
    }

    /// `09:00-12:00`, the content-file form.
    public var description: String { "\(start.hhmm)-\(end.hhmm)" }

    /// The Dutch written form with an en dash, e.g. `09.00–12.00`.
    public var dutch: String { "\(start.dutch)\u{2013}\(end.dutch)" }

    public static func < (lhs: TimeRange, rhs: TimeRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// Why a time range could not be parsed. Each case carries the offending text.
public enum TimeRangeError: Error, Equatable, Sendable {
    /// Not two parts around one hyphen, e.g. `09:00` or `9-12-14`.
    case malformed(String)
    /// One side is not a valid `HH:MM` time, e.g. `25:00`.
    case invalidTime(String)
    /// The end is not after the start, e.g. `13:00-12:00`.
    case endNotAfterStart(String)
}
