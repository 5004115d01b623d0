import Foundation
import Testing
@testable import KaartCore

private func ymd(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

private func schedule(_ rrule: String, vanaf: String, tot: String? = nil, uitgezonderd: [String] = [],
                      begin: String = "19:30", eind: String = "21:30") throws -> MeetingSchedule {
    try MeetingSchedule.parse(rrule: rrule, begin: begin, eind: eind, vanaf: vanaf, tot: tot, uitgezonderd: uitgezonderd)
}

// Expected dates were checked against python-dateutil's rrule (see the report).
@Suite("MeetingSchedule occurrences")
struct MeetingScheduleOccurrenceTests {
    @Test("second Tuesday of the month, starting from a date that is not a meeting day")
    func secondTuesday() throws {
        let meetings = try schedule("FREQ=MONTHLY;BYDAY=2TU", vanaf: "2026-01-01")
        #expect(meetings.occurrences(from: ymd("2026-01-01"), limit: 4).map(\.iso)
                == ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14"])
        #expect(meetings.firstRuleInstance == ymd("2026-01-13"))
        #expect(meetings.nextOccurrence(onOrAfter: ymd("2026-02-11")) == ymd("2026-03-10"))
        #expect(meetings.nextOccurrence(onOrAfter: ymd("2026-03-10")) == ymd("2026-03-10"))
    }

    @Test("last Friday of the month")
    func lastFriday() throws {
        let meetings = try schedule("FREQ=MONTHLY;BYDAY=-1FR", vanaf: "2026-01-01")
        #expect(meetings.occurrences(from: ymd("2026-01-01"), limit: 5).map(\.iso)
                == ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29"])
    }

    @Test("first and third Tuesday; fifth Thursday only in months that have one")
    func severalAndRareOrdinals() throws {
        let twice = try schedule("FREQ=MONTHLY;BYDAY=1TU,3TU", vanaf: "2026-01-01")
        #expect(twice.occurrences(from: ymd("2026-01-01"), limit: 4).map(\.iso)
                == ["2026-01-06", "2026-01-20", "2026-02-03", "2026-02-17"])
        let fifth = try schedule("FREQ=MONTHLY;BYDAY=5TH", vanaf: "2026-01-01")
        #expect(fifth.occurrences(from: ymd("2026-01-01"), limit: 5).map(\.iso)
                == ["2026-01-29", "2026-04-30", "2026-07-30", "2026-10-29", "2026-12-31"])
    }

    @Test("monthly without BYDAY keeps vanaf's day and skips months without it")
    func monthlyByMonthDay() throws {
        let meetings = try schedule("FREQ=MONTHLY", vanaf: "2026-01-31")
        #expect(meetings.occurrences(from: ymd("2026-01-01"), limit: 5).map(\.iso)
                == ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"])
    }

    @Test("every other week counts weeks from vanaf's week, across the spring DST change")
    func everyOtherWeekAcrossDST() throws {
        let meetings = try schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", vanaf: "2026-03-06")
        let dates = meetings.occurrences(from: ymd("2026-01-01"), limit: 3)
        #expect(dates.map(\.iso) == ["2026-03-19", "2026-04-02", "2026-04-16"])
        // Same wall-clock time, but the clocks went forward on 29 March: one hour less between.
        #expect(dates.map { AmsterdamClock.iso8601(on: $0, at: meetings.begin) }
                == ["2026-03-19T19:30:00+01:00", "2026-04-02T19:30:00+02:00", "2026-04-16T19:30:00+02:00"])
        let gap = AmsterdamClock.instant(on: dates[1], at: meetings.begin)
            .timeIntervalSince(AmsterdamClock.instant(on: dates[0], at: meetings.begin))
        #expect(gap == Double((14 * 24 - 1) * 3600))
    }

    @Test("weekly across the autumn DST change keeps 19:30 local time")
    func weeklyAcrossAutumnDST() throws {
        let meetings = try schedule("FREQ=WEEKLY", vanaf: "2026-10-21")
        let dates = meetings.occurrences(from: ymd("2026-10-21"), limit: 2)
        #expect(dates.map(\.iso) == ["2026-10-21", "2026-10-28"])
        #expect(AmsterdamClock.utcOffsetSeconds(on: dates[0], at: meetings.begin) == 7200)
        #expect(AmsterdamClock.utcOffsetSeconds(on: dates[1], at: meetings.begin) == 3600)
    }

    @Test("across a year boundary, weekly and monthly")
    func yearBoundary() throws {
        let weekly = try schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", vanaf: "2026-12-16")
        #expect(weekly.occurrences(from: ymd("2026-12-01"), limit: 4).map(\.iso)
                == ["2026-12-16", "2026-12-30", "2027-01-13", "2027-01-27"])
        let monthly = try schedule("FREQ=MONTHLY;BYDAY=2TU", vanaf: "2026-01-01")
        #expect(monthly.occurrences(from: ymd("2026-11-01"), limit: 4).map(\.iso)
                == ["2026-11-10", "2026-12-08", "2027-01-12", "2027-02-09"])
    }

    @Test("WKST changes which weeks INTERVAL=2 picks, as in RFC 5545")
    func weekStart() throws {
        let monday = try schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU", vanaf: "2026-03-02")
        #expect(monday.occurrences(from: ymd("2026-03-01"), limit: 4).map(\.iso)
                == ["2026-03-02", "2026-03-08", "2026-03-16", "2026-03-22"])
        let sunday = try schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU", vanaf: "2026-03-02")
        #expect(sunday.occurrences(from: ymd("2026-03-01"), limit: 4).map(\.iso)
                == ["2026-03-02", "2026-03-15", "2026-03-16", "2026-03-29"])
    }

    @Test("COUNT counts rule instances from vanaf, including uitgezonderd ones")
    func count() throws {
        let meetings = try schedule("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5", vanaf: "2026-10-14",
                                    uitgezonderd: ["2026-10-19"])
        #expect(meetings.occurrences(from: ymd("2026-01-01"), limit: 100).map(\.iso)
                == ["2026-10-14", "2026-10-21", "2026-10-26", "2026-10-28"])
        #expect(meetings.occurrences(from: ymd("2026-10-22"), limit: 100).map(\.iso) == ["2026-10-26", "2026-10-28"])
        #expect(meetings.occurrences(from: ymd("2026-10-29"), limit: 100).isEmpty)
    }

    @Test("UNTIL and tot are inclusive; the earlier one wins")
    func untilAndTot() throws {
        let until = try schedule("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260424", vanaf: "2026-01-01")
        #expect(until.occurrences(from: ymd("2026-01-01"), limit: 100).map(\.iso)
                == ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24"])
        let tot = try schedule("FREQ=MONTHLY;BYDAY=-1FR", vanaf: "2026-01-01", tot: "2026-04-23")
        #expect(tot.occurrences(from: ymd("2026-01-01"), limit: 100).map(\.iso)
                == ["2026-01-30", "2026-02-27", "2026-03-27"])
        let both = try schedule("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260424", vanaf: "2026-01-01", tot: "2026-02-28")
        #expect(both.lastPossibleDate == ymd("2026-02-28"))
        #expect(both.occurrences(from: ymd("2026-01-01"), limit: 100).count == 2)
    }

    @Test("uitgezonderd dates are skipped and flagged when they are no meeting day")
    func exclusions() throws {
        let meetings = try schedule("FREQ=MONTHLY;BYDAY=2TU", vanaf: "2026-01-01",
                                    uitgezonderd: ["2026-02-10", "2026-03-11", "2026-02-10"])
        #expect(meetings.uitgezonderd.map(\.iso) == ["2026-02-10", "2026-03-11"])
        #expect(meetings.occurrences(from: ymd("2026-01-01"), limit: 3).map(\.iso)
                == ["2026-01-13", "2026-03-10", "2026-04-14"])
        #expect(meetings.exclusionsOutsideSchedule().map(\.iso) == ["2026-03-11"])
    }

    @Test("starting late gives the same dates as walking from vanaf", arguments: [
        "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO,-1SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,MO;WKST=WE",
    ])
    func skippingMatchesFullWalk(rrule: String) throws {
        let meetings = try schedule(rrule, vanaf: "2026-01-07")
        let all = meetings.occurrences(from: ymd("2026-01-01"), limit: 400)
        #expect(all.count == 400)
        var from = ymd("2026-01-01")
        while from < ymd("2030-01-01") {
            let start = from
            let expected = Array(all.filter { $0 >= start }.prefix(5))
            #expect(meetings.occurrences(from: from, limit: 5) == expected, "from \(from.iso)")
            from = from.adding(days: 11)
        }
        #expect(meetings.occurrences(from: ymd("2026-06-01"), limit: 2).allSatisfy { $0 >= ymd("2026-06-01") })
    }

    @Test("rare and far-away queries end: limit 0, year 9999, a rule that fires every 28 years")
    func bounded() throws {
        let weekly = try schedule("FREQ=WEEKLY", vanaf: "2026-01-01")
        #expect(weekly.occurrences(from: ymd("2026-01-01"), limit: 0).isEmpty)
        let last = weekly.occurrences(from: ymd("9999-12-01"), limit: 100)
        #expect(last.count == 5)
        #expect(last.last == ymd("9999-12-30"))
        let rare = try schedule("FREQ=MONTHLY;INTERVAL=12;BYDAY=5MO", vanaf: "2026-02-01")
        #expect(rare.occurrences(from: ymd("2026-01-01"), limit: 2).map(\.iso) == ["2044-02-29", "2072-02-29"])
        let never = try schedule("FREQ=MONTHLY;BYDAY=2TU", vanaf: "2026-01-14", tot: "2026-02-09")
        #expect(never.occurrences(from: ymd("2026-01-01"), limit: 10).isEmpty)
        #expect(never.firstRuleInstance == nil)
    }
}
