import Testing
@testable import KaartCore

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func detectsTheSeparatorFromTheHeader() {
        #expect(CSVReader.detectSeparator(in: "titel;samenvatting;kosten\n\"a,b\";c;d") == ";")
        #expect(CSVReader.detectSeparator(in: "titel,samenvatting\na;b;c;d,e") == ",")
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        let text = "titel;beschrijving\r\n\"Koffie; thee\";\"Regel 1\r\nZeg \"\"hoi\"\"\"\r\nTwee;\n"
        let records = CSVReader.records(in: text, separator: ";")
        #expect(records == [["titel", "beschrijving"], ["Koffie; thee", "Regel 1\nZeg \"hoi\""], ["Twee", ""]])
    }

    @Test func keepsEmptyLinesSoRecordNumbersMatchRows() {
        let records = CSVReader.records(in: "a,b\n\n1,2", separator: ",")
        #expect(records == [["a", "b"], [""], ["1", "2"]])
    }
}

@Suite("YAML writer")
struct YAMLWriterTests {
    @Test func quotesEverythingThatCouldChangeTheStructure() {
        #expect(YAMLWriter.quoted("a: b # c") == "\"a: b # c\"")
        #expect(YAMLWriter.quoted("- \"x\"\\\n") == "\"- \\\"x\\\"\\\\\\n\"")
        #expect(YAMLWriter.quoted("bel\u{7}") == "\"bel\\u0007\"")
    }

    @Test func leavesCodesAndDatesUnquotedButNotYAMLWords() {
        let text = YAMLWriter.document([("a", .string("tijdelijk-gesloten")), ("b", .string("2026-11-01")), ("c", .string("no")),
                                        ("d", .string("Inloop")), ("e", .string("12"))])
        #expect(text == "a: tijdelijk-gesloten\nb: 2026-11-01\nc: \"no\"\nd: \"Inloop\"\ne: \"12\"\n")
    }

    @Test func writesNestedBlocks() {
        let text = YAMLWriter.document([
            ("titel", .string("A")),
            ("gemeenten", .list([.string("X"), .string("Y")])),
            ("locaties", .list([.mapping([("naam", .string("N")), ("lat", .plain("52.1"))])])),
            ("leeftijd", .mapping([("min", .plain("18"))])),
        ])
        #expect(text == """
        titel: "A"
        gemeenten: ["X", "Y"]
        locaties:
          - naam: "N"
            lat: 52.1
        leeftijd:
          min: 18

        """)
    }
}
