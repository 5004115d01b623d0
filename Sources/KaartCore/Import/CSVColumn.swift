/// The Dutch column names `kaart import csv` understands, one row per voorziening.
/// `docs/import-csv.md` explains each one to editors.
public enum CSVColumn: String, CaseIterable, Sendable {
    case titel, samenvatting, categorie, gemeenten, wijken, doelgroepen, resultaatgebieden, toegang, wet
    case laatstGecontroleerd = "laatst_gecontroleerd"
    case status, trefwoorden
    case aanbiederNaam = "aanbieder_naam"
    case aanbiederWebsite = "aanbieder_website"
    case telefoon, email, website
    case locatieNaam = "locatie_naam"
    case adres, postcode, plaats, lat, lon, toegankelijkheid
    case vertrouwelijkAdres = "vertrouwelijk_adres"
    case kosten, gratis
    case leeftijdMin = "leeftijd_min"
    case leeftijdMax = "leeftijd_max"
    case talen, ma, di, wo, `do`, vr, za, zo, beschrijving, slug

    /// Cells that hold a list: values separated by `|`.
    public static let separator: Character = "|"

    /// The weekday columns, in week order.
    static let weekdays: [CSVColumn] = [.ma, .di, .wo, .do, .vr, .za, .zo]
}
