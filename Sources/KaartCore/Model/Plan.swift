/// A client's plan (`plannen/`). Never published in plain text.
public struct Plan: Sendable {
    public struct Director: Sendable {
        public var naam: String
        public var organisatie: String
        public var telefoon: String
        public var email: String
    }

    public struct Goal: Sendable {
        public var doel: String
        public var resultaatgebied: Located<String>?
        public var afspraken: [String]
        public var voorzieningen: [Located<String>]
    }

    public var slug: String
    public var path: String
    public var client: String
    public var regisseur: Director
    public var opgesteld: LocalDate
    public var evaluatie: LocalDate?
    public var geldigTot: LocalDate
    public var doelen: [Goal]
    /// Zelfredzaamheidsmatrix scores per domain, in file order.
    public var zrm: [(domain: String, score: Int)]
    public var zrmEerder: [(domain: String, score: Int)]
    public var body: String
}
