/// Dutch date texts for pages, built from fixed tables so output does not depend on the
/// locale data installed on the build machine.
public enum DutchDateFormatter {
    static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                             "augustus", "september", "oktober", "november", "december"]

    /// `dinsdag 8 december 2026`.
    public static func longWithWeekday(_ date: LocalDate) -> String {
        "\(date.weekday.dutchName) \(long(date))"
    }

    /// `8 december 2026`.
    public static func long(_ date: LocalDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// `8 december` (for dates in the current year).
    public static func dayAndMonth(_ date: LocalDate) -> String {
        "\(date.day) \(monthNames[date.month - 1])"
    }

    /// How long ago (or how far ahead) `date` is, seen from `today`: "vandaag", "gisteren",
    /// "4 dagen geleden", "vorige week", "3 weken geleden", "een maand geleden",
    /// "3 maanden geleden", "een jaar geleden", "2 jaar geleden"; and "morgen", "over 4 dagen",
    /// "volgende week", … for future dates.
    public static func relativeAge(of date: LocalDate, today: LocalDate) -> String {
        let past = date <= today
        let (earlier, later) = past ? (date, today) : (today, date)
        let days = earlier.days(until: later)
        let months = fullMonths(from: earlier, to: later)
        func phrase(_ amount: String) -> String { past ? "\(amount) geleden" : "over \(amount)" }

        switch days {
        case 0: return "vandaag"
        case 1: return past ? "gisteren" : "morgen"
        case 2...6: return phrase("\(days) dagen")
        case 7...13: return past ? "vorige week" : "volgende week"
        default: break
        }
        if months == 0 { return phrase("\(days / 7) weken") }
        if months == 1 { return phrase("een maand") }
        if months < 12 { return phrase("\(months) maanden") }
        let years = months / 12
        return phrase(years == 1 ? "een jaar" : "\(years) jaar")
    }

    /// Whole calendar months from `start` to `end` (`end` not before `start`).
    static func fullMonths(from start: LocalDate, to end: LocalDate) -> Int {
        var months = (end.year - start.year) * 12 + (end.month - start.month)
        if months > 0, start.adding(months: months) > end { months -= 1 }
        return months
    }
}
