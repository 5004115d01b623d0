import Testing
@testable import KaartCore

@Suite("Personal data scanner")
struct PersonalDataScannerTests {
    let scanner = PersonalDataScanner(dictionary: AnonymisationWordList.words)

    @Test("A 9-digit number that fails the elfproef is not a BSN",
          arguments: ["116372651", "676 122 202", "9729.97.528", "820-018-263", "123456789"])
    func bsnFailingElfproefIsNotReported(_ number: String) {
        #expect(scanner.scan("Het nummer \(number) staat op de brief.").isEmpty)
    }

    @Test("The same digits with a valid check digit are a BSN")
    func bsnPassingElfproefIsReported() {
        // 628194821 passes; changing the last digit breaks it.
        #expect(scanner.scan("BSN 628194821").map(\.kind) == [.bsn])
        #expect(scanner.scan("BSN 628194822").isEmpty)
        #expect(IdentifierChecksum.passesElfproef([1, 1, 1, 2, 2, 2, 3, 3, 3]))
        #expect(!IdentifierChecksum.passesElfproef([0, 0, 0, 0, 0, 0, 0, 0, 0]))
    }

    @Test("An IBAN with a bad checksum is not reported, nor its digits as a phone number",
          arguments: ["NL91ABNA0417164301", "NL92 ABNA 0417 1643 00", "NL19 RABO 0123 4567 89", "BE69 5390 0754 7034"])
    func ibanWithBadChecksumIsNotReported(_ iban: String) {
        #expect(scanner.scan("Het geld gaat naar \(iban) vanaf volgende maand.").isEmpty)
    }

    @Test("IBAN checksum accepts the reference example")
    func ibanChecksum() {
        #expect(IdentifierChecksum.passesIBANMod97(Array("NL91ABNA0417164300")))
        #expect(!IdentifierChecksum.passesIBANMod97(Array("NL91ABNA0417164310")))
    }

    @Test("The allow-list suppresses exactly the reviewed text, case-insensitively, and reports it")
    func allowListSuppressesExactText() throws {
        let text = "De heer Poetsson belt de hulplijn 0800-1234. Daarna belt hij 06-12345678."
        let plain = scanner.scan(text)
        #expect(plain.map(\.kind) == [.naam, .telefoonnummer, .telefoonnummer])

        let allowing = PersonalDataScanner(dictionary: AnonymisationWordList.words, allowList: ["de HEER poetsson", "0800-1234"])
        let report = allowing.scanReport(text)
        #expect(report.findings.map(\.kind) == [.telefoonnummer])
        #expect(report.findings.first?.column == 62)
        #expect(report.allowed.map(\.allowListEntry) == ["de HEER poetsson", "0800-1234"])
        #expect(report.allowed.map(\.finding.kind) == [.naam, .telefoonnummer])

        // The name alone also works, but a near miss does not.
        #expect(PersonalDataScanner(dictionary: AnonymisationWordList.words, allowList: ["Poetsson"])
            .scan("mevrouw Poetsson").isEmpty)
        #expect(PersonalDataScanner(dictionary: AnonymisationWordList.words, allowList: ["Poetsson"])
            .scan("mevrouw Poetssen").map(\.kind) == [.naam])
        // An entry is no wildcard: a part of a phone number does not suppress it.
        #expect(PersonalDataScanner(dictionary: AnonymisationWordList.words, allowList: ["0800"])
            .scan("bel 0800-1234").map(\.kind) == [.telefoonnummer])
    }

    @Test("Line and column are counted in Characters on the text as given")
    func linesAndColumnsOnMultiLineText() {
        let text = """
        ---
        titel: "Zo kan het gaan"
        ---
        Café 👩‍⚕️ belt 06-12345678.\r
        Daarna nog e\u{301}en keer.
        \tMevrouw De Vries woont aan de Lindelaan 12.

        geb. 12-03-1948
        """
        let findings = scanner.scan(text)
        let positions = findings.map { "\($0.kind.rawValue)@\($0.line):\($0.column)" }
        #expect(positions == [
            "telefoonnummer@4:13", "naam@6:10", "straatHuisnummer@6:32", "geboortedatum@8:6",
        ])
    }

    @Test("A planted phone number in a whole casus file is found at its file line")
    func wholeCasusFile() {
        let file = """
        ---
        titel: Na een herseninfarct
        samenvatting: De heer X krijgt dagbesteding, mevrouw Y krijgt respijtzorg.
        arrangement: herstel-groei-stabilisatie
        resultaatgebieden: [dagbesteding, mantelzorgondersteuning]
        laatst_gecontroleerd: 2024-03-12
        ---
        De heer X heeft een herseninfarct gehad. Meneer heeft veel last van prikkels.
        Mevrouw dreigt overbelast te raken. Zij belt het Wmo-loket op 071 - 516 00 00.
        """
        let findings = scanner.scan(file)
        #expect(findings.count == 1)
        #expect(findings.first?.kind == .telefoonnummer)
        #expect(findings.first?.line == 9)
        #expect(findings.first?.column == 63)
    }

    @Test("A pseudonym, a bare title or an ordinary word after a title is no name", arguments: [
        "De heer X kreeg een herseninfarct.", "mevrouw Y woont zelfstandig", "Meneer.", "mevrouw vertelt",
        "meneer zelf", "de heer en zijn vrouw", "Mevrouw van de thuiszorg komt.", "dhr. X. Hij belt.",
        "Meneer Pastoor opent de koffieochtend.",
    ])
    func noNameAfterTitle(_ text: String) {
        #expect(scanner.scan(text).isEmpty)
    }

    @Test("A surname that is also a word still counts after a title, even with a full word list")
    func surnameThatIsAWord() {
        let fullList = DutchWordList.load(excludingNameLikeWords: false)
        #expect(fullList.contains("bakker"))
        let strict = PersonalDataScanner(dictionary: fullList)
        #expect(strict.scan("de heer Bakker").map(\.kind) == [.naam])
        #expect(strict.scan("mevrouw De Wit").map(\.kind) == [.naam])
    }

    @Test("Age with a small place is a warning only; without the place it is nothing")
    func ageAndPlaceIsWarning() throws {
        let withPlaces = PersonalDataScanner(dictionary: AnonymisationWordList.words, smallPlaces: ["Oudemolen"])
        let finding = try #require(withPlaces.scan("Een vrouw van 83 uit Oudemolen.").first)
        #expect(finding.kind == .leeftijdEnPlaats)
        #expect(finding.isWarningOnly)
        #expect(withPlaces.scan("Een vrouw van 83 uit Leiden.").isEmpty)
        #expect(withPlaces.scan("Een vrouw uit Oudemolen. Ze is 83 jaar.").isEmpty)
    }

    @Test("Every kind has a distinct Dutch label")
    func dutchLabels() {
        let labels = PersonalDataFinding.Kind.allCases.map {
            PersonalDataFinding(kind: $0, line: 1, column: 1, maskedText: "•").dutchLabel
        }
        #expect(Set(labels).count == labels.count)
        #expect(labels.contains("naam na aanspreekvorm"))
        #expect(labels.contains("BSN"))
    }
}
