import Foundation
import Testing
@testable import KaartCore

/// A listing of the spare tree may stand in for the disk only where the disk provably did not
/// change: each trusted folder unchanged since the read, below a trusted parent, and read when
/// its time had settled.
@Suite("Spare tree listing")
struct SpareTreeListingTests {
    /// A tree with two page folders under `voorzieningen/` and a file at the top.
    private final class Tree {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-listing-\(UUID().uuidString)").path
        let manager = FileManager.default

        init() throws {
            for folder in ["voorzieningen/inloop", "voorzieningen/logeerhuis", "a-z"] {
                try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
                try write("pagina", to: "\(folder)/index.html")
            }
            try write("start", to: "index.html")
        }

        func write(_ text: String, to relative: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(root)/\(relative)"))
        }

        func inode(_ relative: String) throws -> UInt64 {
            try #require(POSIXFileOutput.stamp(of: "\(root)/\(relative)")).inode
        }

        /// Listed once the folders' times have settled.
        func settledListing() -> SpareTreeListing {
            Thread.sleep(forTimeInterval: SpareTreeListing.settlingTime * 2)
            return SpareTreeListing(reading: root)
        }

        deinit { try? manager.removeItem(atPath: root) }
    }

    private static func byPath(_ folders: [SpareTreeListing.TrustedFolder]) -> [String: [String: SpareTreeListing.Entry]] {
        Dictionary(uniqueKeysWithValues: folders.map { ($0.relative, $0.entries) })
    }

    @Test func anUnchangedTreeIsTrustedWithTheInodesOfItsFiles() throws {
        let tree = try Tree()
        let trusted = Self.byPath(tree.settledListing().trustedFolders(under: tree.root))
        #expect(Set(trusted.keys) == Set(["", "voorzieningen", "voorzieningen/inloop", "voorzieningen/logeerhuis", "a-z"]))
        let top = try #require(trusted[""])
        #expect(top["index.html"] == SpareTreeListing.Entry(inode: try tree.inode("index.html"), isFolder: false))
        #expect(top["voorzieningen"]?.isFolder == true)
        #expect(trusted["voorzieningen/inloop"]?["index.html"]?.inode == (try tree.inode("voorzieningen/inloop/index.html")))
    }

    @Test func theTreeStaysTrustedUnderAnotherName() throws {
        let tree = try Tree()
        let listing = tree.settledListing()
        let renamed = tree.root + "-staging"
        try tree.manager.moveItem(atPath: tree.root, toPath: renamed)
        defer { try? tree.manager.moveItem(atPath: renamed, toPath: tree.root) }
        #expect(listing.trustedFolders(under: renamed).count == 5)
    }

    @Test func aChangedFolderAndEverythingBelowItAreReadFromDiskAgain() throws {
        let tree = try Tree()
        let listing = tree.settledListing()
        try tree.write("vreemd", to: "voorzieningen/extra.html")
        let trusted = listing.trustedFolders(under: tree.root)
        #expect(trusted.map(\.relative) == ["", "a-z"])
        #expect(trusted[1].parent == 0)
    }

    @Test func nothingBelowAFolderSwappedForALinkToItIsTrusted() throws {
        let tree = try Tree()
        let listing = tree.settledListing()
        // Through the link, the folders below look unchanged; only the top folder shows the swap.
        let outside = tree.root + "-buiten"
        try tree.manager.moveItem(atPath: "\(tree.root)/voorzieningen", toPath: outside)
        defer { try? tree.manager.removeItem(atPath: outside) }
        try tree.manager.createSymbolicLink(atPath: "\(tree.root)/voorzieningen", withDestinationPath: outside)
        #expect(listing.trustedFolders(under: tree.root).isEmpty)
    }

    @Test func aFolderChangedJustBeforeTheReadIsNotListed() throws {
        let tree = try Tree()
        // Read as if at the moment the tree was written: its times have not settled.
        let listing = SpareTreeListing(reading: tree.root, readAt: Date(timeIntervalSinceNow: -SpareTreeListing.settlingTime / 2))
        #expect(listing.trustedFolders(under: tree.root).isEmpty)
    }

    @Test func anotherTreeAtTheSamePlaceIsNotTrusted() throws {
        let tree = try Tree()
        let listing = tree.settledListing()
        let other = try Tree()
        try tree.manager.removeItem(atPath: tree.root)
        try tree.manager.moveItem(atPath: other.root, toPath: tree.root)
        #expect(listing.trustedFolders(under: tree.root).isEmpty)
    }
}
