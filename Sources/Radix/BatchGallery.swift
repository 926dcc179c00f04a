import Foundation

/// `index.html`: one self-contained page (no network, no external assets) showing every scenario's PNG
/// figures as thumbnails (the PNGs scaled by CSS), with its title, its description as caption, the alt
/// text of the `.txt` sidecars, and filters by hurt root, lesion type and level (a little vanilla JS).
public enum BatchGallery {
    public static func html(_ entries: [BatchEntry]) -> String {
        let roots = Set(entries.flatMap { $0.hurtRoots.map(\.root) }).sorted { rootOrder($0) < rootOrder($1) }
        let types = Set(entries.flatMap { $0.lesions.map(\.type) }).sorted()
        let levels = Set(entries.flatMap { $0.lesions.map(\.level) + $0.hurtRoots.map(\.level) }).sorted()
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Radix figures</title>
        <style>
        body { font-family: sans-serif; margin: 1.5rem; color: #222; }
        .filters { display: flex; gap: 1rem; flex-wrap: wrap; margin-bottom: 1rem; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
        figure.card { margin: 0; padding: .75rem; border: 1px solid #ccc; border-radius: 6px; background: #fafafa; }
        figure.card img { width: 100%; height: auto; border: 1px solid #ddd; background: #fff; }
        figure.card.failed { border-color: #b00; background: #fff4f4; }
        figcaption h2 { font-size: 1rem; margin: .5rem 0 .25rem; }
        figcaption p { font-size: .85rem; margin: .25rem 0; }
        .findings { color: #555; }
        pre.errors { white-space: pre-wrap; font-size: .75rem; color: #900; }
        [hidden] { display: none !important; }
        </style>
        </head>
        <body>
        <h1>Radix figures</h1>
        <p>Teaching model — not for diagnosis. \(entries.count) scenarios, \(entries.filter { $0.status == .failed }.count) failed.</p>
        <form class="filters" id="filters">

        """
        out += select("root", "Hurt root", roots)
        out += select("type", "Lesion type", types)
        out += select("level", "Level", levels)
        out += "<span id=\"count\" aria-live=\"polite\"></span>\n</form>\n<main class=\"grid\">\n"
        for entry in entries { out += card(entry) }
        out += """
        </main>
        <script>
        (function () {
          var form = document.getElementById('filters');
          var cards = Array.prototype.slice.call(document.querySelectorAll('figure.card'));
          function apply() {
            var want = {};
            ['root', 'type', 'level'].forEach(function (k) { want[k] = form.elements[k].value; });
            var shown = 0;
            cards.forEach(function (card) {
              var ok = ['root', 'type', 'level'].every(function (k) {
                return !want[k] || (' ' + card.getAttribute('data-' + k) + ' ').indexOf(' ' + want[k] + ' ') >= 0;
              });
              card.hidden = !ok;
              if (ok) shown++;
            });
            document.getElementById('count').textContent = shown + ' of ' + cards.length + ' shown';
          }
          form.addEventListener('change', apply);
          apply();
        })();
        </script>
        </body>
        </html>

        """
        return out
    }

    private static func card(_ e: BatchEntry) -> String {
        let roots = Set(e.hurtRoots.map(\.root)).sorted().joined(separator: " ")
        let types = Set(e.lesions.map(\.type)).sorted().joined(separator: " ")
        let levels = Set(e.lesions.map(\.level) + e.hurtRoots.map(\.level)).sorted().joined(separator: " ")
        var out = "<figure class=\"card\(e.status == .failed ? " failed" : "")\" data-root=\"\(escape(roots))\" data-type=\"\(escape(types))\" data-level=\"\(escape(levels))\">\n"
        for figure in e.figures where figure.format == "png" {
            let alt = e.altText[figure.view] ?? e.title ?? figure.path
            out += "<a href=\"\(url(figure.path))\"><img src=\"\(url(figure.path))\" alt=\"\(escape(alt))\" loading=\"lazy\"></a>\n"
        }
        out += "<figcaption>\n<h2>\(escape(e.title ?? e.file))</h2>\n"
        if let d = e.description { out += "<p>\(escape(d))</p>\n" }
        if !e.hurtRoots.isEmpty {
            let text = e.hurtRoots.map { "\($0.side) \($0.root) grade \($0.grade) (\($0.state), \($0.level))" }.joined(separator: "; ")
            out += "<p class=\"findings\">Roots: \(escape(text))</p>\n"
        }
        if !e.redFlags.isEmpty {
            out += "<p class=\"findings\">Red flags: \(escape(e.redFlags.map(\.flag).joined(separator: ", ")))</p>\n"
        }
        let others = e.figures.filter { $0.format != "png" && $0.format != "txt" }
        if !others.isEmpty {
            out += "<p>" + others.map { "<a href=\"\(url($0.path))\">\(escape($0.view)).\(escape($0.format))</a>" }.joined(separator: " · ") + "</p>\n"
        }
        out += "<p><small>\(escape(e.file))</small></p>\n"
        if e.status == .failed { out += "<pre class=\"errors\">\(escape(e.errors.joined(separator: "\n")))</pre>\n" }
        return out + "</figcaption>\n</figure>\n"
    }

    private static func select(_ name: String, _ label: String, _ values: [String]) -> String {
        var out = "<label>\(label) <select name=\"\(name)\"><option value=\"\">all</option>"
        for v in values { out += "<option value=\"\(escape(v))\">\(escape(v))</option>" }
        return out + "</select></label>\n"
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
