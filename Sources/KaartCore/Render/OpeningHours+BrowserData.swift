import Foundation

extension OpeningHours {
    /// The hours as the JSON that `nu-open.js` reads from `data-openingstijden`:
    /// `{"ma": [["09:00","17:00"]], …, "uitzonderingen": [{"datum": …, "gesloten": true, "toelichting": …}]}`.
    /// Written straight from the hours: building `browserObject()` and sorting its keys took
    /// about ten times as long.
    var browserJSON: String {
        var writer = SortedJSONWriter()
        writer.object { json in
            for weekday in Self.browserKeyOrder {
                guard let weekday else {
                    json.key("uitzonderingen")
                    json.array(uitzonderingen) { json, exception in
                        json.object { json in
                            json.field("datum", exception.datum.iso)
                            json.field("gesloten", exception.gesloten)
                            json.field("toelichting", exception.toelichting)
                        }
                    }
                    continue
                }
                json.key(named: weekday.contentKey)
                json.array(ranges(on: weekday)) { json, range in
                    json.array([range.start.hhmm, range.end.hhmm]) { $0.string($1) }
                }
            }
        }
        return writer.json.text
    }

    /// The keys of `browserJSON` in JSONSerialization's order: the weekdays, and `nil` for "uitzonderingen".
    private static let browserKeyOrder: [Weekday?] = (Weekday.allCases.map(Optional.some) + [nil]).sorted {
        CompactJSONWriter.foldedPrecedes($0?.contentKey ?? "uitzonderingen", $1?.contentKey ?? "uitzonderingen")
    }

    /// The same shape as `browserJSON`, as a JSON object (the tests compare the two). `compact` leaves out closed days and an
    /// empty exception list (`nu-open.js` reads a missing day as closed): the search index ships
    /// this copy in the metadata of every result, so every byte counts there.
    func browserObject(compact: Bool = false) -> [String: Any] {
        var object: [String: Any] = [:]
        for weekday in Weekday.allCases {
            let ranges = ranges(on: weekday)
            if compact && ranges.isEmpty { continue }
            object[weekday.contentKey] = ranges.map { [$0.start.hhmm, $0.end.hhmm] }
        }
        if compact && uitzonderingen.isEmpty { return object }
        object["uitzonderingen"] = uitzonderingen.map { exception -> [String: Any] in
            var values: [String: Any] = ["datum": exception.datum.iso, "gesloten": exception.gesloten]
            if let note = exception.toelichting { values["toelichting"] = note }
            return values
        }
        return object
    }
}
