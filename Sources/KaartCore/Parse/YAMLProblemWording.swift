/// Dutch wording for the problems libyaml reports in English, so an editor reads what to do.
///
/// libyaml names a problem in a fixed phrase (`scanner.c`, `parser.c`). The phrases an editor can
/// run into get their own explanation; any other phrase gets the general advice, never the English.
enum YAMLProblemWording {
    /// The whole message for libyaml's `problem` phrase (or `nil` when it gave none).
    static func message(forProblem problem: String?) -> String {
        "De gegevens zijn geen geldige YAML: \(explanation(of: problem))"
    }

    /// The message for a second document (`---` after the front matter's first block).
    static let secondDocument = "De gegevens zijn geen geldige YAML: er begint een tweede blok gegevens. "
        + "Een bestand heeft maar één blok. Staat er nog een regel met alleen '---'? Haal die weg."

    private static let general = "controleer de dubbele punten, aanhalingstekens en het inspringen."

    private static func explanation(of problem: String?) -> String {
        guard let problem else { return general }
        return explanations[problem] ?? general
    }

    private static let missingCommaOrBracket = "hier ontbreekt een komma tussen twee waarden, of het haakje dat de opsomming afsluit."

    private static let explanations: [String: String] = [
        "mapping values are not allowed in this context":
            "er staat een dubbele punt op een plek waar dat niet kan. Zet tekst met een dubbele punt tussen aanhalingstekens.",
        "could not find expected ':'":
            "na de veldnaam ontbreekt een dubbele punt, of een regel tekst loopt door zonder in te springen.",
        "did not find expected key":
            "hier hoort een veldnaam te staan. Springt deze regel even ver in als de velden erboven?",
        "did not find expected '-' indicator":
            "hier hoort een nieuw onderdeel van de lijst te beginnen, met '-'. Springt deze regel even ver in als de lijst erboven?",
        "block sequence entries are not allowed in this context":
            "een lijst met '-' kan hier niet beginnen. Zet de lijst op de regels onder de veldnaam en laat die regels inspringen.",
        "found character that cannot start any token":
            "een waarde kan niet met dit teken beginnen (bijvoorbeeld @ of `). Zet de waarde tussen aanhalingstekens.",
        "found unknown escape character":
            "tussen dubbele aanhalingstekens staat een \\ met een teken dat daar niet mag. Gebruik enkele aanhalingstekens.",
        "did not find expected <document start>":
            "na een regel met alleen '...' kan niets meer staan. Haal die regel weg.",
        "did not find expected ',' or ']'": missingCommaOrBracket,
        "did not find expected ',' or '}'": missingCommaOrBracket,
        "found undefined tag handle":
            "een waarde kan niet met '!' beginnen. Zet de waarde tussen aanhalingstekens.",
    ]
}
