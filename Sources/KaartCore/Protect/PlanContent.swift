/// Everything the plan page shows, already resolved by the build (labels looked up, linked services
/// taken from the public entries, notes rendered by cmark in safe mode). Input of `PlanContentRenderer`.
public struct PlanContent: Sendable {
    /// A person to contact.
    public struct Contact: Sendable {
        public var naam: String
        public var organisatie: String
        public var telefoon: String
        public var email: String

        public init(naam: String, organisatie: String, telefoon: String, email: String) {
            self.naam = naam
            self.organisatie = organisatie
            self.telefoon = telefoon
            self.email = email
        }
    }

    /// A public service linked from a goal, with its contact details.
    public struct LinkedService: Sendable {
        public var title: String
        /// URL of the service's public page on the site.
        public var url: String
        public var telefoon: String?
        public var email: String?
        public var website: String?

        public init(title: String, url: String, telefoon: String? = nil, email: String? = nil, website: String? = nil) {
            self.title = title
            self.url = url
            self.telefoon = telefoon
            self.email = email
            self.website = website
        }
    }

    /// One goal with its agreements and the services that help.
    public struct Goal: Sendable {
        public var doel: String
        public var resultaatgebiedLabel: String
        public var afspraken: [String]
        public var services: [LinkedService]

        public init(doel: String, resultaatgebiedLabel: String, afspraken: [String], services: [LinkedService]) {
            self.doel = doel
            self.resultaatgebiedLabel = resultaatgebiedLabel
            self.afspraken = afspraken
            self.services = services
        }
    }

    /// A Zelfredzaamheidsmatrix score (1–5) for one domain, optionally with the earlier score.
    public struct ZRMScore: Sendable {
        public var domainLabel: String
        public var score: Int
        public var previous: Int?

        public init(domainLabel: String, score: Int, previous: Int? = nil) {
            self.domainLabel = domainLabel
            self.score = score
            self.previous = previous
        }
    }

    public var client: String
    public var regisseur: Contact
    /// Date the plan was made, in Dutch words, e.g. "3 november 2026".
    public var opgesteld: String
    /// Date of the next evaluation in Dutch words, if planned.
    public var evaluatie: String?
    /// Last valid day, in Dutch words.
    public var geldigTot: String
    public var goals: [Goal]
    public var zrm: [ZRMScore]
    /// Notes from the plan body, already rendered to safe HTML. Inserted as is.
    public var notesHTML: String
    /// The page URL without the token (printed on the handout).
    public var pageURL: String
    /// The full share link including `#token`; only ever rendered into the QR code.
    public var shareLink: String

    public init(
        client: String, regisseur: Contact, opgesteld: String, evaluatie: String?, geldigTot: String,
        goals: [Goal], zrm: [ZRMScore], notesHTML: String, pageURL: String, shareLink: String
    ) {
        self.client = client
        self.regisseur = regisseur
        self.opgesteld = opgesteld
        self.evaluatie = evaluatie
        self.geldigTot = geldigTot
        self.goals = goals
        self.zrm = zrm
        self.notesHTML = notesHTML
        self.pageURL = pageURL
        self.shareLink = shareLink
    }
}
