import Foundation

/// The beheerder's worklist: every entry by `laatst_gecontroleerd`, oldest first, with the
/// provider's contact details, so stale information gets checked.
public struct FreshnessReport: Sendable {
    public struct Row: Sendable {
        public var path: String
        public var titel: String
        public var aanbieder: String
        public var contact: String
        public var checked: LocalDate
        public var isStale: Bool
    }

    public let rows: [Row]

    public init(site: Site, today: LocalDate) {
        let rule = FreshnessRule(staleAfterMonths: site.settings.staleAfterMonths)
        let entryRows = site.directoryEntries.map { entry in
            let common = entry.common
            let contact = [common.contact?.telefoon, common.contact?.email, common.contact?.website ?? common.aanbieder?.website]
                .compactMap { $0 }.joined(separator: ", ")
            return Row(path: common.path, titel: common.titel, aanbieder: common.aanbieder?.naam ?? "", contact: contact,
                       checked: common.laatstGecontroleerd.value, isStale: rule.isStale(common.laatstGecontroleerd.value, today: today))
        }
        let casusRows = site.casussen.map { casus in
            Row(path: casus.path, titel: casus.titel, aanbieder: "", contact: "", checked: casus.laatstGecontroleerd.value,
                isStale: rule.isStale(casus.laatstGecontroleerd.value, today: today))
        }
        rows = (entryRows + casusRows).sorted { ($0.checked, $0.path) < ($1.checked, $1.path) }
    }

    public var staleCount: Int { rows.filter(\.isStale).count }

    /// The worklist as CSV (RFC 4180, `;`-separated and with a byte-order mark, so Dutch Excel opens it as is).
    public var csv: String {
        let header = ["bestand", "titel", "aanbieder", "contact", "laatst_gecontroleerd", "verouderd"]
        let lines = [header] + rows.map { [$0.path, $0.titel, $0.aanbieder, $0.contact, $0.checked.iso, $0.isStale ? "ja" : "nee"] }
        return "\u{FEFF}" + lines.map { $0.map(Self.quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { ";\"\r\n".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
