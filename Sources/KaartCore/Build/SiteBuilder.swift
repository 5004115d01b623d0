import Foundation

/// Runs the whole pipeline: load → parse → validate → render → index → protect → write.
///
/// Nothing is written to the output folder unless every stage succeeded, so a failed build leaves
/// the previous `public/` exactly as it was. Pages are rendered on every core and written into a
/// staging folder as they come; one atomic swap then puts the new site in place. With a build
/// cache (`BuildOptions.cacheDirectory`), outputs whose inputs did not change are carried over
/// from the current site by hard link instead of rendered.
public struct SiteBuilder: Sendable {
    private let options: BuildOptions
    private let clock: any BuildClock
    private let random: any RandomBytesSource
    private let wordLists: DutchWordLists
    private let memory: RebuildMemory?

    /// - Parameters:
    ///   - random: the nonce source for sealing plans; the system CSPRNG unless a test pins it.
    ///   - wordLists: the OpenTaal word list; pass one instance to several builds (watch mode)
    ///     to read it only once.
    ///   - memory: pass one instance to several builds (watch mode) to reuse their parse and
    ///     search work on unchanged files.
    public init(options: BuildOptions, clock: any BuildClock = SystemBuildClock(), random: any RandomBytesSource = SystemRandomBytes(),
                wordLists: DutchWordLists = DutchWordLists(), memory: RebuildMemory? = nil) {
        self.options = options
        self.clock = clock
        self.random = random
        self.wordLists = wordLists
        self.memory = memory
    }

    /// Builds the site. Throws `BuildFailure` with every problem found, or when writing fails.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let started = ContinuousClock.now
        memory?.startBuild()
        defer { memory?.leftovers.releaseInBackground() }
        let writer = SiteWriter(outputDirectory: options.outputDirectory,
                                removesPreviousSiteInBackground: options.removesPreviousSiteInBackground,
                                keepsPreviousSite: options.cacheDirectory != nil)
        let cacheKey = URL(fileURLWithPath: writer.outputPath).standardized.path
        var indexInAdvance: (job: OutputJob, finished: DispatchGroup)?
        // The index works in the memory that the next build starts from: it must be done before this build returns.
        defer { indexInAdvance?.finished.wait() }
        let prepared = try prepare { site, digests in
            indexInAdvance = startIndexInAdvance(site: site, digests: digests, cacheKey: cacheKey)
        }
        var timer = StageTimer()
        var diagnostics = prepared.diagnostics
        let content = prepared.checked.content
        let staging: StagingFolder
        do throws(SiteWriteError) {
            staging = try writer.beginStaging(spareListing: memory?.takeSpareListing(of: writer.sparePath))
        } catch {
            throw BuildFailure(diagnostics: diagnostics, content: content, writeError: error)
        }
        let previous = options.cacheDirectory.map { directory in
            if let remembered = memory?.buildCache(for: cacheKey) { return remembered }
            memory?.waitForManifestSaves()
            return BuildCache.load(cacheDirectory: directory, outputDirectory: cacheKey)
        }
        let runner = JobRunner(previous: previous, outputDirectory: writer.outputPath, staging: staging,
                               contentHashes: memory?.renderedContentHashes)
        timer.lap("staging + cache manifest")
        let environment = BuildEnvironment(digests: prepared.digests, content: prepared.checked.content,
                                           templates: prepared.templateFolder, today: clock.today)
        // The search index is the longest job: it starts now (if not before), while the other jobs are planned.
        let index = runner.startInBackground([indexInAdvance?.job ?? SiteJobPlanner.searchIndexJob(
            site: prepared.site, digests: prepared.digests, wordLists: wordLists, memory: memory)])
        let (jobs, plans) = planJobs(prepared, environment: environment)
        timer.lap("plan jobs (incl. plan nonces)")
        diagnostics += plans.diagnostics
        var writeError: SiteWriteError?
        if !diagnostics.contains(where: \.isError) {
            do throws(SiteWriteError) { try runner.run(jobs) } catch { writeError = error }
        }
        // The index writes into the staging folder too: wait for it before anything removes that folder.
        if let indexError = index.finish(), writeError == nil { writeError = indexError }
        guard !diagnostics.contains(where: \.isError) else {
            writer.discard(staging)
            throw BuildFailure(diagnostics: diagnostics, content: content)
        }
        if let writeError {
            writer.discard(staging)
            throw BuildFailure(diagnostics: diagnostics, content: content, writeError: writeError)
        }
        timer.lap("render + index + write")
        runner.reportTimings()
        diagnostics += plans.sealingErrors.diagnostics
        guard !diagnostics.contains(where: \.isError) else {
            writer.discard(staging)
            throw BuildFailure(diagnostics: diagnostics, content: content)
        }
        do throws(SiteWriteError) {
            try writer.commit(staging)
        } catch {
            throw BuildFailure(diagnostics: diagnostics, content: content, writeError: error)
        }
        timer.lap("swap + remove old site")
        if let directory = options.cacheDirectory {
            memory?.readSpareInBackground(writer.sparePath)
            var cache = runner.cache()
            cache.outputDirectory = cacheKey
            if let memory {
                memory.rememberAndSaveInBackground(cache, cacheDirectory: directory)
            } else {
                // A cache that cannot be saved only makes the next build a full one.
                try? cache.save(cacheDirectory: directory)
                timer.lap("save cache manifest")
            }
        }
        let report = BuildReport(site: prepared.site, counts: runner.summary, duration: ContinuousClock.now - started,
                                 warnings: diagnostics, allowListReport: prepared.checked.allowListReport, content: content)
        // In `--watch`, the site, its jobs, the staging folder's listings and the last build's cache are freed after the build.
        memory?.leftovers.hold((prepared, jobs, plans, runner, staging, environment))
        return report
    }

    /// In `--watch`, starts the search index as soon as the content is parsed, while the rest is
    /// checked and prepared (validation runs on one core), unless the last build's index is still
    /// right. `nil` when it is not started early.
    private func startIndexInAdvance(site: Site, digests: ContentDigests, cacheKey: String) -> (job: OutputJob, finished: DispatchGroup)? {
        guard let memory else { return nil }
        let job = SiteJobPlanner.searchIndexJob(site: site, digests: digests, wordLists: wordLists, memory: memory)
        guard let fingerprint = job.fingerprint?(),
              memory.buildCache(for: cacheKey)?.jobs[job.id]?.fingerprint != fingerprint else { return nil }
        return job.renderingInBackground()
    }

    /// Load, parse and validate, without rendering: `kaart check` uses this.
    public func checkSite() -> CheckedSite {
        checkSite(afterParsing: { _, _ in })
    }

    /// `checkSite`, calling `afterParsing` once the content is parsed without errors, before it is validated.
    private func checkSite(afterParsing: (Site, LoadedContent) -> Void) -> CheckedSite {
        var timer = StageTimer()
        // The word list is read while the content is loaded and parsed (it takes about as long).
        wordLists.prefetch()
        let content = ContentLoader(contentDirectory: options.contentDirectory, plansDirectory: options.effectivePlansDirectory,
                                    memo: memory?.loadedFiles).load()
        timer.lap("load")
        var diagnostics = content.diagnostics
        let (site, parseDiagnostics) = SiteParser.parse(content, memo: memory?.parsedFiles)
        diagnostics += parseDiagnostics
        timer.lap("parse")
        var allowListReport: [String] = []
        if let site {
            if !diagnostics.contains(where: \.isError) { afterParsing(site, content) }
            diagnostics += SiteValidator(today: clock.today, memo: memory?.entryChecks).validate(site)
            timer.lap("validate")
            if !site.casussen.isEmpty {
                let privacy = CasusPrivacyCheck(settings: site.anonymisation, dictionary: wordLists.commonWords,
                                                memo: memory?.privacyScans).check(site.casussen)
                diagnostics += privacy.diagnostics
                allowListReport = privacy.allowListReport
                timer.lap("casus privacy check")
            }
        }
        return CheckedSite(site: site, diagnostics: diagnostics, content: content, allowListReport: allowListReport)
    }

    /// Everything rendering needs, once every check passed.
    private struct Prepared {
        var checked: CheckedSite
        var site: Site
        var templates: TemplateSet
        var templateFolder: TemplateFolder
        var tokens: TokenStore
        var digests: ContentDigests
        var diagnostics: [Diagnostic]
    }

    /// - Parameter afterParsing: called with the parsed site and its digests before the rest is checked.
    private func prepare(afterParsing: (Site, ContentDigests) -> Void) throws(BuildFailure) -> Prepared {
        var digests: ContentDigests?
        let checked = checkSite { site, content in
            let made = ContentDigests(content: content, wordListPath: wordLists.path)
            digests = made
            afterParsing(site, made)
        }
        var timer = StageTimer()
        var diagnostics = checked.diagnostics
        let directory = options.templatesDirectory
        let templateFolder = memory?.templateFolders.value(for: FileState.tree(under: directory)) { TemplateFolder.load(from: directory) }
            ?? TemplateFolder.load(from: directory)
        let templates = templateFolder.templates
        if case .failure(let list) = templates { diagnostics += list.diagnostics }
        let tokens = loadTokenStore(into: &diagnostics)
        guard let site = checked.site, case .success(let templateSet) = templates, let tokens, let digests,
              !diagnostics.contains(where: \.isError) else {
            throw BuildFailure(diagnostics: diagnostics, content: checked.content)
        }
        timer.lap("templates, assets, tokens")
        return Prepared(checked: checked, site: site, templates: templateSet, templateFolder: templateFolder, tokens: tokens,
                        digests: digests, diagnostics: diagnostics)
    }

    /// The output jobs of the site (except the search index) and of its plans. Plan nonces are
    /// drawn here, in slug order.
    private func planJobs(_ prepared: Prepared, environment: BuildEnvironment) -> ([OutputJob], PlanJobPlanner.Result) {
        let memos = memory.map {
            RenderMemos(listingOrders: $0.listingOrders, entrySummaries: $0.entrySummaries, sectionFingerprints: $0.sectionFingerprints,
                        pageJobFingerprints: $0.pageJobFingerprints, textListFingerprints: $0.textListFingerprints,
                        sources: environment.digests.sources,
                        pageEnvironment: environment.pages)
        }
        let context = RenderContext(site: prepared.site, templates: prepared.templates, assets: prepared.templateFolder.assets,
                                    today: clock.today, memos: memos)
        let plans = PlanJobPlanner(site: prepared.site, context: context, tokens: prepared.tokens, random: random, environment: environment).jobs()
        let site = SiteJobPlanner(context: context, environment: environment, now: clock.now).jobs()
        return (site + plans.jobs, plans)
    }

    /// The token store, or `nil` after reporting why it cannot be used. Without plans none is needed.
    private func loadTokenStore(into diagnostics: inout [Diagnostic]) -> TokenStore? {
        guard !options.withoutPlans else { return TokenStore() }
        let url = URL(fileURLWithPath: options.tokenStorePath)
        let location = SourceLocation(path: options.tokenStorePath, line: 1)
        if FolderContainment.contains(resolvedFolder: FolderContainment.resolved(options.outputDirectory),
                                      resolvedPath: FolderContainment.resolved(options.tokenStorePath)) {
            diagnostics.append(.error("Het bestand met de codes van de plannen staat in de map van de site. "
                + "Dan komt het op internet. Zet het ergens anders neer, bijvoorbeeld in .kaart/tokens.json.", at: location))
            return nil
        }
        if let warning = TokenStoreFile.permissionWarning(for: url) { diagnostics.append(.warning(warning, at: location)) }
        do {
            let files = FileState(path: url.path).map { [url.path: $0] }
            return try memory?.tokenStores.value(for: files) { try TokenStore.load(from: url) } ?? TokenStore.load(from: url)
        } catch {
            diagnostics.append(.error("\(error)", at: location))
            return nil
        }
    }
}

/// The result of loading, parsing and validating: `site` is `nil` when the settings are unusable.
public struct CheckedSite: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var content: LoadedContent
    public var allowListReport: [String]

    public var hasErrors: Bool { site == nil || diagnostics.contains(where: \.isError) }
}
