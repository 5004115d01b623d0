import Foundation

/// Token ids for one `kaart build --watch` session. A remembered document keeps its tokens as ids
/// of this table (`SearchIndexBuilder.IndexedDocument`), so a rebuild does not hash every token of
/// every document again to number them.
///
/// Ids are given in the order tokens are first seen, which differs from run to run, and tokens of
/// edited-away text stay in the table. Neither shows in the index: its files list terms in text
/// order, and only tokens a document uses are indexed.
final class TokenTable: @unchecked Sendable {
    private var idByToken: [String: Int32] = [:]
    private var tokens: [String] = []
    private let lock = NSLock()

    /// The id of every token, per field; a token not seen before gets the next id.
    func ids(for fields: [[String]]) -> [[Int32]] {
        lock.withLock {
            fields.map { field in
                field.map { token in
                    if let id = idByToken[token] { return id }
                    let id = Int32(tokens.count)
                    idByToken[token] = id
                    tokens.append(token)
                    return id
                }
            }
        }
    }

    /// The token of every id given out so far.
    var texts: [String] { lock.withLock { tokens } }
}
