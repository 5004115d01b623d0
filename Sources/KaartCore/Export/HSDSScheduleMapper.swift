/// Turns opening hours and meeting rules into HSDS `schedule` rows.
///
/// HSDS times carry no zone here: every description says the times are Dutch local time,
/// because a fixed UTC offset would be wrong for half the year.
struct HSDSScheduleMapper: Sendable {
    let ids: HSDSIdentifier

    /// One WEEKLY row per weekday time range; closing days go into `notes`.
    func weeklyRows(_ hours: OpeningHours, label: String, serviceId: String, key: String) -> [HSDSSchedule] {
        let notes = closingNotes(hours)
        return Weekday.allCases.flatMap { day in
            hours.ranges(on: day).enumerated().map { index, range in
                HSDSSchedule(id: ids.id("schedule", "\(key)|\(label)|\(day.contentKey)|\(index)"), serviceId: serviceId,
                             freq: "WEEKLY", byday: day.rruleCode, opensAt: range.start.hhmm, closesAt: range.end.hhmm,
                             description: "\(label), \(day.dutchName) \(range.dutch) (Nederlandse tijd)", notes: notes)
            }
        }
    }

    /// The RRULE of a lotgenotengroep as one schedule row.
    func meetingRow(_ schedule: MeetingSchedule, serviceId: String, key: String) -> HSDSSchedule {
        let rule = schedule.rule
        let excluded = schedule.uitgezonderd.map(\.iso).joined(separator: ", ")
        return HSDSSchedule(
            id: ids.id("schedule", "\(key)|bijeenkomsten"), serviceId: serviceId,
            dtstart: (schedule.firstRuleInstance ?? schedule.vanaf).iso, until: schedule.lastPossibleDate?.iso,
            count: rule.count, wkst: rule.weekStart.rruleCode, freq: rule.frequency.rawValue,
            interval: rule.interval == 1 ? nil : rule.interval,
            byday: rule.byDay.isEmpty ? nil : rule.byDay.map(\.rruleValue).joined(separator: ","),
            opensAt: schedule.begin.hhmm, closesAt: schedule.end.hhmm,
            description: schedule.dutchDescription() + " (Nederlandse tijd)",
            notes: excluded.isEmpty ? nil : "Geen bijeenkomst op: \(excluded)")
    }

    private func closingNotes(_ hours: OpeningHours) -> String? {
        let closed = hours.uitzonderingen.filter(\.gesloten).map { exception in
            exception.toelichting.map { "\(exception.datum.iso) (\($0))" } ?? exception.datum.iso
        }
        return closed.isEmpty ? nil : "Gesloten op: " + closed.joined(separator: ", ")
    }
}
