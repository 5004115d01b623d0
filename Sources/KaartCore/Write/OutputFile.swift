/// One file of the built site, with its path relative to the output folder.
public struct OutputFile: Sendable, Equatable {
    /// Relative path with `/` separators, e.g. `voorzieningen/logeerhuis/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
