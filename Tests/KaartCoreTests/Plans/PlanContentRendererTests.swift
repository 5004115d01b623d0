import Foundation
import Testing
@testable import KaartCore

@Suite("PlanContentRenderer")
struct PlanContentRendererTests {
    static let token = PlanTestSupport.token(seed: 77)

    static func sample(_ text: (String) -> String = { $0 }) -> PlanContent {
        PlanContent(
            client: text("Fatima"),
            regisseur: .init(naam: text("Sanne de Vries"), organisatie: text("Sociaal team Noord"),
                             telefoon: text("071 123 45 67"), email: text("s.devries@example.nl")),
            opgesteld: text("3 november 2026"), evaluatie: text("2 februari 2027"), geldigTot: text("1 mei 2027"),
            goals: [
                .init(doel: text("Meer rust in huis"), resultaatgebiedLabel: text("Zelfzorg"),
                      afspraken: [text("Elke dinsdag komt het maatje langs"), text("Fatima belt zelf de huisarts")],
                      services: [.init(title: text("Maatjesproject Leiden"), url: text("/voorzieningen/maatjes/"),
                                       telefoon: text("071 765 43 21"), email: text("info@maatjes.example"),
                                       website: text("https://maatjes.example"))]),
                .init(doel: text("Post op orde"), resultaatgebiedLabel: text("Thuisadministratie"),
                      afspraken: [text("Samen één keer per maand de post doorlopen")], services: []),
            ],
            zrm: [.init(domainLabel: text("Financiën"), score: 2, previous: 1),
                  .init(domainLabel: text("Sociaal netwerk"), score: 3, previous: nil)],
            notesHTML: "<p>Goed gesprek gehad.</p>",
            pageURL: text("https://kaart.example.nl/plan/abc/"),
            shareLink: "https://kaart.example.nl/plan/abc/#" + token.formatted)
    }

    @Test func containsGoalsAgreementsAndContact() {
        let html = PlanContentRenderer.render(Self.sample())
        for needle in [
            "<h1 id=\"plan-titel\" tabindex=\"-1\">Uw plan, Fatima</h1>", "Meer rust in huis", "Post op orde",
            "Elke dinsdag komt het maatje langs", "Samen één keer per maand de post doorlopen",
            "Uw vaste contactpersoon", "Sanne de Vries", "Sociaal team Noord",
            "href=\"tel:0711234567\"", "href=\"mailto:s.devries@example.nl\"",
            "<a href=\"/voorzieningen/maatjes/\">Maatjesproject Leiden</a>", "href=\"tel:0717654321\"",
            "2 februari 2027", "https://kaart.example.nl/plan/abc/", "<p>Goed gesprek gehad.</p>",
            "Scan deze code om uw plan opnieuw te openen", "aria-label=\"QR-code van uw persoonlijke link\"",
        ] {
            #expect(html.contains(needle), "missing \(needle)")
        }
    }

    @Test func zrmChartIsAccessible() {
        let html = PlanContentRenderer.render(Self.sample())
        #expect(html.contains("role=\"img\" aria-labelledby=\"plan-zrm-svg-titel plan-zrm-svg-uitleg\""))
        #expect(html.contains("<title id=\"plan-zrm-svg-titel\">"))
        #expect(html.contains("<desc id=\"plan-zrm-svg-uitleg\">Financiën: 2 (eerder 1); Sociaal netwerk: 3."))
        #expect(html.contains("<th scope=\"row\">Financiën</th><td>2 (niet zelfredzaam)</td><td>1 (acute problemen)</td>"))
        #expect(html.contains("<th scope=\"row\">Sociaal netwerk</th><td>3 (beperkt zelfredzaam)</td><td>–</td>"))
        #expect(html.contains("eerder 1"))
        var noScores = Self.sample()
        noScores.zrm = []
        #expect(!PlanContentRenderer.render(noScores).contains("plan-zrm"))
    }

    @Test func escapesScriptInEveryField() {
        let attack = "<script>alert(1)</script>\"'&"
        var fieldCount = 0
        let content = Self.sample { _ in
            fieldCount += 1
            return attack
        }
        let html = PlanContentRenderer.render(content)
        #expect(!html.contains("<script"))
        #expect(!html.contains("alert(1)</script>"))
        // pageURL and every text field appear escaped (hrefs for bad URLs are dropped, text kept).
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"
        let occurrences = html.components(separatedBy: escaped).count - 1
        #expect(occurrences >= fieldCount, "\(occurrences) escaped of \(fieldCount) fields")
        #expect(!html.contains("href=\"&lt;"))
    }

    @Test func dangerousLinksAreNotLinked() {
        var content = Self.sample()
        content.goals[0].services[0].url = "javascript:alert(1)"
        content.goals[0].services[0].website = "javascript:alert(2)"
        let html = PlanContentRenderer.render(content)
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("Maatjesproject Leiden"))
    }

    @Test func tokenOnlyInsideTheQRCode() throws {
        let content = Self.sample()
        let html = PlanContentRenderer.render(content)
        #expect(!html.contains(Self.token.formatted))
        #expect(!html.contains(Self.token.compact))
        let qr = try PlanQRCode(encoding: content.shareLink)
        #expect(html.contains(qr.svg()))
    }

    @Test func noInlineStylesOrScripts() {
        let html = PlanContentRenderer.render(Self.sample())
        #expect(!html.contains("style="))
        #expect(!html.contains("<script"))
        #expect(html.range(of: #" on[a-z]+="#, options: .regularExpression) == nil)  // no event handlers
    }
}
