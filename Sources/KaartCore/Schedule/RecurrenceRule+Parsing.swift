extension RecurrenceRule {
    /// Parses an RRULE such as `FREQ=MONTHLY;BYDAY=2TU`. An optional `RRULE:` prefix, names and
    /// values in any case and a trailing `;` are accepted. Errors are Dutch and carry the offset
    /// of the offending part.
    public static func parse(_ source: String) throws(RecurrenceRuleError) -> RecurrenceRule {
        var parser = RecurrenceRuleParser(source: source)
        return try parser.parse()
    }
}

/// The names this parser understands, for the "use only …" hint.
private let supportedPartsHint = "Gebruik alleen FREQ, INTERVAL, BYDAY, COUNT, UNTIL en WKST."
private let exampleHint = "bijvoorbeeld FREQ=MONTHLY;BYDAY=2TU"

/// Reads an RRULE part by part, keeping Character offsets for error messages.
struct RecurrenceRuleParser {
    /// One `NAME=value` part with where it sits in the source.
    private struct Part {
        let name: String
        let value: String
        let offset: Int
        let length: Int
        let valueOffset: Int
    }

    private let characters: [Character]

    init(source: String) {
        characters = Array(source)
    }

    mutating func parse() throws(RecurrenceRuleError) -> RecurrenceRule {
        let parts = try splitParts()
        guard let freqPart = parts.first(where: { $0.name == "FREQ" }) else {
            throw RecurrenceRuleError(kind: .missingFrequency,
                                      message: "FREQ ontbreekt. Begin met FREQ=WEEKLY of FREQ=MONTHLY, \(exampleHint).",
                                      offset: 0)
        }
        let frequency = try parseFrequency(freqPart)
        var interval = 1
        var byDay: [RecurrenceRule.DaySpecifier] = []
        var count: Int?
        var until: LocalDate?
        var weekStart = Weekday.monday
        var untilPart: Part?

        for part in parts {
            switch part.name {
            case "FREQ":
                continue
            case "INTERVAL":
                interval = try parseNumber(part, range: 1...99, kind: .invalidInterval,
                                           message: "INTERVAL moet een heel getal van 1 tot en met 99 zijn, bijvoorbeeld INTERVAL=2 voor om de week.")
            case "COUNT":
                count = try parseNumber(part, range: 1...9999, kind: .invalidCount,
                                        message: "COUNT moet een heel getal van 1 tot en met 9999 zijn, bijvoorbeeld COUNT=10.")
            case "UNTIL":
                until = try parseUntil(part)
                untilPart = part
            case "BYDAY":
                byDay = try parseByDay(part, frequency: frequency)
            case "WKST":
                guard let day = Weekday(rruleCode: part.value) else {
                    throw error(.invalidWeekday, "Onbekende dag '\(part.value)' bij WKST. Gebruik MO, TU, WE, TH, FR, SA of SU.", part, valueOnly: true)
                }
                weekStart = day
            case "BYSETPOS":
                throw error(.unsupportedPart, "BYSETPOS wordt niet ondersteund. Zet het nummer in BYDAY, bijvoorbeeld BYDAY=2TU voor de tweede dinsdag of BYDAY=-1FR voor de laatste vrijdag.", part)
            case "BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND", "RSCALE", "SKIP":
                throw error(.unsupportedPart, "\(part.name) wordt niet ondersteund. \(supportedPartsHint)", part)
            default:
                throw error(.unknownPart, "Onbekend onderdeel '\(part.name)'. \(supportedPartsHint)", part)
            }
        }
        if count != nil, let untilPart {
            // RFC 5545 forbids both; silently picking one would hide an editor's mistake.
            throw error(.countAndUntil, "Gebruik COUNT of UNTIL, niet allebei. Het einde kunt u ook met 'tot' aangeven.", untilPart)
        }
        return RecurrenceRule(frequency: frequency, interval: interval, byDay: byDay,
                              count: count, until: until, weekStart: weekStart)
    }

    /// Splits on `;` and `=`, rejecting garbage and duplicates.
    private func splitParts() throws(RecurrenceRuleError) -> [Part] {
        var start = 0, end = characters.count
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        guard start < end else {
            throw RecurrenceRuleError(kind: .empty, message: "De regel is leeg. Schrijf bijvoorbeeld FREQ=MONTHLY;BYDAY=2TU.", offset: 0)
        }
        if end - start >= 6, String(characters[start..<start + 6]).uppercased() == "RRULE:" { start += 6 }

        var parts: [Part] = []
        var segmentStart = start
        for index in start...end where index == end || characters[index] == ";" {
            defer { segmentStart = index + 1 }
            guard index > segmentStart else { continue }  // empty part, e.g. a trailing ';'
            let segment = characters[segmentStart..<index]
            guard let equals = segment.firstIndex(of: "="), equals > segmentStart,
                  !segment.contains(where: { $0.isWhitespace }) else {
                throw RecurrenceRuleError(kind: .malformedPart,
                                          message: "'\(String(segment))' is geen geldig onderdeel. Schrijf NAAM=WAARDE, gescheiden door ';', \(exampleHint).",
                                          offset: segmentStart, length: segment.count)
            }
            let part = Part(name: String(characters[segmentStart..<equals]).uppercased(),
                            value: String(characters[(equals + 1)..<index]),
                            offset: segmentStart, length: index - segmentStart, valueOffset: equals + 1)
            if parts.contains(where: { $0.name == part.name }) {
                throw error(.duplicatePart, "\(part.name) staat er twee keer in. Gebruik elk onderdeel één keer.", part)
            }
            parts.append(part)
        }
        return parts
    }

    private func parseFrequency(_ part: Part) throws(RecurrenceRuleError) -> RecurrenceRule.Frequency {
        guard let frequency = RecurrenceRule.Frequency(rawValue: part.value.uppercased()) else {
            throw error(.unsupportedFrequency, "FREQ=\(part.value) wordt niet ondersteund; gebruik FREQ=WEEKLY of FREQ=MONTHLY", part)
        }
        return frequency
    }

    private func parseNumber(_ part: Part, range: ClosedRange<Int>, kind: RecurrenceRuleError.Kind,
                             message: String) throws(RecurrenceRuleError) -> Int {
        guard part.value.count <= 4, let number = ScheduleText.decimalValue(part.value.utf8), range.contains(number) else {
            throw error(kind, "'\(part.value)' is geen geldige waarde. \(message)", part, valueOnly: true)
        }
        return number
    }

    private func parseUntil(_ part: Part) throws(RecurrenceRuleError) -> LocalDate {
        if part.value.uppercased().contains("T") {
            throw error(.invalidUntil, "UNTIL moet een datum zonder tijd zijn, zoals UNTIL=20261231. U kunt ook het veld 'tot' gebruiken.", part, valueOnly: true)
        }
        guard let date = LocalDate(compact: part.value) else {
            throw error(.invalidUntil, "'\(part.value)' is geen geldige datum voor UNTIL. Schrijf JJJJMMDD, zoals UNTIL=20261231.", part, valueOnly: true)
        }
        return date
    }

    private func parseByDay(_ part: Part, frequency: RecurrenceRule.Frequency) throws(RecurrenceRuleError) -> [RecurrenceRule.DaySpecifier] {
        var result: [RecurrenceRule.DaySpecifier] = []
        var itemOffset = part.valueOffset
        for item in part.value.split(separator: ",", omittingEmptySubsequences: false) {
            defer { itemOffset += item.count + 1 }
            let text = String(item)
            let fail = { (kind: RecurrenceRuleError.Kind, message: String) in
                RecurrenceRuleError(kind: kind, message: message, offset: itemOffset, length: text.count)
            }
            guard text.count >= 2, let weekday = Weekday(rruleCode: String(text.suffix(2))) else {
                throw fail(.invalidWeekday, "Onbekende dag '\(text)' in BYDAY. Gebruik MO, TU, WE, TH, FR, SA of SU, met voor MONTHLY eventueel een nummer: 2TU is de tweede dinsdag, -1FR de laatste vrijdag.")
            }
            let prefix = text.dropLast(2)
            var ordinal: Int?
            if !prefix.isEmpty {
                let negative = prefix.first == "-"
                let digits = prefix.drop(while: { $0 == "+" || $0 == "-" })
                guard prefix.count - digits.count <= 1, digits.count <= 2,
                      let number = ScheduleText.decimalValue(digits.utf8), (1...5).contains(number) else {
                    throw fail(.invalidOrdinal, "'\(text)' in BYDAY heeft een ongeldig nummer. Gebruik 1 tot en met 5, of -1 tot en met -5 om vanaf het eind van de maand te tellen.")
                }
                guard frequency == .monthly else {
                    throw fail(.invalidOrdinal, "Een nummer voor de dag ('\(text)') kan alleen bij FREQ=MONTHLY. Gebruik bij FREQ=WEEKLY alleen de dag, zoals BYDAY=\(weekday.rruleCode).")
                }
                ordinal = negative ? -number : number
            }
            let specifier = RecurrenceRule.DaySpecifier(ordinal: ordinal, weekday: weekday)
            if !result.contains(specifier) { result.append(specifier) }
        }
        return result
    }

    private func error(_ kind: RecurrenceRuleError.Kind, _ message: String, _ part: Part,
                       valueOnly: Bool = false) -> RecurrenceRuleError {
        valueOnly
            ? RecurrenceRuleError(kind: kind, message: message, offset: part.valueOffset,
                                  length: part.offset + part.length - part.valueOffset)
            : RecurrenceRuleError(kind: kind, message: message, offset: part.offset, length: part.length)
    }
}
