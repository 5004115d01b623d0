import Foundation
import Testing
@testable import KaartCore

@Suite("kaart new")
struct ContentScaffolderTests {
    static func scaffolder(_ site: FixtureSite, plans: String? = nil) -> ContentScaffolder {
        ContentScaffolder(contentDirectory: site.contentDirectory, plansDirectory: plans, clock: FixedBuildClock(today: FixtureSite.today))
    }

    @Test(arguments: [ContentKind.voorziening, .lotgenotengroep, .loket, .casus])
    func aFreshFileBuildsWithoutErrors(kind: ContentKind) throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = try Self.scaffolder(site).create(kind: kind, slug: "nieuw-item")
        #expect(path == "\(site.contentDirectory)/\(kind.folder)/nieuw-item.md")
        let report = try site.build()
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let page = try site.read("\(kind.folder)/nieuw-item/index.html")
        #expect(page.contains("Nieuw item"))
    }

    @Test func aFreshPlanParsesWithoutErrors() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let plans = site.root.appendingPathComponent("geheim").path
        let path = try Self.scaffolder(site, plans: plans).create(kind: .plan, slug: "plan-2026-099")
        #expect(path == "\(plans)/plan-2026-099.md")
        let content = ContentLoader(contentDirectory: site.contentDirectory, plansDirectory: plans).load()
        let (parsed, diagnostics) = SiteParser.parse(content)
        let site_ = try #require(parsed)
        let all = diagnostics + SiteValidator(today: FixtureSite.today).validate(site_)
        #expect(all.isEmpty, "\(all)")
        let plan = try #require(site_.plannen.first)
        #expect(plan.opgesteld == FixtureSite.today)
        #expect(plan.geldigTot == FixtureSite.today.adding(months: 12))
    }

    @Test func everyContentModelFieldIsPresentAndMarked() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let text = Self.scaffolder(site).text(kind: .voorziening, slug: "x")
        let required = ["titel", "samenvatting", "categorie", "gemeenten", "doelgroepen", "toegang", "laatst_gecontroleerd"]
        let optional = ["wijken", "resultaatgebieden", "wet", "status", "trefwoorden", "aanbieder", "contact", "locaties",
                        "vertrouwelijk_adres", "openingstijden", "talen", "kosten", "gratis", "leeftijd"]
        let lines = text.split(separator: "\n").map(String.init)
        for key in required {
            #expect(lines.contains { $0.hasPrefix("\(key):") && $0.contains("# verplicht") }, "\(key)")
        }
        for key in optional {
            #expect(lines.contains { $0.hasPrefix("# \(key):") && $0.contains("# optioneel") }, "\(key)")
        }
        #expect(text.contains("laatst_gecontroleerd: 2026-11-26"))
        #expect(text.contains("categorie: respijtzorg"))
        #expect(text.contains("gemeenten: [Testdorp]"))
    }

    @Test func anInvalidSlugOrExistingFileIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(throws: ScaffoldError.self) { try Self.scaffolder(site).create(kind: .voorziening, slug: "Logeerhuis De Linde") }
        let existing = "\(site.contentDirectory)/voorzieningen/logeerhuis.md"
        let before = try String(contentsOfFile: existing, encoding: .utf8)
        do {
            try Self.scaffolder(site).create(kind: .voorziening, slug: "logeerhuis")
            Issue.record("an existing file was replaced")
        } catch {
            #expect(error.message.contains("bestaat al"))
        }
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == before)
    }
}
