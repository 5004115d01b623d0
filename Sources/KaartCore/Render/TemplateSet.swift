import Foundation
import Mustache

/// The Mustache templates of a site, compiled once per build.
public struct TemplateSet: Sendable {
    /// The templates every site needs.
    public static let requiredNames = ["layout", "home", "entry", "casus", "listing", "zoeken", "lijstje", "notfound", "plan"]

    private let library: MustacheLibrary

    /// Loads every `*.mustache` file in `directory` (not in subfolders), named by its file name.
    public static func load(from directory: String) -> Result<TemplateSet, DiagnosticList> {
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
                library.register(try MustacheTemplate(string: text), named: String(file.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("Het sjabloon klopt niet: \(error.error).",
                                          at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("Het sjabloon klopt niet: \(error).", at: SourceLocation(path: path, line: 1)))
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
