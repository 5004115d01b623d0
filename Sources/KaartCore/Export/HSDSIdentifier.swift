import Crypto
import Foundation

/// Deterministic HSDS identifiers: name-based UUIDs (version 5, RFC 9562) from the site's
/// address, the table and a stable key such as the entry slug.
///
/// Re-exporting unchanged content gives byte-identical files, and two sites never share ids
/// because the site address is part of every name.
public struct HSDSIdentifier: Sendable {
    /// The namespace for all kaart exports (the version-5 UUID of "kaart" in the RFC URL namespace).
    static let namespace = UUID(uuidString: "7ceefb41-c918-5a6b-9fd9-98aa20ecdab5")!

    private let site: String

    /// - Parameter siteAddress: the site's `basis_url`; it makes the ids unique per site.
    public init(siteAddress: String) {
        site = siteAddress
    }

    /// The id of the record `key` in `table`, e.g. `id(.service, "logeerhuis-de-linde")`.
    public func id(_ table: String, _ key: String) -> String {
        Self.uuidV5(namespace: Self.namespace, name: "\(site)|\(table)|\(key)").uuidString.lowercased()
    }

    static func uuidV5(namespace: UUID, name: String) -> UUID {
        var bytes = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        bytes += Array(name.utf8)
        var hash = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50  // version 5
        hash[8] = (hash[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7],
                           hash[8], hash[9], hash[10], hash[11], hash[12], hash[13], hash[14], hash[15]))
    }
}
