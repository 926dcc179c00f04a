import Foundation

/// `index.html`: one self-contained page (no network, no external assets) showing every scenario's
/// figures as thumbnails (each PNG's 480 px `.thumb.png`; SVGs when no PNG was drawn), with its title, its
/// description as caption, its hurt roots and lesions, the alt text of the `.txt` sidecars, and filters by
/// hurt root, lesion type and level (a little vanilla JS, `BatchGallery.script`).
///
/// Layout: a sticky header with the filters and a live count; the scenarios that failed, listed with their
/// located errors above the grid (they have no figures to filter); one card per drawn scenario — its main
/// figure (the sheet when there is one) in a fixed 3 : 5 frame so that cards line up, its other views as a
/// strip of small thumbnails — and an empty state when no card matches the filters.
///
/// Every card carries `data-file` (the manifest's `file`) and space-separated `data-root`, `data-type` and
/// `data-level` values; a scenario that hurts no root has `data-root="none"`. A filter value matches a card
/// that has it among its values; the three filters combine with AND. The filters are mirrored in the URL
/// fragment (`index.html#root=L3&level=L3-L4`), so a filtered gallery can be linked to.
public enum BatchGallery {
    /// The root filter's value for scenarios that hurt no root.
    public static let noRoot = "none"

    public static func html(_ entries: [BatchEntry]) -> String {
        let drawn = entries.filter { $0.status == .ok }
        let failed = entries.filter { $0.status == .failed }
        let roots = Set(drawn.flatMap { $0.hurtRoots.map(\.root) }).sorted { rootOrder($0) < rootOrder($1) }
        let types = Set(drawn.flatMap { $0.lesions.map(\.type) }).sorted()
        let levels = Set(drawn.flatMap(levelValues)).sorted()
        let anyUnhurt = drawn.contains { $0.hurtRoots.isEmpty }
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Radix figures</title>
        <style>
        \(style)</style>
        </head>
        <body>
        <header>
        <h1>Radix figures</h1>
        <p class="note">Teaching model — not for diagnosis. \(count(drawn.count, "scenario")) drawn\(failed.isEmpty ? "" : ", \(failed.count) failed")\
        . Click a figure to open it at full size.</p>
        <form class="filters" id="filters" aria-label="Filter the scenarios" aria-controls="grid">

        """
        out += select("root", "Hurt root", roots.map { ($0, $0) } + (anyUnhurt ? [(noRoot, "none hurt")] : []))
        out += select("type", "Lesion type", types.map { ($0, $0) })
        out += select("level", "Level", levels.map { ($0, $0.replacingOccurrences(of: "-", with: "–")) })
        out += "<button type=\"reset\">Show all</button>\n"
        out += "<output id=\"count\" aria-live=\"polite\">\(count(drawn.count, "scenario"))</output>\n</form>\n</header>\n"
        out += "<div class=\"content\">\n"
        if !failed.isEmpty { out += failures(failed) }
        out += "<main class=\"grid\" id=\"grid\">\n"
        for entry in drawn { out += card(entry) }
        out += "</main>\n"
        out += drawn.isEmpty
            ? "<p class=\"empty\" id=\"empty\">No scenario was drawn.</p>\n"
            : "<p class=\"empty\" id=\"empty\" hidden>No scenario matches these filters. <button type=\"button\" id=\"show-all\">Show all</button></p>\n"
        out += "</div>\n<script>\n\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// The scenarios that failed, with their located errors.
    private static func failures(_ failed: [BatchEntry]) -> String {
        var out = "<section class=\"failures\" aria-labelledby=\"failures-title\">\n"
        out += "<h2 id=\"failures-title\">\(failed.count == 1 ? "1 scenario" : "\(failed.count) scenarios") could not be drawn</h2>\n<ul>\n"
        for e in failed {
            out += "<li data-file=\"\(escape(e.file))\"><code>\(escape(e.file))</code>"
            out += "<pre>\(escape(e.errors.isEmpty ? "error" : e.errors.joined(separator: "\n")))</pre></li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    private static func card(_ e: BatchEntry) -> String {
        let roots = e.hurtRoots.isEmpty ? noRoot : Set(e.hurtRoots.map(\.root)).sorted().joined(separator: " ")
        let types = Set(e.lesions.map(\.type)).sorted().joined(separator: " ")
        let levels = Set(levelValues(e)).sorted().joined(separator: " ")
        var out = "<figure class=\"card\" data-file=\"\(escape(e.file))\" data-root=\"\(escape(roots))\" data-type=\"\(escape(types))\" data-level=\"\(escape(levels))\">\n"
        var images = e.figures.filter { $0.format == "png" }
        if images.isEmpty { images = e.figures.filter { $0.format == "svg" } }
        let main = images.first { $0.view == "sheet" } ?? images.first
        if let main { out += "<a class=\"main\" href=\"\(url(main.path))\">\(image(main, of: e))</a>\n" }
        let others = images.filter { $0 != main }
        if !others.isEmpty {
            out += "<ul class=\"views\" aria-label=\"Other views\">\n"
            for figure in others {
                out += "<li><a href=\"\(url(figure.path))\">\(image(figure, of: e))<span>\(escape(viewName(figure.view)))</span></a></li>\n"
            }
            out += "</ul>\n"
        }
        out += "<figcaption>\n<h2>\(escape(e.title ?? e.file))</h2>\n"
        if let d = e.description { out += "<p>\(escape(d))</p>\n" }
        out += "<p class=\"findings\"><b>Roots:</b> \(escape(e.hurtRoots.isEmpty ? "none hurt" : rootsText(e.hurtRoots)))</p>\n"
        if !e.lesions.isEmpty {
            out += "<p class=\"findings\"><b>Lesions:</b> \(escape(e.lesions.map(\.summary).joined(separator: "; ")))</p>\n"
        }
        if !e.redFlags.isEmpty {
            let flags = e.redFlags.map(\.kind.phrase)
            out += "<p class=\"findings flags\"><b>Red flags:</b> \(escape(flags.joined(separator: ", ")))</p>\n"
        }
        let downloads = e.figures.filter { !["txt", BatchOptions.thumbnailFormat].contains($0.format) && !images.contains($0) }
        if !downloads.isEmpty {
            out += "<p class=\"downloads\">" + downloads.map { "<a href=\"\(url($0.path))\">\(escape($0.view)).\(escape($0.format))</a>" }
                .joined(separator: " · ") + "</p>\n"
        }
        out += "<p class=\"file\">\(escape(e.file))</p>\n"
        return out + "</figcaption>\n</figure>\n"
    }

    /// Hurt roots in groups of one grade, state and level, in the order the simulation lists them: `left and
    /// right L5, S1: grade 3 compression, L4–L5; left L4: grade 1 contact, L4–L5`.
    static func rootsText(_ roots: [BatchRoot]) -> String {
        var groups: [(grade: Int, state: String, level: String, sides: [String: Set<String>])] = []
        for r in roots {
            if let i = groups.firstIndex(where: { $0.grade == r.grade && $0.state == r.state && $0.level == r.level }) {
                groups[i].sides[r.root, default: []].insert(r.side)
            } else {
                groups.append((r.grade, r.state, r.level, [r.root: [r.side]]))
            }
        }
        return groups.map { g in
            var who: [String: [String]] = [:]
            for root in g.sides.keys.sorted(by: { rootOrder($0) < rootOrder($1) }) {
                let sides = g.sides[root] ?? []
                who[sides.count > 1 ? "left and right" : sides.first ?? "", default: []].append(root)
            }
            let parts = ["left and right", "left", "right"].compactMap { side in who[side].map { "\(side) \($0.joined(separator: ", "))" } }
                + who.keys.filter { !["left and right", "left", "right"].contains($0) }.sorted().map { "\($0) \(who[$0]?.joined(separator: ", ") ?? "")" }
            return "\(parts.joined(separator: ", ")): grade \(g.grade) \(g.state), \(dashed(g.level))"
        }.joined(separator: "; ")
    }

    /// An image with the alt text of its view (the sidecar), else the scenario's title; shown through the
    /// view's thumbnail when there is one (the link around it opens the full figure).
    private static func image(_ figure: BatchFigure, of e: BatchEntry) -> String {
        let alt = e.altText[figure.view] ?? "\(e.title ?? e.file): \(viewName(figure.view))"
        let thumbnail = figure.format == "png" ? e.figures.first { $0.view == figure.view && $0.format == BatchOptions.thumbnailFormat } : nil
        return "<img src=\"\(url((thumbnail ?? figure).path))\" alt=\"\(escape(alt))\" loading=\"lazy\">"
    }

    private static func select(_ name: String, _ label: String, _ options: [(value: String, text: String)]) -> String {
        var out = "<label>\(label) <select name=\"\(name)\"><option value=\"\">all</option>"
        for o in options { out += "<option value=\"\(escape(o.value))\">\(escape(o.text))</option>" }
        return out + "</select></label>\n"
    }

    /// The levels a card is filed under: its lesions' levels and its hurt roots' levels.
    private static func levelValues(_ e: BatchEntry) -> [String] {
        e.lesions.map(\.level) + e.hurtRoots.map(\.level)
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// `L4-L5` as printed: `L4–L5`.
    private static func dashed(_ level: String) -> String { level.replacingOccurrences(of: "-", with: "–") }

    /// A view's file-name spelling as read (`axial-L4-L5` → `axial L4–L5`, `foramen-L5-S1-left` → `foramen L5–S1 left`).
    static func viewName(_ view: String) -> String {
        let parts = view.split(separator: "-").map(String.init)
        var words: [String] = []
        var i = 0
        while i < parts.count {
            if i + 1 < parts.count, parts[i].first.map({ "LS".contains($0) }) == true, parts[i + 1].first.map({ "LS".contains($0) }) == true,
               parts[i].count <= 2, parts[i + 1].count <= 2 {
                words.append(parts[i] + "–" + parts[i + 1])
                i += 2
            } else {
                words.append(parts[i])
                i += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// L1 … L5 before S1, S2.
    private static func rootOrder(_ name: String) -> String {
        (name.hasPrefix("L") ? "0" : "1") + name
    }

    /// A file name as a relative URL in an attribute: percent-encoded (`#`, `?`, spaces …), then escaped.
    static func url(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#;")
        return escape(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
