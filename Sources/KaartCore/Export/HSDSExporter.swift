import Foundation

/// Writes an `HSDSDataset` as HSDS 3 JSON:
///
/// - `OUT/<table>.json`: one array per table (`services.json`, `locations.json`, …), each record
///   valid against that table's schema and linked to others by id;
/// - `OUT/services/<id>.json`: one nested service document per service, valid against
///   `compiled/service_with_definitions.json`.
///
/// Keys are sorted and ids are name-based, so exporting unchanged content gives identical files.
public struct HSDSExporter: Sendable {
    private let outputDirectory: URL

    public init(outputDirectory: String) {
        self.outputDirectory = URL(fileURLWithPath: outputDirectory)
    }

    /// Writes every file, replacing service documents left by an earlier export.
    public func write(_ dataset: HSDSDataset) throws {
        let servicesFolder = outputDirectory.appendingPathComponent("services")
        try FileManager.default.createDirectory(at: servicesFolder, withIntermediateDirectories: true)
        try removeOldServiceDocuments(in: servicesFolder)
        for table in dataset.tables {
            try encode(table.records.map(AnyEncodable.init)).write(to: outputDirectory.appendingPathComponent(table.file))
        }
        for document in dataset.serviceDocuments {
            try encode(document).write(to: servicesFolder.appendingPathComponent("\(document.id).json"))
        }
    }

    /// JSON with snake_case keys, sorted, one record per block: stable and readable in a diff.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func encode(_ value: some Encodable) throws -> Data {
        var data = try Self.encoder().encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Only files named like an exported id are removed, so nothing else in the folder is touched.
    private func removeOldServiceDocuments(in folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".json") && UUID(uuidString: String(name.dropLast(5))) != nil {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// Lets the exporter encode tables of different record types through one code path.
private struct AnyEncodable: Encodable {
    let value: any Encodable

    init(_ value: any Encodable) {
        self.value = value
    }

    func encode(to encoder: Encoder) throws {
        try value.encode(to: encoder)
    }
}
