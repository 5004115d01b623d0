/// An accessible SVG bar chart of Zelfredzaamheidsmatrix scores plus a table with the same numbers.
/// The chart is `role="img"` with `<title>` and `<desc>`; the table is the full text alternative and
/// also prints well. Earlier scores (`zrm_eerder`) are drawn as a thinner bar under the current one,
/// and every bar carries its number, so colour is never the only cue.
enum PlanZRMChartRenderer {
    /// Plain-language meaning of each ZRM score.
    static let scoreMeaning = [
        1: "acute problemen", 2: "niet zelfredzaam", 3: "beperkt zelfredzaam",
        4: "voldoende zelfredzaam", 5: "volledig zelfredzaam",
    ]

    private static let labelWidth = 190
    private static let unit = 50  // pixels per score point
    private static let barHeight = 16
    private static let previousHeight = 8

    static func render(_ scores: [PlanContent.ZRMScore]) -> String {
        let hasPrevious = scores.contains { $0.previous != nil }
        let rowHeight = hasPrevious ? 40 : 28
        let width = labelWidth + 5 * unit + 90
        let height = scores.count * rowHeight + 24

        var svg = "<svg class=\"plan-zrm-grafiek\" role=\"img\" aria-labelledby=\"plan-zrm-svg-titel plan-zrm-svg-uitleg\" "
            + "viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">\n"
            + "<title id=\"plan-zrm-svg-titel\">Zelfredzaamheid per onderdeel</title>\n"
            + "<desc id=\"plan-zrm-svg-uitleg\">\(e(summary(scores)))</desc>\n"
        for point in 1...5 {
            let x = labelWidth + point * unit
            svg += "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height - 20)\" stroke=\"#ccc\"/>"
                + "<text x=\"\(x)\" y=\"\(height - 6)\" text-anchor=\"middle\" font-size=\"12\">\(point)</text>\n"
        }
        for (index, score) in scores.enumerated() {
            let top = index * rowHeight + 4
            let current = clamp(score.score)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(top + 13)\" text-anchor=\"end\" font-size=\"13\">\(e(score.domainLabel))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(top)\" width=\"\(current * unit)\" height=\"\(barHeight)\" fill=\"#1f5f8b\"/>"
            svg += "<text x=\"\(labelWidth + current * unit + 6)\" y=\"\(top + 13)\" font-size=\"13\">\(score.score)</text>\n"
            if let previous = score.previous {
                let earlier = clamp(previous)
                let y = top + barHeight + 4
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(earlier * unit)\" height=\"\(previousHeight)\" "
                    + "fill=\"#9bb7cc\" stroke=\"#1f5f8b\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>"
                svg += "<text x=\"\(labelWidth + earlier * unit + 6)\" y=\"\(y + 8)\" font-size=\"11\">eerder \(previous)</text>\n"
            }
        }
        svg += "</svg>\n"

        var table = "<table class=\"plan-zrm-tabel\">\n<caption>Zelfredzaamheid per onderdeel "
            + "(1 = acute problemen, 5 = volledig zelfredzaam)</caption>\n"
            + "<thead><tr><th scope=\"col\">Onderdeel</th><th scope=\"col\">Nu</th>"
            + (hasPrevious ? "<th scope=\"col\">Eerder</th>" : "") + "</tr></thead>\n<tbody>\n"
        for score in scores {
            table += "<tr><th scope=\"row\">\(e(score.domainLabel))</th><td>\(described(score.score))</td>"
            if hasPrevious { table += "<td>\(score.previous.map(described) ?? "–")</td>" }
            table += "</tr>\n"
        }
        table += "</tbody>\n</table>\n"

        return "<section class=\"plan-zrm\" aria-labelledby=\"plan-zrm-titel\">\n"
            + "<h2 id=\"plan-zrm-titel\">Hoe gaat het nu?</h2>\n"
            + "<p>Samen hebben we gekeken hoe goed het lukt op verschillende onderdelen van uw leven. "
            + "Een 1 betekent dat er acute problemen zijn, een 5 dat het helemaal zelf lukt.</p>\n"
            + svg + table + "</section>\n"
    }

    private static func e(_ text: String) -> String { PlanHTML.escape(text) }

    private static func clamp(_ score: Int) -> Int { min(max(score, 0), 5) }

    private static func described(_ score: Int) -> String {
        guard let meaning = scoreMeaning[score] else { return "\(score)" }
        return "\(score) (\(meaning))"
    }

    private static func summary(_ scores: [PlanContent.ZRMScore]) -> String {
        scores.map { score in
            var part = "\(score.domainLabel): \(score.score)"
            if let previous = score.previous { part += " (eerder \(previous))" }
            return part
        }.joined(separator: "; ") + ". Schaal van 1 tot 5."
    }
}
