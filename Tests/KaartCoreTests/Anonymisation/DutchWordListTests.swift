import Testing
@testable import KaartCore

@Suite("Dutch word list")
struct DutchWordListTests {
    @Test("Lower-case entries are common words; entries that also exist with a capital are left out")
    func parsesCommonWords() {
        let list = "bakker\nBakker\nmantelzorg\nJansen\nweer\nWMO\nwmo\r\npastoor\n"
        let words = DutchWordList.parse(list)
        #expect(words == ["mantelzorg", "weer", "pastoor"])
        #expect(DutchWordList.parse(list, excludingNameLikeWords: false) == ["bakker", "mantelzorg", "weer", "wmo", "pastoor"])
    }

    @Test("A missing file gives an empty set")
    func missingFile() {
        #expect(DutchWordList.load(path: "/nonexistent/dutch").isEmpty)
    }

    @Test("Without a word list the scanner still refuses names and still accepts function words")
    func worksWithoutWordList() {
        let scanner = PersonalDataScanner(dictionary: [])
        #expect(scanner.scan("meneer Ahmed").map(\.kind) == [.naam])
        #expect(scanner.scan("Meneer Y. Hij belt.").isEmpty)
    }
}
