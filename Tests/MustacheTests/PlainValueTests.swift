//
// kaart: tests of kaart's fast paths for plain values (PlainValue.swift); not part of swift-mustache.
//

import Mustache
import XCTest

/// Sections and lookups on the value types of kaart's view models take a path without protocol
/// casts. Each case here must render as the general path does; the expected texts follow the
/// Mustache rules (an Int is a value, not a truth value; an empty list is false).
final class PlainValueTests: XCTestCase {
    func testSectionsOverEachPlainValueType() throws {
        let template = try MustacheTemplate(string:
            "{{#d}}{{a}}{{/d}}|{{#s}}[{{.}}]{{/s}}|{{#b}}ja{{/b}}{{^b}}nee{{/b}}|{{#i}}{{.}}{{/i}}|"
            + "{{#ds}}{{x}}{{/ds}}|{{#arr}}{{.}}{{/arr}}|{{#str}}<{{.}}>{{/str}}|{{^e}}leeg{{/e}}|{{^d}}niet{{/d}}")
        let values: [String: Any] = [
            "d": ["a": "A"] as [String: Any], "s": ["p", "q"], "b": false, "i": 0,
            "ds": [["x": 1], ["x": 2]] as [[String: Any]], "arr": ["r", 3] as [Any], "str": "t", "e": [String](),
        ]
        XCTAssertEqual(template.render(values), "A|[p][q]|nee|0|12|r3|<t>|leeg|")
    }

    func testInvertedSectionsOverEachPlainValueType() throws {
        let template = try MustacheTemplate(string: "{{^d}}1{{/d}}{{^s}}2{{/s}}{{^b}}3{{/b}}{{^i}}4{{/i}}{{^ds}}5{{/ds}}{{^arr}}6{{/arr}}{{^str}}7{{/str}}")
        let full: [String: Any] = ["d": [String: Any](), "s": ["p"], "b": true, "i": 0, "ds": [["x": 1]] as [[String: Any]], "arr": [1] as [Any], "str": ""]
        XCTAssertEqual(template.render(full), "")
        let empty: [String: Any] = ["s": [String](), "b": false, "ds": [[String: Any]](), "arr": [Any]()]
        XCTAssertEqual(template.render(empty), "1234567")
    }

    /// `as? [String: Any]` accepts a [String: String] by copying it; the fast path reads it directly.
    func testNamesResolveInDictionariesOfStrings() throws {
        let template = try MustacheTemplate(string: "{{#links}}{{naam}}={{url}};{{/links}}{{#een}}{{naam}}{{titel}}{{/een}}")
        let values: [String: Any] = [
            "links": [["naam": "Ede", "url": "/e/"], ["naam": "Epe", "url": "/p/"]] as [[String: String]],
            "een": ["naam": "Ommen"] as [String: String], "titel": "!",
        ]
        XCTAssertEqual(template.render(values), "Ede=/e/;Epe=/p/;Ommen!")
    }

    /// A string, number or list on the stack has no named children (its `Mirror` has no labels), so
    /// a name inside a section over one is found further down the stack.
    func testNamesInsideSectionsOverValuesWithoutChildren() throws {
        let template = try MustacheTemplate(string:
            "{{#str}}{{titel}}:{{.}}{{count}}{{/str}}|{{#i}}{{titel}}{{/i}}|{{#s}}{{titel}}{{.}}{{/s}}|"
            + "{{#lists}}{{#.}}{{titel}}{{.}}{{/.}}{{/lists}}|{{#b}}{{titel}}{{/b}}|{{#ds}}{{#x}}{{titel}}{{/x}}{{/ds}}")
        let values: [String: Any] = [
            "titel": "T", "str": "abc", "i": 7, "s": ["p", "q"], "lists": [["r", 3] as [Any], ["u"]], "b": true,
            "ds": [["x": ["y"]]] as [[String: Any]],
        ]
        XCTAssertEqual(template.render(values), "T:abc|T|TpTq|TrT3Tu|T|T")
    }

    /// Dotted names, split on bytes: a path, a leading dot, a name that is not there.
    func testDottedNames() throws {
        let template = try MustacheTemplate(string: "{{gemeente.naam}}|{{cafe.adres.straat}}|{{#gemeente}}{{.naam}}{{/gemeente}}|{{gemeente.nergens}}|{{x.naam}}")
        let values: [String: Any] = [
            "gemeente": ["naam": "Ede"] as [String: Any], "cafe": ["adres": ["straat": "Dorpsstraat"] as [String: Any]] as [String: Any],
            "naam": "Epe",
        ]
        XCTAssertEqual(template.render(values), "Ede|Dorpsstraat|Ede||")
    }
}
