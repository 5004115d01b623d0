/// A problem found in the content, pointing at a place in a source file.
///
/// Messages are written for editors: Dutch, plain language, and always with a location.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "fout"
        case warning = "waarschuwing"
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    public var isError: Bool { severity == .error }

    /// `path:line:col: fout: message`, without the source excerpt.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
    }
}

/// A position in a source file. Lines and columns start at 1.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the editor should see it, e.g. `content/voorzieningen/x.md`.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
