/// The small script the preview server adds to every HTML page it serves (never to `kaart build` output).
///
/// It asks `/__kaart/versie` every second; when the number changes (after a rebuild, good or failed)
/// it reloads the page. While the server is stopped the requests fail quietly.
enum ReloadScript {
    /// The URL path that answers with the current build number.
    static let versionPath = "/__kaart/versie"

    static func tag(version: Int) -> String {
        """
        <script data-kaart-serve>(() => {
          const seen = "\(version)";
          setInterval(async () => {
            try {
              const r = await fetch("\(versionPath)", { cache: "no-store" });
              if (r.ok && (await r.text()).trim() !== seen) location.reload();
            } catch {}
          }, 1000);
        })();</script>
        """
    }

    /// `html` with the script inserted before `</body>` (or appended when there is none).
    static func inject(into html: String, version: Int) -> String {
        let script = tag(version: version)
        guard let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "\n</body>")
    }
}
