import Foundation
import Testing
@testable import KaartCore

/// What `YAMLComposer` refuses wherever it stands in the text: anchors and aliases, deep nesting, control characters.
@Suite("YAML composer: refused constructs")
struct YAMLComposerSafetyTests {
    private static func problem(in yaml: String) -> YAMLComposer.Problem? {
        guard case .failure(let problem) = YAMLComposer.compose(yaml) else { return nil }
        return problem
    }

    @Test func ordinaryFrontMatterPasses() throws {
        let yaml = try String(contentsOf: GeneratedContent.minimalSite.appendingPathComponent("voorzieningen/logeerhuis.md"), encoding: .utf8)
            .components(separatedBy: "---\n")[1]
        #expect(Self.problem(in: yaml) == nil)
        #expect(Self.problem(in: "") == nil)
        #expect(Self.problem(in: "titel: 'a & b * c'\nkosten: \"&x *y\"") == nil, "& and * inside text are fine")
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x", 1), ("a: 1\nb: &x [1, 2]", 2), ("a: 1\nb: 2\nc: &m {d: 1}", 3), ("- &s\n  k: v", 1),
    ])
    func anchorsAndAliasesAreRefusedWhereTheyStart(yaml: String, line: Int) throws {
        let problem = try #require(Self.problem(in: yaml))
        #expect(problem.line == line)
        #expect(problem.message.contains("anker (&)"))
    }

    @Test func aBillionLaughsBombIsRefusedQuickly() throws {
        var lines = ["lol0: &a0 [lol]"]
        for level in 1...12 { lines.append("lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let start = ContinuousClock.now
        let problem = try #require(Self.problem(in: lines.joined(separator: "\n")))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(problem.line == 1)
    }

    @Test func nestingIsLimited() throws {
        let allowed = String(repeating: "[", count: YAMLComposer.maximumDepth - 1) + String(repeating: "]", count: YAMLComposer.maximumDepth - 1)
        #expect(Self.problem(in: "a: " + allowed) == nil)
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(try #require(Self.problem(in: "a: 1\nb: " + deep)).message.contains("te diep"))
        let blockDeep = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
        #expect(try #require(Self.problem(in: blockDeep)).message.contains("te diep"))
        let huge = String(repeating: "[", count: 50_000)
        #expect(try #require(Self.problem(in: "a: " + huge)).message.contains("te diep"))
    }

    /// The safety scan used to read the whole text before the parse: a refused construct is
    /// reported even after a repeated field or a second document. Other problems come in text order.
    @Test func aRefusedConstructWinsOverAnEarlierProblem() throws {
        let afterRepeat = try #require(Self.problem(in: "a: 1\na: 2\nb: x\u{7}y"))
        #expect((afterRepeat.line, afterRepeat.message.contains("stuurteken")) == (3, true))
        let afterDocument = try #require(Self.problem(in: "a: 1\n---\nb: &x 2"))
        #expect((afterDocument.line, afterDocument.message.contains("anker (&)")) == (3, true))
        let beforeSyntaxError = try #require(Self.problem(in: "a: {x: 1, x: 2}\nb: [1"))
        #expect((beforeSyntaxError.line, beforeSyntaxError.column) == (1, 5))
        #expect(beforeSyntaxError.message.contains("meer dan één keer"))
    }

    @Test func aControlCharacterIsReportedOnItsLine() throws {
        let problem = try #require(Self.problem(in: "a: 1\nb: x\u{0}y\nc: 2"))
        #expect(problem.line == 2)
        #expect(problem.message.contains("stuurteken"))
    }
}
