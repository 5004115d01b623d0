import Mustache

/// Dutch wording for the template mistakes swift-mustache reports as English enum cases, so
/// whoever edits a template reads what to change.
enum TemplateProblemWording {
    static let general = "Het sjabloon klopt niet. Controleer of elke {{ een }} heeft en elk blok wordt afgesloten."

    /// The whole message for a mistake `MustacheTemplate` found while reading a template.
    static func message(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return general }
        return "Het sjabloon klopt niet: " + explanation(of: error)
    }

    private static func explanation(of error: MustacheTemplate.Error) -> String {
        switch error {
        case .sectionCloseNameIncorrect:
            "hier wordt een blok afgesloten dat niet open is, of een ander blok dan het laatst geopende. "
                + "Sluit {{#naam}} en {{^naam}} af met {{/naam}}, in omgekeerde volgorde."
        case .unfinishedName:
            "deze tag is niet afgesloten of heeft geen naam. Schrijf hem als {{naam}}."
        case .expectedSectionEnd:
            "een blok wordt niet afgesloten. Sluit {{#naam}} en {{^naam}} af met {{/naam}}."
        case .invalidSetDelimiter:
            "de tag die de haakjes verandert ({{=<% %>=}}) klopt niet."
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "binnen {{<naam}} … {{/naam}} kunnen alleen blokken staan die iets invullen: {{$naam}} … {{/naam}}."
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            "de instelling {{% … }} klopt niet."
        }
    }
}
