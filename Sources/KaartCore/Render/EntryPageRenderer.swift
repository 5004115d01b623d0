import Foundation

/// Renders one page per voorziening, lotgenotengroep and loket, plus a calendar file per group.
struct EntryPageRenderer {
    let context: RenderContext
    let now: Date

    func render() -> [OutputFile] {
        let entries = context.site.directoryEntries
        let results = ConcurrentResults<[OutputFile]>(count: entries.count)
        DispatchQueue.concurrentPerform(iterations: entries.count) { index in
            results[index] = render(entries[index])
        }
        return results.values.flatMap { $0 }
    }

    private func render(_ entry: any DirectoryEntry) -> [OutputFile] {
        var files = [page(for: entry)]
        if let group = entry as? Lotgenotengroep, let calendar = calendarFile(for: group) {
            files.append(calendar)
        }
        return files
    }

    /// The page of one entry.
    func page(for entry: any DirectoryEntry) -> OutputFile {
        let values = context.page(title: entry.common.titel, description: entry.common.samenvatting, path: entry.url,
                                  ["entry": EntryPageViewModel.make(entry, context: context)])
        return context.html("entry", path: Self.pagePath(of: entry), values)
    }

    static func pagePath(of entry: any DirectoryEntry) -> String { "\(entry.kind.folder)/\(entry.slug)/index.html" }

    /// The iCalendar file of a group's meetings; `nil` when the schedule cannot be written.
    func calendarFile(for group: Lotgenotengroep) -> OutputFile? {
        let location = group.common.vertrouwelijkAdres ? nil : group.common.locaties.first.map { location in
            [location.naam, location.adres, [location.postcode, location.plaats].compactMap { $0 }.joined(separator: " ")]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        let event = MeetingCalendarEvent(
            uid: "\(group.slug)@\(URL(string: context.site.settings.basisURL)?.host ?? "kaart")",
            summary: group.common.titel, location: location, description: group.common.samenvatting,
            url: context.absoluteURL(group.url), schedule: group.bijeenkomsten)
        guard let text = try? CalendarFileWriter().calendarFile(for: event, dtstamp: now) else { return nil }
        return OutputFile(path: "\(group.kind.folder)/\(group.slug)/bijeenkomsten.ics", text: text)
    }
}
