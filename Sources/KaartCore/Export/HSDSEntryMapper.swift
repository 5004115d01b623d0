/// Maps one directory entry (voorziening, lotgenotengroep or loket) to its HSDS records.
///
/// Casussen and plans are not directory entries, so they can never reach this type.
struct HSDSEntryMapper: Sendable {
    let settings: SiteSettings
    let ids: HSDSIdentifier
    let taxonomy: HSDSTaxonomyMapper
    var schedules: HSDSScheduleMapper { HSDSScheduleMapper(ids: ids) }

    func records(for entry: any DirectoryEntry) -> HSDSServiceRecords {
        let common = entry.common
        let key = "\(entry.kind.folder)/\(common.slug)"
        let organization = organization(for: common.aanbieder)
        let serviceId = ids.id("service", key)
        let service = HSDSService(
            id: serviceId, organizationId: organization.id, name: common.titel, description: common.samenvatting,
            url: common.contact?.website ?? settings.basisURL + entry.url, email: common.contact?.email,
            status: HSDSService.status(for: common.status), applicationProcess: applicationProcess(entry),
            feesDescription: common.kosten, minimumAge: common.leeftijd?.minimum, maximumAge: common.leeftijd?.maximum,
            assuredDate: common.laatstGecontroleerd.value.iso)
        var records = HSDSServiceRecords(service: service, organization: organization)
        if let number = common.contact?.telefoon {
            records.phones = [HSDSPhone(id: ids.id("phone", key), serviceId: serviceId, number: number)]
        }
        records.schedules = scheduleRows(entry, serviceId: serviceId, key: key)
        records.serviceAreas = serviceAreas(common, serviceId: serviceId, key: key)
        addLocations(common, organizationId: organization.id, serviceId: serviceId, key: key, to: &records)
        records.languages = common.talen.map { code in
            HSDSLanguage(id: ids.id("language", "\(key)|\(code)"), serviceId: serviceId, name: LanguageNames.dutchName(code), code: code)
        }
        if common.gratis {
            records.costOptions = [HSDSCostOption(id: ids.id("cost_option", key), serviceId: serviceId, option: "Gratis",
                                                  currency: "EUR", amount: 0, amountDescription: common.kosten)]
        }
        let codes = taxonomyCodes(entry)
        records.attributes = taxonomy.attributes(codes, serviceId: serviceId, key: key, nested: false) + keywords(common, serviceId, key)
        records.nestedAttributes = taxonomy.attributes(codes, serviceId: serviceId, key: key, nested: true) + keywords(common, serviceId, key)
        return records
    }

    /// The provider, or, when the entry names none, the site's beheerder: HSDS links every
    /// service to an organization, and the beheerder answers for the information.
    func organization(for provider: Provider?) -> HSDSOrganization {
        if let provider {
            return HSDSOrganization(id: ids.id("organization", provider.naam), name: provider.naam,
                                    description: "Aanbieder in \(settings.titel).", website: provider.website)
        }
        return HSDSOrganization(id: ids.id("organization", "beheerder"), name: settings.beheerder.naam,
                                description: "Beheerder van \(settings.titel). Aanbod zonder bekende aanbieder staat op naam van de beheerder.",
                                email: settings.beheerder.email, website: settings.basisURL)
    }

    private func applicationProcess(_ entry: any DirectoryEntry) -> String? {
        switch entry {
        case let voorziening as Voorziening: voorziening.toegang.explanation
        case let group as Lotgenotengroep: group.aanmelden
        default: nil
        }
    }

    private func scheduleRows(_ entry: any DirectoryEntry, serviceId: String, key: String) -> [HSDSSchedule] {
        var rows = entry.common.openingstijden.map { schedules.weeklyRows($0, label: "Openingstijden", serviceId: serviceId, key: key) } ?? []
        if let loket = entry as? Loket, let hours = loket.spreekuren {
            rows += schedules.weeklyRows(hours, label: "Spreekuur", serviceId: serviceId, key: key)
        }
        if let group = entry as? Lotgenotengroep {
            rows.append(schedules.meetingRow(group.bijeenkomsten, serviceId: serviceId, key: key))
        }
        return rows
    }

    private func serviceAreas(_ common: EntryCommon, serviceId: String, key: String) -> [HSDSServiceArea] {
        let municipalities = common.gemeenten.map { gemeente in
            let national = gemeente.value == "landelijk"
            return HSDSServiceArea(id: ids.id("service_area", "\(key)|gemeente|\(gemeente.value)"), serviceId: serviceId,
                                   name: national ? "Nederland" : gemeente.value, description: national ? "Landelijk" : "Gemeente")
        }
        return municipalities + common.wijken.map { wijk in
            HSDSServiceArea(id: ids.id("service_area", "\(key)|wijk|\(wijk)"), serviceId: serviceId, name: wijk, description: "Wijk")
        }
    }

    /// Locations with their address; nothing at all for an entry with `vertrouwelijk_adres`.
    private func addLocations(_ common: EntryCommon, organizationId: String, serviceId: String, key: String,
                              to records: inout HSDSServiceRecords) {
        guard !common.vertrouwelijkAdres else { return }
        for (index, place) in common.locaties.enumerated() {
            let locationId = ids.id("location", "\(key)|\(index)")
            records.locations.append(HSDSLocation(id: locationId, locationType: "physical", organizationId: organizationId,
                                                  name: place.naam ?? common.titel, latitude: place.latitude, longitude: place.longitude))
            if let street = place.adres, let postcode = place.postcode, let city = place.plaats {
                records.addresses.append(HSDSAddress(id: ids.id("address", "\(key)|\(index)"), locationId: locationId, address1: street,
                                                     city: city, stateProvince: settings.provincie, postalCode: postcode,
                                                     country: "NL", addressType: "physical"))
            }
            if let access = place.toegankelijkheid {
                records.accessibility.append(HSDSAccessibility(id: ids.id("accessibility", "\(key)|\(index)"),
                                                               locationId: locationId, description: access))
            }
            records.serviceAtLocations.append(HSDSServiceAtLocation(id: ids.id("service_at_location", "\(key)|\(index)"),
                                                                    serviceId: serviceId, locationId: locationId))
        }
    }

    private func taxonomyCodes(_ entry: any DirectoryEntry) -> [(Taxonomy.Group, String)] {
        var codes: [(Taxonomy.Group, String)] = []
        switch entry {
        case let voorziening as Voorziening:
            codes.append((.categorie, voorziening.categorie.value))
            codes += voorziening.resultaatgebieden.map { (.resultaatgebieden, $0.value) }
        case let group as Lotgenotengroep:
            codes.append((.thema, group.thema.value))
        case let loket as Loket:
            codes.append((.soort, loket.soort.value))
            codes += loket.vragenOver.map { (.vragen_over, $0.value) }
        default:
            break
        }
        return codes + entry.common.doelgroepen.map { (.doelgroepen, $0.value) }
    }

    private func keywords(_ common: EntryCommon, _ serviceId: String, _ key: String) -> [HSDSAttribute] {
        common.trefwoorden.map { word in
            HSDSAttribute(id: ids.id("attribute", "\(key)|trefwoord|\(word)"), linkId: serviceId, linkType: "trefwoord",
                          linkEntity: "service", value: word)
        }
    }
}
