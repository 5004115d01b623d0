/// Walks the dates a `RecurrenceRule` produces, in ascending order, from an anchor date
/// (`vanaf`, which plays the role of DTSTART).
///
/// INTERVAL counts weeks (from the week, per WKST, that holds the anchor) or months (from the
/// anchor's month). Dates before the anchor are skipped. The walk is bounded: it gives up after
/// `maximumPeriods` weeks or months without the caller stopping it, and at year 9999, so no
/// rule can make it loop forever.
struct RecurrenceExpander {
    static let maximumPeriods = 10_000

    let rule: RecurrenceRule
    let anchor: LocalDate

    /// Calls `body` with each date on or after the anchor until it returns false.
    /// With `skippingTo`, whole periods before that date are skipped without visiting them
    /// (only safe when nothing is counted from the anchor, i.e. without COUNT).
    func forEachDate(skippingTo target: LocalDate? = nil, _ body: (LocalDate) -> Bool) {
        switch rule.frequency {
        case .weekly: walkWeeks(skippingTo: target, body)
        case .monthly: walkMonths(skippingTo: target, body)
        }
    }

    private func walkWeeks(skippingTo target: LocalDate?, _ body: (LocalDate) -> Bool) {
        let firstWeekStart = anchor.adding(days: -anchor.weekday.daysAfter(rule.weekStart))
        let weekdays = rule.byDay.isEmpty ? [anchor.weekday] : rule.byDay.map(\.weekday)
        let offsets = Set(weekdays.map { $0.daysAfter(rule.weekStart) }).sorted()
        var period = 0
        if let target, target > anchor {
            period = alignedPeriod(firstWeekStart.days(until: target) / 7)
        }
        for _ in 0..<Self.maximumPeriods {
            let weekStart = firstWeekStart.adding(days: period * 7)
            for offset in offsets {
                let date = weekStart.adding(days: offset)
                if date.year > 9999 { return }
                if date >= anchor, !body(date) { return }
            }
            period += rule.interval
        }
    }

    private func walkMonths(skippingTo target: LocalDate?, _ body: (LocalDate) -> Bool) {
        let firstMonthIndex = anchor.year * 12 + anchor.month - 1
        var period = 0
        if let target, target > anchor {
            period = alignedPeriod(target.year * 12 + target.month - 1 - firstMonthIndex)
        }
        for _ in 0..<Self.maximumPeriods {
            let index = firstMonthIndex + period
            let year = index / 12, month = index % 12 + 1
            if year > 9999 { return }
            for date in dates(year: year, month: month) where date >= anchor {
                if !body(date) { return }
            }
            period += rule.interval
        }
    }

    /// The largest multiple of INTERVAL not after `period`.
    private func alignedPeriod(_ period: Int) -> Int {
        max(0, period / rule.interval * rule.interval)
    }

    /// The dates in one month that match BYDAY (or the anchor's day of the month without BYDAY;
    /// months too short for it are skipped, as RFC 5545 prescribes).
    func dates(year: Int, month: Int) -> [LocalDate] {
        let length = LocalDate.daysInMonth(year: year, month: month)
        guard !rule.byDay.isEmpty else {
            return anchor.day <= length ? [LocalDate(unchecked: year, month, anchor.day)] : []
        }
        let firstWeekday = LocalDate(unchecked: year, month, 1).weekday
        var days = Set<Int>()
        for specifier in rule.byDay {
            let matching = Array(stride(from: 1 + specifier.weekday.daysAfter(firstWeekday), through: length, by: 7))
            switch specifier.ordinal {
            case nil:
                days.formUnion(matching)
            case let n? where n > 0:
                if n <= matching.count { days.insert(matching[n - 1]) }
            case let n?:
                if -n <= matching.count { days.insert(matching[matching.count + n]) }
            }
        }
        return days.sorted().map { LocalDate(unchecked: year, month, $0) }
    }
}
