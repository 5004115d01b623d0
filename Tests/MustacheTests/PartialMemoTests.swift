//
// kaart: tests of MustachePartialMemo (PartialMemo.swift); not part of swift-mustache.
//

import Mustache
import XCTest

/// A view model with a memo renders a partial once and reuses the text, but only where the text
/// is the view model's alone; everywhere else it must render as a view model without a memo does.
final class PartialMemoTests: XCTestCase {
    private func library(_ templates: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates {
            library.register(try MustacheTemplate(string: text), named: name)
        }
        return library
    }

    private func withMemo(_ values: [String: Any]) -> [String: Any] {
        values.merging([MustachePartialMemo.key: MustachePartialMemo()]) { _, memo in memo }
    }

    private func memo(of values: [String: Any]) -> MustachePartialMemo {
        values[MustachePartialMemo.key] as! MustachePartialMemo
    }

    private let items: [[String: Any]] = [
        ["titel": "Inloop <De Brug>", "badges": [["label": "Gratis"]] as [[String: Any]]],
        ["titel": "Maatje", "badges": [[String: Any]]()],
    ]

    func testAListedViewModelRendersAsWithoutAMemo() throws {
        let library = try library([
            "item": "<li>{{titel}}{{#badges}}<b>{{label}}</b>{{/badges}}{{^empty(badges)}}!{{/empty(badges)}}{{#first()}}1{{/first()}}</li>",
            "list": "<ul>{{#items}}{{>item}}{{/items}}</ul>|<ol>{{#items}}{{>item}}{{/items}}</ol>",
        ])
        let plain = library.render(["items": items], withTemplate: "list")
        let memoized = items.map(withMemo)
        XCTAssertEqual(library.render(["items": memoized], withTemplate: "list"), plain)
        XCTAssertEqual(plain, "<ul><li>Inloop &lt;De Brug&gt;<b>Gratis</b>!</li><li>Maatje</li></ul>"
            + "|<ol><li>Inloop &lt;De Brug&gt;<b>Gratis</b>!</li><li>Maatje</li></ol>")
        XCTAssertTrue(memoized.allSatisfy { memo(of: $0).holdsText(of: "item") })
    }

    /// The memo belongs to the view model it was made for; here it is moved to another one, to
    /// show that the second page uses the kept text instead of rendering again.
    func testTheKeptTextIsUsedWithoutRenderingAgain() throws {
        let library = try library(["item": "<li>{{titel}}</li>", "list": "{{#items}}{{>item}}{{/items}}"])
        let first = withMemo(["titel": "Eerst"])
        XCTAssertEqual(library.render(["items": [first]], withTemplate: "list"), "<li>Eerst</li>")
        let moved: [String: Any] = ["titel": "Later", MustachePartialMemo.key: memo(of: first)]
        XCTAssertEqual(library.render(["items": [moved]], withTemplate: "list"), "<li>Eerst</li>")
    }

    func testASecondPartialOfTheSameViewModelRendersAsUsual() throws {
        let library = try library(["item": "<li>{{titel}}</li>", "short": "[{{titel}}]", "list": "{{#items}}{{>item}}{{>short}}{{/items}}"])
        let memoized = items.map(withMemo)
        let expected = "<li>Inloop &lt;De Brug&gt;</li>[Inloop &lt;De Brug&gt;]<li>Maatje</li>[Maatje]"
        XCTAssertEqual(library.render(["items": memoized], withTemplate: "list"), expected)
        XCTAssertEqual(library.render(["items": memoized], withTemplate: "list"), expected)
        XCTAssertTrue(memoized.allSatisfy { memo(of: $0).holdsText(of: "item") && !memo(of: $0).holdsText(of: "short") })
    }

    func testANameFoundOnThePageIsNotKept() throws {
        let library = try library(["item": "<li>{{titel}} in {{gemeente}}</li>", "list": "{{#items}}{{>item}}{{/items}}"])
        assertRenderedPerPage(library, [
            ("list", ["gemeente": "Ede"], "<li>Inloop &lt;De Brug&gt; in Ede</li><li>Maatje in Ede</li>"),
            ("list", ["gemeente": "Epe"], "<li>Inloop &lt;De Brug&gt; in Epe</li><li>Maatje in Epe</li>"),
        ])
    }

    func testABlockACallerCanFillIsNotKept() throws {
        let library = try library([
            "item": "<li>{{titel}}{{$extra}} (standaard){{/extra}}</li>",
            "filled": "{{#items}}{{<item}}{{$extra}} (gevuld){{/extra}}{{/item}}{{/items}}",
            "plain": "{{#items}}{{>item}}{{/items}}",
        ])
        assertRenderedPerPage(library, [
            ("filled", [:], "<li>Inloop &lt;De Brug&gt; (gevuld)</li><li>Maatje (gevuld)</li>"),
            ("plain", [:], "<li>Inloop &lt;De Brug&gt; (standaard)</li><li>Maatje (standaard)</li>"),
        ])
    }

    /// Renders the same memoized items on each page in turn (a template and the page's other
    /// values): each page must show its own text, and no memo may keep one for `item`.
    private func assertRenderedPerPage(_ library: MustacheLibrary, _ pages: [(template: String, values: [String: Any], expected: String)],
                                       file: StaticString = #filePath, line: UInt = #line) {
        let memoized = items.map(withMemo)
        for page in pages {
            let values = page.values.merging(["items": memoized]) { _, items in items }
            XCTAssertEqual(library.render(values, withTemplate: page.template), page.expected, file: file, line: line)
        }
        XCTAssertFalse(memoized.contains { memo(of: $0).holdsText(of: "item") }, file: file, line: line)
    }

    func testAnIndentedPartialKeepsItsIndentation() throws {
        let library = try library([
            "item": "<li>\n{{titel}}\n</li>\n",
            "indented": "<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>",
            "inline": "{{#items}}{{>item}}{{/items}}",
        ])
        let memoized = items.map(withMemo)
        let expected = "<ul>\n  <li>\n  Inloop &lt;De Brug&gt;\n  </li>\n  <li>\n  Maatje\n  </li>\n</ul>"
        XCTAssertEqual(library.render(["items": items], withTemplate: "indented"), expected)
        XCTAssertEqual(library.render(["items": memoized], withTemplate: "indented"), expected)
        XCTAssertFalse(memoized.contains { memo(of: $0).holdsText(of: "item") })
        XCTAssertEqual(library.render(["items": memoized], withTemplate: "inline"),
                       "<li>\nInloop &lt;De Brug&gt;\n</li>\n<li>\nMaatje\n</li>\n")
    }
}
