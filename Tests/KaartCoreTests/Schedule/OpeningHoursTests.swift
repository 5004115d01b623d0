import Foundation
import Testing
@testable import KaartCore

@Suite("OpeningHours")
struct OpeningHoursTests {
    private let sample: [String: [String]] = [
        "ma": ["13:00-17:00", "09:00-12:00"], "di": ["09:00-12:00"], "wo": [], "vr": ["09:00-12:00", "13:00-17:00"],
    ]

    @Test("parses days, sorts ranges, treats missing and empty days as closed")
    func parses() throws {
        let hours = try OpeningHours.parse(days: sample, uitzonderingen: [
            .init(datum: "2026-12-25", gesloten: true, toelichting: "Eerste Kerstdag"),
        ])
        #expect(hours.ranges(on: .monday).map(\.description) == ["09:00-12:00", "13:00-17:00"])
        #expect(hours.ranges(on: .wednesday).isEmpty)
        #expect(hours.ranges(on: .sunday).isEmpty)
        #expect(hours.exception(on: LocalDate(iso: "2026-12-25")!)?.toelichting == "Eerste Kerstdag")
    }

    @Test("the Dutch table has seven rows with en dashes and 'en'")
    func dutchRows() throws {
        let rows = try OpeningHours.parse(days: sample).dutchRows()
        #expect(rows.map(\.dayLabel) == ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"])
        #expect(rows[0].text == "09.00\u{2013}12.00 en 13.00\u{2013}17.00 uur")
        #expect(rows[1].text == "09.00\u{2013}12.00 uur")
        #expect(rows[2].text == "gesloten")
        #expect(rows[6].text == "gesloten")
    }

    @Test("upcoming exception rows from an injected today")
    func exceptionRows() throws {
        let hours = try OpeningHours.parse(days: sample, uitzonderingen: [
            .init(datum: "2026-12-25", toelichting: "Eerste Kerstdag"), .init(datum: "2026-04-27"),
            .init(datum: "2026-12-31", gesloten: false, toelichting: "Open tot 12.00 uur"),
        ])
        let rows = hours.upcomingExceptionRows(from: LocalDate(iso: "2026-05-01")!)
        #expect(rows == [
            OpeningHoursRow(dayLabel: "vrijdag 25 december 2026", text: "gesloten (Eerste Kerstdag)"),
            OpeningHoursRow(dayLabel: "donderdag 31 december 2026", text: "Open tot 12.00 uur"),
        ])
    }

    @Test("errors name the day key and the bad value, all at once")
    func errors() throws {
        let error = try #require(throws: OpeningHoursError.self) {
            try OpeningHours.parse(days: ["ma": ["25:00-26:00"], "di": ["13:00-12:00"], "wo": ["9-12"],
                                          "do": ["09:00-12:00", "11:00-13:00"], "mon": ["09:00-12:00"]],
                                   uitzonderingen: [.init(datum: "2026-02-30"), .init(datum: "2026-12-25"), .init(datum: "2026-12-25")])
        }
        #expect(error.issues.map(\.field) == ["mon", "ma", "di", "wo", "do", "uitzonderingen[0].datum", "uitzonderingen[2].datum"])
        #expect(error.issues[1].message == "Ongeldige tijd '25:00' bij 'ma'. Gebruik UU:MM-UU:MM, bijvoorbeeld 09:00-17:00.")
        #expect(error.issues[1].value == "25:00")
        #expect(error.issues[0].message.contains("Onbekende dag 'mon'"))
        #expect(error.issues[2].message.contains("'13:00-12:00'"))
        #expect(error.issues[3].message.hasPrefix("Ongeldige tijd '9' bij 'wo'"))
        #expect(error.issues[4].message.contains("overlappen"))
        #expect(error.issues[5].message.contains("'2026-02-30'"))
        #expect(error.issues[6].message.contains("twee keer"))
    }

    @Test("schema.org specifications group days per range and mark closed days")
    func schemaOrg() throws {
        let hours = try OpeningHours.parse(days: sample, uitzonderingen: [
            .init(datum: "2026-12-25", toelichting: "Eerste Kerstdag"),
            .init(datum: "2026-12-31", gesloten: false, toelichting: "Korter open"),
        ])
        let specifications = hours.schemaOrgSpecifications()
        #expect(specifications == [
            OpeningHoursSpecification(dayOfWeek: ["https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Friday"],
                                      opens: "09:00", closes: "12:00"),
            OpeningHoursSpecification(dayOfWeek: ["https://schema.org/Monday", "https://schema.org/Friday"],
                                      opens: "13:00", closes: "17:00"),
            OpeningHoursSpecification(dayOfWeek: nil, opens: "00:00", closes: "00:00",
                                      validFrom: "2026-12-25", validThrough: "2026-12-25"),
        ])
        #expect(specifications.last?.isClosed == true)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(specifications[2]), as: UTF8.self)
        #expect(json == #"{"@type":"OpeningHoursSpecification","closes":"00:00","opens":"00:00","validFrom":"2026-12-25","validThrough":"2026-12-25"}"#)
        let weekly = String(decoding: try encoder.encode(specifications[1]), as: UTF8.self)
        #expect(weekly == #"{"@type":"OpeningHoursSpecification","closes":"17:00","dayOfWeek":["https://schema.org/Monday","https://schema.org/Friday"],"opens":"13:00"}"#)
    }
}
