import Foundation

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

extension OutputJob {
    /// Starts rendering on another thread now. The returned job has the same id and fingerprint,
    /// and its `render` hands over those files once they are made; `finished` waits for them too.
    func renderingInBackground() -> (job: OutputJob, finished: DispatchGroup) {
        let files = ConcurrentResults<[OutputFile]>(count: 1)
        let finished = DispatchGroup()
        let render = self.render
        DispatchQueue.global(qos: .userInitiated).async(group: finished) { files[0] = render() }
        return (OutputJob(id: id, fingerprint: fingerprint, render: {
            finished.wait()
            return files.values[0]
        }), finished)
    }
}
