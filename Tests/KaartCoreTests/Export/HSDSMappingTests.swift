import Foundation
import Testing
@testable import KaartCore

/// How content maps onto HSDS records (the schema check itself is in Tests/hsds/, in Python).
@Suite("HSDS mapping")
struct HSDSMappingTests {
    static func dataset(_ overrides: String = "") throws -> HSDSDataset {
        let site = try FixtureSite(overrides)
        defer { site.remove() }
        return HSDSDataset(site: try ExportSiteLoader.load(contentDirectory: site.contentDirectory, today: FixtureSite.today).site)
    }

    static let logeerhuis = FixtureSite.parse(FixtureSite.minimal)["voorzieningen/logeerhuis.md"]!

    static func logeerhuis(replacing old: String, with new: String) -> String {
        "-- voorzieningen/logeerhuis.md --\n" + logeerhuis.replacingOccurrences(of: old, with: new)
    }

    @Test(arguments: [("actief", "active"), ("tijdelijk-gesloten", "temporarily closed"), ("gestopt", "defunct")])
    func statusIsMapped(status: String, expected: String) throws {
        let data = try Self.dataset(Self.logeerhuis(replacing: "toegang: indicatie", with: "toegang: indicatie\nstatus: \(status)"))
        #expect(data.services.first { $0.name == "Logeerhuis De Eik" }?.status == expected)
    }

    @Test func serviceFieldsComeFromTheEntry() throws {
        let data = try Self.dataset()
        let service = try #require(data.services.first { $0.name == "Logeerhuis De Eik" })
        #expect(service.description == "Uw naaste logeert een paar dagen. U kunt even op adem komen.")
        #expect(service.assuredDate == "2026-09-14")
        #expect(service.url == "https://kaart.example.nl/voorzieningen/logeerhuis/")
        #expect(service.email == "logeerhuis@example.nl")
        #expect(data.phones.filter { $0.serviceId == service.id }.map(\.number) == ["030 765 43 21"])
        let address = try #require(data.addresses.first)
        #expect((address.address1, address.postalCode, address.city, address.stateProvince, address.country)
            == ("Eiklaan 4", "3511 AA", "Testdorp", "Utrecht", "NL"))
    }

    @Test func aConfidentialAddressLeavesNoLocation() throws {
        let data = try Self.dataset(Self.logeerhuis(replacing: "toegang: indicatie", with: "toegang: indicatie\nvertrouwelijk_adres: true"))
        let service = try #require(data.services.first { $0.name == "Logeerhuis De Eik" })
        #expect(data.serviceAtLocations.allSatisfy { $0.serviceId != service.id })
        #expect(!data.addresses.contains { $0.address1 == "Eiklaan 4" })
        #expect(!data.locations.contains { $0.name == "Logeerhuis De Eik" })
        let document = try #require(data.serviceDocuments.first { $0.id == service.id })
        #expect(document.serviceAtLocations?.isEmpty == true)
        #expect(document.phones?.first?.number == "030 765 43 21")
    }

    @Test func idsAreStableAndUnique() throws {
        let first = try Self.dataset(), second = try Self.dataset()
        #expect(first.services.map(\.id) == second.services.map(\.id))
        #expect(first.schedules.map(\.id) == second.schedules.map(\.id))
        let all = first.services.map(\.id) + first.schedules.map(\.id) + first.attributes.map(\.id) + first.locations.map(\.id)
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { UUID(uuidString: $0) != nil && $0 == $0.lowercased() })
        let other = HSDSIdentifier(siteAddress: "https://andere.example.nl")
        #expect(other.id("service", "voorzieningen/logeerhuis") != first.services.first { $0.name == "Logeerhuis De Eik" }?.id)
    }

    @Test func uuidV5MatchesTheRFCExample() {
        // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(HSDSIdentifier.uuidV5(namespace: dns, name: "www.example.com").uuidString.lowercased()
            == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test func openingHoursBecomeOneWeeklyRowPerRange() throws {
        let data = try Self.dataset()
        let service = try #require(data.services.first { $0.name == "Logeerhuis De Eik" })
        let rows = data.schedules.filter { $0.serviceId == service.id }
        #expect(rows.map { "\($0.byday ?? "") \($0.opensAt)-\($0.closesAt)" } == ["MO 09:00-17:00", "TU 09:00-12:00", "TU 13:00-17:00"])
        #expect(rows.allSatisfy { $0.freq == "WEEKLY" && $0.notes == "Gesloten op: 2026-12-25 (Eerste Kerstdag)" })
    }

    @Test func meetingsBecomeAnRRuleSchedule() throws {
        let data = try Self.dataset()
        let group = try #require(data.services.first { $0.name == "Dementiecafé Testdorp" })
        let row = try #require(data.schedules.first { $0.serviceId == group.id })
        #expect(row.freq == "MONTHLY")
        #expect(row.byday == "2TU")
        #expect(row.dtstart == "2026-01-13")
        #expect(row.wkst == "MO")
        #expect((row.opensAt, row.closesAt) == ("19:30", "21:30"))
        #expect(row.notes == "Geen bijeenkomst op: 2026-12-08")
        #expect(row.description?.hasPrefix("Elke tweede dinsdag van de maand") == true)
    }

    @Test func loketSpreekurenAreScheduled() throws {
        let data = try Self.dataset()
        let loket = try #require(data.services.first { $0.name == "Wmo-loket Testdorp" })
        #expect(data.schedules.filter { $0.serviceId == loket.id }.map(\.byday) == ["MO"])
    }

    @Test func freeServicesGetAZeroCostOption() throws {
        let data = try Self.dataset()
        let inloop = try #require(data.services.first { $0.name == "Inloop Het Plein" })
        #expect(data.costOptions.map(\.serviceId) == [inloop.id])
        #expect(data.costOptions.first?.amount == 0)
        #expect(data.serviceAreas.filter { $0.serviceId == inloop.id }.map(\.name) == ["Testdorp", "Nederland"])
    }

    @Test func entriesWithoutProviderBelongToTheBeheerder() throws {
        let withProvider = Self.logeerhuis(replacing: "toegang: indicatie", with: "toegang: indicatie\naanbieder:\n  naam: Stichting De Eik\n  website: https://eik.example.nl")
        let data = try Self.dataset(withProvider)
        #expect(data.organizations.map(\.name) == ["Redactie", "Stichting De Eik"])
        let eik = try #require(data.services.first { $0.name == "Logeerhuis De Eik" })
        #expect(data.organizations.first { $0.id == eik.organizationId }?.website == "https://eik.example.nl")
    }

    @Test func taxonomyCodesBecomeAttributes() throws {
        let data = try Self.dataset()
        let service = try #require(data.services.first { $0.name == "Logeerhuis De Eik" })
        let codes = data.attributes.filter { $0.linkId == service.id }.compactMap { attribute in
            data.taxonomyTerms.first { $0.id == attribute.taxonomyTermId }.map { "\($0.taxonomy):\($0.code)" }
        }
        #expect(codes == ["categorie:respijtzorg", "doelgroepen:mantelzorgers", "doelgroepen:dementie"])
        #expect(data.taxonomies.map(\.name) == ["categorie", "doelgroepen", "resultaatgebieden", "thema", "soort", "vragen_over"])
    }

    @Test func casussenAndPlansAreNeverExported() throws {
        let data = try Self.dataset()
        #expect(data.services.count == 4)
        let json = String(decoding: try HSDSExporter.encoder().encode(data.serviceDocuments), as: UTF8.self)
        #expect(!json.contains("Na een beroerte"))
        #expect(!json.contains("Mevrouw Y"))
    }

    @Test func exportWritesTablesAndDocumentsAndReplacesOldDocuments() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let out = site.root.appendingPathComponent("hsds").path
        let data = HSDSDataset(site: try ExportSiteLoader.load(contentDirectory: site.contentDirectory, today: FixtureSite.today).site)
        try FileManager.default.createDirectory(atPath: out + "/services", withIntermediateDirectories: true)
        let stale = out + "/services/00000000-0000-5000-8000-000000000000.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: stale))
        try Data("keep".utf8).write(to: URL(fileURLWithPath: out + "/services/README.txt"))
        try HSDSExporter(outputDirectory: out).write(data)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: out + "/services/README.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/services").count == 5)
        let services = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/services.json"))) as? [[String: Any]]
        #expect(services?.count == 4)
        let logeerhuis = services?.first { $0["name"] as? String == "Logeerhuis De Eik" }
        #expect(logeerhuis?["assured_date"] as? String == "2026-09-14")
        #expect(logeerhuis?["organization_id"] is String)
        #expect(logeerhuis?["phones"] == nil)
    }
}
