import Testing
@testable import KaartCore

/// `GenerationMemo` hashes each key once per look-up and keeps that hash beside it: keys with
/// the same hash must still be told apart.
struct GenerationMemoTests {
    /// Every key has the same hash.
    struct CollidingKey: Hashable, Sendable {
        let name: String
        func hash(into hasher: inout Hasher) { hasher.combine(0) }
    }

    @Test func keysWithOneHashKeepTheirOwnResults() {
        let memo = GenerationMemo<CollidingKey, String>()
        let names = (0..<50).map { "bestand-\($0)" }
        for name in names { #expect(memo.value(for: CollidingKey(name: name)) { name.uppercased() } == name.uppercased()) }
        memo.startGeneration()
        for name in names.reversed() { #expect(memo.value(for: CollidingKey(name: name)) { "opnieuw" } == name.uppercased()) }
        #expect(memo.usage == (asked: names.count, made: 0))
        #expect(memo.value(for: CollidingKey(name: "nieuw")) { "nieuw" } == "nieuw")
        #expect(memo.usage.made == 1)
    }
}
