//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import XCTest

@testable import Mustache

final class LibraryTests: XCTestCase {
    /// kaart: upstream used "templates" in the working directory, which is kaart's own template folder.
    static let folder = NSTemporaryDirectory() + "kaart-mustache-library-tests-\(getpid())"
    func testDirectoryLoad() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)", withIntermediateDirectories: false)
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)")) }
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache")) }

        let library = try await MustacheLibrary(directory: "\(Self.folder)")
        let object = ["value": ["value1", "value2"]]
        XCTAssertEqual(library.render(object, withTemplate: "test"), "<test><value>value1</value><value>value2</value></test>")
    }

    func testPartial() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)", withIntermediateDirectories: false)
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/test-partial.mustache"))
        let mustache2 = Data("{{>test-partial}}".utf8)
        try mustache2.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer {
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test-partial.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)"))
        }

        let library = try await MustacheLibrary(directory: "\(Self.folder)")
        let object = ["value": ["value1", "value2"]]
        XCTAssertEqual(library.render(object, withTemplate: "test"), "<test><value>value1</value><value>value2</value></test>")
    }

    func testPartialInSubfolder() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)/subfolder", withIntermediateDirectories: true)
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/subfolder/test-partial.mustache"))
        let mustache2 = Data("{{>subfolder/test-partial}}".utf8)
        try mustache2.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer {
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/subfolder/test-partial.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)"))
        }

        let library = try await MustacheLibrary(directory: "\(Self.folder)")
        let object = ["value": ["value1", "value2"]]
        XCTAssertEqual(library.render(object, withTemplate: "test"), "<test><value>value1</value><value>value2</value></test>")
    }

    func testLibraryParserError() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)", withIntermediateDirectories: false)
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)")) }
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache")) }
        let mustache2 = Data(
            """
            {{#test}}
            {{{name}}
            {{/test2}}
            """.utf8
        )
        try mustache2.write(to: URL(fileURLWithPath: "\(Self.folder)/error.mustache"))
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/error.mustache")) }

        do {
            _ = try await MustacheLibrary(directory: "\(Self.folder)")
        } catch let parserError as MustacheLibrary.ParserError {
            XCTAssertEqual(parserError.filename, "error.mustache")
            XCTAssertEqual(parserError.context.line, "{{{name}}")
            XCTAssertEqual(parserError.context.lineNumber, 2)
            XCTAssertEqual(parserError.context.columnNumber, 10)
        }
    }

    #if DEBUG
    func testReload() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)", withIntermediateDirectories: false)
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)")) }
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer { XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache")) }

        let library = try await MustacheLibrary(directory: "\(Self.folder)")
        let object = ["value": ["value1", "value2"]]
        XCTAssertEqual(library.render(object, withTemplate: "test"), "<test><value>value1</value><value>value2</value></test>")
        let mustache2 = Data("<test2>{{#value}}<value>{{.}}</value>{{/value}}</test2>".utf8)
        try mustache2.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        XCTAssertEqual(library.render(object, withTemplate: "test", reload: true), "<test2><value>value1</value><value>value2</value></test2>")
    }

    func testReloadPartial() async throws {
        let fs = FileManager()
        try? fs.createDirectory(atPath: "\(Self.folder)", withIntermediateDirectories: false)
        let mustache = Data("<test>{{#value}}<value>{{.}}</value>{{/value}}</test>".utf8)
        try mustache.write(to: URL(fileURLWithPath: "\(Self.folder)/test-partial.mustache"))
        let mustache2 = Data("{{>test-partial}}".utf8)
        try mustache2.write(to: URL(fileURLWithPath: "\(Self.folder)/test.mustache"))
        defer {
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test-partial.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)/test.mustache"))
            XCTAssertNoThrow(try fs.removeItem(atPath: "\(Self.folder)"))
        }

        let library = try await MustacheLibrary(directory: "\(Self.folder)")
        let object = ["value": ["value1", "value2"]]
        XCTAssertEqual(library.render(object, withTemplate: "test"), "<test><value>value1</value><value>value2</value></test>")
        let mustache3 = Data("<test2>{{#value}}<value>{{.}}</value>{{/value}}</test2>".utf8)
        try mustache3.write(to: URL(fileURLWithPath: "\(Self.folder)/test-partial.mustache"))
        XCTAssertEqual(library.render(object, withTemplate: "test", reload: true), "<test2><value>value1</value><value>value2</value></test2>")
    }
    #endif
}
