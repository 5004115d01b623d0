extension ScaffoldTemplate {
    var casusFields: [ScaffoldField] {
        [
            .required("titel", YAMLWriter.quoted(ScaffoldDefaults.title(from: slug)), "waar het verhaal over gaat"),
            .required("samenvatting", "\"Schrijf hier in één of twee korte zinnen wat er gebeurde.\"", "hoogstens 300 tekens, zonder namen"),
            .required("arrangement", defaults.first(.arrangement, fallback: "kort-herstel"), defaults.choices(.arrangement)),
            .required("resultaatgebieden", "[\(defaults.first(.resultaatgebieden, fallback: "regie"))]", defaults.choices(.resultaatgebieden)),
            .optional("voorzieningen", "[slug-van-een-voorziening]", "voorzieningen, lotgenotengroepen of loketten die hielpen"),
            .optional("doelen", "[Een doel in gewone woorden]", "de doelen, zonder namen"),
            .required("laatst_gecontroleerd", defaults.today.iso, "datum waarop u de tekst controleerde (JJJJ-MM-DD)"),
        ]
    }

    var planFields: [ScaffoldField] {
        let area = defaults.first(.resultaatgebieden, fallback: "regie")
        return [
            .required("client", "Voornaam", "voornaam of initialen van de cliënt"),
            .requiredBlock("regisseur", ["naam: Naam van de casusregisseur", "organisatie: Naam van de organisatie",
                                         "telefoon: \"071 000 00 00\"", "email: regisseur@example.nl"],
                           "de casusregisseur: het vaste aanspreekpunt"),
            .required("opgesteld", defaults.today.iso, "datum waarop het plan is gemaakt"),
            .optional("evaluatie", defaults.today.adding(months: 6).iso, "datum van de volgende evaluatie"),
            .required("geldig_tot", defaults.today.adding(months: 12).iso, "na deze datum verdwijnt de pagina van het plan"),
            .requiredBlock("doelen", ["- doel: Beschrijf hier een doel in gewone woorden", "  resultaatgebied: \(area)",
                                      "  afspraken: [Wat er is afgesproken]",
                                      "  # voorzieningen: [slug-van-een-voorziening]  # optioneel"],
                           "doelen met afspraken"),
            .optional("zrm", "{financien: 3, dagbesteding: 3, sociaal_netwerk: 3}", "Zelfredzaamheidsmatrix, scores 1 tot 5"),
            .optional("zrm_eerder", "{financien: 2, dagbesteding: 2, sociaal_netwerk: 2}", "eerdere ZRM-scores om te vergelijken"),
        ]
    }
}
