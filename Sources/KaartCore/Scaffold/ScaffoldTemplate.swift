/// The text of a new content file: every field of the content model for its kind.
struct ScaffoldTemplate: Sendable {
    let kind: ContentKind
    let slug: String
    let defaults: ScaffoldDefaults

    var text: String {
        let intro = "# \(kind.dutchLabel). Velden met 'verplicht' moeten een waarde hebben. Wilt u een optioneel veld gebruiken?\n"
            + "# Haal dan het '#' aan het begin van de regel(s) weg.\n"
        return "---\n" + intro + fields.map(\.text).joined() + "---\n" + body
    }

    private var fields: [ScaffoldField] {
        switch kind {
        case .voorziening: entryFields(specific: voorzieningFields, optional: [])
        case .lotgenotengroep: entryFields(specific: lotgenotengroepFields, optional: lotgenotengroepOptional)
        case .loket: entryFields(specific: loketFields, optional: [openingHours("spreekuren", hint: "spreekuren, zelfde vorm als openingstijden")])
        case .casus: casusFields
        case .plan: planFields
        }
    }

    private var titel: String { YAMLWriter.quoted(ScaffoldDefaults.title(from: slug)) }
    private var today: String { defaults.today.iso }

    // MARK: Voorziening, lotgenotengroep, loket

    private func entryFields(specific: [ScaffoldField], optional: [ScaffoldField]) -> [ScaffoldField] {
        [
            .required("titel", titel, "de naam zoals inwoners die kennen"),
            .required("samenvatting", "\"Schrijf hier in één of twee korte zinnen wat dit is en voor wie.\"",
                      "hoogstens 300 tekens, in eenvoudige taal (B1)"),
        ] + specific + [
            .required("gemeenten", "[\(defaults.gemeente)]", "gemeenten uit site.yml, of landelijk"),
            .optional("wijken", "[Centrum]", "wijken waar het aanbod is"),
            .required("doelgroepen", "[\(defaults.first(.doelgroepen, fallback: "inwoners"))]", defaults.choices(.doelgroepen)),
            .required("laatst_gecontroleerd", today, "datum waarop u de gegevens bij de aanbieder controleerde (JJJJ-MM-DD)"),
            .optional("status", "actief", "actief (standaard), tijdelijk-gesloten of gestopt"),
            .optional("trefwoorden", "[zoekwoord, ander zoekwoord]", "extra woorden waarop inwoners zoeken"),
            .optionalBlock("aanbieder", ["naam: Naam van de organisatie", "website: https://www.example.nl"], "de organisatie die het aanbiedt"),
            .optionalBlock("contact", ["telefoon: \"071 000 00 00\"", "email: info@example.nl", "website: https://www.example.nl"],
                           "telefoon, e-mail en website"),
            .optionalBlock("locaties", ["- naam: Naam van het gebouw", "  adres: Straatnaam 1", "  postcode: 1234 AB",
                                        "  plaats: \(defaults.gemeente)", "  lat: 52.1234", "  lon: 4.5678",
                                        "  toegankelijkheid: Rolstoeltoegankelijk"],
                           "adressen; een lege lijst [] betekent alleen telefonisch of online"),
            .optional("vertrouwelijk_adres", "true", "true als het adres nooit op de site mag staan, bijvoorbeeld bij een opvang"),
            openingHours("openingstijden", hint: "tijden per dag (ma, di, wo, do, vr, za, zo) en gesloten dagen"),
            .optional("talen", "[nl]", "talen als ISO-codes, standaard [nl]"),
            .optional("kosten", "Gratis", "wat het kost, in gewone woorden"),
            .optional("gratis", "true", "true als het niets kost"),
            .optional("leeftijd", "{min: 18, max: 99}", "voor welke leeftijd"),
        ] + optional
    }

    private var voorzieningFields: [ScaffoldField] {
        [
            .required("categorie", defaults.first(.categorie, fallback: "welzijn"), defaults.choices(.categorie)),
            .optional("resultaatgebieden", "[\(defaults.first(.resultaatgebieden, fallback: "regie"))]", defaults.choices(.resultaatgebieden)),
            .required("toegang", "vrij", "vrij, indicatie of verwijzing"),
            .optional("wet", "wmo", "wmo, wlz, zvw, jeugdwet of geen"),
        ]
    }

    private var lotgenotengroepFields: [ScaffoldField] {
        [
            .required("thema", defaults.first(.thema, fallback: "mantelzorg"), defaults.choices(.thema)),
            .requiredBlock("bijeenkomsten", ["rrule: \"FREQ=MONTHLY;BYDAY=2TU\"  # elke tweede dinsdag van de maand",
                                             "begin: \"19:30\"", "eind: \"21:30\"", "vanaf: \(today)",
                                             "# tot: \(defaults.today.adding(months: 12).iso)  # optioneel: laatste datum",
                                             "# uitgezonderd: [\(defaults.today.adding(months: 1).iso)]  # optioneel: data zonder bijeenkomst"],
                           "wanneer de groep samenkomt"),
        ]
    }

    private var lotgenotengroepOptional: [ScaffoldField] {
        [
            .optional("begeleiding", "Ervaringsdeskundige vrijwilligers", "wie de groep leidt"),
            .optional("aanmelden", "Aanmelden is niet nodig. U bent welkom.", "hoe iemand meedoet"),
        ]
    }

    private var loketFields: [ScaffoldField] {
        [
            .required("soort", defaults.first(.soort, fallback: "wmo-loket"), defaults.choices(.soort)),
            .required("vragen_over", "[\(defaults.first(.vragen_over, fallback: "zorg"))]", defaults.choices(.vragen_over)),
        ]
    }

    private func openingHours(_ key: String, hint: String) -> ScaffoldField {
        .optionalBlock(key, ["ma: [\"09:00-12:00\", \"13:00-17:00\"]", "di: [\"09:00-17:00\"]", "uitzonderingen:",
                             "  - datum: \(defaults.today.year)-12-25", "    gesloten: true", "    toelichting: Eerste Kerstdag"], hint)
    }

    private var body: String {
        switch kind {
        case .casus:
            "\nVertel hier hoe het ging, zonder namen, adressen, telefoonnummers of geboortedata.\n"
                + "Schrijf bijvoorbeeld 'de heer X' of 'een vrouw van 80'.\n"
        case .plan:
            "\nNotities voor de cliënt. Deze tekst komt alleen versleuteld op de site.\n"
        default:
            "## Wat is het?\n\nVertel hier in gewone woorden wat het is.\n\n## Voor wie?\n\nVoor wie is het bedoeld?\n\n"
                + "## Hoe meldt u zich aan?\n\nLeg uit hoe iemand begint.\n"
        }
    }
}
