/// Weekly opening hours (`openingstijden`, also used for `spreekuren`) with dated exceptions.
///
/// A day without ranges is closed. Ranges per day are sorted and never overlap.
public struct OpeningHours: Hashable, Sendable {
    /// A dated exception such as a public holiday.
    public struct Exception: Hashable, Sendable {
        public let datum: LocalDate
        public let gesloten: Bool
        public let toelichting: String?

        public init(datum: LocalDate, gesloten: Bool = true, toelichting: String? = nil) {
            self.datum = datum
            self.gesloten = gesloten
            self.toelichting = toelichting
        }
    }

    /// An exception as read from front matter, before validation.
    public struct RawException: Hashable, Sendable {
        public let datum: String
        public let gesloten: Bool
        public let toelichting: String?

        /// `gesloten` defaults to true: an exception in the content model is a closing day.
        public init(datum: String, gesloten: Bool = true, toelichting: String? = nil) {
            self.datum = datum
            self.gesloten = gesloten
            self.toelichting = toelichting
        }
    }

    /// Time ranges per weekday; a missing or empty entry means closed.
    public let days: [Weekday: [TimeRange]]
    /// Exceptions sorted by date.
    public let uitzonderingen: [Exception]

    /// Creates opening hours from typed values; ranges are sorted per day.
    public init(days: [Weekday: [TimeRange]], uitzonderingen: [Exception] = []) {
        self.days = days.filter { !$0.value.isEmpty }.mapValues { $0.sorted() }
        self.uitzonderingen = uitzonderingen.sorted { $0.datum < $1.datum }
    }

    /// The ranges on a weekday, in order (empty when closed).
    public func ranges(on weekday: Weekday) -> [TimeRange] {
        days[weekday] ?? []
    }

    /// The exception for a date, if there is one.
    public func exception(on date: LocalDate) -> Exception? {
        uitzonderingen.first { $0.datum == date }
    }

    /// Parses the front-matter shape: day keys `ma`…`zo` with lists of `HH:MM-HH:MM`, plus
    /// exceptions. Reports every problem at once, naming the day key and the bad value.
    public static func parse(days raw: [String: [String]],
                             uitzonderingen rawExceptions: [RawException] = []) throws(OpeningHoursError) -> OpeningHours {
        var issues: [OpeningHoursError.Issue] = []
        var days: [Weekday: [TimeRange]] = [:]

        let unknownKeys = raw.keys.filter { Weekday(contentKey: $0) == nil }.sorted()
        for key in unknownKeys {
            issues.append(.init(field: key, value: key,
                                message: "Onbekende dag '\(key)'. Gebruik ma, di, wo, do, vr, za of zo."))
        }
        for weekday in Weekday.allCases {
            guard let texts = raw[weekday.contentKey] else { continue }
            days[weekday] = parseRanges(texts, key: weekday.contentKey, into: &issues)
        }

        var exceptions: [Exception] = []
        for (index, rawException) in rawExceptions.enumerated() {
            let field = "uitzonderingen[\(index)].datum"
            guard let date = LocalDate(iso: rawException.datum) else {
                issues.append(.init(field: field, value: rawException.datum,
                                    message: "Ongeldige datum '\(rawException.datum)' bij uitzonderingen. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-25."))
                continue
            }
            if exceptions.contains(where: { $0.datum == date }) {
                issues.append(.init(field: field, value: rawException.datum,
                                    message: "De datum \(date.iso) staat twee keer bij uitzonderingen. Noem elke datum één keer."))
                continue
            }
            let note = rawException.toelichting.flatMap { $0.isEmpty ? nil : $0 }
            exceptions.append(Exception(datum: date, gesloten: rawException.gesloten, toelichting: note))
        }

        guard issues.isEmpty else { throw OpeningHoursError(issues: issues) }
        return OpeningHours(days: days, uitzonderingen: exceptions)
    }

    private static func parseRanges(_ texts: [String], key: String,
                                    into issues: inout [OpeningHoursError.Issue]) -> [TimeRange] {
        var ranges: [TimeRange] = []
        for text in texts {
            do {
                let range = try TimeRange.parse(text)
                if let clash = ranges.first(where: { $0.overlaps(range) }) {
                    issues.append(.init(field: key, value: text,
                                        message: "De tijden '\(clash)' en '\(text)' bij '\(key)' overlappen. Voeg ze samen, bijvoorbeeld tot 09:00-17:00."))
                } else {
                    ranges.append(range)
                }
            } catch {
                issues.append(issue(for: error, text: text, key: key))
            }
        }
        return ranges.sorted()
    }

    private static func issue(for error: TimeRangeError, text: String, key: String) -> OpeningHoursError.Issue {
        let hint = "Gebruik UU:MM-UU:MM, bijvoorbeeld 09:00-17:00."
        switch error {
        case .malformed(let value), .invalidTime(let value):
            return .init(field: key, value: value, message: "Ongeldige tijd '\(value)' bij '\(key)'. \(hint)")
        case .endNotAfterStart(let value):
            return .init(field: key, value: value,
                         message: "Bij '\(key)' ligt de eindtijd niet na de begintijd: '\(value)'. \(hint)")
        }
    }
}
