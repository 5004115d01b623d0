import Foundation

/// A content folder big enough that a build takes a noticeable time: the minimal fixture site
/// plus `entries` generated voorzieningen. `variant` changes every title and body, so two
/// variants build two sites that differ in almost every file.
enum GeneratedContent {
    static let minimalSite = KaartProcess.repository.appendingPathComponent("Tests/fixtures/minimal-site/content")

    static func write(to content: URL, entries: Int, variant: String) throws {
        try? FileManager.default.removeItem(at: content)
        try FileManager.default.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: minimalSite, to: content)
        let words = ["mantelzorg", "logeren", "dagbesteding", "vervoer", "hulp", "thuis", "buurt", "koffie", "steun",
                     "gesprek", "wandelen", "eenzaamheid", "geldzaken", "administratie", "dementie", "respijt"]
        let categories = ["respijtzorg", "inloop", "mantelzorgondersteuning"]
        for index in 0..<entries {
            var body = "## Wat is het?\n\n"
            for paragraph in 0..<4 {
                let sentence = (0..<24).map { words[(index * 7 + paragraph * 3 + $0 * 5) % words.count] }.joined(separator: " ")
                body += "Variant \(variant), alinea \(paragraph + 1): \(sentence).\n\n"
            }
            let text = """
            ---
            titel: Voorziening \(index + 1) \(variant)
            samenvatting: Een gegenereerde voorziening voor de storingstest, variant \(variant).
            categorie: \(categories[index % categories.count])
            gemeenten: [Testdorp]
            doelgroepen: [inwoners]
            toegang: vrij
            laatst_gecontroleerd: 2026-10-01
            trefwoorden: [\(words[index % words.count]), \(words[(index + 3) % words.count])]
            ---
            \(body)
            """
            let name = String(format: "gegenereerd-%04d.md", index + 1)
            try Data(text.utf8).write(to: content.appendingPathComponent("voorzieningen/\(name)"))
        }
    }
}

/// SplitMix64: a tiny seeded generator, so a failing run can be repeated with the same numbers.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
