/// Parses one content file into the typed model of its kind.
enum EntryParser {
    static func voorziening(_ reader: FieldReader, file: SourceFile) -> Voorziening? {
        reader.warnAboutUnknownKeys(known: EntryCommonParser.knownKeys.union(["categorie", "resultaatgebieden", "toegang", "wet"]))
        let common = EntryCommonParser.parse(reader, file: file)
        let categorie = reader.located("categorie", required: true)
        let toegang: Access? = EntryCommonParser.enumValue(reader, "toegang", required: true)
        let wet = reader.string("wet")
        if let wet, !["wmo", "wlz", "zvw", "jeugdwet", "geen"].contains(wet) {
            reader.sink.error("'\(wet)' is geen geldige waarde voor 'wet'. Kies uit: wmo, wlz, zvw, jeugdwet, geen.", at: reader.location(ofField: "wet"))
        }
        let resultaatgebieden = reader.locatedStrings("resultaatgebieden") ?? []
        guard let common, let categorie, let toegang else { return nil }
        return Voorziening(common: common, categorie: categorie, resultaatgebieden: resultaatgebieden, toegang: toegang, wet: wet)
    }

    static func lotgenotengroep(_ reader: FieldReader, file: SourceFile) -> Lotgenotengroep? {
        reader.warnAboutUnknownKeys(known: EntryCommonParser.knownKeys.union(["thema", "bijeenkomsten", "begeleiding", "aanmelden"]))
        let common = EntryCommonParser.parse(reader, file: file)
        let thema = reader.located("thema", required: true)
        let schedule = reader.mapping("bijeenkomsten", required: true).flatMap(MeetingScheduleReader.parse)
        let begeleiding = reader.string("begeleiding")
        let aanmelden = reader.string("aanmelden")
        guard let common, let thema, let schedule else { return nil }
        return Lotgenotengroep(common: common, thema: thema, bijeenkomsten: schedule, begeleiding: begeleiding, aanmelden: aanmelden)
    }

    static func loket(_ reader: FieldReader, file: SourceFile) -> Loket? {
        reader.warnAboutUnknownKeys(known: EntryCommonParser.knownKeys.union(["soort", "vragen_over", "spreekuren"]))
        let common = EntryCommonParser.parse(reader, file: file)
        let soort = reader.located("soort", required: true)
        let vragenOver = reader.locatedStrings("vragen_over", required: true)
        let spreekuren = reader.mapping("spreekuren").flatMap(OpeningHoursReader.parse)
        guard let common, let soort, let vragenOver else { return nil }
        return Loket(common: common, soort: soort, vragenOver: vragenOver, spreekuren: spreekuren)
    }

    static func casus(_ reader: FieldReader, file: SourceFile) -> Casus? {
        reader.warnAboutUnknownKeys(known: ["titel", "samenvatting", "arrangement", "resultaatgebieden", "voorzieningen", "doelen", "laatst_gecontroleerd"])
        let titel = reader.string("titel", required: true)
        let samenvatting = EntryCommonParser.summary(reader)
        let arrangement = reader.located("arrangement", required: true)
        let resultaatgebieden = reader.locatedStrings("resultaatgebieden", required: true)
        let checked = reader.date("laatst_gecontroleerd", required: true)
        let voorzieningen = reader.locatedStrings("voorzieningen") ?? []
        let doelen = reader.strings("doelen") ?? []
        guard let titel, let samenvatting, let arrangement, let resultaatgebieden, let checked else { return nil }
        return Casus(slug: file.slug, path: file.path, titel: titel, samenvatting: samenvatting, arrangement: arrangement,
                     resultaatgebieden: resultaatgebieden, voorzieningen: voorzieningen, doelen: doelen,
                     laatstGecontroleerd: checked, body: file.body, bodyFirstLine: file.bodyFirstLine,
                     sourceText: file.text)
    }

    static func plan(_ reader: FieldReader, file: SourceFile) -> Plan? {
        reader.warnAboutUnknownKeys(known: ["client", "regisseur", "opgesteld", "evaluatie", "geldig_tot", "doelen", "zrm", "zrm_eerder"])
        let client = reader.string("client", required: true)
        let regisseur = reader.mapping("regisseur", required: true).flatMap(director)
        let opgesteld = reader.date("opgesteld", required: true)
        let evaluatie = reader.date("evaluatie")
        let geldigTot = reader.date("geldig_tot", required: true)
        let doelen = (reader.mappings("doelen", required: true) ?? []).compactMap(goal)
        let zrm = reader.mapping("zrm").map(scores) ?? []
        let zrmEerder = reader.mapping("zrm_eerder").map(scores) ?? []
        guard let client, let regisseur, let opgesteld, let geldigTot else { return nil }
        return Plan(slug: file.slug, path: file.path, client: client, regisseur: regisseur, opgesteld: opgesteld.value,
                    evaluatie: evaluatie?.value, geldigTot: geldigTot.value, doelen: doelen, zrm: zrm, zrmEerder: zrmEerder,
                    body: file.body)
    }

    private static func director(_ reader: FieldReader) -> Plan.Director? {
        let naam = reader.string("naam", required: true)
        let organisatie = reader.string("organisatie", required: true)
        let telefoon = reader.string("telefoon", required: true)
        let email = reader.string("email", required: true)
        guard let naam, let organisatie, let telefoon, let email else { return nil }
        return Plan.Director(naam: naam, organisatie: organisatie, telefoon: telefoon, email: email)
    }

    private static func goal(_ reader: FieldReader) -> Plan.Goal? {
        reader.warnAboutUnknownKeys(known: ["doel", "resultaatgebied", "afspraken", "voorzieningen"])
        guard let doel = reader.string("doel", required: true) else { return nil }
        return Plan.Goal(doel: doel, resultaatgebied: reader.located("resultaatgebied"),
                         afspraken: reader.strings("afspraken") ?? [], voorzieningen: reader.locatedStrings("voorzieningen") ?? [])
    }

    private static func scores(_ reader: FieldReader) -> [(domain: String, score: Int)] {
        reader.keys.compactMap { key, _ in
            guard let score = reader.int(key) else { return nil }
            guard (1...5).contains(score) else {
                reader.sink.error("De score voor '\(reader.name(key))' is \(score). Een ZRM-score is 1, 2, 3, 4 of 5.", at: reader.location(ofField: key))
                return nil
            }
            return (key, score)
        }
    }
}
