/// What the calendar file for one lotgenotengroep says: its schedule plus the texts around it.
public struct MeetingCalendarEvent: Hashable, Sendable {
    /// Stable across builds, e.g. `lotgenotengroep-nah-leiden@kaart.example.nl`, so calendar apps
    /// update the event instead of adding a copy.
    public let uid: String
    public let summary: String
    public let location: String?
    public let description: String?
    /// Absolute URL of the group's page.
    public let url: String?
    public let schedule: MeetingSchedule

    public init(uid: String, summary: String, location: String? = nil, description: String? = nil,
                url: String? = nil, schedule: MeetingSchedule) {
        self.uid = uid
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.schedule = schedule
    }
}
