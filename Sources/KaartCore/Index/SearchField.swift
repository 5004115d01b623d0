/// The weighted fields of BM25F. Title counts most, then the label fields
/// (trefwoorden, categorie, doelgroepen, gemeenten, type), then samenvatting, then body.
enum SearchField: Int, CaseIterable {
    case title, labels, summary, body

    var weight: Float {
        switch self {
        case .title: 5.0
        case .labels: 3.0
        case .summary: 2.0
        case .body: 1.0
        }
    }

    /// Length normalisation strength (BM25's b) per field; short fields are normalised less.
    var lengthNormalisation: Float {
        switch self {
        case .title: 0.5
        case .labels: 0.3
        case .summary: 0.6
        case .body: 0.75
        }
    }

    func text(of document: SearchDocument) -> String {
        switch self {
        case .title: document.title
        case .labels:
            ([document.type] + document.keywords + document.categories.map(\.label)
                + document.audiences.map(\.label) + document.municipalities).joined(separator: " . ")
        case .summary: document.summary
        case .body: document.body
        }
    }
}
