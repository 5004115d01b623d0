/// One row of the opening-hours table on a page.
public struct OpeningHoursRow: Hashable, Sendable, Encodable {
    /// "maandag", or for an exception "vrijdag 25 december 2026".
    public let dayLabel: String
    /// "09.00–12.00 en 13.00–17.00 uur" or "gesloten".
    public let text: String

    public init(dayLabel: String, text: String) {
        self.dayLabel = dayLabel
        self.text = text
    }
}

extension OpeningHours {
    /// Seven rows, maandag to zondag, for the page table.
    public func dutchRows() -> [OpeningHoursRow] {
        Weekday.allCases.map { weekday in
            let ranges = ranges(on: weekday)
            let text = ranges.isEmpty ? "gesloten" : ScheduleText.dutchList(ranges.map(\.dutch)) + " uur"
            return OpeningHoursRow(dayLabel: weekday.dutchName, text: text)
        }
    }

    /// Rows for exceptions on or after `today`, e.g. ("vrijdag 25 december 2026",
    /// "gesloten (Eerste Kerstdag)"). An exception that is not a closing day shows its note.
    public func upcomingExceptionRows(from today: LocalDate) -> [OpeningHoursRow] {
        uitzonderingen.filter { $0.datum >= today }.map { exception in
            let note = exception.toelichting
            let text: String
            if exception.gesloten {
                text = note.map { "gesloten (\($0))" } ?? "gesloten"
            } else {
                text = note ?? "afwijkende tijden"
            }
            return OpeningHoursRow(dayLabel: DutchDateFormatter.longWithWeekday(exception.datum), text: text)
        }
    }
}
