/// Turns one folded token into the index keys it contributes, with their weights:
/// the surface word and its stem at full weight, compound parts (and their stems) at half weight.
/// The index builder calls it once per distinct token, on every core.
struct TermAnalyzer: Sendable {
    struct Key: Equatable {
        var term: String
        var weight: Float
        /// A real word (surface form or compound part), so it may be offered as a suggestion.
        var isWord: Bool
    }

    static let partWeight: Float = 0.5

    let splitter: CompoundSplitter

    init(splitter: CompoundSplitter) { self.splitter = splitter }

    func keys(for token: String) -> [Key] {
        var keys: [Key] = []
        func add(_ term: String, _ weight: Float, _ isWord: Bool) {
            if let i = keys.firstIndex(where: { $0.term == term }) {
                keys[i].weight = max(keys[i].weight, weight)
                keys[i].isWord = keys[i].isWord || isWord
            } else {
                keys.append(Key(term: term, weight: weight, isWord: isWord))
            }
        }
        add(token, 1, true)
        add(DutchNormalizer.stem(token), 1, false)
        for part in splitter.decompose(token) {
            add(part, Self.partWeight, true)
            add(DutchNormalizer.stem(part), Self.partWeight, false)
        }
        return keys
    }
}
