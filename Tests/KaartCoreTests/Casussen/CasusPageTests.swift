import Foundation
import Testing
@testable import KaartCore

@Suite("Casussen: pages, cross-links and the overview")
struct CasusPageTests {
    @Test func theCasusPageExplainsTheArrangementAndLinksEveryEntry() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let page = try site.read("casussen/na-een-beroerte/index.html")
        #expect(page.contains("Herstel, groei en stabilisatie"))
        #expect(page.contains("1 gezin, 1 plan, 1 regisseur"))
        #expect(page.contains("Regie over het eigen leven") && page.contains("Ondersteuning van de mantelzorger"))
        #expect(page.contains("Mevrouw Y kan weer een dag per week voor zichzelf zorgen."))
        #expect(page.contains("href=\"/voorzieningen/logeerhuis/\"") && page.contains("href=\"/lotgenotengroepen/dementiecafe/\""))
    }

    @Test func entryPagesLinkBackToTheCasussenThatUsedThem() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        #expect(try site.read("voorzieningen/logeerhuis/index.html").contains("Zo kan het gaan"))
        #expect(try site.read("voorzieningen/logeerhuis/index.html").contains("href=\"/casussen/na-een-beroerte/\""))
        #expect(try !site.read("voorzieningen/inloop/index.html").contains("Zo kan het gaan"))
    }

    @Test func theOverviewFiltersWithoutJavaScript() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.build()
        let matching = try site.read("casussen/arrangement/herstel-groei-stabilisatie/index.html")
        #expect(matching.contains("/casussen/na-een-beroerte/"))
        #expect(matching.contains("aria-current=\"page\""))
        #expect(try !site.read("casussen/arrangement/kort-herstel/index.html").contains("/casussen/na-een-beroerte/"))
        #expect(try site.read("casussen/resultaatgebied/regie/index.html").contains("/casussen/na-een-beroerte/"))
        let overview = try site.read("casussen/index.html")
        #expect(overview.contains("href=\"/casussen/resultaatgebied/mantelzorgondersteuning/\""))
    }
}
