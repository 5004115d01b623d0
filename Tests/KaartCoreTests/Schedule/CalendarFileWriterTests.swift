import Foundation
import Testing
@testable import KaartCore

@Suite("CalendarFileWriter")
struct CalendarFileWriterTests {
    private let stamp = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

    private func event(_ rrule: String = "FREQ=MONTHLY;BYDAY=2TU", vanaf: String = "2026-01-01", tot: String? = "2026-12-31",
                       uitgezonderd: [String] = ["2026-03-10", "2026-12-08"], summary: String = "Lotgenotengroep NAH",
                       description: String? = "Voor partners, kinderen en ouders; koffie staat klaar.\nWelkom!") throws -> MeetingCalendarEvent {
        let schedule = try MeetingSchedule.parse(rrule: rrule, begin: "19:30", eind: "21:30", vanaf: vanaf,
                                                 tot: tot, uitgezonderd: uitgezonderd)
        return MeetingCalendarEvent(uid: "nah-leiden@kaart.example.nl", summary: summary,
                                    location: "Buurthuis De Ster, Kerkstraat 3, Leiden", description: description,
                                    url: "https://kaart.example.nl/lotgenotengroepen/nah-leiden/", schedule: schedule)
    }

    /// Logical lines: RFC 5545 unfolding removes every CRLF followed by a space.
    private func logicalLines(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    @Test("writes one VCALENDAR with PRODID, VTIMEZONE and a VEVENT in CRLF lines")
    func structure() throws {
        let ics = try CalendarFileWriter().calendarFile(for: try event(), dtstamp: stamp)
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let lines = logicalLines(ics)
        #expect(Array(lines.prefix(3)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kaart//NL"])
        #expect(lines.filter { $0 == "BEGIN:VCALENDAR" }.count == 1)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
        #expect(lines.contains("TZID:Europe/Amsterdam"))
        #expect(lines.contains("TZOFFSETTO:+0200") && lines.contains("TZNAME:CET"))
        #expect(lines.contains("UID:nah-leiden@kaart.example.nl"))
        #expect(lines.contains("DTSTAMP:20260528T202640Z"))
        #expect(lines.contains("URL:https://kaart.example.nl/lotgenotengroepen/nah-leiden/"))
    }

    @Test("DTSTART is the first meeting, in Amsterdam time; EXDATE per uitgezonderd date with the start time")
    func startAndExceptions() throws {
        let lines = logicalLines(try CalendarFileWriter().calendarFile(for: try event(), dtstamp: stamp))
        #expect(lines.contains("DTSTART;TZID=Europe/Amsterdam:20260113T193000"))
        #expect(lines.contains("DTEND;TZID=Europe/Amsterdam:20260113T213000"))
        #expect(lines.filter { $0.hasPrefix("EXDATE") } == [
            "EXDATE;TZID=Europe/Amsterdam:20260310T193000", "EXDATE;TZID=Europe/Amsterdam:20261208T193000",
        ])
    }

    @Test("tot becomes UNTIL in UTC (DTSTART has a TZID), at the end of that Amsterdam day")
    func untilInUTC() throws {
        let winter = logicalLines(try CalendarFileWriter().calendarFile(for: try event(), dtstamp: stamp))
        #expect(winter.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T225959Z"))
        let summer = logicalLines(try CalendarFileWriter().calendarFile(for: try event(tot: "2026-07-31"), dtstamp: stamp))
        #expect(summer.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260731T215959Z"))
        let ruleUntil = logicalLines(try CalendarFileWriter().calendarFile(
            for: try event("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20260630", tot: nil, uitgezonderd: []), dtstamp: stamp))
        #expect(ruleUntil.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20260630T215959Z"))
        let open = logicalLines(try CalendarFileWriter().calendarFile(for: try event(tot: nil), dtstamp: stamp))
        #expect(open.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU"))
    }

    @Test("COUNT is kept when it ends first, replaced by UNTIL when tot ends first")
    func countOrUntil() throws {
        let counted = logicalLines(try CalendarFileWriter().calendarFile(
            for: try event("FREQ=MONTHLY;BYDAY=2TU;COUNT=3"), dtstamp: stamp))
        #expect(counted.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3"))
        let cut = logicalLines(try CalendarFileWriter().calendarFile(
            for: try event("FREQ=MONTHLY;BYDAY=2TU;COUNT=30", tot: "2026-04-30"), dtstamp: stamp))
        #expect(cut.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260430T215959Z"))
        #expect(!cut.contains { $0.contains("COUNT") })
    }

    @Test("escapes backslash, semicolon, comma and newlines in TEXT values")
    func escaping() throws {
        let text = "a\\b; c, d\ne\r\nf\u{7}g"
        let lines = logicalLines(try CalendarFileWriter().calendarFile(
            for: try event(summary: text, description: nil), dtstamp: stamp))
        #expect(lines.contains(#"SUMMARY:a\\b\; c\, d\ne\nfg"#))
        #expect(lines.contains(#"LOCATION:Buurthuis De Ster\, Kerkstraat 3\, Leiden"#))
        #expect(!lines.contains { $0.hasPrefix("DESCRIPTION") })
    }

    @Test("folds at 75 octets without splitting UTF-8 sequences")
    func folding() throws {
        let summary = String(repeating: "é", count: 50) + " mantelzorg ☕️ 👩‍👩‍👧 " + String(repeating: "ü", count: 40)
        let ics = try CalendarFileWriter().calendarFile(for: try event(summary: summary), dtstamp: stamp)
        let physical = Array(ics.utf8).split(separator: 13, omittingEmptySubsequences: false)
        #expect(physical.count > 40)
        for (index, line) in physical.enumerated() {
            let body = index == 0 ? line[...] : line.dropFirst()  // drop the LF of the CRLF
            #expect(body.count <= 75, "line \(index) has \(body.count) octets")
            #expect(String(bytes: body, encoding: .utf8) != nil, "line \(index) splits a UTF-8 sequence")
        }
        let summaryLine = try #require(logicalLines(ics).first { $0.hasPrefix("SUMMARY:") })
        #expect(summaryLine == "SUMMARY:" + summary)
        // "SUMMARY:" (8 octets) + 33 × é (66 octets) = 74; a 34th é would make 76.
        #expect(ics.contains("SUMMARY:" + String(repeating: "é", count: 33) + "\r\n é"))
    }

    @Test("exactly 75 ASCII octets stay on one line; 76 are folded as 75 + space + 1")
    func foldBoundary() {
        let exact = String(repeating: "x", count: 75)
        #expect(ICSContentLine.fold(exact) == exact)
        #expect(ICSContentLine.fold(exact + "y") == exact + "\r\n y")
        let long = String(repeating: "z", count: 75 + 74 + 1)
        #expect(ICSContentLine.fold(long).components(separatedBy: "\r\n ").map(\.count) == [75, 74, 1])
    }

    @Test("folding on bytes equals folding scalar by scalar, for text of one- to four-byte characters")
    func foldOnBytesEqualsFoldingByScalar() {
        func foldedByScalar(_ line: String) -> String {
            var physicalLines: [String] = [], current = "", octets = 0
            for scalar in line.unicodeScalars {
                let count = String(scalar).utf8.count
                if octets + count > (physicalLines.isEmpty ? 75 : 74) {
                    physicalLines.append(current)
                    (current, octets) = ("", 0)
                }
                current.unicodeScalars.append(scalar)
                octets += count
            }
            return (physicalLines + [current]).joined(separator: "\r\n ")
        }
        var random = SeededGenerator(seed: 5545)
        let characters: [String] = ["a", " ", ";", "é", "ĳ", "€", "日", "🙂", "👩‍👧"]
        for length in [0, 1, 37, 74, 75, 76, 149, 150, 151, 300, 1000] {
            for _ in 0..<20 {
                let line = String((0..<length).map { _ in characters.randomElement(using: &random)! }.joined().unicodeScalars.prefix(length))
                #expect(ICSContentLine.fold(line) == foldedByScalar(line), "\(line.utf8.count) octets")
            }
        }
    }

    @Test("a schedule without any meeting cannot be written")
    func noMeetings() throws {
        let empty = try event(vanaf: "2026-01-14", tot: "2026-02-09", uitgezonderd: [])
        #expect(throws: CalendarFileError.noMeetings(uid: "nah-leiden@kaart.example.nl")) {
            try CalendarFileWriter().calendarFile(for: empty, dtstamp: stamp)
        }
    }
}
