/// One unit of build output: a page, a calendar file, the search index, a plan page, ….
///
/// `fingerprint` summarises every input of `render`; when it equals the one recorded in the
/// build cache, the job's files are carried over from the current site instead of rendered.
/// A job without a fingerprint is always rendered (it is cheap), and its files are still
/// carried over when their bytes did not change.
struct OutputJob: Sendable {
    let id: String
    let fingerprint: (@Sendable () -> Fingerprint)?
    let render: @Sendable () -> [OutputFile]

    init(id: String, fingerprint: (@Sendable () -> Fingerprint)?, render: @escaping @Sendable () -> [OutputFile]) {
        self.id = id
        self.fingerprint = fingerprint
        self.render = render
    }
}
