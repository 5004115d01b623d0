@testable import KaartCore

/// A small sociale kaart used by the builder tests and, through the recorded fixture in
/// Tests/js/fixtures/search-index/, by Tests/js/search-engine.test.mjs.
enum SearchFixtureDocuments {
    static let synonyms = SynonymTable(
        groups: [
            ["respijtzorg", "logeerzorg", "vervangende mantelzorg", "oppas"],
            ["dementie", "alzheimer", "geheugenproblemen"],
        ],
        abbreviations: ["wmo": "Wet maatschappelijke ondersteuning", "cjg": "Centrum voor Jeugd en Gezin"])

    static func doc(
        _ slug: String, _ type: String, _ title: String, _ summary: String, _ body: String,
        keywords: [String] = [], category: (String, String), audiences: [(String, String)],
        gemeenten: [String], access: String? = "vrij", free: Bool = false
    ) -> SearchDocument {
        let folder = ["Voorziening": "voorzieningen", "Lotgenotengroep": "lotgenotengroepen",
                      "Loket": "loketten", "Voorbeeld": "voorbeelden"][type] ?? "x"
        return SearchDocument(
            url: "/\(folder)/\(slug)/", type: type, title: title, summary: summary, body: body, keywords: keywords,
            categories: [(key: category.0, label: category.1)],
            audiences: audiences.map { (key: $0.0, label: $0.1) }, municipalities: gemeenten,
            access: type == "Voorziening" ? access : nil, isFree: free)
    }

    static let mantelzorgers = ("mantelzorgers", "Mantelzorgers")
    static let ouderen = ("ouderen", "Ouderen")
    static let inwoners = ("inwoners", "Inwoners")

    static let all: [SearchDocument] = [
        doc("alzheimer-cafe", "Lotgenotengroep", "Alzheimer Café Voorschoten",
            "Elke maand praten over leven met dementie, met koffie en uitleg.",
            "Voor mensen met dementie en hun naasten. Een deskundige geeft uitleg.",
            category: ("dementie", "Dementie"), audiences: [mantelzorgers, ("dementie", "Mensen met dementie")],
            gemeenten: ["Voorschoten"]),
        doc("dementievriendelijk-wassenaar", "Voorziening", "Ontmoetingsplek Wassenaar",
            "Een dementievriendelijke plek om elkaar te ontmoeten.",
            "Koffie, spelletjes en een luisterend oor in een dementievriendelijke omgeving.",
            category: ("inloop", "Inloop"), audiences: [ouderen], gemeenten: ["Wassenaar"], free: true),
        doc("dementia-cafe-leiden", "Voorziening", "Dementia café",
            "Internationale ontmoeting voor Engelstaligen.",
            "Een avond voor Engelstalige families, in het Engels: dementia en zorg thuis.",
            category: ("inloop", "Inloop"), audiences: [ouderen], gemeenten: ["Leiden"]),
        doc("geheugenpoli", "Voorziening", "Geheugenpoli",
            "Onderzoek bij geheugenproblemen.",
            "Hier kijkt een specialist naar geheugenproblemen. U komt via de huisarts.",
            category: ("onderzoek", "Onderzoek"), audiences: [ouderen], gemeenten: ["Leiden"], access: "verwijzing"),
        doc("mantelzorgcentrum", "Loket", "Mantelzorgcentrum Voorschoten",
            "Mantelzorgondersteuning: advies, een luisterend oor en respijt.",
            "Het steunpunt helpt met mantelzorgondersteuning voor iedereen die voor een naaste zorgt.",
            category: ("mantelzorgcentrum", "Mantelzorgcentrum"), audiences: [mantelzorgers],
            gemeenten: ["Voorschoten", "Wassenaar"]),
        doc("logeerhuis-de-linde", "Voorziening", "Logeerhuis De Linde",
            "Logeerzorg voor uw naaste, zodat u even op adem kunt komen.",
            "Uw naaste logeert een weekend in ons huis. Respijtzorg met begeleiding door vrijwilligers.",
            keywords: ["logeren", "weekend"], category: ("respijtzorg", "Respijtzorg"), audiences: [mantelzorgers],
            gemeenten: ["Voorschoten"], access: "indicatie"),
        doc("dagbesteding-de-boog", "Voorziening", "Dagbesteding De Boog",
            "Een zinvolle dag met anderen, voor ouderen met geheugenproblemen.",
            "Dagbesteding met begeleiding. Vervoer kan worden geregeld.",
            category: ("dagbesteding", "Dagbesteding"), audiences: [ouderen], gemeenten: ["Wassenaar"],
            access: "indicatie"),
        doc("wmo-loket", "Loket", "Wmo-loket Voorschoten",
            "Vragen over hulp thuis, hulpmiddelen of vervoer.",
            "Het loket helpt cliënten met een aanvraag. Ook voor vragen over uw beschikking.",
            category: ("wmo-loket", "Wmo-loket"), audiences: [inwoners], gemeenten: ["Voorschoten"]),
        doc("beleidsnotities", "Voorbeeld", "Hoe de gemeente beleid maakt",
            "Een voorbeeld over beleid en inspraak.",
            "De raad bepaalt het beleid. Inwoners kunnen meepraten over de zon op het plein.",
            category: ("inspraak", "Inspraak"), audiences: [inwoners], gemeenten: ["Leiden"]),
        doc("sociaal-team", "Loket", "Sociaal team Leiden",
            "Eén plek voor vragen over zorg, geld en wonen.",
            "Het team kent de Wet maatschappelijke ondersteuning en helpt bij formulieren.",
            category: ("sociaal-team", "Sociaal team"), audiences: [inwoners], gemeenten: ["Leiden"]),
        doc("oppascentrale", "Voorziening", "Oppascentrale voor mantelzorgers",
            "Een vrijwilliger past op, zodat u er even uit kunt.",
            "Een vaste oppas komt een middag per week. Gratis voor mantelzorgers.",
            category: ("respijtzorg", "Respijtzorg"), audiences: [mantelzorgers], gemeenten: ["Wassenaar"], free: true),
        doc("lotgenotengroep-nah", "Lotgenotengroep", "Lotgenotengroep NAH",
            "Ervaringen delen na hersenletsel.",
            "Een groep voor mensen met niet-aangeboren hersenletsel en hun partners. Gezondheid en herstel staan centraal.",
            category: ("nah", "NAH"), audiences: [("nah", "Mensen met NAH")], gemeenten: ["Leiden", "Voorschoten"]),
    ]
}
