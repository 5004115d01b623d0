import Foundation
import Testing
@testable import KaartCore

/// The protect stage inside a real build: which plan pages appear, that they open with their token
/// and only with it, and that nothing of a plan leaks into the rest of `public/`.
@Suite("Plan build")
struct PlanBuildTests {
    /// A fixture built once with one plan and its token, shared by the tests that only read `public/`
    /// (a build costs seconds). Its temporary folder stays behind in the system temp folder.
    struct BuiltPlanSite: Sendable {
        let site: FixtureSite
        let token: PlanToken
        var pageId: String { PlanKeyDerivation(token: token).pageId }
        var pagePath: String { "plan/\(pageId)/index.html" }
    }

    static let built = Result { () throws -> BuiltPlanSite in
        let site = try FixtureSite(FixtureSite.planFile())
        let token = try site.issueToken()
        try site.buildWithPlans()
        return BuiltPlanSite(site: site, token: token)
    }

    @Test func aPlanWithoutTokenFailsTheBuildAndLeavesPublicUntouched() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try site.build()  // an earlier good build without plans
        let before = try site.publishedFiles()

        let diagnostics = site.failingPlanBuild()
        let problem = try #require(diagnostics.errors.about("plannen/plan-wilhelmina.md").first)
        #expect(problem.location.line == 1)
        #expect(problem.message.contains("kaart plan token plan-wilhelmina"))
        #expect(problem.message.contains("--zonder-plannen"))
        #expect(problem.message.contains("geen code"))

        let after = try site.publishedFiles()
        #expect(after.map(\.path) == before.map(\.path))
        #expect(after.map(\.data) == before.map(\.data))
    }

    @Test func withoutPlansTheSiteBuildsAndHasNoPlanPage() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        var options = site.planOptions()
        options.withoutPlans = true
        let report = try SiteBuilder(options: options, clock: FixedBuildClock(today: FixtureSite.today)).build()
        #expect(report.warnings.errors.isEmpty)
        #expect(try site.planPages().isEmpty)
        #expect(try site.read("index.html").contains("Sociale kaart Testdorp"))
    }

    @Test func withATokenExactlyOnePageAppearsAndOpensWithIt() throws {
        let (site, token, pageId) = try Self.built.map { ($0.site, $0.token, $0.pageId) }.get()
        #expect(try site.planPages() == ["plan/\(pageId)/index.html"])
        let envelope = try site.envelope(at: "plan/\(pageId)/index.html")
        #expect(envelope.id == pageId)
        #expect(envelope.geldigTot == "2027-05-31")
        let html = try envelope.open(token: token)
        #expect(html.contains("Uw plan, Wilhelmina"))
        #expect(html.contains("buurvrouw Zwaantje"))
        #expect(html.contains("Logeerhuis De Eik"))  // a linked service, from its public entry
        #expect(html.contains("030 765 43 21"))  // …with its contact details
        #expect(html.contains("https://kaart.example.nl/plan/\(pageId)/"))
        #expect(throws: PlanCryptoError.wrongToken) { try envelope.open(token: PlanTestSupport.token(seed: 1)) }

        let page = try site.read("plan/\(pageId)/index.html")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(page.contains("<meta name=\"referrer\" content=\"no-referrer\">"))
        #expect(page.contains("connect-src 'none'"))
    }

    @Test func aPlanPastGeldigTotIsNotPublished() throws {
        let site = try FixtureSite(FixtureSite.planFile(geldigTot: "2026-11-25"))
        defer { site.remove() }
        try site.issueToken()
        try site.buildWithPlans()
        #expect(try site.planPages().isEmpty)

        // The last valid day still publishes, so the comparison is "on or after today".
        try site.buildWithPlans(today: LocalDate(year: 2026, month: 11, day: 25)!)
        #expect(try site.planPages().count == 1)
    }

    @Test func anExpiredPlanNeedsNoToken() throws {
        let site = try FixtureSite(FixtureSite.planFile(geldigTot: "2026-01-31"))
        defer { site.remove() }
        try site.buildWithPlans()
        #expect(try site.planPages().isEmpty)
    }

    @Test func aRevokedTokenPublishesNothing() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try site.issueToken()
        try site.buildWithPlans()
        #expect(try site.planPages().count == 1)

        try site.changeTokens { try $0.revoke(slug: "plan-wilhelmina") }
        try site.buildWithPlans()
        #expect(try site.planPages().isEmpty)
    }

    @Test func afterRotationTheOldPageIsGoneAndTheNewOneOpens() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        let old = try site.issueToken(seed: 1)
        try site.buildWithPlans()
        let oldId = PlanKeyDerivation(token: old).pageId
        #expect(try site.planPages() == ["plan/\(oldId)/index.html"])

        let new = try site.changeTokens { try $0.rotate(slug: "plan-wilhelmina", today: "2026-11-26", random: SeededRandomBytes(seed: 2)) }
        try site.buildWithPlans()
        let newId = PlanKeyDerivation(token: new).pageId
        #expect(newId != oldId)
        #expect(try site.planPages() == ["plan/\(newId)/index.html"])
        #expect(try site.envelope(at: "plan/\(newId)/index.html").open(token: new).contains("Wilhelmina"))
        #expect(throws: PlanCryptoError.wrongToken) { try site.envelope(at: "plan/\(newId)/index.html").open(token: old) }
    }

    @Test func aNewBuildSealsWithAFreshNonce() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        let token = try site.issueToken()
        let path = "plan/\(PlanKeyDerivation(token: token).pageId)/index.html"
        try site.buildWithPlans(seed: 1)
        let first = try site.envelope(at: path)
        try site.buildWithPlans(seed: 2)
        let second = try site.envelope(at: path)
        #expect(first.data.prefix(16) != second.data.prefix(16))
        #expect(try first.open(token: token) == second.open(token: token))
    }

    @Test func thePlanIsAbsentFromSitemapFeedSearchIndexAndListings() throws {
        let (site, pageId, planPage) = try Self.built.map { ($0.site, $0.pageId, $0.pagePath) }.get()

        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://kaart.example.nl/voorzieningen/"))  // the sitemap is not empty
        #expect(!sitemap.contains("/plan/"))
        let feed = try site.read("feed.xml")
        #expect(feed.contains("<entry>"))
        #expect(!feed.contains("/plan/") && !feed.contains("Wilhelmina"))

        let files = try site.publishedFiles()
        let index = files.filter { $0.path.hasPrefix(SearchIndexBuilder.folder) }
        #expect(!index.isEmpty)
        for file in index {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(!text.contains(pageId), "\(file.path) names the plan page")
            #expect(!text.lowercased().contains("wilhelmina"), "\(file.path) holds the client's name")
            #expect(!text.lowercased().contains("kersenmarkt"), "\(file.path) holds a goal word")
        }
        // No page but the plan page itself mentions its address: no listing, menu or A–Z links to it.
        let mentions = files.filter { $0.path != planPage && String(decoding: $0.data, as: UTF8.self).contains(pageId) }
        #expect(mentions.map(\.path).isEmpty)
    }

    @Test func robotsDisallowsThePlanFolder() throws {
        let site = try Self.built.get().site
        let robots = try site.read("robots.txt").split(separator: "\n").map(String.init)
        #expect(robots.contains("User-agent: *"))
        #expect(robots.contains("Disallow: /plan/"))
    }

    @Test func nothingOfThePlanOrItsTokenLeaksIntoAnyPublishedFile() throws {
        let (site, token) = try Self.built.map { ($0.site, $0.token) }.get()
        let derived = PlanKeyDerivation(token: token)
        let secrets = FixtureSite.planSecrets + [token.formatted, token.compact, derived.keyHex]

        let files = try site.publishedFiles()
        #expect(files.count > 20)
        var leaks: [String] = []
        for file in files {
            let text = String(decoding: file.data, as: UTF8.self).lowercased()
            let name = file.path.lowercased()
            for secret in secrets.map({ $0.lowercased() }) {
                if text.contains(secret) { leaks.append("\(file.path) contains \"\(secret)\"") }
                if name.contains(secret) { leaks.append("file name \(file.path) contains \"\(secret)\"") }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.joined(separator: "\n"))")
        // The check can fail: the decrypted plan holds every one of these strings.
        let plain = try site.envelope(at: "plan/\(derived.pageId)/index.html").open(token: token)
        for secret in FixtureSite.planSecrets { #expect(plain.contains(secret)) }
        // The handout prints the page address without the token; the token is only inside the QR code.
        #expect(!plain.contains(token.formatted) && plain.contains("class=\"plan-qr\""))
    }

    @Test func aCorruptTokenStoreIsAnErrorThatNamesTheFile() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try TokenStoreFile.writeSecret(Data("{ dit is geen json".utf8), to: URL(fileURLWithPath: site.tokenStorePath))

        let diagnostics = site.failingPlanBuild()
        let problem = try #require(diagnostics.errors.first { $0.location.path == site.tokenStorePath })
        #expect(problem.message.contains(site.tokenStorePath))
        #expect(problem.message.contains("beschadigd"))
        #expect(!FileManager.default.fileExists(atPath: site.outputDirectory))
    }

    @Test func aTokenStoreInsideTheOutputFolderIsRefusedAndNothingIsPublished() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try site.issueToken()
        try site.buildWithPlans()
        let before = try site.publishedFiles()
        let insidePublic = "\(site.outputDirectory)/tokens.json"
        try FileManager.default.copyItem(atPath: site.tokenStorePath, toPath: insidePublic)
        var options = site.planOptions()
        options.tokenStorePath = insidePublic

        let failure = #expect(throws: BuildFailure.self) {
            try SiteBuilder(options: options, clock: FixedBuildClock(today: FixtureSite.today)).build()
        }
        let problem = try #require(failure?.diagnostics.errors.first { $0.location.path == insidePublic })
        #expect(problem.message.contains("in de map van de site"))
        try FileManager.default.removeItem(atPath: "\(site.outputDirectory)/tokens.json")
        let after = try site.publishedFiles()
        #expect(after.map(\.path) == before.map(\.path) && after.map(\.data) == before.map(\.data))
    }

    @Test func aTokenStoreReadableByOthersGivesAWarning() throws {
        let site = try FixtureSite(FixtureSite.planFile())
        defer { site.remove() }
        try site.issueToken()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: site.tokenStorePath)

        let report = try site.buildWithPlans()
        let warning = try #require(report.warnings.warnings.first { $0.location.path == site.tokenStorePath })
        #expect(warning.message.contains("644"))
        #expect(warning.message.contains("chmod 600 \(site.tokenStorePath)"))
        #expect(try site.planPages().count == 1)

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: site.tokenStorePath)
        #expect(try site.buildWithPlans().warnings.warnings.allSatisfy { $0.location.path != site.tokenStorePath })
    }
}
