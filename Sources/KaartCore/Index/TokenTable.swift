import Foundation

/// Token ids for one `kaart build --watch` session. A remembered document keeps its tokens as ids
/// of this table (`SearchIndexBuilder.IndexedDocument`), so a rebuild does not hash every token of
/// every document again to number them.
///
/// Ids are given in the order tokens are first seen, which differs from run to run, and tokens of
/// edited-away text stay in the table. Neither shows in the index: its files list terms in text
/// order, and only tokens a document uses are indexed.
final class TokenTable: @unchecked Sendable {
    private var numbering = TokenNumbering()
    private let lock = NSLock()

    /// The id of every token, per field; a token not seen before gets the next id.
    func ids(for fields: [[String]]) -> [[Int32]] {
        lock.withLock { fields.map { $0.map { numbering.id(for: $0) } } }
    }

    /// The token of every id given out so far.
    var texts: [String] { lock.withLock { numbering.tokens } }
}

/// Numbers tokens in the order they are first seen, from 0.
struct TokenNumbering {
    /// The token of every id given out so far.
    private(set) var tokens: [String] = []
    private var idByToken: [String: Int32] = [:]

    mutating func id(for token: String) -> Int32 {
        if let id = idByToken[token] { return id }
        let id = Int32(tokens.count)
        idByToken[token] = id
        tokens.append(token)
        return id
    }
}
