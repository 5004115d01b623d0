import Foundation
import Testing
@testable import KaartCore

@Suite("Templates and Markdown: escaping, dropped images, template errors")
struct TemplateEscapingTests {
    @Test func theFiveHTMLCharactersAreEscapedAndEverythingElseIsKept() {
        #expect(HTMLEscaping.escape(#"<a href='x'>Tom & "Jerry"</a>"#)
            == "&lt;a href=&#39;x&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("Café 👵🏽 e\u{301}") == "Café 👵🏽 e\u{301}")
        #expect(HTMLEscaping.escape("é<\u{338}") == "é&lt;\u{338}", "a combining mark must not hide a '<'")
        #expect(HTMLEscaping.escape("") == "")
    }

    @Test func everyTemplateAndPartialEscapesWithTheSameRules() throws {
        let directory = try Self.templates([
            "layout": #"<p title="{{t}}">{{t}}</p>{{> deel}}{{{t}}}"#,
            "deel": "<i>{{t}}</i>",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        guard case .success(let templates) = TemplateSet.load(from: directory) else {
            Issue.record("templates did not load")
            return
        }
        let hostile = #"<script>alert('x')</script> & ""#
        let escaped = HTMLEscaping.escape(hostile)
        #expect(templates.render(["t": hostile], with: "layout")
            == #"<p title="\#(escaped)">\#(escaped)</p><i>\#(escaped)</i>\#(hostile)"#)
    }

    @Test func anErrorOnTheFirstLineOfATemplateNamesTheColumnInTheFile() throws {
        let directory = try Self.templates(["layout": "ab {{/nergens}}"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        guard case .failure(let list) = TemplateSet.load(from: directory) else {
            Issue.record("a broken template must not load")
            return
        }
        let location = try #require(list.diagnostics.first { $0.location.path.hasSuffix("layout.mustache") }?.location)
        #expect(location.line == 1)
        #expect((1...16).contains(location.column), "column \(location.column) lies outside the line")
    }

    @Test(arguments: [
        ("ab {{/nergens}}", 1, "blok afgesloten dat niet open is"),
        ("<ul>\n{{#items}}\n<li>{{naam}}</li>\n{{/item}}\n</ul>", 4, "blok afgesloten dat niet open is"),
        ("<p>\n{{#items}}\n<li>", 3, "een blok wordt niet afgesloten"),
        ("<p>\n<b>{{naam</b>", 2, "deze tag is niet afgesloten"),
        ("{{=<% =}}", 1, "haakjes verandert"),
        ("{{<deel}}{{naam}}{{/deel}}", 1, "binnen {{<naam}}"),
        ("{{% ONBEKEND }}", 1, "de instelling"),
    ])
    func aTemplateMistakeIsExplainedInDutchAtItsLine(template: String, line: Int, explanation: String) throws {
        let directory = try Self.templates(["layout": template, "deel": "{{$blok}}{{/blok}}"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        guard case .failure(let list) = TemplateSet.load(from: directory) else {
            Issue.record("a broken template must not load")
            return
        }
        let problem = try #require(list.diagnostics.first { $0.location.path.hasSuffix("layout.mustache") })
        #expect(problem.message.hasPrefix("Het sjabloon klopt niet: "))
        #expect(problem.message.contains(explanation), "\(problem.message)")
        #expect(problem.location.line == line)
    }

    @Test func anImageWhoseAddressSafeModeDroppedBecomesItsAltText() {
        let html = MarkdownRenderer.html(from: "Zie ![een <plaatje>](javascript:alert(1)) en ![logo](/logo.png \"Logo\").\n")
        #expect(!html.contains(#"<img src="""#))
        #expect(html.contains("Zie een &lt;plaatje&gt; en"))
        #expect(html.contains(#"<img src="/logo.png" alt="logo" title="Logo" />"#))
        #expect(MarkdownRenderer.replacingDroppedImages(in: #"<p><img src="" alt="a" /><img src="" alt="b" title="t" /></p>"#) == "<p>ab</p>")
    }

    /// A template folder with every required template (empty) plus `files`.
    private static func templates(_ files: [String: String]) throws -> String {
        let directory = NSTemporaryDirectory() + "kaart-templates-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in TemplateSet.requiredNames { try "".write(toFile: "\(directory)/\(name).mustache", atomically: false, encoding: .utf8) }
        for (name, text) in files { try text.write(toFile: "\(directory)/\(name).mustache", atomically: false, encoding: .utf8) }
        return directory
    }
}
