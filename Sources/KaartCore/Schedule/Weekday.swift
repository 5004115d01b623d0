/// A day of the week, numbered as in ISO 8601 (Monday = 1 … Sunday = 7).
///
/// Carries the spellings each output needs: the RFC 5545 code (`MO`), the content key
/// used in `openingstijden` (`ma`), the Dutch name (`maandag`) and the schema.org URL.
public enum Weekday: Int, CaseIterable, Comparable, Hashable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Creates a weekday from an RFC 5545 code such as `MO` or `tu` (case-insensitive).
    public init?(rruleCode: String) {
        guard let day = Weekday.allCases.first(where: { $0.rruleCode == rruleCode.uppercased() }) else { return nil }
        self = day
    }

    /// Creates a weekday from a content key such as `ma` or `zo`.
    public init?(contentKey: String) {
        guard let day = Weekday.allCases.first(where: { $0.contentKey == contentKey }) else { return nil }
        self = day
    }

    /// The RFC 5545 two-letter code, e.g. `MO`.
    public var rruleCode: String {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue - 1]
    }

    /// The key used in `openingstijden` front matter, e.g. `ma`.
    public var contentKey: String {
        ["ma", "di", "wo", "do", "vr", "za", "zo"][rawValue - 1]
    }

    /// The Dutch name in lower case, e.g. `maandag`.
    public var dutchName: String {
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][rawValue - 1]
    }

    /// The schema.org `DayOfWeek` URL, e.g. `https://schema.org/Monday`.
    public var schemaOrgURL: String {
        "https://schema.org/" + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }

    /// Days to go forward from `start` to reach this weekday (0…6).
    func daysAfter(_ start: Weekday) -> Int {
        (rawValue - start.rawValue + 7) % 7
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
