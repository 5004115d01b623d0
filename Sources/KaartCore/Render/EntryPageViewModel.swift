import Foundation

/// Everything the entry template shows about one voorziening, lotgenotengroep or loket.
enum EntryPageViewModel {
    static func make(_ entry: any DirectoryEntry, context: RenderContext) -> [String: Any] {
        let common = entry.common
        var values: [String: Any] = [
            "kindLabel": entry.kind.dutchLabel,
            "kindListURL": "/\(entry.kind.folder)/",
            "kindListLabel": kindListLabel(entry.kind),
            "titel": common.titel,
            "samenvatting": common.samenvatting,
            "bodyHTML": MarkdownRenderer.html(from: common.body),
            "facts": facts(for: entry, context: context),
            "badges": EntrySummaryViewModel.badges(for: entry).map { ["label": $0] },
            "checked": checked(common.laatstGecontroleerd.value, context: context),
            "jsonLD": StructuredData.jsonLD(for: entry, context: context),
        ]
        if let notice = statusNotice(common.status) { values["statusNotice"] = notice }
        if let contact = contact(common.contact) { values["contact"] = contact }
        if common.vertrouwelijkAdres {
            values["vertrouwelijkAdres"] = true
        } else if !common.locaties.isEmpty {
            values["locaties"] = common.locaties.map(location)
        } else {
            values["zonderLocatie"] = true
        }
        if let hours = common.openingstijden { values["openingstijden"] = schedule(hours, heading: "Openingstijden", context: context) }
        values["heeftTijden"] = common.openingstijden != nil || (entry as? Loket)?.spreekuren != nil
        if let loket = entry as? Loket, let hours = loket.spreekuren {
            values["spreekuren"] = schedule(hours, heading: "Spreekuren", context: context)
        }
        if let group = entry as? Lotgenotengroep { values["bijeenkomsten"] = meetings(group, context: context) }
        values["casussen"] = (context.casussenByEntry[entry.slug] ?? []).map { ["titel": $0.titel, "url": $0.url] }
        return values
    }

    private static func kindListLabel(_ kind: ContentKind) -> String {
        switch kind {
        case .voorziening: "Alle voorzieningen"
        case .lotgenotengroep: "Alle lotgenotengroepen"
        case .loket: "Alle loketten"
        case .casus, .plan: "Alle voorbeelden"
        }
    }

    private static func facts(for entry: any DirectoryEntry, context: RenderContext) -> [[String: Any]] {
        let common = entry.common
        var facts: [[String: Any]] = []
        func add(_ term: String, _ text: String? = nil, links: [(String, String)] = []) {
            guard text != nil || !links.isEmpty else { return }
            var fact: [String: Any] = ["term": term, "links": links.map { ["label": $0.0, "url": $0.1] }]
            if let text { fact["text"] = text }
            facts.append(fact)
        }
        switch entry {
        case let voorziening as Voorziening:
            let key = voorziening.categorie.value
            add("Soort hulp", links: [(context.label(key, in: .categorie), "/categorie/\(key)/")])
        case let group as Lotgenotengroep:
            add("Thema", context.label(group.thema.value, in: .thema))
        case let loket as Loket:
            add("Soort loket", context.label(loket.soort.value, in: .soort))
            add("U kunt hier terecht met vragen over", loket.vragenOver.map { context.label($0.value, in: .vragen_over) }.joined(separator: ", "))
        default:
            break
        }
        add("Voor wie", links: common.doelgroepen.map { (context.label($0.value, in: .doelgroepen), "/doelgroep/\($0.value)/") })
        if let age = ageText(common.leeftijd) { add("Leeftijd", age) }
        add("Gemeenten", links: common.gemeenten.map { municipality in
            municipality.value == "landelijk" ? ("Heel Nederland", "/a-z/") : (municipality.value, RenderContext.gemeentePath(municipality.value))
        })
        if !common.wijken.isEmpty { add("Wijken", common.wijken.joined(separator: ", ")) }
        if let voorziening = entry as? Voorziening {
            add("Hoe komt u eraan", voorziening.toegang.explanation)
            if let wet = voorziening.wet, wet != "geen" { add("Wet", lawLabel(wet)) }
        }
        add("Kosten", costText(common))
        add("Talen", common.talen.map(LanguageNames.dutchName).joined(separator: ", "))
        if let group = entry as? Lotgenotengroep {
            if let leader = group.begeleiding { add("Begeleiding", leader) }
            if let join = group.aanmelden { add("Aanmelden", join) }
        }
        if let provider = common.aanbieder {
            if let website = provider.website { add("Aanbieder", links: [(provider.naam, website)]) } else { add("Aanbieder", provider.naam) }
        }
        return facts
    }

    private static func costText(_ common: EntryCommon) -> String? {
        switch (common.gratis, common.kosten) {
        case (true, let text?) where text.lowercased() != "gratis": "Gratis. \(text)"
        case (true, _): "Gratis"
        case (false, let text): text
        }
    }

    private static func ageText(_ range: AgeRange?) -> String? {
        switch (range?.minimum, range?.maximum) {
        case (let low?, let high?): "Van \(low) tot en met \(high) jaar"
        case (let low?, nil): "Vanaf \(low) jaar"
        case (nil, let high?): "Tot en met \(high) jaar"
        case (nil, nil): nil
        }
    }

    private static func lawLabel(_ code: String) -> String {
        ["wmo": "Wet maatschappelijke ondersteuning (Wmo)", "wlz": "Wet langdurige zorg (Wlz)",
         "zvw": "Zorgverzekeringswet (Zvw)", "jeugdwet": "Jeugdwet"][code] ?? code
    }

    private static func statusNotice(_ status: EntryStatus) -> String? {
        switch status {
        case .actief: nil
        case .tijdelijkGesloten: "Let op: deze voorziening is tijdelijk gesloten. Neem contact op voor meer informatie."
        case .gestopt: "Let op: deze voorziening bestaat niet meer. Zoek op deze site naar een andere voorziening."
        }
    }

    private static func checked(_ date: LocalDate, context: RenderContext) -> [String: Any] {
        let staleAfter = context.site.settings.staleAfterMonths
        return [
            "iso": date.iso,
            "text": DutchDateFormatter.long(date),
            "relative": DutchDateFormatter.relativeAge(of: date, today: context.today),
            "isStale": FreshnessRule(staleAfterMonths: staleAfter).isStale(date, today: context.today),
        ]
    }

    private static func contact(_ details: ContactDetails?) -> [String: Any]? {
        guard let details, !details.isEmpty else { return nil }
        var values: [String: Any] = [:]
        if let phone = details.telefoon {
            values["telefoon"] = phone
            values["telefoonHref"] = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
        }
        if let email = details.email { values["email"] = email }
        if let website = details.website { values["website"] = website }
        return values
    }

    private static func location(_ location: Location) -> [String: Any] {
        var values: [String: Any] = [:]
        values["naam"] = location.naam
        values["adres"] = location.adres
        values["postcodePlaats"] = [location.postcode, location.plaats].compactMap { $0 }.joined(separator: " ")
        values["toegankelijkheid"] = location.toegankelijkheid
        return values.compactMapValues { value in (value as? String).map { $0.isEmpty ? nil : $0 } ?? value }
    }

    private static func schedule(_ hours: OpeningHours, heading: String, context: RenderContext) -> [String: Any] {
        let exceptions = hours.upcomingExceptionRows(from: context.today)
        var values: [String: Any] = [
            "heading": heading,
            "browserJSON": hours.browserJSON,
            "rows": hours.dutchRows().map { ["dag": $0.dayLabel, "tijden": $0.text] },
        ]
        values["uitzonderingen"] = exceptions.map { ["dag": $0.dayLabel, "tijden": $0.text] }
        return values
    }

    private static func meetings(_ group: Lotgenotengroep, context: RenderContext) -> [String: Any] {
        let schedule = group.bijeenkomsten
        let time = "van \(schedule.begin.dutch) tot \(schedule.end.dutch) uur"
        let next = schedule.occurrences(from: context.today, limit: 3).map { "\(DutchDateFormatter.longWithWeekday($0)), \(time)" }
        var values: [String: Any] = [
            "beschrijving": schedule.dutchDescription(),
            "icsURL": "\(group.url)bijeenkomsten.ics",
        ]
        values["volgende"] = next
        return values
    }
}
