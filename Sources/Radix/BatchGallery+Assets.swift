/// The gallery's style sheet and script, inlined into `index.html` (it must work opened from disk, with
/// no network).
extension BatchGallery {
    static let style = """
    :root { color-scheme: light; }
    body { font-family: system-ui, "DejaVu Sans", sans-serif; margin: 0; color: #1d1d1d; background: #f3f3f1; }
    header { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid #c8c8c8;
             padding: .75rem 1.5rem .6rem; }
    h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
    .note { margin: 0 0 .5rem; color: #444; }
    .filters { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
    .filters label { font-weight: 600; }
    .filters select, .filters button, .empty button { font: inherit; padding: .15rem .4rem; }
    .filters select { margin-left: .3rem; min-width: 5.5rem; font-weight: normal; border: 1px solid #888; border-radius: 4px; }
    .filters select.active { border: 2px solid #1a5fb4; background: #e8f0fc; }
    #count { color: #444; }
    .content { padding: 1rem 1.5rem 2rem; }
    .failures { border: 1px solid #b00; background: #fff4f4; border-radius: 6px; padding: .4rem 1rem; margin-bottom: 1rem; }
    .failures h2 { font-size: 1rem; margin: .3rem 0; color: #900; }
    .failures ul { margin: 0; padding-left: 1.2rem; }
    .failures pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: .2rem 0 .5rem; font-size: .8rem; color: #700; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; align-items: start; }
    figure.card { margin: 0; padding: .75rem; border: 1px solid #c8c8c8; border-radius: 6px; background: #fff; }
    .card img { display: block; width: 100%; object-fit: contain; background: #fff; border: 1px solid #ddd; box-sizing: border-box; }
    .card .main img { aspect-ratio: 3 / 5; }
    .views { list-style: none; padding: 0; margin: .5rem 0 0; display: grid; gap: .4rem;
             grid-template-columns: repeat(auto-fill, minmax(4.5rem, 1fr)); }
    .views a { text-decoration: none; color: #333; }
    .views img { height: 4.5rem; }
    .views span { display: block; font-size: .72rem; text-align: center; margin-top: .15rem; }
    figcaption h2 { font-size: 1.05rem; margin: .6rem 0 .3rem; }
    figcaption p { font-size: .85rem; line-height: 1.35; margin: .3rem 0; }
    .findings { color: #333; }
    .flags { color: #900; }
    .file { color: #666; font-size: .75rem; overflow-wrap: anywhere; }
    .empty { padding: 2rem; text-align: center; font-size: 1.1rem; color: #444; border: 2px dashed #bbb; border-radius: 6px; }
    [hidden] { display: none !important; }
    @media (max-width: 40rem) { header { position: static; } .content, header { padding-left: .75rem; padding-right: .75rem; } }
    @media print { header { position: static; } .filters button { display: none; } figure.card { break-inside: avoid; } }

    """

    /// Filters: a card is shown when each chosen value is among its `data-` values; the count, the empty
    /// state, the highlight of the drop-downs in use and the URL fragment follow. Works on `change` and `input` (keyboard and mouse), `reset`
    /// (the Show all buttons) and on load from the fragment (unknown values there are ignored).
    static let script = """
    (function () {
      'use strict';
      var form = document.getElementById('filters');
      var keys = ['root', 'type', 'level'];
      var cards = Array.prototype.slice.call(document.querySelectorAll('figure.card'));
      var count = document.getElementById('count');
      var empty = document.getElementById('empty');
      function has(card, key, value) {
        return (' ' + card.getAttribute('data-' + key) + ' ').indexOf(' ' + value + ' ') >= 0;
      }
      function apply() {
        var want = {}, shown = 0, fragment = [];
        keys.forEach(function (k) {
          want[k] = form.elements[k].value;
          form.elements[k].classList.toggle('active', want[k] !== '');
          if (want[k]) fragment.push(k + '=' + encodeURIComponent(want[k]));
        });
        cards.forEach(function (card) {
          var ok = keys.every(function (k) { return !want[k] || has(card, k, want[k]); });
          card.hidden = !ok;
          if (ok) shown++;
        });
        count.textContent = shown + ' of ' + cards.length + ' shown';
        if (cards.length > 0) empty.hidden = shown > 0;
        try {
          history.replaceState(null, '', fragment.length ? '#' + fragment.join('&') : location.pathname + location.search);
        } catch (e) { /* a page opened from disk may refuse; filtering still works */ }
      }
      function fromFragment() {
        location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
          var kv = pair.split('=');
          if (kv.length !== 2 || keys.indexOf(kv[0]) < 0) return;
          var select = form.elements[kv[0]], value;
          try { value = decodeURIComponent(kv[1]); } catch (e) { return; }
          if (Array.prototype.some.call(select.options, function (o) { return o.value === value; })) select.value = value;
        });
      }
      form.addEventListener('change', apply);
      form.addEventListener('input', apply);
      form.addEventListener('reset', function () { setTimeout(apply, 0); });
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      var showAll = document.getElementById('show-all');
      if (showAll) showAll.addEventListener('click', function () { form.reset(); });
      fromFragment();
      apply();
    })();

    """
}
