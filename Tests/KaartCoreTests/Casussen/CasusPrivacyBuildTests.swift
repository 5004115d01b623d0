import Foundation
import Testing
@testable import KaartCore

@Suite("Casussen: the build refuses personal data")
struct CasusPrivacyBuildTests {
    private func casus(body: String, extra: String = "") -> String {
        """
        -- casussen/na-een-beroerte.md --
        ---
        titel: Na een beroerte
        samenvatting: De heer X kreeg een beroerte. Zijn vrouw kreeg ruimte om op adem te komen.
        arrangement: herstel-groei-stabilisatie
        resultaatgebieden: [regie, mantelzorgondersteuning]
        voorzieningen: [logeerhuis, dementiecafe]
        laatst_gecontroleerd: 2026-08-01
        ---
        De heer X is 74 jaar.
        \(body)
        \(extra)
        """
    }

    @Test func aPlantedPhoneNumberFailsTheBuildWithItsLocationAndLeavesPublicUntouched() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let before = try allText(in: site.outputDirectory)
        try site.write(FixtureSite.parse(casus(body: "Zijn dochter belt de wijkverpleging op 06-12345678."))["casussen/na-een-beroerte.md"]!,
                       to: "casussen/na-een-beroerte.md")
        let errors = site.failingBuild().errors
        #expect(errors.count == 1)
        #expect(errors.first?.location.path.hasSuffix("casussen/na-een-beroerte.md") == true)
        #expect(errors.first?.location.line == 10)
        #expect(errors.first?.location.column == 40)
        #expect(errors.first?.message.contains("telefoonnummer") == true)
        #expect(errors.first?.message.contains("12345678") == false, "the finding must be masked")
        #expect(try allText(in: site.outputDirectory) == before)
    }

    @Test(arguments: [
        ("Zijn BSN is 111222333.", "BSN"),
        ("Mail naar jan.jansen@example.nl voor meer.", "e-mail"),
        ("Ze wonen in de Kerkstraat 12 in het dorp.", "straat"),
        ("Mevrouw De Vries zorgt voor hem.", "naam"),
        ("Hij is geboren op 12 maart 1948.", "geboortedatum"),
    ])
    func eachKindOfPersonalDataStopsTheBuild(text: String, label: String) throws {
        let site = try FixtureSite(casus(body: text))
        defer { site.remove() }
        let errors = site.failingBuild().errors
        #expect(errors.count == 1, "\(text)")
        #expect(errors.first?.message.lowercased().contains(label.lowercased()) == true, "\(errors.first?.message ?? "")")
    }

    @Test func anAllowListEntryLetsATextThroughButIsAlwaysReported() throws {
        let site = try FixtureSite(casus(body: "Mevrouw De Vries zorgt voor hem.") + """

        -- anonimisering.yml --
        toegestaan:
          - tekst: Mevrouw De Vries
            reden: Verzonnen naam uit een landelijke folder
            gecontroleerd_door: Redactie
            datum: 2026-11-01
          - tekst: de heer Poetsson
            reden: Verzonnen naam uit het beleidsplan
        """)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.allowListReport.count == 2)
        #expect(report.allowListReport[0].contains("'Mevrouw De Vries' is toegestaan") && report.allowListReport[0].contains("1 keer gebruikt"))
        #expect(report.allowListReport[1].contains("0 keer gebruikt"))
    }

    @Test func anExactAgeInASmallPlaceIsOnlyAWarning() throws {
        let site = try FixtureSite(casus(body: "Een vrouw van 83 uit Oudemolen belde.") + """

        -- anonimisering.yml --
        kleine_plaatsen: [Oudemolen]
        """)
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.message.contains("kleine plaats") == true)
    }

    @Test func plansAreNeverScanned() throws {
        let site = try FixtureSite("""
        -- plannen/plan-001.md --
        ---
        client: Gerda
        regisseur: {naam: Ruud Kramer, organisatie: Veenzorg, telefoon: "06 2345 6023", email: r.kramer@example.nl}
        opgesteld: 2026-11-01
        geldig_tot: 2027-11-01
        doelen:
          - doel: Gerda gaat twee keer per week naar de inloop.
            resultaatgebied: regie
            voorzieningen: [inloop]
        ---
        Beste Gerda, bel mevrouw De Vries op 06-12345678.
        """)
        defer { site.remove() }
        var store = TokenStore()
        try store.issue(slug: "plan-001", today: "2026-11-01", random: SeededRandomBytes(seed: 1))
        let storeURL = site.root.appendingPathComponent("tokens.json")
        try store.save(to: storeURL)
        var options = site.options(plans: true)
        options.tokenStorePath = storeURL.path
        let report = try SiteBuilder(options: options, clock: FixedBuildClock(today: FixtureSite.today)).build()
        #expect(report.warnings.isEmpty)
    }
}
