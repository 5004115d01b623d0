/// Facet values for all documents, encoded so the browser can count facets over a whole result
/// set without downloading result metadata.
///
/// Documents are numbered in facet order (gemeente, categorie, toegang, gratis, doelgroepen), so
/// each facet chunk holds long runs of equal values that run-length encoding and gzip shrink to
/// a fraction of a byte per document.
struct FacetEncoder {
    /// URL parameter names, in manifest order.
    static let facetNames = ["categorie", "doelgroep", "gemeente", "toegang", "gratis"]
    static let accessValues: [(key: String, label: String)] = [
        ("vrij", "Vrij toegankelijk"), ("indicatie", "Met indicatie"), ("verwijzing", "Met verwijzing"),
    ]

    private(set) var categories = ValueTable()
    private(set) var audiences = ValueTable()
    private(set) var municipalities = ValueTable()
    /// A gemeente's code by its name as written, so its slug is made once per name, not once per document.
    private var municipalityCodeByName: [String: Int] = [:]

    struct ValueTable {
        var keys: [String] = []
        var labels: [String] = []
        var index: [String: Int] = [:]
        mutating func code(_ key: String, _ label: String) -> Int {
            if let i = index[key] { return i }
            index[key] = keys.count
            keys.append(key)
            labels.append(label)
            return keys.count - 1
        }
    }

    /// Per-document codes: categories, audiences, municipalities, access*2+free.
    struct Codes: Hashable, Sendable { var categories: [Int]; var audiences: [Int]; var municipalities: [Int]; var accessFree: Int }

    mutating func codes(for doc: SearchDocument) -> Codes {
        let access = doc.access.flatMap { a in Self.accessValues.firstIndex { $0.key == a } }.map { $0 + 1 } ?? 0
        return Codes(
            categories: Self.sortedUnique(doc.categories.map { categories.code($0.key, $0.label) }),
            audiences: Self.sortedUnique(doc.audiences.map { audiences.code($0.key, $0.label) }),
            municipalities: Self.sortedUnique(doc.municipalities.map { municipalityCode($0) }),
            accessFree: access * 2 + (doc.isFree ? 1 : 0))
    }

    private mutating func municipalityCode(_ name: String) -> Int {
        if let code = municipalityCodeByName[name] { return code }
        let code = municipalities.code(Self.slug(name), name)
        municipalityCodeByName[name] = code
        return code
    }

    /// The codes in ascending order, each once.
    static func sortedUnique(_ codes: [Int]) -> [Int] {
        guard codes.count > 1 else { return codes }
        var unique: [Int] = []
        for code in codes.sorted() where code != unique.last { unique.append(code) }
        return unique
    }

    /// The manifest's facet value lists: [[key, label], ...] per facet, sorted by label for display
    /// order is left to the browser; codes are indices into these lists.
    func manifestValues() -> [String: Any] {
        func pairs(_ t: ValueTable) -> [[String]] { zip(t.keys, t.labels).map { [$0, $1] } }
        return [
            "categorie": pairs(categories), "doelgroep": pairs(audiences), "gemeente": pairs(municipalities),
            "toegang": Self.accessValues.map { [$0.key, $0.label] }, "gratis": [["ja", "Gratis"]],
        ]
    }

    /// One chunk file: a column per facet, each a table of distinct value sets plus the per-document
    /// index into that table, run-length encoded ("r") or plain ("p"), whichever is shorter.
    static func chunkJSON(_ codes: ArraySlice<Codes>) -> [String: Any] {
        [
            "c": column(codes.map(\.categories)), "a": column(codes.map(\.audiences)),
            "g": column(codes.map(\.municipalities)), "x": column(codes.map { [$0.accessFree] }),
        ]
    }

    static func column(_ values: [[Int]]) -> [String: Any] {
        var table: [[Int]] = []
        var lookup: [[Int]: Int] = [:]
        let indices = values.map { set -> Int in
            if let i = lookup[set] { return i }
            lookup[set] = table.count
            table.append(set)
            return table.count - 1
        }
        var runs: [Int] = []
        var i = 0
        while i < indices.count {
            var j = i
            while j < indices.count && indices[j] == indices[i] { j += 1 }
            runs += [indices[i], j - i]
            i = j
        }
        let plain = CompactCodec.encode(indices)
        let rle = CompactCodec.encode(runs)
        return rle.count < plain.count ? ["t": table, "r": rle] : ["t": table, "p": plain]
    }

    /// "'s-Hertogenbosch" → "s-hertogenbosch"; the URL value of a gemeente.
    static func slug(_ name: String) -> String {
        DutchNormalizer.tokenize(name).joined(separator: "-")
    }
}
