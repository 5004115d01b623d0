import Foundation

/// Where a build gets "now" from. Tests pin it; the command line uses the system clock.
public protocol BuildClock: Sendable {
    var now: Date { get }
}

extension BuildClock {
    /// Today's date in Europe/Amsterdam.
    public var today: LocalDate { AmsterdamClock.localDate(of: now) }
}

public struct SystemBuildClock: BuildClock {
    public init() {}
    public var now: Date { Date() }
}

public struct FixedBuildClock: BuildClock {
    public let now: Date

    public init(_ now: Date) {
        self.now = now
    }

    /// Noon in Amsterdam on `date`.
    public init(today date: LocalDate) {
        now = AmsterdamClock.instant(on: date, at: LocalTime(hour: 12, minute: 0)!)
    }
}
