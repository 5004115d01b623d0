import Testing
@testable import KaartCore

/// Facet codes per document: the browser counts facets by them, so equal values share one code.
@Suite struct FacetEncoderTests {
    @Test func codesAreSortedUniqueAndAGemeenteIsKnownByItsSlug() {
        var encoder = FacetEncoder()
        let first = encoder.codes(for: SearchDocument(
            url: "/a/", type: "Voorziening", title: "A", summary: "", body: "",
            categories: [(key: "respijtzorg", label: "Respijtzorg"), (key: "inloop", label: "Inloop"), (key: "respijtzorg", label: "Respijtzorg")],
            municipalities: ["'s-Hertogenbosch", "Zandwijk"]))
        let second = encoder.codes(for: SearchDocument(
            url: "/b/", type: "Voorziening", title: "B", summary: "", body: "",
            categories: [(key: "inloop", label: "Inloop")],
            municipalities: ["Zandwijk", "s-Hertogenbosch", "'s-Hertogenbosch"]))
        #expect(first.categories == [0, 1])
        #expect(second.categories == [1])
        #expect(first.municipalities == [0, 1])
        #expect(second.municipalities == [0, 1], "two spellings with one slug are one gemeente")
        let gemeenten = encoder.manifestValues()["gemeente"] as? [[String]]
        #expect(gemeenten == [["s-hertogenbosch", "'s-Hertogenbosch"], ["zandwijk", "Zandwijk"]])
    }

    @Test func sortedUniqueIsTheSortedSetOfTheCodes() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<40 {
            let codes = (0..<length).map { _ in Int.random(in: 0..<8, using: &generator) }
            #expect(FacetEncoder.sortedUnique(codes) == Array(Set(codes)).sorted(), "\(codes)")
        }
    }
}
