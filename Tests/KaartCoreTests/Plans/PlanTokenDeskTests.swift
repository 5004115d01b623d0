import Foundation
import Testing
@testable import KaartCore

/// What `kaart plan token|link|rotate|revoke|list` do, through `PlanTokenDesk`.
@Suite("Plan token desk")
struct PlanTokenDeskTests {
    static let today = LocalDate(year: 2026, month: 11, day: 26)!

    /// Four plans, one for every status `list` can show once the test has acted on them.
    static let plans = [
        FixtureSite.planFile(slug: "plan-actief"),
        FixtureSite.planFile(slug: "plan-ingetrokken"),
        FixtureSite.planFile(slug: "plan-nieuw"),
        FixtureSite.planFile(slug: "plan-verlopen", geldigTot: "2026-10-31"),
    ].joined(separator: "\n")

    func desk(_ site: FixtureSite, seed: UInt64 = 1) throws -> PlanTokenDesk {
        var options = site.planOptions()
        options.withoutPlans = true  // the desk must read plans even so
        return try PlanTokenDesk(options: options, today: Self.today, random: SeededRandomBytes(seed: seed))
    }

    func store(_ site: FixtureSite) throws -> TokenStore {
        try TokenStore.load(from: URL(fileURLWithPath: site.tokenStorePath))
    }

    func failure(_ operation: () throws(PlanDeskError) -> Void) -> String? {
        do {
            try operation()
            return nil
        } catch {
            return error.description
        }
    }

    @Test func issueSavesAPrivateStoreAndReturnsTheShareLink() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        let link = try desk.issue("plan-actief")

        let entry = try #require(try store(site).entries["plan-actief"])
        let token = try #require(entry.planToken)
        #expect(entry.status == .actief && entry.uitgegeven == "2026-11-26")
        #expect(link == "https://kaart.example.nl/plan/\(PlanKeyDerivation(token: token).pageId)/#\(token.formatted)")
        #expect(TokenStoreFile.permissions(of: URL(fileURLWithPath: site.tokenStorePath)) == 0o600)
        #expect(try store(site).entries.count == 1)

        let again = failure { () throws(PlanDeskError) in _ = try desk.issue("plan-actief") }
        #expect(again?.contains("kaart plan rotate plan-actief") == true)
        #expect(try store(site).entries["plan-actief"] == entry)
    }

    @Test func issueAllGivesEveryPlanWithoutATokenOne() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        let first = try desk.issue("plan-actief")
        try desk.revoke("plan-actief")

        let issued = try desk.issueMissing()
        // A revoked plan had a token once, so --alle leaves it alone; only `token SLUG` reissues it.
        // An expired plan is not published, so it gets no token either.
        #expect(issued.map(\.slug).sorted() == ["plan-ingetrokken", "plan-nieuw"])
        let entries = try store(site).entries
        for (slug, link) in issued {
            let token = try #require(entries[slug]?.planToken)
            #expect(link.hasSuffix("#" + token.formatted))
        }
        #expect(entries["plan-actief"]?.status == .ingetrokken)
        #expect(!issued.map(\.link).contains(first))
        #expect(try desk.issueMissing().isEmpty)
    }

    @Test func anExpiredPlanHasNoWorkingLink() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        _ = try desk.issue("plan-verlopen")
        let message = failure { () throws(PlanDeskError) in _ = try desk.link("plan-verlopen") }
        #expect(message?.contains("was geldig tot 31 oktober 2026") == true)
    }

    @Test func rotateReplacesTheTokenAndKeepsOnlyTheOldPageId() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        let oldLink = try desk.issue("plan-actief")
        let oldToken = try #require(try store(site).entries["plan-actief"]?.planToken)

        let newLink = try desk.rotate("plan-actief")
        let entry = try #require(try store(site).entries["plan-actief"])
        #expect(newLink != oldLink)
        #expect(newLink.hasSuffix("#" + entry.token))
        #expect(entry.vorige == [PlanKeyDerivation(token: oldToken).pageId])
        let json = try String(contentsOfFile: site.tokenStorePath, encoding: .utf8)
        #expect(!json.contains(oldToken.formatted))
        #expect(try desk.link("plan-actief") == newLink)

        let never = failure { () throws(PlanDeskError) in _ = try desk.rotate("plan-nieuw") }
        #expect(never?.contains("kaart plan token plan-nieuw") == true)
    }

    @Test func revokeStopsTheLinkUntilANewTokenIsIssued() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        let first = try desk.issue("plan-ingetrokken")
        try desk.revoke("plan-ingetrokken")
        #expect(try store(site).entries["plan-ingetrokken"]?.status == .ingetrokken)
        let revoked = failure { () throws(PlanDeskError) in _ = try desk.link("plan-ingetrokken") }
        #expect(revoked?.contains("is ingetrokken") == true)
        #expect(revoked?.contains("kaart plan token plan-ingetrokken") == true)

        let second = try desk.issue("plan-ingetrokken")
        #expect(second != first)
        #expect(try desk.link("plan-ingetrokken") == second)
    }

    @Test func listShowsStatusesAndHidesTokensUnlessAsked() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        _ = try desk.issue("plan-actief")
        _ = try desk.issue("plan-ingetrokken")
        try desk.revoke("plan-ingetrokken")
        _ = try desk.issue("plan-verlopen")

        let rows = desk.list(showTokens: false)
        #expect(rows.map(\.slug) == ["plan-actief", "plan-ingetrokken", "plan-nieuw", "plan-verlopen"])
        #expect(rows.map(\.status) == ["actief", "ingetrokken", "geen code", "verlopen"])
        #expect(rows.map(\.issued) == ["2026-11-26", "2026-11-26", nil, "2026-11-26"])
        #expect(rows.map(\.geldigTot.iso) == ["2027-05-31", "2027-05-31", "2027-05-31", "2026-10-31"])
        #expect(rows.allSatisfy { $0.token == nil })

        let shown = desk.list(showTokens: true)
        let entries = try store(site).entries
        #expect(shown[0].token == entries["plan-actief"]?.token)
        #expect(shown[0].token != nil)
        #expect(shown[1].token == nil)  // a revoked token opens nothing, so it is not shown
        #expect(shown[2].token == nil)
    }

    @Test func linkIsReadFromTheSavedStore() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var first = try desk(site, seed: 5)
        let issued = try first.issue("plan-nieuw")
        let later = try desk(site, seed: 6)
        #expect(try later.link("plan-nieuw") == issued)
        let none = failure { () throws(PlanDeskError) in _ = try later.link("plan-actief") }
        #expect(none?.contains("kaart plan token plan-actief") == true)
    }

    @Test func anUnknownSlugSuggestsTheClosestPlan() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        let typo = failure { () throws(PlanDeskError) in _ = try desk.issue("plan-actif") }
        #expect(typo == "Er is geen plan 'plan-actif'. Bedoelde u 'plan-actief'?")
        let far = failure { () throws(PlanDeskError) in _ = try desk.link("iets-heel-anders") }
        #expect(far?.contains("kaart plan list") == true)
        #expect(far?.contains("Bedoelde u") == false)
        #expect(!FileManager.default.fileExists(atPath: site.tokenStorePath))
    }

    @Test func aCorruptStoreStopsTheDeskWithTheFileName() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        try TokenStoreFile.writeSecret(Data("[1, 2".utf8), to: URL(fileURLWithPath: site.tokenStorePath))
        do {
            _ = try desk(site)
            Issue.record("a corrupt token store was accepted")
        } catch {
            #expect("\(error)".contains(site.tokenStorePath))
        }
    }

    @Test func anOpenStoreGivesAPermissionWarning() throws {
        let site = try FixtureSite(Self.plans)
        defer { site.remove() }
        var desk = try desk(site)
        _ = try desk.issue("plan-actief")
        #expect(desk.permissionWarning == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: site.tokenStorePath)
        #expect(desk.permissionWarning?.contains("chmod 600") == true)
    }

    @Test func aBrokenPlanIsReportedWithItsFile() throws {
        let site = try FixtureSite(Self.plans + "\n-- plannen/plan-kapot.md --\n---\nclient: Zonder rest\n---\n")
        defer { site.remove() }
        do {
            _ = try desk(site)
            Issue.record("a plan without required fields was accepted")
        } catch {
            #expect("\(error)".contains("plannen/plan-kapot.md"))
        }
    }
}
