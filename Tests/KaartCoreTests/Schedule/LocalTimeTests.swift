import Testing
@testable import KaartCore

@Suite("LocalTime")
struct LocalTimeTests {
    @Test("accepts two-digit HH:MM from 00:00 to 23:59", arguments: ["00:00", "09:05", "19:30", "23:59"])
    func acceptsValidTimes(text: String) throws {
        let time = try #require(LocalTime(hhmm: text))
        #expect(time.hhmm == text)
    }

    @Test("rejects out-of-range and loosely written times",
          arguments: ["24:00", "25:00", "12:60", "9:00", "09:0", "0900", "09.00", "-1:00", "09:00 ", "ab:cd", ""])
    func rejectsInvalidTimes(text: String) {
        #expect(LocalTime(hhmm: text) == nil)
    }

    @Test("writes the Dutch form with a full stop and orders by time of day")
    func dutchFormAndOrder() throws {
        let evening = try #require(LocalTime(hhmm: "19:30"))
        let morning = try #require(LocalTime(hhmm: "09:05"))
        #expect(evening.dutch == "19.30")
        #expect(morning.dutch == "09.05")
        #expect(morning < evening)
        #expect(evening.minutesSinceMidnight == 1170)
    }
}
