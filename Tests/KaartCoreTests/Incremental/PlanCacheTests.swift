import Foundation
import Testing
@testable import KaartCore

/// Cached plan pages must never weaken the encryption: a ciphertext is republished only for the
/// identical plaintext under the identical token; every change is sealed afresh with a new nonce.
@Suite("Incremental builds and plan encryption")
struct PlanCacheTests {
    private func build(_ fixture: IncrementalFixture) throws -> BuildReport {
        // The system CSPRNG, as in production: nonces differ between builds.
        try SiteBuilder(options: fixture.options(), clock: FixedBuildClock(today: FixtureSite.today)).build()
    }

    private func token(_ fixture: IncrementalFixture) throws -> PlanToken {
        try #require(try TokenStore.load(from: URL(fileURLWithPath: fixture.site.tokenStorePath)).activeToken(for: "plan-wilhelmina"))
    }

    @Test func anUnchangedPlanKeepsItsCiphertextAndAChangedPlanIsSealedWithANewNonce() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        try build(fixture)
        let page = try #require(try fixture.site.planPages().first)
        let first = try fixture.site.envelope(at: page)

        try build(fixture)
        let again = try fixture.site.envelope(at: page)
        #expect(again == first, "an unchanged plan must be carried over, not re-sealed")

        try fixture.edit("plannen/plan-wilhelmina.md") { $0.replacingOccurrences(of: "Een aantekening", with: "Een nieuwe aantekening") }
        try build(fixture)
        let second = try fixture.site.envelope(at: page)
        let nonce = { (envelope: PlanEnvelope) in Data(base64Encoded: envelope.data)?.prefix(PlanEnvelope.nonceByteCount) }
        #expect(nonce(second) != nonce(first))
        let opened = try second.open(token: token(fixture))
        #expect(opened.contains("Een nieuwe aantekening"))
    }

    @Test func aChangeToALinkedEntryReSealsThePlan() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        try build(fixture)
        let page = try #require(try fixture.site.planPages().first)
        let first = try fixture.site.envelope(at: page)
        try fixture.edit("voorzieningen/inloop.md") { $0.replacingOccurrences(of: "titel: Inloop Het Plein", with: "titel: Inloop De Markt") }
        try build(fixture)
        let second = try fixture.site.envelope(at: page)
        #expect(second.data != first.data)
        let opened = try second.open(token: token(fixture))
        #expect(opened.contains("Inloop De Markt"))
    }

    @Test func aRevokedTokenRemovesThePlanPage() throws {
        let fixture = try IncrementalFixture()
        defer { fixture.remove() }
        try fixture.incrementalBuild()
        try fixture.site.changeTokens { try $0.revoke(slug: "plan-wilhelmina") }
        try fixture.incrementalBuild()
        let pages = try fixture.site.planPages()
        #expect(pages.isEmpty)
        #expect(fixture.cleanBuildDifferences() == [])
    }
}
