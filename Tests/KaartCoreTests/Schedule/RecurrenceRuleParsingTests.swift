import Testing
@testable import KaartCore

@Suite("RecurrenceRule parsing")
struct RecurrenceRuleParsingTests {
    private func parseError(_ text: String) -> RecurrenceRuleError? {
        do {
            _ = try RecurrenceRule.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("reads monthly rules with ordinals")
    func monthlyOrdinals() throws {
        let rule = try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2TU,-1FR,1MO")
        #expect(rule.frequency == .monthly)
        #expect(rule.interval == 1)
        #expect(rule.byDay == [.init(ordinal: 2, weekday: .tuesday), .init(ordinal: -1, weekday: .friday),
                               .init(ordinal: 1, weekday: .monday)])
        #expect(rule.count == nil && rule.until == nil)
    }

    @Test("reads INTERVAL, COUNT, UNTIL and WKST, any case, RRULE: prefix and trailing ';'")
    func allParts() throws {
        let weekly = try RecurrenceRule.parse(" rrule:freq=weekly;interval=2;byday=th,mo;count=10;wkst=su; ")
        #expect(weekly.frequency == .weekly)
        #expect(weekly.interval == 2)
        #expect(weekly.byDay.map(\.weekday) == [.thursday, .monday])
        #expect(weekly.count == 10)
        #expect(weekly.weekStart == .sunday)
        let until = try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=+3WE;UNTIL=20261231")
        #expect(until.until == LocalDate(iso: "2026-12-31"))
        #expect(until.byDay == [.init(ordinal: 3, weekday: .wednesday)])
    }

    @Test("re-serialises canonically and reads its own output back",
          arguments: ["FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
                      "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO,-1FR;WKST=SU;UNTIL=20270101", "FREQ=WEEKLY;COUNT=5"])
    func roundTrip(text: String) throws {
        let rule = try RecurrenceRule.parse(text)
        #expect(rule.rruleString == text)
        #expect(try RecurrenceRule.parse(rule.rruleString) == rule)
    }

    @Test("FREQ other than WEEKLY or MONTHLY gives the Dutch message with its offset")
    func unsupportedFrequency() throws {
        let error = try #require(parseError("BYDAY=MO;FREQ=SECONDLY"))
        #expect(error.kind == .unsupportedFrequency)
        #expect(error.message == "FREQ=SECONDLY wordt niet ondersteund; gebruik FREQ=WEEKLY of FREQ=MONTHLY")
        #expect(error.offset == 9)
        #expect(error.length == 13)
        for frequency in ["DAILY", "YEARLY", "HOURLY", "MINUTELY", "fortnightly", ""] {
            #expect(parseError("FREQ=\(frequency)")?.kind == .unsupportedFrequency)
        }
    }

    @Test("an unknown BYDAY code points at that item")
    func invalidWeekday() throws {
        let error = try #require(parseError("FREQ=WEEKLY;BYDAY=MO,XX"))
        #expect(error.kind == .invalidWeekday)
        #expect(error.message.contains("'XX'"))
        #expect(error.offset == 21)
        #expect(error.length == 2)
    }

    @Test("ordinals: only with MONTHLY, only 1…5 and -1…-5")
    func ordinals() throws {
        let weekly = try #require(parseError("FREQ=WEEKLY;BYDAY=2TU"))
        #expect(weekly.kind == .invalidOrdinal)
        #expect(weekly.message.contains("FREQ=MONTHLY"))
        #expect(weekly.offset == 18)
        for bad in ["0TU", "6TU", "-6FR", "--1FR", "1-TU", "10MO"] {
            #expect(parseError("FREQ=MONTHLY;BYDAY=\(bad)")?.kind == .invalidOrdinal, "\(bad)")
        }
    }

    @Test("garbage and malformed parts are refused with an offset")
    func garbage() throws {
        let error = try #require(parseError("FREQ=WEEKLY;hello"))
        #expect(error.kind == .malformedPart)
        #expect(error.message.hasPrefix("'hello' is geen geldig onderdeel"))
        #expect(error.offset == 12)
        #expect(parseError("hello world")?.kind == .malformedPart)
        #expect(parseError("=WEEKLY")?.kind == .malformedPart)
        #expect(parseError("FREQ = WEEKLY")?.kind == .malformedPart)
        #expect(parseError("   ")?.kind == .empty)
        #expect(parseError("BYDAY=MO")?.kind == .missingFrequency)
    }

    @Test("refuses unknown, unsupported and duplicate parts, and COUNT with UNTIL")
    func partProblems() throws {
        #expect(parseError("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2")?.kind == .unsupportedPart)
        #expect(parseError("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2")?.message.contains("BYDAY=2TU") == true)
        #expect(parseError("FREQ=MONTHLY;BYMONTHDAY=15")?.kind == .unsupportedPart)
        #expect(parseError("FREQ=WEEKLY;COLOR=RED")?.kind == .unknownPart)
        let duplicate = try #require(parseError("FREQ=WEEKLY;FREQ=MONTHLY"))
        #expect(duplicate.kind == .duplicatePart)
        #expect(duplicate.offset == 12)
        let both = try #require(parseError("FREQ=WEEKLY;UNTIL=20261231;COUNT=3"))
        #expect(both.kind == .countAndUntil)
        #expect(both.offset == 12)
    }

    @Test("validates INTERVAL, COUNT and UNTIL values")
    func values() throws {
        #expect(parseError("FREQ=WEEKLY;INTERVAL=0")?.kind == .invalidInterval)
        #expect(parseError("FREQ=WEEKLY;INTERVAL=two")?.kind == .invalidInterval)
        #expect(parseError("FREQ=WEEKLY;INTERVAL=100")?.kind == .invalidInterval)
        #expect(parseError("FREQ=WEEKLY;COUNT=-1")?.kind == .invalidCount)
        #expect(parseError("FREQ=WEEKLY;COUNT=")?.kind == .invalidCount)
        #expect(parseError("FREQ=WEEKLY;UNTIL=20260230")?.kind == .invalidUntil)
        #expect(parseError("FREQ=WEEKLY;UNTIL=2026-12-31")?.kind == .invalidUntil)
        let withTime = try #require(parseError("FREQ=WEEKLY;UNTIL=20261231T235959Z"))
        #expect(withTime.kind == .invalidUntil)
        #expect(withTime.offset == 18)
        #expect(withTime.message.contains("zonder tijd"))
    }
}
