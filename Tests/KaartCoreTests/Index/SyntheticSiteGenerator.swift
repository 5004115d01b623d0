import Foundation
@testable import KaartCore

/// Deterministic synthetic sociale kaart for scale tests: realistic vocabulary (OpenTaal words,
/// skewed frequencies), ~340 gemeenten, 12 categories, 8 doelgroepen.
struct SyntheticSiteGenerator {
    private var state: UInt64

    init(seed: UInt64 = 0x5EED) { state = seed }

    private mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    mutating func index(below n: Int) -> Int { Int(next() % UInt64(n)) }
    private mutating func unit() -> Double { Double(next() % 1_000_000) / 1_000_000 }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    static let domain = [
        "mantelzorg", "mantelzorgondersteuning", "ondersteuning", "dagbesteding", "logeren", "logeerzorg",
        "respijtzorg", "begeleiding", "dementie", "lotgenotengroep", "lotgenoten", "wijkteam", "huisarts",
        "vrijwilliger", "vrijwilligers", "inloop", "maatje", "vervoer", "hulpmiddelen", "schuldhulp",
        "eenzaamheid", "ouderen", "jongeren", "gezondheidszorg", "thuiszorg", "cliënten", "indicatie", "wmo",
        "formulieren", "administratie", "boodschappen", "koffie", "ontmoeting", "herstel", "rouw", "nah",
    ]
    static let categories = ["respijtzorg", "dagbesteding", "inloop", "maatjes", "vervoer", "huishoudelijke-hulp",
                             "hulpmiddelen", "geldzaken", "mantelzorgondersteuning", "welzijn", "dementie", "rouw"]
    static let audiences = ["inwoners", "ouderen", "mantelzorgers", "jongeren", "ggz", "nah", "dementie", "gezinnen"]

    mutating func documents(count: Int, words: [String]) -> [SearchDocument] {
        // Every n-th word of the sorted list, so all initial letters occur as in real text.
        let step = max(1, words.count / 40_000)
        let filler = stride(from: 0, to: words.count, by: step).map { words[$0] }.shuffledDeterministically(&self)
        let places = (0..<340).map { _ in pick(filler).capitalized }
        func text(_ n: Int, _ g: inout SyntheticSiteGenerator) -> String {
            (0..<n).map { _ in
                g.unit() < 0.03 ? g.pick(Self.domain) : filler[Int(Double(filler.count - 1) * pow(g.unit(), 3))]
            }.joined(separator: " ")
        }
        var g = self
        let docs = (0..<count).map { i -> SearchDocument in
            let category = g.pick(Self.categories)
            let audienceCount = 1 + Int(g.next() % 3)
            let aud = Array(Set((0..<audienceCount).map { _ in g.pick(Self.audiences) })).sorted()
            let place = places[Int(Double(places.count - 1) * pow(g.unit(), 1.5))]
            let type = g.pick(["Voorziening", "Voorziening", "Voorziening", "Lotgenotengroep", "Loket"])
            return SearchDocument(
                url: "/voorzieningen/synthetisch-\(i)/", type: type,
                title: "\(category.capitalized) \(text(2, &g)) \(place)", summary: text(14, &g), body: text(60, &g),
                keywords: [g.pick(Self.domain), g.pick(Self.domain)],
                categories: [(key: category, label: category.capitalized)],
                audiences: aud.map { (key: $0, label: $0.capitalized) }, municipalities: [place],
                access: type == "Voorziening" ? g.pick(["vrij", "indicatie", "verwijzing"]) : nil,
                isFree: g.next() % 3 == 0,
                openingHours: type == "Lotgenotengroep" ? nil : Self.openingHours(i))
        }
        self = g
        return docs
    }

    /// Two in three voorzieningen and loketten have opening hours (the example site has more), in
    /// one of a few realistic shapes, some with a holiday; taken from the document number, not
    /// the random stream, so every other value stays what it was before documents had hours.
    static func openingHours(_ i: Int) -> OpeningHours? {
        guard i % 3 != 0 else { return nil }
        func range(_ text: String) -> TimeRange { TimeRange(text)! }
        let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
        let shapes: [[Weekday: [TimeRange]]] = [
            Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [range("09:00-17:00")]) }),
            Dictionary(uniqueKeysWithValues: weekdays.map { ($0, [range("09:00-12:30"), range("13:30-17:00")]) }),
            [.monday: [range("09:30-12:00")], .wednesday: [range("09:30-12:00"), range("13:30-16:30")],
             .friday: [range("09:30-12:00")]],
            [.monday: [range("12:00-17:00")], .wednesday: [range("12:00-17:00")], .friday: [range("12:00-17:00")],
             .saturday: [range("13:00-17:00")], .sunday: [range("13:00-17:00")]],
        ]
        let holidays = i % 2 == 0 ? [] : [
            OpeningHours.Exception(datum: LocalDate(year: 2026, month: 12, day: 25)!, toelichting: "Eerste Kerstdag"),
            OpeningHours.Exception(datum: LocalDate(year: 2026, month: 12, day: 26)!, toelichting: "Tweede Kerstdag"),
        ]
        return OpeningHours(days: shapes[(i / 3) % shapes.count], uitzonderingen: holidays)
    }
}

extension Array {
    /// Fisher–Yates with the generator, so frequent (Zipf head) words are not all from one letter.
    func shuffledDeterministically(_ g: inout SyntheticSiteGenerator) -> [Element] {
        var a = self
        guard a.count > 1 else { return a }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, g.index(below: i + 1)) }
        return a
    }
}
