import Testing
@testable import KaartCore

@Suite("YAML problems are explained in Dutch")
struct YAMLProblemWordingTests {
    /// Front matter with one mistake, and a phrase of the explanation it must get.
    @Test(arguments: [
        ("titel: Koffie: gratis", "dubbele punt op een plek waar dat niet kan"),
        ("titel: Koffie\ndit is een losse regel\ntoegang: vrij", "ontbreekt een dubbele punt"),
        ("gemeenten:\n  - Delft\n  Gouda", "ontbreekt een dubbele punt"),
        ("contact:\n    telefoon: 1\n  email: a@b.nl", "hier hoort een veldnaam te staan"),
        ("- Delft\ntitel: Koffie", "nieuw onderdeel van de lijst"),
        ("gemeenten: - Delft", "een lijst met '-' kan hier niet beginnen"),
        ("titel: @koffie", "kan niet met dit teken beginnen"),
        ("gemeenten: [Delft, Gouda", "ontbreekt een komma"),
        ("contact: {telefoon: 1", "ontbreekt een komma"),
        ("titel: !e!x Koffie", "niet met '!' beginnen"),
        ("titel: Koffie\n---\ntoegang: vrij", "tweede blok gegevens"),
        ("titel: Koffie\n...\ntoegang: vrij", "na een regel met alleen '...'"),
        ("gemeenten:\n  - [Delft\n  - Gouda", "het haakje dat de opsomming afsluit"),
    ])
    func aMistakeGetsItsOwnExplanation(yaml: String, explanation: String) throws {
        guard case .failure(let problem) = YAMLComposer.compose(yaml) else {
            Issue.record("no problem for \(yaml)")
            return
        }
        #expect(problem.message.hasPrefix("De gegevens zijn geen geldige YAML: "))
        #expect(problem.message.contains(explanation), "\(problem.message)")
        #expect(!["found", "expected", "allowed", "while"].contains { problem.message.contains($0) })
    }

    @Test func aWrongEscapeIsNamedWhereItIsAndAnOpenQuoteWhereItOpens() throws {
        guard case .failure(let escape) = YAMLComposer.compose("titel: Koffie\nkosten: \"gratis \\q\""),
              case .failure(let open) = YAMLComposer.compose("titel: Koffie\nkosten: \"gratis\ntoegang: vrij") else {
            Issue.record("no problems")
            return
        }
        #expect(escape.message.contains("een \\ met een teken dat daar niet mag"))
        #expect((escape.line, escape.column) == (2, 17))
        #expect(open.message == "Hier begint tekst tussen aanhalingstekens, maar het afsluitende aanhalingsteken ontbreekt.")
        #expect((open.line, open.column) == (2, 9))
    }

    @Test(arguments: [("titel: Koffie\ndit is een losse regel\ntoegang: vrij", 2), ("gemeenten:\n  - Delft\n  Gouda", 3)])
    func aLineWithoutItsColonIsNamedItself(yaml: String, line: Int) throws {
        guard case .failure(let problem) = YAMLComposer.compose(yaml) else {
            Issue.record("no problem for \(yaml)")
            return
        }
        #expect(problem.message.contains("ontbreekt een dubbele punt"))
        #expect(problem.line == line)
    }

    @Test func anUnknownPhraseGetsTheGeneralAdviceAndNoEnglish() {
        for phrase in ["found extremely long version number", nil] {
            #expect(YAMLProblemWording.message(forProblem: phrase)
                == "De gegevens zijn geen geldige YAML: controleer de dubbele punten, aanhalingstekens en het inspringen.")
        }
    }
}
