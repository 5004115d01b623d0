/// The facet codes of the documents of one `f/` file, which make that file alone: in `--watch`
/// the key finds the file of the last build (`RebuildMemory.facetChunks`). Encoding the chunks
/// through a JSON dictionary again took a thirtieth of a rebuild at 10 000 items.
struct FacetChunkKey: Hashable, Sendable {
    let codes: [FacetEncoder.Codes]

    /// Equality compares every document's codes; the hash reads three of them.
    func hash(into hasher: inout Hasher) {
        hasher.combine(countAndSamplesOf: codes)
    }
}
