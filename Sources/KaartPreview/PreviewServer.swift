import Foundation
import Hummingbird
import KaartCore

/// `kaart serve`: builds the site, serves it on 127.0.0.1, rebuilds when a source file changes,
/// and makes open pages reload. A failed build is shown in the browser as a Dutch error page.
public struct PreviewServer: Sendable {
    private let options: PreviewOptions
    private let log: @Sendable (String) -> Void

    /// - Parameter log: where build summaries and errors go (the terminal).
    public init(options: PreviewOptions, log: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.log = log
    }

    /// Builds once, then serves and watches until the process gets SIGINT or SIGTERM.
    /// `onListening` receives the URL once the port is bound (useful with port 0).
    public func run(onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        let session = PreviewSession()
        let builder = PreviewBuilder(options: options.build, log: log)
        let watcher = SourceWatcher(directories: options.watchedDirectories)
        let initial = watcher.snapshot()
        await session.record(errorPage: builder.build())

        let resolver = StaticFileResolver(root: options.build.outputDirectory)
        let router = Router()
        router.get(RouterPath(ReloadScript.versionPath)) { _, _ -> Response in
            let version = await session.version
            return Self.response(.ok, type: "text/plain; charset=utf-8", body: Data("\(version)".utf8))
        }
        let serveFile: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            await Self.respond(to: request.uri.path, resolver: resolver, session: session)
        }
        router.get("/", use: serveFile)
        router.get("**", use: serveFile)
        router.head("/", use: serveFile)
        router.head("**", use: serveFile)

        // Quiet Hummingbird's own request logging; our lines are the ones an editor needs.
        if ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil { setenv("LOG_LEVEL", "warning", 1) }
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: options.port), serverName: "kaart serve"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                onListening("http://127.0.0.1:\(port)/")
            })

        let interval = options.pollInterval
        let watchTask = Task.detached {
            var seen = initial
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = watcher.snapshot()
                if now != seen {
                    seen = now
                    await session.record(errorPage: builder.build())
                }
            }
        }
        defer { watchTask.cancel() }
        try await app.runService()
    }

    /// Runs the server from synchronous code (a `ParsableCommand`), blocking until it stops.
    public func runBlocking(onListening: @escaping @Sendable (String) -> Void = { _ in }) throws {
        let outcome = BlockingOutcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await run(onListening: onListening) } catch { outcome.set(error) }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    static func respond(to path: String, resolver: StaticFileResolver, session: PreviewSession) async -> Response {
        let (version, errorPage) = await session.current()
        let resolution = resolver.resolve(path)
        let wantsPage: Bool = switch resolution {
        case .file(_, let type): type.hasPrefix("text/html")
        case .redirect: false
        case .notFound: !path.contains(".") || path.hasSuffix(".html")
        }
        if wantsPage, let errorPage {
            return html(.internalServerError, errorPage, version: version)
        }
        switch resolution {
        case .redirect(let location):
            var headers = HTTPFields()
            headers[.location] = location
            headers[.cacheControl] = "no-store"
            return Response(status: .found, headers: headers)
        case .file(let file, let type):
            guard let data = FileManager.default.contents(atPath: file) else { return notFound(resolver, version: version) }
            if type.hasPrefix("text/html") { return html(.ok, String(decoding: data, as: UTF8.self), version: version) }
            return response(.ok, type: type, body: data)
        case .notFound:
            return notFound(resolver, version: version)
        }
    }

    private static func notFound(_ resolver: StaticFileResolver, version: Int) -> Response {
        let page = FileManager.default.contents(atPath: "\(resolver.root)/404.html").map { String(decoding: $0, as: UTF8.self) }
        return html(.notFound, page ?? "<!DOCTYPE html><html lang=\"nl\"><title>Niet gevonden</title><body><h1>Niet gevonden</h1></body></html>", version: version)
    }

    private static func html(_ status: HTTPResponse.Status, _ page: String, version: Int) -> Response {
        response(status, type: "text/html; charset=utf-8", body: Data(ReloadScript.inject(into: page, version: version).utf8))
    }

    private static func response(_ status: HTTPResponse.Status, type: String, body: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Carries an error out of the detached task in `runBlocking`; written once before the semaphore is signalled.
private final class BlockingOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
