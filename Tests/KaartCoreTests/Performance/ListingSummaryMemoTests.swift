import Foundation
import Mustache
import Testing
@testable import KaartCore

/// Every entry's summary carries a `MustachePartialMemo`, so `entry-summary` renders it once for
/// all the listings it is on. These tests hold the listings of the example site to the same pages
/// rendered without memos, and check that the shipped template lets the memo keep its text.
struct ListingSummaryMemoTests {
    @Test func listingsRenderAsWithoutMemos() throws {
        let (_, context) = try FixtureSite.renderContext(contentDirectory: FixtureSite.exampleContentDirectory)
        let specs = ListingPageRenderer(context: context).specs(summaries: EntrySummaryTable(context: context))
        let memos = specs.flatMap { Self.memos(in: $0.values) }
        #expect(memos.count > 100)
        for spec in specs {
            let withoutMemos = PageSpec(template: spec.template, path: spec.path, values: Self.removingMemos(spec.values) as! [String: Any])
            #expect(context.render(spec) == context.render(withoutMemos), "\(spec.path)")
        }
        #expect(memos.allSatisfy { $0.holdsText(of: "entry-summary") })
    }

    private static func memos(in value: Any) -> [MustachePartialMemo] {
        switch value {
        case let memo as MustachePartialMemo: [memo]
        case let dictionary as [String: Any]: dictionary.values.flatMap(memos(in:))
        case let array as [Any]: array.flatMap(memos(in:))
        default: []
        }
    }

    private static func removingMemos(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            dictionary.filter { $0.key != MustachePartialMemo.key }.mapValues(removingMemos)
        case let array as [[String: Any]]: array.map { removingMemos($0) as! [String: Any] }
        case let array as [Any]: array.map(removingMemos)
        default: value
        }
    }
}
