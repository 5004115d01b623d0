import Foundation
import Testing
@testable import KaartCore

@Suite("TokenStore")
struct TokenStoreTests {
    @Test func missingFileIsAnEmptyStore() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TokenStore.load(from: folder.appendingPathComponent("nope.json"))
        #expect(store.entries.isEmpty)
    }

    @Test func defaultPathIsInsideDotKaart() {
        let url = TokenStore.defaultURL(projectFolder: URL(fileURLWithPath: "/project"))
        #expect(url.path == "/project/.kaart/tokens.json")
    }

    @Test func issueRotateRevokeLifecycle() throws {
        var store = TokenStore()
        let first = try store.issue(slug: "plan-anna", today: "2026-11-03", random: SeededRandomBytes(seed: 1))
        #expect(store.activeToken(for: "plan-anna") == first)
        #expect(store.entries["plan-anna"]?.token == first.formatted)
        #expect(store.entries["plan-anna"]?.status == .actief)
        #expect(store.entries["plan-anna"]?.uitgegeven == "2026-11-03")
        #expect(store.entries["plan-anna"]?.vorige == nil)

        #expect(throws: TokenStoreError.alreadyActive(slug: "plan-anna")) {
            try store.issue(slug: "plan-anna", today: "2026-11-04", random: SeededRandomBytes(seed: 2))
        }

        let second = try store.rotate(slug: "plan-anna", today: "2026-11-05", random: SeededRandomBytes(seed: 2))
        #expect(second != first)
        #expect(store.activeToken(for: "plan-anna") == second)
        #expect(store.entries["plan-anna"]?.uitgegeven == "2026-11-05")
        #expect(store.entries["plan-anna"]?.vorige == [PlanKeyDerivation(token: first).pageId])

        try store.revoke(slug: "plan-anna")
        #expect(store.activeToken(for: "plan-anna") == nil)
        #expect(store.entries["plan-anna"]?.status == .ingetrokken)

        let third = try store.issue(slug: "plan-anna", today: "2026-11-06", random: SeededRandomBytes(seed: 3))
        #expect(store.activeToken(for: "plan-anna") == third)
        #expect(store.entries["plan-anna"]?.vorige?.count == 2)
        // Old tokens themselves are never kept.
        let json = String(decoding: try store.encodedJSON(), as: UTF8.self)
        #expect(!json.contains(first.formatted) && !json.contains(second.formatted))
        #expect(json.contains(third.formatted))
    }

    @Test func rotateAndRevokeNeedAnExistingToken() {
        var store = TokenStore()
        #expect(throws: TokenStoreError.noToken(slug: "x")) { try store.rotate(slug: "x", today: "2026-01-01") }
        #expect(throws: TokenStoreError.noToken(slug: "x")) { try store.revoke(slug: "x") }
        #expect(throws: TokenStoreError.invalidDate("3 november")) { try store.issue(slug: "x", today: "3 november") }
        #expect(store.entries.isEmpty)
    }

    @Test func saveSetsMode0600AndRoundTrips() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(".kaart/tokens.json")
        var store = TokenStore()
        try store.issue(slug: "plan-a", today: "2026-11-03", random: SeededRandomBytes(seed: 10))
        try store.issue(slug: "plan-b", today: "2026-11-03", random: SeededRandomBytes(seed: 11))
        try store.revoke(slug: "plan-b")
        try store.save(to: url)

        #expect(TokenStoreFile.permissions(of: url) == 0o600)
        #expect(TokenStoreFile.permissions(of: url.deletingLastPathComponent()) == 0o700)
        #expect(TokenStoreFile.permissionWarning(for: url) == nil)
        #expect(try TokenStore.load(from: url) == store)
        // No temp file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(names == ["tokens.json"])
        let json = try String(contentsOf: url, encoding: .utf8)
        #expect(json.contains("\"ingetrokken\"") && json.contains("\"actief\"") && json.contains("\"uitgegeven\""))
    }

    @Test func saveReplacesAnOpenFileWithAPrivateOne() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tokens.json")
        try Data("{}".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        #expect(TokenStoreFile.permissionWarning(for: url) != nil)
        var store = try TokenStore.load(from: url)
        try store.issue(slug: "p", today: "2026-11-03", random: SeededRandomBytes(seed: 1))
        try store.save(to: url)
        #expect(TokenStoreFile.permissions(of: url) == 0o600)
    }

    @Test func openPermissionsGiveADutchWarning() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tokens.json")
        try TokenStore().save(to: url)
        for mode in [0o644, 0o640, 0o604, 0o660] as [Int] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
            let warning = try #require(TokenStoreFile.permissionWarning(for: url))
            #expect(warning.contains(url.path))
            #expect(warning.contains("chmod 600"))
            #expect(warning.contains(String(mode, radix: 8)))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        #expect(TokenStoreFile.permissionWarning(for: url) == nil)
        #expect(TokenStoreFile.permissionWarning(for: folder.appendingPathComponent("absent.json")) == nil)
    }

    @Test func corruptFileThrowsAnErrorNamingTheFile() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tokens.json")
        for content in ["{ not json", "[1,2,3]", #"{"a":{"token":"x"}}"#, #"{"a":{"token":"0000-0000-0000-0000-0000-0000-00","uitgegeven":"gisteren","status":"actief"}}"#] {
            try Data(content.utf8).write(to: url)
            do {
                _ = try TokenStore.load(from: url)
                Issue.record("expected an error for \(content)")
            } catch let error as TokenStoreError {
                #expect(error == .corrupt(path: url.path))
                #expect(error.description.contains(url.path))
                #expect(error.description.contains("beschadigd"))
            }
        }
    }

    @Test func invalidStoredTokenIsNamed() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tokens.json")
        try Data(#"{"plan-x":{"token":"UUUU","uitgegeven":"2026-01-01","status":"actief"}}"#.utf8).write(to: url)
        #expect(throws: TokenStoreError.invalidToken(path: url.path, slug: "plan-x")) { try TokenStore.load(from: url) }
    }

    @Test func readsTheDocumentedFormat() throws {
        let folder = try PlanTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tokens.json")
        let text = #"{"plan-a":{"token":"7k3m q9td 0000 0000 0000 0000 00","uitgegeven":"2026-11-03","status":"ingetrokken","vorige":["abc"]}}"#
        try Data(text.utf8).write(to: url)
        let store = try TokenStore.load(from: url)
        #expect(store.entries["plan-a"]?.status == .ingetrokken)
        #expect(store.entries["plan-a"]?.vorige == ["abc"])
        #expect(store.entries["plan-a"]?.planToken?.compact == "7K3MQ9TD000000000000000000")
        #expect(store.activeToken(for: "plan-a") == nil)
    }
}
