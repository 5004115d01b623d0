/// Renders a plan as an HTML fragment for inside `<main>`. This fragment is what gets sealed:
/// the plan text and the QR code of the share link exist only after decryption in the browser.
///
/// Every value from `PlanContent` is escaped, except `notesHTML`, which is already safe HTML.
/// The fragment starts with `<h1 id="plan-titel" tabindex="-1">` so the page script can move focus
/// to it. It uses classes only (no inline `style`), so a strict CSP needs no `'unsafe-inline'` styles.
public enum PlanContentRenderer {
    /// The heading id that `plan.js` focuses after decrypting.
    public static let headingId = "plan-titel"

    /// The HTML fragment for `content`.
    public static func render(_ content: PlanContent) -> String {
        var html = "<article class=\"plan\" aria-labelledby=\"\(headingId)\">\n"
        html += "<h1 id=\"\(headingId)\" tabindex=\"-1\">Uw plan, \(e(content.client))</h1>\n"
        html += "<p class=\"plan-meta\">Dit plan is gemaakt op \(e(content.opgesteld)). "
            + "Het is geldig tot en met \(e(content.geldigTot)).</p>\n"
        html += goalsSection(content.goals)
        html += contactSection(content.regisseur)
        html += evaluationSection(content.evaluatie)
        if !content.zrm.isEmpty { html += PlanZRMChartRenderer.render(content.zrm) }
        if !content.notesHTML.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            html += "<section class=\"plan-notities\" aria-labelledby=\"plan-notities-titel\">\n"
                + "<h2 id=\"plan-notities-titel\">Aantekeningen</h2>\n\(content.notesHTML)\n</section>\n"
        }
        html += linkSection(pageURL: content.pageURL, shareLink: content.shareLink)
        html += "</article>\n"
        return html
    }

    private static func e(_ text: String) -> String { PlanHTML.escape(text) }

    private static func goalsSection(_ goals: [PlanContent.Goal]) -> String {
        var html = "<section class=\"plan-doelen\" aria-labelledby=\"plan-doelen-titel\">\n"
            + "<h2 id=\"plan-doelen-titel\">Uw doelen</h2>\n<ol>\n"
        for goal in goals {
            html += "<li class=\"plan-doel\">\n<h3>\(e(goal.doel))</h3>\n"
            html += "<p class=\"plan-resultaatgebied\">Dit gaat over: \(e(goal.resultaatgebiedLabel))</p>\n"
            if !goal.afspraken.isEmpty {
                html += "<h4>Wat we hebben afgesproken</h4>\n<ul class=\"plan-afspraken\">\n"
                for afspraak in goal.afspraken { html += "<li>\(e(afspraak))</li>\n" }
                html += "</ul>\n"
            }
            if !goal.services.isEmpty {
                html += "<h4>Wie helpt hierbij</h4>\n<ul class=\"plan-hulp\">\n"
                for service in goal.services { html += serviceItem(service) }
                html += "</ul>\n"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private static func serviceItem(_ service: PlanContent.LinkedService) -> String {
        var html = "<li>"
        if let href = PlanHTML.webHref(service.url) {
            html += "<a href=\"\(e(href))\">\(e(service.title))</a>"
        } else {
            html += e(service.title)
        }
        var details: [String] = []
        if let phone = service.telefoon, !phone.isEmpty { details.append("Telefoon: " + phoneLink(phone)) }
        if let mail = service.email, !mail.isEmpty { details.append("E-mail: " + mailLink(mail)) }
        if let site = service.website, !site.isEmpty {
            if let href = PlanHTML.webHref(site), !href.hasPrefix("/") {
                details.append("Website: <a href=\"\(e(href))\">\(e(site))</a>")
            } else {
                details.append("Website: " + e(site))
            }
        }
        if !details.isEmpty { html += "<br>" + details.joined(separator: "<br>") }
        return html + "</li>\n"
    }

    private static func phoneLink(_ phone: String) -> String {
        guard let href = PlanHTML.telHref(phone) else { return e(phone) }
        return "<a href=\"\(e(href))\">\(e(phone))</a>"
    }

    private static func mailLink(_ mail: String) -> String {
        "<a href=\"mailto:\(e(mail))\">\(e(mail))</a>"
    }

    private static func contactSection(_ contact: PlanContent.Contact) -> String {
        "<section class=\"plan-contact\" aria-labelledby=\"plan-contact-titel\">\n"
            + "<h2 id=\"plan-contact-titel\">Uw vaste contactpersoon</h2>\n"
            + "<p>Heeft u een vraag over dit plan? Neem dan contact op met:</p>\n"
            + "<p><strong>\(e(contact.naam))</strong><br>\(e(contact.organisatie))<br>"
            + "Telefoon: \(phoneLink(contact.telefoon))<br>E-mail: \(mailLink(contact.email))</p>\n"
            + "</section>\n"
    }

    private static func evaluationSection(_ evaluatie: String?) -> String {
        var html = "<section class=\"plan-evaluatie\" aria-labelledby=\"plan-evaluatie-titel\">\n"
            + "<h2 id=\"plan-evaluatie-titel\">Wanneer we het plan bespreken</h2>\n"
        if let evaluatie, !evaluatie.isEmpty {
            html += "<p>We bekijken samen hoe het gaat op <strong>\(e(evaluatie))</strong>.</p>\n"
        } else {
            html += "<p>We spreken samen af wanneer we bekijken hoe het gaat.</p>\n"
        }
        return html + "</section>\n"
    }

    private static func linkSection(pageURL: String, shareLink: String) -> String {
        var html = "<section class=\"plan-link\" aria-labelledby=\"plan-link-titel\">\n"
            + "<h2 id=\"plan-link-titel\">Dit plan later opnieuw bekijken</h2>\n"
            + "<p>Adres van deze pagina: <span class=\"plan-adres\">\(e(pageURL))</span></p>\n"
            + "<p>U heeft daarbij de code uit uw brief nodig.</p>\n"
        // A share link never exceeds the QR capacity in practice; if it ever did, we leave the code out
        // rather than fail the whole plan.
        if let qr = try? PlanQRCode(encoding: shareLink) {
            html += "<figure class=\"plan-qr-figuur\">\n\(qr.svg())\n"
                + "<figcaption>Scan deze code om uw plan opnieuw te openen</figcaption>\n</figure>\n"
        }
        return html + "</section>\n"
    }
}
