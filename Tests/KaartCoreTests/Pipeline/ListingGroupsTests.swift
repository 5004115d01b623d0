import Foundation
import Testing
@testable import KaartCore

/// The listing pages find their entries through `ListingGroups`: every group holds its
/// positions in listing order, and an entry once, also when it names a value twice.
struct ListingGroupsTests {
    @Test func anEntryThatNamesAValueTwiceIsInItsGroupOnce() throws {
        let site = try FixtureSite("""
            -- voorzieningen/dubbel.md --
            ---
            titel: Aardig Ontmoeten
            samenvatting: Twee keer dezelfde gemeente en doelgroep.
            categorie: inloop
            gemeenten: [Testdorp, landelijk, Testdorp]
            doelgroepen: [inwoners, mantelzorgers, inwoners]
            toegang: vrij
            laatst_gecontroleerd: 2026-10-01
            locaties: []
            ---
            Tekst.
            """)
        defer { site.remove() }
        let (_, context) = try FixtureSite.renderContext(contentDirectory: site.contentDirectory)
        let groups = context.listingGroups
        let position = try #require(context.listedEntries.firstIndex { $0.slug == "dubbel" })
        #expect(groups.byGemeente["Testdorp"]?.filter { $0 == position }.count == 1)
        #expect(groups.byGemeente["landelijk"]?.filter { $0 == position }.count == 1)
        #expect(groups.byDoelgroep["inwoners"]?.filter { $0 == position }.count == 1)
        #expect(groups.byDoelgroep["mantelzorgers"]?.filter { $0 == position }.count == 1)
        for group in [groups.byGemeente, groups.byDoelgroep, groups.byCategorie, groups.byLetter].flatMap(\.values) {
            #expect(group == group.sorted() && Set(group).count == group.count, "\(group)")
        }
        #expect(groups.byGemeente["Testdorp"]?.count ?? 0 >= 2)
    }
}
