import Foundation
import Testing
@testable import KaartCore

@Suite("Parse stage: YAML, types, formats and required fields")
struct ParseStageTests {
    /// A voorziening with one line replaced, so each test plants exactly one defect.
    private func voorziening(replacing old: String = "", with new: String = "") -> String {
        let text = """
        -- voorzieningen/test.md --
        ---
        titel: Test
        samenvatting: Een korte samenvatting.
        categorie: inloop
        gemeenten: [Testdorp]
        doelgroepen: [inwoners]
        toegang: vrij
        laatst_gecontroleerd: 2026-10-01
        ---
        Tekst.
        """
        return old.isEmpty ? text : text.replacingOccurrences(of: old, with: new)
    }

    private func diagnostics(_ fixture: String) throws -> [Diagnostic] {
        let site = try FixtureSite(fixture)
        defer { site.remove() }
        return site.failingBuild().about("voorzieningen/test.md")
    }

    @Test func malformedYAMLNamesLineAndColumn() throws {
        let errors = try diagnostics(voorziening(replacing: "categorie: inloop", with: "categorie: [inloop"))
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("geen geldige YAML"))
        #expect(errors[0].location.line >= 5)
    }

    @Test func tabsInIndentationAreNamed() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "contact:\n\ttelefoon: 1"))
        #expect(errors.first?.message.contains("tab") == true)
        #expect(errors.first?.location.line == 8)
    }

    @Test func aTabInsideAValueIsNotIndentation() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\nkosten: gratis\tvoor iedereen"))
        #expect(!errors.contains { $0.message.contains("tab") })
    }

    @Test func duplicateKeysAreAnError() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\ntitel: Nog een"))
        #expect(errors.first?.message.contains("'titel'") == true)
    }

    @Test(arguments: ["ja", "\"true\"", "[true]", "tru"])
    func aBooleanFieldWithOtherTextIsAnError(value: String) throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\ngratis: \(value)"))
        #expect(errors.map(\.message) == ["Het veld 'gratis' moet true of false zijn."])
        #expect(errors.first?.location.line == 8)
    }

    @Test(arguments: ["true", "Yes", "ON"])
    func aBooleanFieldAcceptsTheYAMLSpellings(value: String) throws {
        let site = try FixtureSite(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\ngratis: \(value)"))
        defer { site.remove() }
        let entry = try #require(SiteBuilder(options: site.options(), clock: FixedBuildClock(today: FixtureSite.today)).checkSite().site?.voorzieningen.first)
        #expect(entry.common.gratis)
    }

    @Test func aMissingRequiredFieldIsNamed() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij\n", with: ""))
        #expect(errors.map(\.message) == ["Het verplichte veld 'toegang' ontbreekt."])
        #expect(errors[0].location.line == 2)
    }

    @Test func aListWhereTextBelongsIsAnError() throws {
        let errors = try diagnostics(voorziening(replacing: "titel: Test", with: "titel: [Test, Twee]"))
        #expect(errors.first?.message.contains("geen lijst") == true)
        #expect(errors.first?.location.line == 2)
        #expect(errors.first?.location.column == 8)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-10-01", "gisteren"])
    func anInvalidDateIsAnError(date: String) throws {
        let errors = try diagnostics(voorziening(replacing: "2026-10-01", with: date))
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("geen geldige datum"))
        #expect(errors[0].location.line == 8)
    }

    @Test func anInvalidOpeningTimeNamesTheDay() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\nopeningstijden:\n  ma: [\"09:00-25:00\"]"))
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("25:00"))
        #expect(errors[0].location.line == 9)
    }

    @Test func anUnsupportedRecurrenceIsAnError() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let group = try String(contentsOfFile: "\(site.contentDirectory)/lotgenotengroepen/dementiecafe.md", encoding: .utf8)
        try site.write(group.replacingOccurrences(of: "FREQ=MONTHLY;BYDAY=2TU", with: "FREQ=SECONDLY"), to: "lotgenotengroepen/dementiecafe.md")
        let errors = site.failingBuild().about("lotgenotengroepen/dementiecafe.md")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("SECONDLY") == true)
        #expect(errors.first?.location.line == 9)
    }

    @Test func htmlInAFrontMatterStringIsRefused() throws {
        let errors = try diagnostics(voorziening(replacing: "titel: Test", with: "titel: Test <script>alert(1)</script>"))
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("HTML"))
    }

    @Test func theJavaScriptSchemeIsFoundInAnyCase() {
        for text in ["javascript:alert(1)", "Klik JaVaScRiPt:x", "xJAVASCRIPT:", "é javascript:"] {
            #expect(HTMLDetector.firstTag(in: text) == "javascript:", "\(text)")
        }
        for text in ["javascript", "java script:", "https://javascript.info/", "javascrip:", "", "09:00"] {
            #expect(HTMLDetector.firstTag(in: text) == nil, "\(text)")
        }
    }

    @Test func aJavascriptAddressIsRefused() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\ncontact:\n  website: javascript:alert(1)"))
        #expect(errors.contains { $0.message.contains("javascript:") || $0.message.contains("geen geldig webadres") })
    }

    @Test func aTooLongSummaryIsAnError() throws {
        let long = String(repeating: "Lang. ", count: 60)
        let errors = try diagnostics(voorziening(replacing: "Een korte samenvatting.", with: long))
        #expect(errors.first?.message.contains("tekens lang") == true)
    }

    @Test func anUnknownFieldIsAWarningWithASuggestion() throws {
        let site = try FixtureSite(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\ntrefwoorde: [koffie]"))
        defer { site.remove() }
        let report = try site.build()
        let warning = report.warnings.about("voorzieningen/test.md").first
        #expect(warning?.message.contains("Bedoelde u 'trefwoorden'?") == true)
        #expect(warning?.location.line == 8)
    }

    private static let latitudeMessage =
        "De breedtegraad in 'locaties[1].lat' kan niet. Gebruik een getal van -90 tot en met 90, bijvoorbeeld 52.0907."
    private static let longitudeMessage =
        "De lengtegraad in 'locaties[1].lon' kan niet. Gebruik een getal van -180 tot en met 180, bijvoorbeeld 5.1214."

    @Test(arguments: [("lat: .nan\n    lon: 5.1", latitudeMessage, 10), ("lat: 90.5\n    lon: 5.1", latitudeMessage, 10),
                      ("lat: 52.1\n    lon: -180.5", longitudeMessage, 11), ("lat: 52.1\n    lon: .inf", longitudeMessage, 11)])
    func aCoordinateOffTheGlobeIsAnError(fields: String, message: String, line: Int) throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\nlocaties:\n  - naam: Buurthuis\n    \(fields)"))
        #expect(errors.map(\.message) == [message])
        #expect(errors.first?.location.line == line)
    }

    @Test func coordinatesUpToThePolesAndTheDateLineAreKept() throws {
        let site = try FixtureSite(voorziening(replacing: "toegang: vrij", with: "toegang: vrij\nlocaties:\n  - lat: -90\n    lon: 180"))
        defer { site.remove() }
        let entries = SiteBuilder(options: site.options(), clock: FixedBuildClock(today: FixtureSite.today)).checkSite().site?.voorzieningen
        let location = try #require(entries?.first { $0.common.slug == "test" }?.common.locaties.first)
        #expect(location.latitude == -90)
        #expect(location.longitude == 180)
    }

    @Test func anUnknownAccessValueSuggestsTheClosest() throws {
        let errors = try diagnostics(voorziening(replacing: "toegang: vrij", with: "toegang: indikatie"))
        #expect(errors.first?.message.contains("Bedoelde u 'indicatie'?") == true)
    }
}
