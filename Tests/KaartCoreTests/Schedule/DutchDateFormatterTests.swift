import Testing
@testable import KaartCore

private func ymd(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

@Suite("DutchDateFormatter")
struct DutchDateFormatterTests {
    @Test("long forms with and without weekday")
    func longForms() {
        #expect(DutchDateFormatter.longWithWeekday(ymd("2026-12-08")) == "dinsdag 8 december 2026")
        #expect(DutchDateFormatter.long(ymd("2026-12-08")) == "8 december 2026")
        #expect(DutchDateFormatter.long(ymd("2027-03-01")) == "1 maart 2027")
        #expect(DutchDateFormatter.dayAndMonth(ymd("2026-05-31")) == "31 mei")
    }

    @Test("relative age in the past", arguments: [
        ("2026-06-15", "vandaag"), ("2026-06-14", "gisteren"), ("2026-06-11", "4 dagen geleden"),
        ("2026-06-08", "vorige week"), ("2026-06-02", "vorige week"), ("2026-06-01", "2 weken geleden"),
        ("2026-05-16", "4 weken geleden"), ("2026-05-15", "een maand geleden"), ("2026-03-15", "3 maanden geleden"),
        ("2026-03-16", "2 maanden geleden"), ("2025-06-16", "11 maanden geleden"), ("2025-06-15", "een jaar geleden"),
        ("2023-01-01", "3 jaar geleden"),
    ])
    func past(pair: (String, String)) {
        #expect(DutchDateFormatter.relativeAge(of: ymd(pair.0), today: ymd("2026-06-15")) == pair.1)
    }

    @Test("relative age in the future")
    func future() {
        let today = ymd("2026-06-15")
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-06-16"), today: today) == "morgen")
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-06-18"), today: today) == "over 3 dagen")
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-06-25"), today: today) == "volgende week")
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-09-20"), today: today) == "over 3 maanden")
    }

    @Test("month counting clamps at month ends")
    func monthEnds() {
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-01-31"), today: ymd("2026-02-28")) == "een maand geleden")
        #expect(DutchDateFormatter.relativeAge(of: ymd("2026-01-31"), today: ymd("2026-03-30")) == "een maand geleden")
    }
}
