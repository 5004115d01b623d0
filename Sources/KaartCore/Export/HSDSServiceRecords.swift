/// Every HSDS record one directory entry produces, before they are spread over the tables.
struct HSDSServiceRecords: Sendable {
    var service: HSDSService
    var organization: HSDSOrganization
    var phones: [HSDSPhone] = []
    var schedules: [HSDSSchedule] = []
    var serviceAreas: [HSDSServiceArea] = []
    var locations: [HSDSLocation] = []
    var addresses: [HSDSAddress] = []
    var accessibility: [HSDSAccessibility] = []
    var serviceAtLocations: [HSDSServiceAtLocation] = []
    var languages: [HSDSLanguage] = []
    var costOptions: [HSDSCostOption] = []
    var attributes: [HSDSAttribute] = []
    /// The same attributes with their terms inline, for the nested service document.
    var nestedAttributes: [HSDSAttribute] = []

    /// The service with every related record nested, as `compiled/service_with_definitions.json` describes.
    var nestedDocument: HSDSService {
        var document = service
        document.organization = organization
        document.phones = phones
        document.schedules = schedules
        document.serviceAreas = serviceAreas
        document.serviceAtLocations = serviceAtLocations.map { link in
            var nested = link
            if var location = locations.first(where: { $0.id == link.locationId }) {
                location.addresses = addresses.filter { $0.locationId == location.id }
                location.accessibility = accessibility.filter { $0.locationId == location.id }
                nested.location = location
            }
            return nested
        }
        document.languages = languages
        document.costOptions = costOptions
        document.attributes = nestedAttributes
        return document
    }
}
