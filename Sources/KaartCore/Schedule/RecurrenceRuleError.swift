/// Why an RRULE could not be read. `message` is Dutch and meant for editors.
public struct RecurrenceRuleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of problem, for code that reacts to it (tests, quick fixes).
    public enum Kind: Equatable, Sendable {
        case empty
        case malformedPart
        case missingFrequency
        case unsupportedFrequency
        case unsupportedPart
        case unknownPart
        case duplicatePart
        case invalidInterval
        case invalidCount
        case invalidUntil
        case invalidWeekday
        case invalidOrdinal
        case countAndUntil
    }

    public let kind: Kind
    /// Dutch explanation with a hint how to fix it.
    public let message: String
    /// 0-based offset in Characters of the offending part within the parsed string, if known.
    /// Add it to the column where the rrule value starts to point at the mistake.
    public let offset: Int?
    /// Length in Characters of the offending part (0 if it is missing rather than wrong).
    public let length: Int

    public init(kind: Kind, message: String, offset: Int?, length: Int = 0) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.length = length
    }

    public var description: String { message }
}
