/// The short form of an entry used in every listing and on the home page.
enum EntrySummaryViewModel {
    static func make(_ entry: any DirectoryEntry, context: RenderContext) -> [String: Any] {
        let common = entry.common
        return [
            "titel": common.titel,
            "url": entry.url,
            "slug": entry.slug,
            "kindLabel": entry.kind.dutchLabel,
            "samenvatting": common.samenvatting,
            "gemeenten": common.gemeenten.map(\.value).joined(separator: ", "),
            "badges": badges(for: entry).map { ["label": $0] },
        ]
    }

    static func make(_ casus: Casus, context: RenderContext) -> [String: Any] {
        [
            "titel": casus.titel,
            "url": casus.url,
            "slug": casus.slug,
            "kindLabel": ContentKind.casus.dutchLabel,
            "samenvatting": casus.samenvatting,
            "gemeenten": "",
            "badges": [["label": context.label(casus.arrangement.value, in: .arrangement)]],
        ]
    }

    static func badges(for entry: any DirectoryEntry) -> [String] {
        var badges: [String] = []
        if entry.common.gratis { badges.append("Gratis") }
        if let voorziening = entry as? Voorziening, voorziening.toegang == .vrij { badges.append("Vrij toegankelijk") }
        if entry.common.status == .tijdelijkGesloten { badges.append("Tijdelijk gesloten") }
        return badges
    }
}
