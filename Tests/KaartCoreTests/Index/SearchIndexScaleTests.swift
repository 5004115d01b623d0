import Foundation
import Testing
@testable import KaartCore

/// Byte budget of a first query: runs the real search-engine.js in node against the generated files,
/// with a fetch that records the gzip size of every file the query needs.
/// 10 000 documents always; set KAART_SCALE=100000 for the national-scale case.
@Suite struct SearchIndexScaleTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let queries = ["logeren", "mantelzorg ondersteuning", "dementie groep", "begel", "demntie", "clienten",
                          "oppas voor mijn moeder", "zorg", "dmentie", "ementie"]
    static let budget = 100_000

    static let script = """
    import { readFileSync } from 'node:fs';
    import { gzipSync } from 'node:zlib';
    const [engineUrl, dir, ...queries] = process.argv.slice(1);
    const { createSearchEngine } = await import(engineUrl);
    const out = {};
    for (const q of queries) {
      let gzip = 0, raw = 0, files = 0;
      const fetch = async (url) => {
        const text = readFileSync(dir + '/' + url.replace('/zoeken/index/', ''), 'utf8');
        gzip += gzipSync(text).length; raw += Buffer.byteLength(text); files += 1;
        return { ok: true, text: async () => text };
      };
      const engine = createSearchEngine({ base: '/zoeken/index/', fetch });
      const started = performance.now();
      const r = await engine.search(q);
      out[q] = { gzip, raw, files, total: r.total, shown: r.results.length, ms: Math.round(performance.now() - started) };
    }
    console.log(JSON.stringify(out));
    """

    struct Measurement: Decodable { var gzip: Int; var raw: Int; var files: Int; var total: Int; var shown: Int; var ms: Int }

    static func measure(documents count: Int) throws -> (files: [OutputFile], perQuery: [String: Measurement]) {
        var generator = SyntheticSiteGenerator()
        let words = TestDictionary.words.sorted()
        let docs = generator.documents(count: count, words: words)
        let start = Date()
        let files = SearchIndexBuilder(dictionary: TestDictionary.words, synonyms: SearchFixtureDocuments.synonyms).build(docs)
        let buildSeconds = Date().timeIntervalSince(start)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-scale-\(count)-\(getpid())")
        defer { if ProcessInfo.processInfo.environment["KAART_KEEP"] == nil { try? FileManager.default.removeItem(at: dir) } }
        for file in files {
            let url = dir.appendingPathComponent(String(file.path.dropFirst(SearchIndexBuilder.folder.count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let engine = root.appendingPathComponent("templates/assets/search-engine.js").absoluteString
        process.arguments = ["node", "--input-type=module", "-e", script, engine, dir.path] + queries
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let perQuery = try JSONDecoder().decode([String: Measurement].self, from: output)
        let total = files.reduce(0) { $0 + $1.bytes.count }
        print("[scale] \(count) docs: built in \(String(format: "%.1f", buildSeconds)) s, \(files.count) files, \(total) bytes raw")
        for q in queries { let m = perQuery[q]!; print("[scale] \(count) '\(q)': \(m.gzip) B gzip (\(m.raw) raw) in \(m.files) files, \(m.total) results, \(m.ms) ms") }
        return (files, perQuery)
    }

    @Test func firstQueryFitsTheBudgetAt10000Documents() throws {
        try #require(!TestDictionary.words.isEmpty)
        let (_, perQuery) = try Self.measure(documents: 10_000)
        for (query, m) in perQuery {
            #expect(m.gzip < Self.budget, "\(query): \(m.gzip) bytes")
            #expect(m.shown > 0, "\(query) finds nothing")
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KAART_SCALE"] == "100000"))
    func firstQueryFitsTheBudgetAt100000Documents() throws {
        let (_, perQuery) = try Self.measure(documents: 100_000)
        for (query, m) in perQuery {
            #expect(m.gzip < Self.budget, "\(query): \(m.gzip) bytes")
            #expect(m.shown > 0, "\(query) finds nothing")
        }
    }
}
