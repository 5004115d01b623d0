import Foundation
import Testing
@testable import KaartCore

@Suite("YAML safety scanner")
struct YAMLSafetyScannerTests {
    @Test func ordinaryFrontMatterPasses() throws {
        let yaml = try String(contentsOf: GeneratedContent.minimalSite.appendingPathComponent("voorzieningen/logeerhuis.md"), encoding: .utf8)
            .components(separatedBy: "---\n")[1]
        #expect(YAMLSafetyScanner.problem(in: yaml) == nil)
        #expect(YAMLSafetyScanner.problem(in: "") == nil)
        #expect(YAMLSafetyScanner.problem(in: "titel: 'a & b * c'\nkosten: \"&x *y\"") == nil, "& and * inside text are fine")
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x", 1), ("a: 1\nb: &x [1, 2]", 2), ("a: 1\nb: 2\nc: &m {d: 1}", 3), ("- &s\n  k: v", 1),
    ])
    func anchorsAndAliasesAreRefusedWhereTheyStart(yaml: String, line: Int) throws {
        let problem = try #require(YAMLSafetyScanner.problem(in: yaml))
        #expect(problem.line == line)
        #expect(problem.message.contains("anker (&)"))
    }

    @Test func aBillionLaughsBombIsRefusedQuickly() throws {
        var lines = ["lol0: &a0 [lol]"]
        for level in 1...12 { lines.append("lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let start = ContinuousClock.now
        let problem = try #require(YAMLSafetyScanner.problem(in: lines.joined(separator: "\n")))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(problem.line == 1)
    }

    @Test func nestingIsLimited() throws {
        let allowed = String(repeating: "[", count: YAMLSafetyScanner.maximumDepth - 1) + String(repeating: "]", count: YAMLSafetyScanner.maximumDepth - 1)
        #expect(YAMLSafetyScanner.problem(in: "a: " + allowed) == nil)
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(try #require(YAMLSafetyScanner.problem(in: "a: 1\nb: " + deep)).message.contains("te diep"))
        let blockDeep = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
        #expect(try #require(YAMLSafetyScanner.problem(in: blockDeep)).message.contains("te diep"))
        let huge = String(repeating: "[", count: 50_000)
        #expect(try #require(YAMLSafetyScanner.problem(in: "a: " + huge)).message.contains("te diep"))
    }

    @Test func aControlCharacterIsReportedOnItsLine() throws {
        let problem = try #require(YAMLSafetyScanner.problem(in: "a: 1\nb: x\u{0}y\nc: 2"))
        #expect(problem.line == 2)
        #expect(problem.message.contains("stuurteken"))
    }
}
