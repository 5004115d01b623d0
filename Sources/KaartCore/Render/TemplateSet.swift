import Foundation
import Mustache

/// The Mustache templates of a site, compiled once per build.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let requiredNames = ["layout", "home", "entry", "casus", "listing", "zoeken", "lijstje", "notfound", "plan"]

    private let library: MustacheLibrary

    /// Put in front of every template, so values are escaped by `FastHTMLContentType`. It sits on
    /// line 1 without a line break, so only columns on line 1 shift (and are corrected).
    private static let contentTypePragma = "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}"
    private static let registerContentType: Void = MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)

    /// Loads every `*.mustache` file in `directory` (not in subfolders), named by its file name.
    public static func load(from directory: String) -> Result<TemplateSet, DiagnosticList> {
        _ = registerContentType
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for file in names where file.hasSuffix(".mustache") {
            let path = "\(directory.trimmingSlashSuffix())/\(file)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                diagnostics.append(.error("Het sjabloon kan niet worden gelezen.", at: SourceLocation(path: path, line: 1)))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: contentTypePragma + text), named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - contentTypePragma.count) : error.context.columnNumber
                diagnostics.append(.error(TemplateProblemWording.message(for: error.error), at: SourceLocation(path: path, line: line, column: column)))
            } catch {
                diagnostics.append(.error(TemplateProblemWording.general, at: SourceLocation(path: path, line: 1)))
            }
        }
        for name in requiredNames where library.getTemplate(named: name) == nil {
            diagnostics.append(.error("Het sjabloon \(name).mustache ontbreekt.", at: SourceLocation(path: "\(directory.trimmingSlashSuffix())/\(name).mustache", line: 1)))
        }
        return diagnostics.isEmpty ? .success(TemplateSet(library: library)) : .failure(DiagnosticList(diagnostics))
    }

    public func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

/// A list of diagnostics that can travel as an error.
public struct DiagnosticList: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
