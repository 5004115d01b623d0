/// The settings in `site.yml`.
public struct SiteSettings: Sendable {
    public struct Manager: Sendable {
        public var naam: String
        public var email: String
        public var telefoon: String
    }

    /// A question residents come with, shown first on the home page.
    public struct StartQuestion: Sendable {
        public var vraag: String
        public var uitleg: String?
        public var link: String
    }

    public var titel: String
    /// The absolute site address without a trailing slash, e.g. `https://socialekaart.lindeveen.nl`.
    public var basisURL: String
    public var gemeenten: [String]
    public var provincie: String
    public var beheerder: Manager
    public var staleAfterMonths: Int
    public var startQuestions: [StartQuestion]
}
