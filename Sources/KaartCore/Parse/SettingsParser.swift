/// Parses `site.yml`.
enum SettingsParser {
    static let knownKeys: Set<String> = ["titel", "basis_url", "gemeenten", "provincie", "beheerder", "verouderd_na_maanden", "startvragen"]

    static func parse(_ reader: FieldReader) -> SiteSettings? {
        reader.warnAboutUnknownKeys(known: knownKeys)
        let titel = reader.string("titel", required: true)
        let basisURL = reader.url("basis_url", required: true)
        let gemeenten = reader.strings("gemeenten", required: true)
        let provincie = reader.string("provincie", required: true)
        let beheerder = reader.mapping("beheerder", required: true).flatMap(parseManager)
        let staleAfter = reader.int("verouderd_na_maanden") ?? 12
        let questions = (reader.mappings("startvragen") ?? []).compactMap(parseQuestion)
        guard let titel, let basisURL, let gemeenten, let provincie, let beheerder else { return nil }
        return SiteSettings(titel: titel, basisURL: basisURL.trimmingSlashSuffix(), gemeenten: gemeenten,
                            provincie: provincie, beheerder: beheerder, staleAfterMonths: staleAfter,
                            startQuestions: questions)
    }

    private static func parseManager(_ reader: FieldReader) -> SiteSettings.Manager? {
        let naam = reader.string("naam", required: true)
        let email = reader.string("email", required: true)
        let telefoon = reader.string("telefoon", required: true)
        guard let naam, let email, let telefoon else { return nil }
        return SiteSettings.Manager(naam: naam, email: email, telefoon: telefoon)
    }

    private static func parseQuestion(_ reader: FieldReader) -> SiteSettings.StartQuestion? {
        let vraag = reader.string("vraag", required: true)
        let link = reader.string("link", required: true)
        guard let vraag, let link else { return nil }
        guard link.hasPrefix("/") else {
            reader.sink.error("De link '\(link)' moet beginnen met '/', bijvoorbeeld /mantelzorg/.", at: reader.location(ofField: "link"))
            return nil
        }
        // Browsers read "//host" and "/\host" as a link to another website.
        guard !link.hasPrefix("//"), !link.hasPrefix("/\\") else {
            reader.sink.error("De link '\(link)' gaat naar een andere website. Gebruik een pagina van deze site, bijvoorbeeld /mantelzorg/.",
                              at: reader.location(ofField: "link"))
            return nil
        }
        return SiteSettings.StartQuestion(vraag: vraag, uitleg: reader.string("uitleg"), link: link)
    }
}
