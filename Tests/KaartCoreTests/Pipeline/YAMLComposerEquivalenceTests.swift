import Foundation
import Testing
import Yams
@testable import KaartCore

/// `YAMLComposer` replaced Yams' composer (one pass over libyaml instead of two). Yams stays the
/// reference: on real content and on fuzzed text, both must give the same tree (text, quoting,
/// line and column of every node), read the same numbers, and fail on the same inputs at the same
/// place. Where kaart refuses more (anchors, deep nesting), the refusal is all that is compared.
@Suite("YAML composer: the same tree and errors as Yams")
struct YAMLComposerEquivalenceTests {
    @Test func everyDataFileOfTheExampleAndFixtureSitesGivesYamsTree() throws {
        var compared = 0
        for folder in ["content", "Tests/fixtures/minimal-site/content"] {
            let root = KaartProcess.repository.appendingPathComponent(folder).path
            for relative in FileManager.default.subpaths(atPath: root) ?? [] where relative.hasSuffix(".md") || relative.hasSuffix(".yml") {
                let text = try String(contentsOfFile: "\(root)/\(relative)", encoding: .utf8)
                let yaml = relative.hasSuffix(".md") ? text.components(separatedBy: "---\n")[1] : text
                #expect(Self.difference(yaml) == nil, "\(folder)/\(relative): \(Self.difference(yaml) ?? "")")
                compared += 1
            }
        }
        #expect(compared > 40)
    }

    @Test func fuzzedFrontMatterGivesYamsTreeOrYamsError() {
        var outcomes = Outcomes()
        let failures = PropertyRun(name: "composer", seed: ParserPropertyTests.seed + 10, count: 2000, maximumSeconds: 2).run { input, _ in
            Self.difference(input.compose(ParserPropertyTests.yamlPieces, count: 0...30), outcomes: &outcomes)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(outcomes.sameTree > 50 && outcomes.sameError > 300 && outcomes.refused > 50, "\(outcomes)")
    }

    @Test func mutatedValidFilesGiveYamsTreeOrYamsError() throws {
        let valid = try ParserPropertyTests.minimalFiles().sorted { $0.key < $1.key }.map { name, text in
            name.hasSuffix(".md") ? text.components(separatedBy: "---\n")[1] : text
        }
        var outcomes = Outcomes()
        let failures = PropertyRun(name: "mutated", seed: ParserPropertyTests.seed + 11, count: 2000, maximumSeconds: 2).run { input, _ in
            Self.difference(input.mutate(input.pick(valid), edits: 4), outcomes: &outcomes)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(outcomes.sameTree > 300 && outcomes.sameError > 300, "\(outcomes)")
    }

    @Test(arguments: [
        "a: 1_000", "a: -0x1F", "a: 0o17", "a: 017", "a: 0b101", "a: +12", "a: 1:30", "a: -1:30:15", "a: 1e3", "a: 52.1234",
        "a: .inf", "a: -.Inf", "a: .NaN", "a: 0", "a: -0", "a: '5'", "a: \"5\"", "a: 5x", "a: 99999999999999999999", "a: 1::2",
        "a: 9999999999:0:0:0:0", "a: ~", "a: null", "a: NULL", "a: ''", "a:", "a: |\n  5\n", "a: yes", "a: Off", "a: 'true'",
        "a: \"x\\0y\"", "a: \"\u{FEFF}x\"", "a: \"\\uFEFFx\\uFEFF\"",
    ])
    func scalarsReadAsYamsTextAndNumbers(yaml: String) throws {
        #expect(Self.difference(yaml) == nil, "\(Self.difference(yaml) ?? "")")
    }

    @Test func repeatedFieldsAreNamedInOrderAtTheFirstOne() throws {
        let yaml = "titel: a\nzon: 1\ncategorie: b\nzon: 2\ntitel: c\n"
        guard case .failure(let problem) = YAMLComposer.compose(yaml) else { Issue.record("no problem"); return }
        #expect(problem.message == "Het veld 'titel', 'zon' staat er meer dan één keer in. Houd één van de twee over.")
        #expect((problem.line, problem.column) == (1, 1))
        #expect(Self.difference(yaml) == nil)
    }

    // MARK: Comparison with Yams

    struct Outcomes: CustomStringConvertible {
        var sameTree = 0, sameError = 0, refused = 0
        var description: String { "same tree \(sameTree), same error \(sameError), refused by kaart only \(refused)" }
    }

    static func difference(_ yaml: String) -> String? {
        var outcomes = Outcomes()
        return difference(yaml, outcomes: &outcomes)
    }

    /// What differs between kaart's and Yams' reading of `yaml`, or `nil`.
    static func difference(_ yaml: String, outcomes: inout Outcomes) -> String? {
        let reference = Result { try Yams.compose(yaml: yaml, .basic, .default, .utf8) }
        switch (YAMLComposer.compose(yaml), reference) {
        case (.success(let root), .success(let expected)):
            outcomes.sameTree += 1
            switch (root, expected) {
            case (nil, nil): return nil
            case (let root?, let expected?): return difference(root, expected, at: "root")
            default: return "root \(String(describing: root)) against \(String(describing: expected))"
            }
        case (.failure(let problem), _) where isRefusal(problem, in: yaml):
            outcomes.refused += 1
            return nil
        case (.failure(let problem), .success):
            return "kaart refused \(problem), Yams read it: \(yaml.debugDescription)"
        case (.success, .failure(let error)):
            return "kaart read it, Yams failed with \(error): \(yaml.debugDescription)"
        case (.failure(let problem), .failure(let error)):
            outcomes.sameError += 1
            guard let place = place(of: error) else { return nil }
            return (problem.line, problem.column) == place ? nil
                : "kaart at \(problem.line):\(problem.column) (\(problem.message)), Yams at \(place) (\(error)): \(yaml.debugDescription)"
        }
    }

    /// Anchors, aliases, deep nesting and control characters, wherever they are: Yams reads them or
    /// stops at an earlier problem. And a key written twice with different tags (`!tag a:` and `a:`):
    /// Yams tells such keys apart, kaart reads a field by its text.
    static func isRefusal(_ problem: YAMLComposer.Problem, in yaml: String) -> Bool {
        ["anker (&)", "te diep", "stuurteken"].contains { problem.message.contains($0) }
            || (problem.message.contains("meer dan één keer") && yaml.contains("!"))
    }

    /// Where kaart reports Yams' error: an unclosed quote where it opens, a line without its `:` where it starts,
    /// a repeated key at its first place.
    static func place(of error: Error) -> (Int, Int)? {
        switch error as? YamlError {
        case .scanner(let context?, let problem, _, _)
            where (context.text.contains("quoted scalar") && problem.contains("found unexpected")) || context.text.contains("simple key"):
            (context.mark.line, context.mark.column)
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): (mark.line, mark.column)
        case .duplicatedKeysInMapping(_, let context): (context.mark.line, context.mark.column)
        default: nil
        }
    }

    static func difference(_ node: YAMLNode, _ expected: Node, at path: String) -> String? {
        guard let mark = expected.mark, (node.line, node.column) == (mark.line, mark.column) else {
            return "\(path): at \(node.line):\(node.column), Yams at \(String(describing: expected.mark))"
        }
        switch (node.value, expected) {
        case (.scalar(let text, let isPlain), .scalar(let scalar)):
            guard text == scalar.string, isPlain == (scalar.style == .plain || scalar.style == .any) else {
                return "\(path): \(text.debugDescription) plain \(isPlain), Yams \(scalar.string.debugDescription) \(scalar.style)"
            }
            guard node.integer == expected.int, sameNumber(node.number, expected.float) else {
                return "\(path): \(text.debugDescription) reads \(String(describing: node.integer)), \(String(describing: node.number)); "
                    + "Yams \(String(describing: expected.int)), \(String(describing: expected.float))"
            }
            return nil
        case (.sequence(let items), .sequence(let expectedItems)):
            guard items.count == expectedItems.count else { return "\(path): \(items.count) items, Yams \(expectedItems.count)" }
            return zip(items, expectedItems).enumerated().lazy.compactMap { index, pair in
                difference(pair.0, pair.1, at: "\(path)[\(index)]")
            }.first
        case (.mapping(let fields), .mapping(let expectedPairs)):
            guard fields.pairs.count == expectedPairs.count else { return "\(path): \(fields.pairs.count) fields, Yams \(expectedPairs.count)" }
            return zip(fields.pairs, expectedPairs).enumerated().lazy.compactMap { index, pair in
                difference(pair.0.key, pair.1.key, at: "\(path) key \(index)") ?? difference(pair.0.value, pair.1.value, at: "\(path).\(pair.0.key.text ?? "?")")
                    ?? differenceInLookup(fields, key: pair.0.key.text, expected: expectedPairs[pair.1.key], at: path)
            }.first
        default:
            return "\(path): \(node.value) against Yams \(expected)"
        }
    }

    /// The value kaart finds by a key's text is the value Yams finds by that key.
    private static func differenceInLookup(_ fields: YAMLNode.Mapping, key: String?, expected: Yams.Node?, at path: String) -> String? {
        guard let key else { return nil }
        guard let found = fields.valuesByKey[key], let expected else { return "\(path): no value for '\(key)'" }
        return difference(found, expected, at: "\(path) lookup '\(key)'")
    }

    private static func sameNumber(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (let a?, let b?): a == b || (a.isNaN && b.isNaN)
        case (nil, nil): true
        default: false
        }
    }
}
