import Testing
@testable import KaartCore

@Suite("MeetingSchedule Dutch description")
struct MeetingScheduleDescriptionTests {
    private func describe(_ rrule: String, vanaf: String = "2026-01-07", begin: String = "19:30",
                          eind: String = "21:30") throws -> String {
        try MeetingSchedule.parse(rrule: rrule, begin: begin, eind: eind, vanaf: vanaf).dutchDescription()
    }

    @Test("monthly with ordinals")
    func monthly() throws {
        #expect(try describe("FREQ=MONTHLY;BYDAY=2TU") == "Elke tweede dinsdag van de maand, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY;BYDAY=-1FR", begin: "10:00", eind: "12:00")
                == "Elke laatste vrijdag van de maand, van 10.00 tot 12.00 uur")
        #expect(try describe("FREQ=MONTHLY;BYDAY=3TU,1TU") == "Elke eerste en derde dinsdag van de maand, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY;BYDAY=-1FR,2TU")
                == "Elke tweede dinsdag en laatste vrijdag van de maand, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO") == "Om de maand op de eerste maandag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY;INTERVAL=3;BYDAY=-2WE")
                == "Om de 3 maanden op de voorlaatste woensdag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY", vanaf: "2026-01-15") == "Elke maand op de 15e, van 19.30 tot 21.30 uur")
    }

    @Test("weekly, every other week and every n weeks; BYDAY defaults to vanaf's weekday")
    func weekly() throws {
        #expect(try describe("FREQ=WEEKLY;BYDAY=WE") == "Elke week op woensdag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=WEEKLY", vanaf: "2026-01-08") == "Elke week op donderdag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH") == "Om de week op donderdag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=WEEKLY;INTERVAL=3;BYDAY=FR,MO,WE")
                == "Om de 3 weken op maandag, woensdag en vrijdag, van 19.30 tot 21.30 uur")
        #expect(try describe("FREQ=MONTHLY;BYDAY=TU") == "Elke week op dinsdag, van 19.30 tot 21.30 uur")
    }
}
