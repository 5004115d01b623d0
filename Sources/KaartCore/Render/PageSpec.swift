/// One page before it is rendered: its template, its path in the output folder and the values
/// the template reads. Rendering is a pure function of these three (and the template set), so
/// the incremental build can fingerprint a spec and skip rendering an unchanged page.
///
/// `@unchecked Sendable`: the values are built once and never mutated afterwards.
struct PageSpec: @unchecked Sendable {
    let template: String
    /// Relative path, e.g. `categorie/respijtzorg/index.html`.
    let path: String
    let values: [String: Any]
}

extension RenderContext {
    func spec(_ template: String, path: String, _ values: [String: Any]) -> PageSpec {
        PageSpec(template: template, path: path, values: values)
    }

    func render(_ spec: PageSpec) -> OutputFile {
        html(spec.template, path: spec.path, spec.values)
    }
}
