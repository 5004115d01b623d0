import Testing
@testable import KaartCore

@Suite("MeetingSchedule parsing")
struct MeetingScheduleParsingTests {
    @Test("builds a schedule from front-matter strings")
    func parses() throws {
        let meetings = try MeetingSchedule.parse(rrule: "FREQ=MONTHLY;BYDAY=2TU", begin: "19:30", eind: "21:30",
                                                 vanaf: "2026-01-01", tot: "2026-12-31", uitgezonderd: ["2026-12-08"])
        #expect(meetings.rule.byDay == [.init(ordinal: 2, weekday: .tuesday)])
        #expect(meetings.begin.hhmm == "19:30" && meetings.end.hhmm == "21:30")
        #expect(meetings.tot?.iso == "2026-12-31")
        #expect(meetings.uitgezonderd.map(\.iso) == ["2026-12-08"])
    }

    @Test("collects every problem with its field")
    func collectsIssues() throws {
        let error = try #require(throws: MeetingScheduleError.self) {
            try MeetingSchedule.parse(rrule: "FREQ=DAILY", begin: "25:00", eind: "21:30", vanaf: "2026-02-30",
                                      tot: "2026-01-01", uitgezonderd: ["2026-12-08", "8-12-2026"])
        }
        #expect(error.issues.map(\.field) == ["rrule", "begin", "vanaf", "uitgezonderd[1]"])
        #expect(error.issues[0].offset == 0)
        #expect(error.issues[1].message == "Ongeldige tijd '25:00' bij 'begin'. Gebruik UU:MM, bijvoorbeeld 19:30.")
    }

    @Test("end must follow begin and tot must not precede vanaf")
    func ordering() throws {
        let error = try #require(throws: MeetingScheduleError.self) {
            try MeetingSchedule.parse(rrule: "FREQ=WEEKLY", begin: "21:30", eind: "19:30", vanaf: "2026-03-01", tot: "2026-02-01")
        }
        #expect(error.issues.map(\.field) == ["eind", "tot"])
    }
}
