import Testing
@testable import KaartCore

@Suite("LocalDate")
struct LocalDateTests {
    @Test("accepts valid YYYY-MM-DD dates, leap days only in leap years",
          arguments: ["2026-01-01", "2026-12-31", "2028-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func acceptsValidDates(text: String) throws {
        let date = try #require(LocalDate(iso: text))
        #expect(date.iso == text)
    }

    @Test("rejects impossible and badly written dates",
          arguments: ["2026-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10",
                      "2026-01-00", "26-1-1", "2026-1-01", "2026/01/01", "20260101", " 2026-01-01",
                      "2026-01-01 ", "２０２６-01-01", "+026-01-01", "0000-01-01", ""])
    func rejectsInvalidDates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("knows the weekday, also before 1970 and across leap years")
    func weekday() throws {
        #expect(LocalDate(iso: "1970-01-01")?.weekday == .thursday)
        #expect(LocalDate(iso: "2026-12-08")?.weekday == .tuesday)
        #expect(LocalDate(iso: "2028-02-29")?.weekday == .tuesday)
        #expect(LocalDate(iso: "1969-12-31")?.weekday == .wednesday)
        #expect(LocalDate(iso: "2000-01-01")?.weekday == .saturday)
    }

    @Test("day numbers round-trip over four centuries")
    func dayNumberRoundTrip() throws {
        var date = try #require(LocalDate(iso: "1899-12-25"))
        for _ in 0..<(146_097 + 10) {
            let next = date.adding(days: 1)
            #expect(LocalDate(dayNumber: next.dayNumber) == next)
            #expect(next > date)
            #expect(next.weekday.rawValue == date.weekday.rawValue % 7 + 1)
            date = next
        }
        #expect(date.iso == "2300-01-04")  // 146 097 days are exactly 400 Gregorian years
    }

    @Test("adds days across a year boundary and months with clamping")
    func arithmetic() throws {
        let newYearsEve = try #require(LocalDate(iso: "2026-12-31"))
        #expect(newYearsEve.adding(days: 1).iso == "2027-01-01")
        #expect(newYearsEve.adding(days: -365).iso == "2025-12-31")
        #expect(LocalDate(iso: "2026-01-31")?.adding(months: 1).iso == "2026-02-28")
        #expect(LocalDate(iso: "2028-01-31")?.adding(months: 1).iso == "2028-02-29")
        #expect(LocalDate(iso: "2026-11-15")?.adding(months: 3).iso == "2027-02-15")
        #expect(LocalDate(iso: "2026-01-15")?.adding(months: -1).iso == "2025-12-15")
        #expect(LocalDate(iso: "2026-03-01")?.days(until: try #require(LocalDate(iso: "2026-02-01"))) == -28)
    }
}
