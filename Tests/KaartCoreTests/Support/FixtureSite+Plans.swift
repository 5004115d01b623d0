import Foundation
@testable import KaartCore

/// Plans in fixture sites: a plan file, a private token store beside `content/` and `public/`,
/// and builds with plans and pinned randomness.
extension FixtureSite {
    /// Strings that occur only in `planFile`, so finding one in `public/` is a leak.
    static let planSecrets = [
        "Wilhelmina",                       // client
        "Quakkelaar",                       // regisseur
        "buurvrouw Zwaantje",               // goal
        "Kersenmarkt",                      // goal
        "wandelmaatje met een rollator",    // agreement
        "Perenboomgaard van oom Bartholomeus",  // notes
    ]

    /// One plan, valid until 2027-05-31, that links the public `inloop` and `logeerhuis` entries.
    static func planFile(slug: String = "plan-wilhelmina", geldigTot: String = "2027-05-31") -> String {
        """
        -- plannen/\(slug).md --
        ---
        client: Wilhelmina
        regisseur:
          naam: Jorinde Quakkelaar
          organisatie: Sociaal team Testdorp
          telefoon: "06 1111 2222"
          email: j.quakkelaar@example.nl
        opgesteld: 2026-11-01
        evaluatie: 2027-01-15
        geldig_tot: \(geldigTot)
        doelen:
          - doel: Ik wandel elke zaterdag met buurvrouw Zwaantje naar de Kersenmarkt.
            resultaatgebied: regie
            afspraken:
              - Jorinde belt de vrijwilligerscentrale over een wandelmaatje met een rollator.
            voorzieningen: [inloop]
          - doel: Mijn dochter kan een weekend per maand op adem komen.
            resultaatgebied: mantelzorgondersteuning
            afspraken:
              - We vragen een indicatie aan voor het logeerhuis.
            voorzieningen: [logeerhuis]
        zrm:
          financien: 3
          sociaal_netwerk: 2
        zrm_eerder:
          financien: 2
        ---
        Een aantekening over de Perenboomgaard van oom Bartholomeus.
        """
    }

    /// The token store of this fixture: outside `content/` and `public/`.
    var tokenStorePath: String { root.appendingPathComponent("geheim/tokens.json").path }

    /// Build options that read plans and use this fixture's token store.
    func planOptions() -> BuildOptions {
        var options = options(plans: true)
        options.tokenStorePath = tokenStorePath
        return options
    }

    /// Builds with plans, today pinned to `FixtureSite.today` and nonces from a fixed seed.
    @discardableResult
    func buildWithPlans(today: LocalDate = FixtureSite.today, seed: UInt64 = 7) throws(BuildFailure) -> BuildReport {
        try SiteBuilder(options: planOptions(), clock: FixedBuildClock(today: today), random: SeededRandomBytes(seed: seed)).build()
    }

    /// The diagnostics of a build with plans that must fail; empty when it unexpectedly succeeded.
    func failingPlanBuild() -> [Diagnostic] {
        do {
            try buildWithPlans()
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// Changes the token store the way `kaart plan …` does, and saves it (mode 0600).
    @discardableResult
    func changeTokens<Result>(_ change: (inout TokenStore) throws -> Result) throws -> Result {
        let url = URL(fileURLWithPath: tokenStorePath)
        var store = try TokenStore.load(from: url)
        let result = try change(&store)
        try store.save(to: url)
        return result
    }

    /// The same for a change whose result is not needed, so `try site.changeTokens { try $0.rotate(…) }`
    /// also compiles as the only statement of a closure that returns nothing.
    func changeTokens(_ change: (inout TokenStore) throws -> Void) throws {
        let url = URL(fileURLWithPath: tokenStorePath)
        var store = try TokenStore.load(from: url)
        try change(&store)
        try store.save(to: url)
    }

    /// Issues a token for `slug` with a fixed seed and saves the store.
    @discardableResult
    func issueToken(for slug: String = "plan-wilhelmina", seed: UInt64 = 42) throws -> PlanToken {
        try changeTokens { try $0.issue(slug: slug, today: "2026-11-20", random: SeededRandomBytes(seed: seed)) }
    }

    /// Every file under `public/` as (path relative to `public/`, bytes), sorted by path.
    func publishedFiles() throws -> [(path: String, data: Data)] {
        let root = URL(fileURLWithPath: outputDirectory)
        guard let paths = FileManager.default.subpaths(atPath: root.path) else { return [] }
        return try paths.sorted().compactMap { relative in
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return (relative, try Data(contentsOf: url))
        }
    }

    /// The published plan pages: paths like `plan/<id>/index.html`.
    func planPages() throws -> [String] {
        // Each page also has a `.gz` copy for gzip_static; count the pages themselves.
        try publishedFiles().map(\.path).filter { $0.hasPrefix("plan/") && $0.hasSuffix("/index.html") }
    }

    /// The envelope inside a published plan page.
    func envelope(at path: String) throws -> PlanEnvelope {
        let html = try read(path)
        let startMarker = "<script type=\"application/json\" id=\"plan-envelope\">"
        guard let start = html.range(of: startMarker),
              let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex)
        else { throw PlanCryptoError.malformedEnvelope }
        return try PlanEnvelope(json: String(html[start.upperBound..<end.lowerBound]))
    }
}
