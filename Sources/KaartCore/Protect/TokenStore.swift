import Foundation

/// The consultant's secret list of plan tokens: a JSON object mapping plan slug → `TokenStoreEntry`.
///
/// Lives outside `public/`; default `.kaart/tokens.json` in the project folder (ignored by git).
/// Saved with mode 0600 through `TokenStoreFile`. Only the grouped token text is stored, never keys.
public struct TokenStore: Sendable, Equatable {
    /// Default location relative to the project folder.
    public static let defaultRelativePath = ".kaart/tokens.json"

    /// All entries by plan slug.
    public private(set) var entries: [String: TokenStoreEntry]

    /// Creates a store (empty by default).
    public init(entries: [String: TokenStoreEntry] = [:]) {
        self.entries = entries
    }

    /// The default store file for a project folder.
    public static func defaultURL(projectFolder: URL) -> URL {
        projectFolder.appendingPathComponent(defaultRelativePath)
    }

    /// Reads the store. A missing file is an empty store; unreadable, corrupt or invalid content
    /// throws a `TokenStoreError` that names the file.
    public static func load(from url: URL) throws -> TokenStore {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { return TokenStore() }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TokenStoreError.unreadable(path: path, reason: "geen leesrechten of geen gewoon bestand")
        }
        let decoded: [String: TokenStoreEntry]
        do {
            decoded = try JSONDecoder().decode([String: TokenStoreEntry].self, from: data)
        } catch {
            throw TokenStoreError.corrupt(path: path)
        }
        for (slug, entry) in decoded {
            guard entry.planToken != nil else { throw TokenStoreError.invalidToken(path: path, slug: slug) }
            guard PlanDate.isValid(entry.uitgegeven) else { throw TokenStoreError.corrupt(path: path) }
        }
        return TokenStore(entries: decoded)
    }

    /// Writes the store atomically with mode 0600.
    public func save(to url: URL) throws {
        try TokenStoreFile.writeSecret(encodedJSON(), to: url)
    }

    /// Stable, pretty JSON (sorted keys) so diffs of backups stay readable.
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entries)
    }

    /// The token that currently opens `slug`'s plan, or nil when there is none or it was revoked.
    public func activeToken(for slug: String) -> PlanToken? {
        guard let entry = entries[slug], entry.status == .actief else { return nil }
        return entry.planToken
    }

    /// Issues the first token for `slug` (or a new one after `revoke`).
    /// Throws `alreadyActive` when a working token exists: use `rotate` to replace it.
    @discardableResult
    public mutating func issue(
        slug: String, today: String, random: any RandomBytesSource = SystemRandomBytes()
    ) throws -> PlanToken {
        if let entry = entries[slug], entry.status == .actief { throw TokenStoreError.alreadyActive(slug: slug) }
        return try replace(slug: slug, today: today, random: random)
    }

    /// Replaces the token of `slug` with a new one, so the old link stops working.
    /// Throws `noToken` when the plan never had a token.
    @discardableResult
    public mutating func rotate(
        slug: String, today: String, random: any RandomBytesSource = SystemRandomBytes()
    ) throws -> PlanToken {
        guard entries[slug] != nil else { throw TokenStoreError.noToken(slug: slug) }
        return try replace(slug: slug, today: today, random: random)
    }

    /// Marks the token of `slug` as `ingetrokken`: no link works until `issue` is run again.
    public mutating func revoke(slug: String) throws {
        guard entries[slug] != nil else { throw TokenStoreError.noToken(slug: slug) }
        entries[slug]?.status = .ingetrokken
    }

    private mutating func replace(slug: String, today: String, random: any RandomBytesSource) throws -> PlanToken {
        guard PlanDate.isValid(today) else { throw TokenStoreError.invalidDate(today) }
        var history = entries[slug]?.vorige ?? []
        if let old = entries[slug]?.planToken {
            // Keep only the old page id: enough to clean up, useless to an attacker.
            history.append(PlanKeyDerivation(token: old).pageId)
        }
        let token = PlanToken(random: random)
        entries[slug] = TokenStoreEntry(
            token: token.formatted, uitgegeven: today, status: .actief, vorige: history.isEmpty ? nil : history)
        return token
    }
}
