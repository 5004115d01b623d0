import Foundation
import Testing
@testable import KaartCore

private func ymd(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

@Suite("AmsterdamClock")
struct AmsterdamClockTests {
    @Test("offsets switch on the last Sundays of March and October")
    func offsets() {
        let noon = LocalTime(hour: 12, minute: 0)!
        #expect(AmsterdamClock.utcOffsetSeconds(on: ymd("2026-03-28"), at: noon) == 3600)
        #expect(AmsterdamClock.utcOffsetSeconds(on: ymd("2026-03-29"), at: noon) == 7200)
        #expect(AmsterdamClock.utcOffsetSeconds(on: ymd("2026-10-24"), at: noon) == 7200)
        #expect(AmsterdamClock.utcOffsetSeconds(on: ymd("2026-10-25"), at: noon) == 3600)
        #expect(AmsterdamClock.iso8601(on: ymd("2026-07-01"), at: noon) == "2026-07-01T12:00:00+02:00")
    }

    @Test("an injected instant becomes the Amsterdam date, not the UTC date")
    func localDate() {
        // 2026-06-30T22:30:00Z is already 1 July 00:30 in Amsterdam.
        let instant = Date(timeIntervalSince1970: 1_782_858_600)
        #expect(AmsterdamClock.utcCompact(instant) == "20260630T223000Z")
        #expect(AmsterdamClock.localDate(of: instant) == ymd("2026-07-01"))
    }

    @Test("the VTIMEZONE rules agree with the system time zone data for 1996–2040")
    func timeZoneComponentMatchesTZData() {
        let noon = LocalTime(hour: 12, minute: 0)!
        for year in 1996...2040 {
            // The VTIMEZONE says: summer time from the last Sunday of March to the last Sunday of October.
            let lastSundayOfMarch = (25...31).map { ymd("\(year)-03-\($0)") }.first { $0.weekday == .sunday }!
            let lastSundayOfOctober = (25...31).map { ymd("\(year)-10-\($0)") }.first { $0.weekday == .sunday }!
            #expect(AmsterdamClock.utcOffsetSeconds(on: lastSundayOfMarch.adding(days: -1), at: noon) == 3600)
            #expect(AmsterdamClock.utcOffsetSeconds(on: lastSundayOfMarch, at: noon) == 7200)
            #expect(AmsterdamClock.utcOffsetSeconds(on: lastSundayOfOctober.adding(days: -1), at: noon) == 7200)
            #expect(AmsterdamClock.utcOffsetSeconds(on: lastSundayOfOctober, at: noon) == 3600)
        }
        #expect(ymd("1970-03-29").weekday == .sunday)
        #expect(ymd("1970-10-25").weekday == .sunday)
        #expect(AmsterdamTimeZoneComponent.lines.contains("DTSTART:19700329T020000"))
        #expect(AmsterdamTimeZoneComponent.lines.contains("DTSTART:19701025T030000"))
    }
}
