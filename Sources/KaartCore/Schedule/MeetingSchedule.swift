/// When a lotgenotengroep meets: the `bijeenkomsten` block of its front matter.
///
/// `vanaf` acts as RFC 5545 DTSTART: rule instances are counted from the first one on or after
/// it. COUNT counts rule instances, including those later listed in `uitgezonderd` (as EXDATE
/// does in a calendar app), so the site and the .ics file always agree.
public struct MeetingSchedule: Hashable, Sendable {
    public let rule: RecurrenceRule
    public let begin: LocalTime
    public let end: LocalTime
    public let vanaf: LocalDate
    public let tot: LocalDate?
    /// Dates on which the group does not meet, sorted and without duplicates.
    public let uitgezonderd: [LocalDate]

    /// Creates a schedule from typed values. Use `parse(...)` for front-matter strings.
    public init(rule: RecurrenceRule, begin: LocalTime, end: LocalTime, vanaf: LocalDate,
                tot: LocalDate? = nil, uitgezonderd: [LocalDate] = []) {
        self.rule = rule
        self.begin = begin
        self.end = end
        self.vanaf = vanaf
        self.tot = tot
        self.uitgezonderd = Array(Set(uitgezonderd)).sorted()
    }

    /// The last date a meeting may fall on: the earlier of `tot` and the rule's UNTIL.
    public var lastPossibleDate: LocalDate? {
        switch (tot, rule.until) {
        case let (tot?, until?): return min(tot, until)
        case let (tot?, nil): return tot
        case let (nil, until?): return until
        case (nil, nil): return nil
        }
    }

    /// Up to `limit` meeting dates on or after `from`, in order, without `uitgezonderd` dates,
    /// stopping at `tot`, UNTIL and COUNT.
    public func occurrences(from: LocalDate, limit: Int) -> [LocalDate] {
        guard limit > 0 else { return [] }
        let excluded = Set(uitgezonderd)
        var result: [LocalDate] = []
        forEachRuleInstance(from: from) { date in
            if !excluded.contains(date) { result.append(date) }
            return result.count < limit
        }
        return result
    }

    /// The first meeting on or after `date`, if any.
    public func nextOccurrence(onOrAfter date: LocalDate) -> LocalDate? {
        occurrences(from: date, limit: 1).first
    }

    /// The first rule instance on or after `vanaf`, even if it is `uitgezonderd`; this is the
    /// calendar file's DTSTART. Nil when the rule yields nothing before it ends.
    public var firstRuleInstance: LocalDate? {
        ruleInstances(from: vanaf, limit: 1).first
    }

    /// `uitgezonderd` dates on which the group would not have met anyway (a likely typo),
    /// for the validator to warn about.
    public func exclusionsOutsideSchedule() -> [LocalDate] {
        uitgezonderd.filter { date in ruleInstances(from: date, limit: 1).first != date }
    }

    /// Rule instances, including `uitgezonderd` dates, on or after `from`.
    func ruleInstances(from: LocalDate, limit: Int) -> [LocalDate] {
        guard limit > 0 else { return [] }
        var result: [LocalDate] = []
        forEachRuleInstance(from: from) { date in
            result.append(date)
            return result.count < limit
        }
        return result
    }

    /// The one walk every query uses, so COUNT, UNTIL and `tot` are applied identically.
    private func forEachRuleInstance(from: LocalDate, _ body: (LocalDate) -> Bool) {
        let last = lastPossibleDate
        var counted = 0
        let expander = RecurrenceExpander(rule: rule, anchor: vanaf)
        // With COUNT every instance from vanaf must be counted, so no periods may be skipped.
        expander.forEachDate(skippingTo: rule.count == nil ? from : nil) { date in
            if let last, date > last { return false }
            if let count = rule.count {
                counted += 1
                if counted > count { return false }
            }
            return date < from ? true : body(date)
        }
    }
}
