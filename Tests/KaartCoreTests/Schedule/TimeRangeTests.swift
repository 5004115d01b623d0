import Testing
@testable import KaartCore

@Suite("TimeRange")
struct TimeRangeTests {
    @Test("parses HH:MM-HH:MM, tolerating spaces around the hyphen")
    func parsesRanges() throws {
        let range = try TimeRange.parse("09:00-12:00")
        #expect(range.start.hhmm == "09:00")
        #expect(range.end.hhmm == "12:00")
        #expect(range.description == "09:00-12:00")
        #expect(range.dutch == "09.00\u{2013}12.00")
        #expect(try TimeRange.parse("13:00 - 17:00").description == "13:00-17:00")
    }

    @Test("names the offending part")
    func errors() {
        #expect(throws: TimeRangeError.invalidTime("25:00")) { try TimeRange.parse("25:00-26:00") }
        #expect(throws: TimeRangeError.invalidTime("24:00")) { try TimeRange.parse("18:00-24:00") }
        #expect(throws: TimeRangeError.invalidTime("9:00")) { try TimeRange.parse("9:00-12:00") }
        #expect(throws: TimeRangeError.malformed("09:00")) { try TimeRange.parse("09:00") }
        #expect(throws: TimeRangeError.malformed("09:00-12:00-13:00")) { try TimeRange.parse("09:00-12:00-13:00") }
        #expect(throws: TimeRangeError.endNotAfterStart("13:00-12:00")) { try TimeRange.parse("13:00-12:00") }
        #expect(throws: TimeRangeError.endNotAfterStart("12:00-12:00")) { try TimeRange.parse("12:00-12:00") }
        #expect(TimeRange("garbage") == nil)
    }

    @Test("overlap: shared minutes overlap, touching ends do not")
    func overlap() throws {
        let morning = try TimeRange.parse("09:00-12:00")
        #expect(morning.overlaps(try TimeRange.parse("11:59-13:00")))
        #expect(morning.overlaps(try TimeRange.parse("10:00-11:00")))
        #expect(!morning.overlaps(try TimeRange.parse("12:00-13:00")))
        #expect(!morning.overlaps(try TimeRange.parse("07:00-09:00")))
    }
}
