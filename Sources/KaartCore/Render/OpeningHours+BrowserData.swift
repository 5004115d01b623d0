import Foundation

extension OpeningHours {
    /// The hours as the JSON that `nu-open.js` reads from `data-openingstijden`:
    /// `{"ma": [["09:00","17:00"]], …, "uitzonderingen": [{"datum": …, "gesloten": true, "toelichting": …}]}`.
    var browserJSON: String {
        var object: [String: Any] = [:]
        for weekday in Weekday.allCases {
            object[weekday.contentKey] = ranges(on: weekday).map { [$0.start.hhmm, $0.end.hhmm] }
        }
        object["uitzonderingen"] = uitzonderingen.map { exception -> [String: Any] in
            var values: [String: Any] = ["datum": exception.datum.iso, "gesloten": exception.gesloten]
            if let note = exception.toelichting { values["toelichting"] = note }
            return values
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
