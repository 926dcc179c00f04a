import Foundation

/// A page written next to a batch's `index.html` that loads the gallery in an iframe and uses it as a
/// student would: waits for every image, then picks each filter case from the drop-downs (firing `input`
/// and `change` as a browser does), and presses the Show all buttons. It records what the gallery then
/// shows — never what it should show: the test compares with `manifest.json` — as base64 JSON in
/// `<pre id="verdict">`, which Chromium's `--dump-dom` prints.
enum GalleryHarness {
    /// One filter state: the value of each drop-down (`""` for all).
    struct Case: Codable, Hashable {
        var root = "", type = "", level = ""
    }

    /// What the gallery showed.
    struct Verdict: Decodable {
        struct Image: Decodable { var src: String; var complete: Bool; var width: Int; var height: Int; var alt: String }
        struct Observation: Decodable {
            var root: String, type: String, level: String
            var visible: [String]
            var count: String
            var emptyShown: Bool
            var fragment: String
        }
        var errors: [String]
        var cards: [String]
        var failures: [String]
        var options: [String: [String]]
        var images: [Image]
        var initial: Observation
        var cases: [Observation]
        var afterReset: Observation
        var afterEmptyShowAll: Observation?
    }

    static func page(cases: [Case]) throws -> String {
        let json = String(decoding: try JSONEncoder().encode(cases), as: UTF8.self)
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>gallery harness</title></head>
        <body>
        <iframe id="gallery" src="index.html" style="width:1400px;height:1100px;border:0"></iframe>
        <pre id="verdict">pending</pre>
        <script>
        var cases = \(json);
        \(script)
        </script>
        </body></html>
        """
    }

    /// What went wrong inside the harness (a missing element, a script error).
    struct Errors: Decodable { var errors: [String] }

    /// The verdict's JSON from the dumped DOM; nil when the harness did not finish.
    static func verdictJSON(in dom: String) -> Data? {
        guard let start = dom.range(of: "<pre id=\"verdict\" data-done=\"1\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else { return nil }
        return Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound]))
    }

    private static let script = """
    (function () {
      var frame = document.getElementById('gallery');
      var report = { errors: [] };
      function pause(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }
      function finish() {
        var pre = document.getElementById('verdict');
        pre.textContent = btoa(unescape(encodeURIComponent(JSON.stringify(report))));
        pre.setAttribute('data-done', '1');
      }
      frame.addEventListener('load', async function () {
        try {
          var doc = frame.contentDocument;
          if (!doc) throw new Error('the gallery document cannot be read (file access from files?)');
          var form = doc.getElementById('filters');
          if (!form) throw new Error('no form#filters in the gallery');
          function selectFor(key) { return form.querySelector('select[name="' + key + '"]'); }
          function observe(c) {
            var empty = doc.getElementById('empty');
            return {
              root: c.root, type: c.type, level: c.level,
              visible: Array.prototype.filter.call(doc.querySelectorAll('figure.card'), function (card) {
                return card.getClientRects().length > 0;
              }).map(function (card) { return card.getAttribute('data-file'); }),
              count: (doc.getElementById('count') || {}).textContent || '',
              emptyShown: !!empty && empty.getClientRects().length > 0,
              fragment: decodeURIComponent(frame.contentWindow.location.hash)
            };
          }
          function choose(key, value) {
            var select = selectFor(key);
            if (!select) { report.errors.push('no drop-down ' + key); return; }
            if (!Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
              report.errors.push('drop-down ' + key + ' has no option "' + value + '"');
            }
            select.value = value;
            select.dispatchEvent(new Event('input', { bubbles: true }));
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
          report.cards = Array.prototype.map.call(doc.querySelectorAll('figure.card'), function (c) { return c.getAttribute('data-file'); });
          report.failures = Array.prototype.map.call(doc.querySelectorAll('.failures li'), function (li) { return li.getAttribute('data-file'); });
          report.options = {};
          ['root', 'type', 'level'].forEach(function (k) {
            var s = selectFor(k);
            report.options[k] = s ? Array.prototype.map.call(s.options, function (o) { return o.value; }) : [];
          });
          report.initial = observe({ root: '', type: '', level: '' });
          // Off-screen lazy images would wait for a scroll that never comes: load them all, then wait.
          var images = Array.prototype.slice.call(doc.images);
          images.forEach(function (img) { img.loading = 'eager'; });
          for (var waited = 0; waited < 15000 && images.some(function (i) { return !i.complete; }); waited += 100) await pause(100);
          report.images = images.map(function (i) {
            return { src: i.getAttribute('src'), complete: i.complete, width: i.naturalWidth, height: i.naturalHeight, alt: i.alt };
          });
          report.cases = [];
          for (var n = 0; n < cases.length; n++) {
            var c = cases[n];
            ['root', 'type', 'level'].forEach(function (k) { if (selectFor(k) && selectFor(k).value !== c[k]) choose(k, c[k]); });
            report.cases.push(observe(c));
          }
          var reset = form.querySelector('button[type="reset"]');
          if (reset) reset.click(); else report.errors.push('no Show all button in the filters');
          await pause(50);
          report.afterReset = observe({ root: selectFor('root').value, type: selectFor('type').value, level: selectFor('level').value });
          var last = cases[cases.length - 1];
          ['root', 'type', 'level'].forEach(function (k) { choose(k, last[k]); });
          var showAll = doc.getElementById('show-all');
          if (showAll && showAll.getClientRects().length > 0) {
            showAll.click();
            await pause(50);
            report.afterEmptyShowAll = observe({ root: selectFor('root').value, type: selectFor('type').value, level: selectFor('level').value });
          }
        } catch (e) {
          report.errors.push(String(e && e.stack || e));
        }
        finish();
      });
    })();
    """
}
