import Foundation
import Testing
@testable import KaartCore

@Suite("CSV import")
struct CSVImportTests {
    static let header = "titel;samenvatting;categorie;gemeenten;wijken;doelgroepen;resultaatgebieden;toegang;wet;laatst_gecontroleerd;status;trefwoorden;aanbieder_naam;aanbieder_website;telefoon;email;website;locatie_naam;adres;postcode;plaats;lat;lon;toegankelijkheid;vertrouwelijk_adres;kosten;gratis;leeftijd_min;leeftijd_max;talen;ma;di;wo;do;vr;za;zo;beschrijving;slug"

    /// Two complete rows, the second with quotes, a `#`, a `: ` and a multi-line description.
    static let goodRows = [
        "Buurtbus Testdorp;Een bus met vrijwilligers brengt u naar de dokter of de winkel.;inloop;Testdorp|Buurdorp;Centrum;inwoners|mantelzorgers;regie;vrij;wmo;2026-10-05;actief;vervoer|bus;Stichting Buurtbus;https://buurtbus.example.nl;030 111 22 33;rit@buurtbus.example.nl;https://buurtbus.example.nl/rit;Garage;Busweg 3;3511 CD;Testdorp;52,0912;5.1234;Rolstoelplaats;nee;€ 2 per rit;nee;18;99;nl|en;09:00-12:00|13:00-17:00;09:00-12:00;;;;;;\"## Wat is het?\n\nDe bus rijdt op afspraak.\";",
        "\"Koffie \"\"Het Hoekje\"\": #1\";\"Samen koffie: gezellig.\";respijtzorg;Testdorp;;dementie;;indicatie;;2026-11-01;tijdelijk-gesloten;;;;;;;;;;;;;;;;ja;;;;;;;;;10:00-16:00;;;het-hoekje",
    ]

    static func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\r\n") + "\r\n" }

    static func importer(_ site: FixtureSite, overwrite: Bool = false) -> CSVImporter {
        CSVImporter(contentDirectory: site.contentDirectory, overwrite: overwrite, clock: FixedBuildClock(today: FixtureSite.today))
    }

    @Test func roundTripImportThenExportKeepsEveryField() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let report = try Self.importer(site).importText("\u{FEFF}" + Self.csv(Self.goodRows))
        #expect(report.failures == [])
        #expect(report.written.map { ($0 as NSString).lastPathComponent } == ["buurtbus-testdorp.md", "het-hoekje.md"])

        let out = site.root.appendingPathComponent("hsds").path
        let loaded = try ExportSiteLoader.load(contentDirectory: site.contentDirectory, today: FixtureSite.today)
        #expect(loaded.warnings.errors.isEmpty)
        try HSDSExporter(outputDirectory: out).write(HSDSDataset(site: loaded.site))
        func table(_ name: String) throws -> [[String: Any]] {
            try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name).json"))) as? [[String: Any]])
        }
        let services = try table("services")
        let bus = try #require(services.first { $0["name"] as? String == "Buurtbus Testdorp" })
        let busId = try #require(bus["id"] as? String)
        func rows(_ name: String) throws -> [[String: Any]] { try table(name).filter { $0["service_id"] as? String == busId } }

        #expect(bus["description"] as? String == "Een bus met vrijwilligers brengt u naar de dokter of de winkel.")
        #expect(bus["assured_date"] as? String == "2026-10-05")
        #expect(bus["status"] as? String == "active")
        #expect(bus["email"] as? String == "rit@buurtbus.example.nl")
        #expect(bus["url"] as? String == "https://buurtbus.example.nl/rit")
        #expect(bus["fees_description"] as? String == "€ 2 per rit")
        #expect(bus["minimum_age"] as? Int == 18 && bus["maximum_age"] as? Int == 99)
        let organization = try table("organizations").first { $0["id"] as? String == bus["organization_id"] as? String }
        #expect(organization?["name"] as? String == "Stichting Buurtbus")
        #expect(organization?["website"] as? String == "https://buurtbus.example.nl")
        #expect(try rows("phones").map { $0["number"] as? String } == ["030 111 22 33"])
        #expect(try rows("service_areas").map { $0["name"] as? String } == ["Testdorp", "Buurdorp", "Centrum"])
        #expect(try rows("languages").map { $0["code"] as? String } == ["nl", "en"])
        #expect(try rows("cost_options").isEmpty)
        #expect(try rows("schedules").map { "\($0["byday"]!) \($0["opens_at"]!)-\($0["closes_at"]!)" }
            == ["MO 09:00-12:00", "MO 13:00-17:00", "TU 09:00-12:00"])

        let link = try #require(try rows("service_at_locations").first)
        let location = try #require(try table("locations").first { $0["id"] as? String == link["location_id"] as? String })
        #expect(location["name"] as? String == "Garage")
        #expect(location["latitude"] as? Double == 52.0912 && location["longitude"] as? Double == 5.1234)
        let address = try #require(try table("addresses").first { $0["location_id"] as? String == link["location_id"] as? String })
        #expect(address["address_1"] as? String == "Busweg 3")
        #expect(address["postal_code"] as? String == "3511 CD")
        #expect(address["city"] as? String == "Testdorp")
        #expect(try table("accessibility").contains { $0["description"] as? String == "Rolstoelplaats" })

        let terms = try table("taxonomy_terms")
        let codes = try table("attributes").filter { $0["link_id"] as? String == busId }.map { attribute in
            (terms.first { $0["id"] as? String == attribute["taxonomy_term_id"] as? String }?["code"] as? String)
                ?? "trefwoord:\(attribute["value"] as? String ?? "")"
        }
        #expect(codes == ["inloop", "regie", "inwoners", "mantelzorgers", "trefwoord:vervoer", "trefwoord:bus"])

        let hoekje = try #require(services.first { $0["name"] as? String == "Koffie \"Het Hoekje\": #1" })
        #expect(hoekje["status"] as? String == "temporarily closed")
        #expect(hoekje["description"] as? String == "Samen koffie: gezellig.")
        let hoekjeSchedules = try table("schedules").filter { $0["service_id"] as? String == hoekje["id"] as? String }
        #expect(hoekjeSchedules.map { $0["byday"] as? String } == ["SA"])
        let body = try String(contentsOfFile: "\(site.contentDirectory)/voorzieningen/buurtbus-testdorp.md", encoding: .utf8)
        #expect(body.hasSuffix("---\n## Wat is het?\n\nDe bus rijdt op afspraak.\n"))
    }

    @Test func badRowsAreReportedWithRowNumberAndReasonAndTheRestIsWritten() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let good = Self.goodRows[0]
        let rows = [
            good.replacingOccurrences(of: "Buurtbus Testdorp;", with: "Goede rij;"),                  // row 2
            good.replacingOccurrences(of: ";inloop;", with: ";inlop;").replacingOccurrences(of: "Buurtbus Testdorp;", with: "Foute categorie;"),  // row 3
            good.replacingOccurrences(of: "2026-10-05", with: "05-10-2026").replacingOccurrences(of: "Buurtbus Testdorp;", with: "Foute datum;"),  // row 4
            good.replacingOccurrences(of: "Buurtbus Testdorp;", with: ";"),                          // row 5: no titel
            "",                                                                                      // row 6: empty, skipped
            good.replacingOccurrences(of: "Buurtbus Testdorp;", with: "Goede rij;"),                  // row 7: same slug as row 2
        ]
        let report = try Self.importer(site).importText(Self.csv(rows))
        #expect(report.written.map { ($0 as NSString).lastPathComponent } == ["goede-rij.md"])
        #expect(report.failures.map(\.row) == [3, 4, 5, 7])
        #expect(report.failureLines.contains { $0.hasPrefix("rij 3: 'inlop' is geen bekende waarde voor 'categorie'") })
        #expect(report.failureLines.contains { $0.hasPrefix("rij 4: '05-10-2026' in 'laatst_gecontroleerd' is geen geldige datum") })
        #expect(report.failureLines.contains("rij 5: Het verplichte veld 'titel' ontbreekt."))
        #expect(report.failureLines.contains { $0.hasPrefix("rij 7: De naam 'goede-rij' komt al voor in rij 2") })
        #expect(!report.succeeded)
        #expect(report.summary == "1 voorziening geschreven; 4 rijen niet omgezet.")
    }

    @Test func anExistingFileIsNeverOverwrittenWithoutOverschrijf() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let path = "\(site.contentDirectory)/voorzieningen/logeerhuis.md"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let row = Self.goodRows[0].replacingOccurrences(of: "Buurtbus Testdorp;", with: "Nieuw logeerhuis;") + "logeerhuis"
        let refused = try Self.importer(site).importText(Self.csv([row]))
        #expect(refused.failureLines == ["rij 2: Het bestand \(path) bestaat al. Gebruik --overschrijf om het te vervangen."])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == original)

        let replaced = try Self.importer(site, overwrite: true).importText(Self.csv([row]))
        #expect(replaced.succeeded)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("titel: \"Nieuw logeerhuis\""))
    }

    @Test func aSlugTakenByAnotherKindIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let row = Self.goodRows[0] + "dementiecafe"
        let report = try Self.importer(site).importText(Self.csv([row]))
        #expect(report.failureLines.first?.contains("lotgenotengroepen/dementiecafe.md") == true)
    }

    @Test func commaSeparatedFilesWithFewColumnsWork() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let text = "titel,samenvatting,categorie,gemeenten,doelgroepen,toegang,laatst_gecontroleerd,extra\n"
            + "Klein,\"Kort, en goed.\",inloop,Testdorp,inwoners,vrij,2026-11-01,x\n"
        let report = try Self.importer(site).importText(text)
        #expect(report.succeeded)
        #expect(report.notes == ["De kolom 'extra' is onbekend en wordt overgeslagen."])
        #expect(FileManager.default.fileExists(atPath: "\(site.contentDirectory)/voorzieningen/klein.md"))
    }

    @Test func aFileWithoutTitelColumnIsRefused() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(throws: CSVImportError.self) { try Self.importer(site).importText("naam;samenvatting\nA;B\n") }
    }
}
