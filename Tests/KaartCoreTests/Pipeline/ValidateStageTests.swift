import Foundation
import Testing
@testable import KaartCore

@Suite("Validate stage: taxonomy, references, duplicates, freshness")
struct ValidateStageTests {
    private func replacing(_ file: String, _ old: String, _ new: String) throws -> FixtureSite {
        let site = try FixtureSite()
        let path = "\(site.contentDirectory)/\(file)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        precondition(text.contains(old), "fixture does not contain \(old)")
        try site.write(text.replacingOccurrences(of: old, with: new), to: file)
        return site
    }

    @Test func aCategoryOutsideTheTaxonomyIsAnErrorWithASuggestion() throws {
        let site = try replacing("voorzieningen/logeerhuis.md", "categorie: respijtzorg", "categorie: respijtzrg")
        defer { site.remove() }
        let errors = site.failingBuild().about("voorzieningen/logeerhuis.md")
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("'respijtzrg' is geen bekende waarde voor 'categorie'"))
        #expect(errors[0].message.contains("Bedoelde u 'respijtzorg'?"))
        #expect(errors[0].location.line == 4)
    }

    @Test func aTargetGroupOutsideTheTaxonomyIsAnError() throws {
        let site = try replacing("voorzieningen/inloop.md", "doelgroepen: [inwoners]", "doelgroepen: [inwoners, katten]")
        defer { site.remove() }
        let errors = site.failingBuild().about("voorzieningen/inloop.md")
        #expect(errors.map(\.location.column) == [25])
    }

    @Test func aMunicipalityOutsideSiteSettingsIsAnError() throws {
        let site = try replacing("loketten/wmo-loket.md", "[Testdorp, Buurdorp]", "[Testdorp, Verweg]")
        defer { site.remove() }
        #expect(site.failingBuild().about("loketten/wmo-loket.md").first?.message.contains("'Verweg' staat niet in site.yml") == true)
    }

    @Test func aBrokenReferenceIsAnErrorWithASuggestion() throws {
        let site = try replacing("casussen/na-een-beroerte.md", "[logeerhuis, dementiecafe]", "[logeerhuizen, dementiecafe]")
        defer { site.remove() }
        let errors = site.failingBuild().about("casussen/na-een-beroerte.md")
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("'logeerhuizen'"))
        #expect(errors[0].message.contains("Bedoelde u 'logeerhuis'?"))
        #expect(errors[0].location.line == 6)
    }

    @Test func aDuplicateSlugAcrossKindsIsAnError() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let loket = try String(contentsOfFile: "\(site.contentDirectory)/loketten/wmo-loket.md", encoding: .utf8)
        try site.write(loket, to: "loketten/logeerhuis.md")
        let errors = site.failingBuild().errors
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("'logeerhuis' wordt ook gebruikt"))
    }

    @Test func aStaleEntryIsAWarningNotAnError() throws {
        let site = try replacing("voorzieningen/inloop.md", "laatst_gecontroleerd: 2026-10-01", "laatst_gecontroleerd: 2025-10-01")
        defer { site.remove() }
        let report = try site.build()
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].message.contains("langer dan 12 maanden geleden"))
        #expect(try site.read("voorzieningen/inloop/index.html").contains("lang niet gecontroleerd"))
    }

    @Test func aCheckDateInTheFutureIsAnError() throws {
        let site = try replacing("voorzieningen/inloop.md", "laatst_gecontroleerd: 2026-10-01", "laatst_gecontroleerd: 2027-10-01")
        defer { site.remove() }
        #expect(site.failingBuild().errors.first?.message.contains("in de toekomst") == true)
    }

    @Test func allErrorsOfAllFilesAreReportedInOneRun() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        for file in ["voorzieningen/logeerhuis.md", "voorzieningen/inloop.md", "loketten/wmo-loket.md"] {
            let text = try String(contentsOfFile: "\(site.contentDirectory)/\(file)", encoding: .utf8)
            try site.write(text.replacingOccurrences(of: "laatst_gecontroleerd: 2026", with: "laatst_gecontroleerd: 2026-99"), to: file)
        }
        try site.write("titel: [", to: "taxonomie.yml")
        let errors = site.failingBuild().errors
        #expect(Set(errors.map { ($0.location.path as NSString).lastPathComponent }) ==
                ["logeerhuis.md", "inloop.md", "wmo-loket.md", "taxonomie.yml"])
    }

    /// In `--watch` an entry's findings are kept by the entry and what its checks read: a new day,
    /// another list of municipalities or another taxonomy makes a new key, and the same entry
    /// finds the same findings with or without the memo.
    @Test func anEntrysKeptFindingsFollowTodayTheMunicipalitiesAndTheTaxonomy() throws {
        let (site, _) = try FixtureSite.renderContext(contentDirectory: FixtureSite.exampleContentDirectory)
        let today = FixtureSite.today
        let environment = EntryCheckKey.environment(of: site, today: today)
        #expect(EntryCheckKey.environment(of: site, today: LocalDate(year: 2027, month: 6, day: 1)!) != environment)
        var fewerMunicipalities = site
        fewerMunicipalities.settings.gemeenten.removeLast()
        #expect(EntryCheckKey.environment(of: fewerMunicipalities, today: today) != environment)
        var otherTaxonomy = site
        otherTaxonomy.taxonomy = Taxonomy(terms: [.categorie: [.init(key: "inloop", label: "Inloop")]])
        #expect(EntryCheckKey.environment(of: otherTaxonomy, today: today) != environment)

        let memo = GenerationMemo<EntryCheckKey, [Diagnostic]>()
        let later = LocalDate(year: 2028, month: 1, day: 1)!
        for day in [today, later, today] {
            let remembered = SiteValidator(today: day, memo: memo).validate(site)
            #expect(remembered.map(\.message) == SiteValidator(today: day).validate(site).map(\.message))
        }
        #expect(SiteValidator(today: later).validate(site).count > SiteValidator(today: today).validate(site).count,
                "two years on, entries are stale")
    }
}
