extension MeetingSchedule {
    /// A sentence for the group's page, e.g. "Elke tweede dinsdag van de maand, van 19.30 tot
    /// 21.30 uur" or "Om de week op donderdag, van 10.00 tot 12.00 uur".
    public func dutchDescription() -> String {
        "\(rule.dutchPattern(anchor: vanaf)), van \(begin.dutch) tot \(end.dutch) uur"
    }
}

extension RecurrenceRule {
    /// The repeat pattern in Dutch, starting with a capital. `anchor` (vanaf) supplies the
    /// weekday or day of the month when BYDAY is absent, as RFC 5545 does.
    func dutchPattern(anchor: LocalDate) -> String {
        switch frequency {
        case .weekly:
            let days = byDay.isEmpty ? [anchor.weekday] : byDay.map(\.weekday)
            return "\(everyPeriod(singular: "week", plural: "weken")) op \(dayList(days))"
        case .monthly:
            return monthlyPattern(anchor: anchor)
        }
    }

    private func monthlyPattern(anchor: LocalDate) -> String {
        if byDay.isEmpty {
            return "\(everyPeriod(singular: "maand", plural: "maanden")) op de \(anchor.day)e"
        }
        let withOrdinal = byDay.filter { $0.ordinal != nil }
        let everyWeekday = byDay.filter { $0.ordinal == nil }.map(\.weekday)
        if withOrdinal.isEmpty {
            // BYDAY=TU with FREQ=MONTHLY is every Tuesday of the (every n-th) month.
            return interval == 1
                ? "Elke week op \(dayList(everyWeekday))"
                : "Elke \(dayList(everyWeekday)), \(everyPeriod(singular: "maand", plural: "maanden").lowercased())"
        }
        let ordinals = ordinalPhrase(withOrdinal)
        if !everyWeekday.isEmpty {
            return "\(everyPeriod(singular: "maand", plural: "maanden")): elke \(dayList(everyWeekday)) en de \(ordinals)"
        }
        switch interval {
        case 1: return "Elke \(ordinals) van de maand"
        case 2: return "Om de maand op de \(ordinals)"
        default: return "Om de \(interval) maanden op de \(ordinals)"
        }
    }

    /// "Elke week", "Om de week", "Om de 3 weken" (and the same for months).
    private func everyPeriod(singular: String, plural: String) -> String {
        switch interval {
        case 1: return "Elke \(singular)"
        case 2: return "Om de \(singular)"
        default: return "Om de \(interval) \(plural)"
        }
    }

    /// "tweede dinsdag", "eerste en derde dinsdag", "tweede dinsdag en laatste vrijdag".
    private func ordinalPhrase(_ specifiers: [DaySpecifier]) -> String {
        // Count from the start first, then from the end, so "laatste" comes last.
        let sorted = specifiers.sorted {
            let key = { (s: DaySpecifier) in s.ordinal! > 0 ? s.ordinal! : 100 + s.ordinal! }
            return (key($0), $0.weekday) < (key($1), $1.weekday)
        }
        let weekdays = Set(sorted.map(\.weekday))
        if weekdays.count == 1 {
            return "\(ScheduleText.dutchList(sorted.map { ordinalWord($0.ordinal!) })) \(sorted[0].weekday.dutchName)"
        }
        return ScheduleText.dutchList(sorted.map { "\(ordinalWord($0.ordinal!)) \($0.weekday.dutchName)" })
    }

    private func ordinalWord(_ ordinal: Int) -> String {
        switch ordinal {
        case 1: return "eerste"
        case 2: return "tweede"
        case 3: return "derde"
        case 4: return "vierde"
        case 5: return "vijfde"
        case -1: return "laatste"
        case -2: return "voorlaatste"
        case -3: return "op twee na laatste"
        case -4: return "op drie na laatste"
        default: return "op vier na laatste"
        }
    }

    private func dayList(_ days: [Weekday]) -> String {
        ScheduleText.dutchList(Set(days).sorted().map(\.dutchName))
    }
}
