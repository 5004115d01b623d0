import Foundation

extension OpeningHours {
    /// The hours as the JSON that `nu-open.js` reads from `data-openingstijden`:
    /// `{"ma": [["09:00","17:00"]], …, "uitzonderingen": [{"datum": …, "gesloten": true, "toelichting": …}]}`.
    var browserJSON: String {
        CompactJSONWriter.encode(browserObject()) ?? "{}"
    }

    /// The same shape as `browserJSON`, as a JSON object. `compact` leaves out closed days and an
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
