/// The explorer page, embedded in the module as string literals (no resource bundle to find at run time, no CDN,
/// no build step): `GET /` the HTML, `/explorer.css`, and `/explorer.js`, one JavaScript module.
enum ExplorerPage {
    static let html = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Radix explorer</title>
    <link rel="stylesheet" href="/explorer.css">
    <script type="module" src="/explorer.js"></script>
    </head>
    <body>
    <header><h1>Radix explorer</h1><p>A teaching model — not for diagnosis. Move a lesion; watch the roots and the pain map follow.</p></header>
    <main>
      <section id="source" aria-label="Scenario">
        <label for="scenario">Scenario</label>
        <select id="scenario"><option value="">(blank scenario)</option></select>
        <fieldset id="controls"><legend>Scenario and lesions</legend>
          <div id="scenario-controls"></div>
          <div id="lesion-controls"></div>
          <p id="no-controls" hidden>No lesion: a normal spine.</p>
          <div class="add"><label for="add-type">Add a lesion</label> <select id="add-type"></select> <button type="button" id="add-lesion">Add</button></div>
        </fieldset>
        <label for="yaml">Scenario YAML (edit or paste)</label>
        <textarea id="yaml" spellcheck="false" rows="18" aria-describedby="errors"></textarea>
        <button type="button" id="download">Download YAML</button>
        <div id="errors" role="alert" aria-live="polite"></div>
      </section>
      <section id="result" aria-label="Figure and report">
        <label for="view">View</label>
        <select id="view"></select>
        <span id="status" aria-live="polite"></span>
        <div id="figures">
          <figure id="figure" aria-label="Figure"></figure>
          <figure id="painmap-box" aria-labelledby="painmap-caption"><figcaption id="painmap-caption">Pain map</figcaption>
            <div id="painmap"></div><p id="dermatome" aria-live="polite">Point at a root (in the figure or the table) to see its dermatome.</p></figure>
        </div>
        <div class="table-box"><table id="roots"><caption>Roots (grade 1 or worse)</caption>
          <thead><tr><th scope="col">Root</th><th scope="col">Side</th><th scope="col">Grade</th><th scope="col">State</th><th scope="col">Site</th><th scope="col">Stations</th></tr></thead>
          <tbody></tbody>
        </table></div>
        <section id="population-box" aria-labelledby="population-title">
          <h2 id="population-title">How often, across adults?</h2>
          <p>The same lesions in 1,000 adults whose canals, recesses, foramina and discs vary as measured (population.md §A11).</p>
          <button type="button" id="population-run">Run 1,000 adults</button>
          <div id="population" aria-live="polite"></div>
        </section>
      </section>
    </main>
    </body>
    </html>

    """#

    static let css = #"""
    body { font: 16px/1.4 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
    header { padding: 0.5rem 1rem; background: #24364b; color: #fff; }
    header h1 { margin: 0; font-size: 1.4rem; } header p { margin: 0.2rem 0 0; }
    main { display: flex; flex-wrap: wrap; gap: 1rem; padding: 1rem; }
    #source { flex: 1 1 20rem; min-width: 0; display: flex; flex-direction: column; gap: 0.4rem; }
    #result { flex: 2 1 28rem; min-width: 0; }
    textarea { font: 14px/1.4 ui-monospace, monospace; width: 100%; box-sizing: border-box; }
    label, legend { font-weight: 600; }
    select, input, button { font: inherit; max-width: 100%; }
    :focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
    #errors { color: #a40000; white-space: pre-wrap; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
    #errors button { font: inherit; color: inherit; background: none; border: none; text-decoration: underline; cursor: pointer; text-align: left; padding: 0; }
    fieldset { border: 1px solid #bbb; min-width: 0; } fieldset fieldset { margin: 0.4rem 0; }
    .control { display: grid; grid-template-columns: minmax(8rem, 11rem) minmax(6rem, 1fr) minmax(3rem, auto); align-items: center; gap: 0.3rem 0.5rem; margin: 0.15rem 0; }
    .control .problem { grid-column: 1 / -1; color: #a40000; font-size: 0.9em; }
    .control.invalid select, .control.invalid input { outline: 2px solid #a40000; }
    .add { margin-top: 0.4rem; }
    #figures { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-start; }
    #figures figure { margin: 0.5rem 0; border: 1px solid #ddd; background: #fff; }
    #figure { flex: 3 1 24rem; min-width: 0; min-height: 10rem; }
    #painmap-box { flex: 1 1 18rem; min-width: 0; padding: 0.3rem; }
    #painmap-box figcaption { font-weight: 600; }
    #figures svg { width: 100%; height: auto; display: block; }
    #figure.stale, #painmap.stale { opacity: 0.6; }
    #dermatome { margin: 0.3rem 0 0; font-size: 0.95em; }
    .table-box { overflow-x: auto; max-width: 100%; }
    table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; }
    tr.highlight { background: #fff3c4; }
    #figure .root-hover, #figure .root-hover * { stroke: #e08a00 !important; stroke-width: 3px !important; }
    #painmap .dermatome, #painmap .dermatome * { stroke: #e08a00 !important; stroke-width: 3px !important; fill-opacity: 1 !important; }
    @media (max-width: 40rem) { main { padding: 0.5rem; } .control { grid-template-columns: 1fr; } }
    """#

    static let javascript = #"""
    // The Radix explorer: the YAML in the text area is the scenario; the controls, built from GET /api/schema (the
    // loader's own words and ranges), rewrite its lines; every change asks the server for the report
    // (POST /api/simulate), the chosen view and the pain map (POST /api/render), debounced. The previous figure
    // stays until the next arrives.
    const $ = (id) => document.getElementById(id);
    const BLANK = `radix: 1
    title: "Explorer scenario"
    posture: neutral
    lesions:
      - type: herniation
        level: L4-L5
        zone: subarticular
        side: left
        morphology: extrusion
        size_mm: 5
    `;
    let schema = null;
    let name = "explorer.yaml";
    let timer = null;
    let sequence = 0;
    let report = null;
    let hovered = null;

    const lines = () => $("yaml").value.split("\n");
    // The text area's value, and its text in the DOM too (so a saved or dumped page shows the scenario it drew).
    function setYaml(text) { $("yaml").value = text; $("yaml").defaultValue = text; }
    const typeOf = (t) => schema.lesion_types.find((x) => x.type === t);
    const unquote = (v) => { v = v.trim(); return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v; };
    const stripComment = (v) => v.replace(/\s+#.*$/, "").trim();

    // ---- the lesions block of the YAML: items as ordered [key, value] pairs (migration as migration.direction/.mm)

    function lesionBlock(all) {
      const top = all.findIndex((l) => /^lesions:/.test(l));
      if (top < 0) return { top: -1, items: [], end: all.length };
      let end = all.length;
      for (let i = top + 1; i < all.length; i++) if (/^[^\s#]/.test(all[i])) { end = i; break; }
      const items = [];
      let indent = -1;
      for (let i = top + 1; i < end; i++) {
        const m = /^(\s*)-(\s|$)/.exec(all[i]);
        if (m && (indent < 0 || m[1].length === indent)) {
          indent = m[1].length;
          if (items.length) items[items.length - 1].end = i;
          items.push({ start: i, end, indent });
        }
      }
      if (items.length) {
        // Trailing blank and comment lines belong to no item.
        const last = items[items.length - 1];
        while (last.end - 1 > last.start && /^\s*(#.*)?$/.test(all[last.end - 1])) last.end--;
      }
      return { top, items, end };
    }

    function flowPairs(text) {
      const inner = text.trim().replace(/^\{/, "").replace(/\}$/, "");
      const parts = []; let depth = 0, cur = "";
      for (const ch of inner) {
        if (ch === "{" || ch === "[") depth++;
        if (ch === "}" || ch === "]") depth--;
        if (ch === "," && depth === 0) { parts.push(cur); cur = ""; } else cur += ch;
      }
      if (cur.trim()) parts.push(cur);
      return parts.map((p) => { const i = p.indexOf(":"); return [p.slice(0, i).trim(), p.slice(i + 1).trim()]; });
    }

    function parseLesion(all, item) {
      const pairs = [];
      const add = (key, value) => {
        if (key === "migration") {
          if (value.startsWith("{")) for (const [k, v] of flowPairs(value)) pairs.push(["migration." + k, unquote(v)]);
          return;
        }
        pairs.push([key, unquote(value)]);
      };
      let nested = null, nestedIndent = -1;
      for (let i = item.start; i < item.end; i++) {
        let text = all[i];
        if (i === item.start) text = text.replace(/^(\s*)-\s?/, (m, s) => s + "  ");
        if (/^\s*(#.*)?$/.test(text)) continue;
        const indent = /^\s*/.exec(text)[0].length;
        const body = stripComment(text.trim());
        if (body.startsWith("{")) { for (const [k, v] of flowPairs(body)) add(k, v); continue; }
        const m = /^([\w.-]+):\s*(.*)$/.exec(body);
        if (!m) continue;
        if (nested && indent > nestedIndent) { pairs.push([nested + "." + m[1], unquote(m[2])]); continue; }
        nested = null;
        if (m[2] === "" ) { nested = m[1]; nestedIndent = indent; continue; }
        add(m[1], m[2]);
      }
      return pairs;
    }

    function serializeLesion(pairs, indent) {
      const pad = " ".repeat(indent);
      const out = [];
      const mig = pairs.filter(([k]) => k.startsWith("migration."));
      let migDone = false;
      for (const [k, v] of pairs) {
        if (k.startsWith("migration.")) {
          if (migDone) continue;
          migDone = true;
          out.push(`migration: {${mig.map(([mk, mv]) => mk.slice(10) + ": " + mv).join(", ")}}`);
        } else out.push(`${k}: ${/[:#{}\[\],&*!|>'"%@`]/.test(v) || v === "" ? JSON.stringify(v) : v}`);
      }
      return out.map((l, i) => (i === 0 ? pad + "- " : pad + "  ") + l);
    }

    const get = (pairs, key) => { const p = pairs.find(([k]) => k === key); return p ? p[1] : undefined; };
    function set(pairs, key, value) {
      const p = pairs.find(([k]) => k === key);
      if (value === undefined || value === null) return pairs.filter(([k]) => k !== key);
      if (p) p[1] = String(value); else pairs.push([key, String(value)]);
      return pairs;
    }

    function writeLesion(index, pairs) {
      const all = lines();
      const block = lesionBlock(all);
      const item = block.items[index];
      all.splice(item.start, item.end - item.start, ...serializeLesion(pairs, item.indent));
      setYaml(all.join("\n"));
    }

    function setTopLevel(key, value) {
      const all = lines();
      const i = all.findIndex((l) => new RegExp("^" + key + ":").test(l));
      if (i >= 0) all[i] = `${key}: ${value}`;
      else {
        const after = Math.max(all.findIndex((l) => /^title:/.test(l)), all.findIndex((l) => /^radix:/.test(l)));
        all.splice(after + 1, 0, `${key}: ${value}`);
      }
      setYaml(all.join("\n"));
    }

    // ---- what a lesion allows: the fields shown for its current values (the format's "only with" rules)

    function severityFields(type, pairs) {
      const group = type.severity.find((g) => g.kind === null || g.kind === get(pairs, "kind"));
      return group ? group.fields : [];
    }

    function fieldShown(type, field, pairs) {
      if (field.key === "side" && (get(pairs, "zone") === "central" || get(pairs, "kind") === "central")) return false;
      if (field.key.startsWith("migration.")) {
        if (!["extrusion", "sequestration"].includes(get(pairs, "morphology"))) return false;
        if (field.key === "migration.mm") return get(pairs, "migration.direction") !== undefined;
      }
      return true;
    }

    function defaultNumber(f) {
      const mid = (f.min + f.max) / 2;
      return Math.max(f.min_exclusive ? f.min + f.step : f.min, Math.round(mid / f.step) * f.step);
    }

    // After a value changed, make the lesion valid again where the format ties keys together.
    function normalise(type, pairs) {
      const zone = get(pairs, "zone"), kind = get(pairs, "kind");
      if (type.type === "herniation") {
        if (zone === "central") pairs = set(pairs, "side", null);
        else if (get(pairs, "side") === undefined) pairs = set(pairs, "side", "left");
        if (!["extrusion", "sequestration"].includes(get(pairs, "morphology"))) {
          pairs = pairs.filter(([k]) => !k.startsWith("migration."));
        } else if (get(pairs, "migration.direction") !== undefined && get(pairs, "migration.mm") === undefined) {
          pairs = set(pairs, "migration.mm", 5);
        }
      }
      if (type.type === "stenosis" && kind === "central") pairs = set(pairs, "side", null);
      const allowed = severityFields(type, pairs);
      const allKeys = new Set(type.severity.flatMap((g) => g.fields.map((f) => f.key)));
      const given = pairs.filter(([k]) => allKeys.has(k));
      const kept = given.find(([k]) => allowed.some((f) => f.key === k));
      pairs = pairs.filter(([k]) => !allKeys.has(k) || (kept && k === kept[0]));
      const keptField = kept && allowed.find((f) => f.key === kept[0]);
      if (keptField && keptField.values && !keptField.values.includes(kept[1])) {
        // The same key means another scale for another kind (grade: Schizas A…D, Lee 0…3).
        pairs = set(pairs, kept[0], keptField.values[Math.floor(keptField.values.length / 2)]);
      }
      if (!kept && allowed.length) {
        const f = allowed[0];
        pairs.push([f.key, f.values ? f.values[Math.floor(f.values.length / 2)] : String(defaultNumber(f))]);
      }
      return pairs;
    }

    // ---- controls

    function row(id, label, path) {
      const div = document.createElement("div");
      div.className = "control";
      div.dataset.path = path;
      const l = document.createElement("label");
      l.htmlFor = id; l.textContent = label;
      div.appendChild(l);
      return div;
    }

    function selectControl(id, label, path, values, value, onChange, blank) {
      const div = row(id, label, path);
      const s = document.createElement("select");
      s.id = id;
      s.dataset.path = path;
      for (const v of (blank ? [""] : []).concat(values)) {
        const o = document.createElement("option"); o.value = v; o.textContent = v === "" ? blank : v; s.appendChild(o);
      }
      if (value !== undefined && !values.includes(value) && value !== "") {
        const o = document.createElement("option"); o.value = value; o.textContent = value + " (as written)"; s.appendChild(o);
      }
      s.value = value === undefined ? (blank ? "" : values[0]) : value;
      s.addEventListener("change", () => onChange(s.value));
      div.appendChild(s);
      div.appendChild(document.createElement("span"));
      return div;
    }

    function numberControl(id, label, path, f, value, onInput) {
      const div = row(id, label, path);
      const input = document.createElement("input");
      Object.assign(input, { type: "range", id, min: f.min_exclusive ? f.step : f.min, max: f.max, step: f.step });
      input.value = value;
      input.dataset.path = path;
      const out = document.createElement("output");
      out.htmlFor = id; out.textContent = value;
      input.addEventListener("input", () => { out.textContent = input.value; onInput(input.value); });
      div.appendChild(input);
      div.appendChild(out);
      return div;
    }

    function lesionControls(index, pairs, item) {
      const box = document.createElement("fieldset");
      const type = typeOf(get(pairs, "type"));
      const legend = document.createElement("legend");
      legend.textContent = `Lesion ${index + 1}` + (get(pairs, "id") ? ` (${get(pairs, "id")})` : "");
      box.appendChild(legend);
      const p = `lesions[${index}].`, id = (k) => `c-${index}-${k.replace(".", "-")}`;
      const change = (key, value, structural) => {
        let now = parseLesion(lines(), lesionBlock(lines()).items[index]);
        if (key === "type") {
          const t = typeOf(value);
          now = Object.entries(t.example).map(([k, v]) => [k, v]);
          now = set(now, "level", get(pairs, "level") || "L4-L5");
          if (get(pairs, "id")) now.splice(1, 0, ["id", get(pairs, "id")]);
        } else if (key === "severity") {
          const allKeys = new Set(type.severity.flatMap((g) => g.fields.map((f) => f.key)));
          now = now.filter(([k]) => !allKeys.has(k));
          const f = severityFields(type, now).find((x) => x.key === value);
          now.push([f.key, f.values ? f.values[Math.floor(f.values.length / 2)] : String(defaultNumber(f))]);
        } else {
          now = set(now, key, value === "" ? null : value);
          if (key === "migration.direction" && value === "") now = set(now, "migration.mm", null);
        }
        if (type || key === "type") now = normalise(typeOf(get(now, "type")), now);
        writeLesion(index, now);
        if (structural) rebuildControls(document.activeElement && document.activeElement.id);
        schedule();
      };
      box.appendChild(selectControl(id("type"), "Type", p + "type", schema.lesion_types.map((t) => t.type), get(pairs, "type"),
        (v) => change("type", v, true)));
      box.appendChild(selectControl(id("level"), schema.level.label, p + "level", schema.level.values, get(pairs, "level"),
        (v) => change("level", v, true)));
      if (type) {
        for (const f of type.fields) {
          if (!fieldShown(type, f, pairs)) continue;
          const value = get(pairs, f.key);
          if (f.values) {
            const blank = f.key === "migration.direction" ? "none" : (!f.required && f.default ? `(default: ${f.default})` : null);
            box.appendChild(selectControl(id(f.key), f.label, p + f.key, f.values, value ?? (blank ? "" : undefined),
              (v) => change(f.key, v, true), blank));
          } else {
            box.appendChild(numberControl(id(f.key), f.label, p + f.key, f, value ?? defaultNumber(f), (v) => change(f.key, v, false)));
          }
        }
        const measures = severityFields(type, pairs);
        if (measures.length) {
          const current = measures.find((f) => get(pairs, f.key) !== undefined) || measures[0];
          if (measures.length > 1) {
            box.appendChild(selectControl(id("severity"), "Severity given as", p + "severity", measures.map((f) => f.key), current.key,
              (v) => change("severity", v, true)));
          }
          const value = get(pairs, current.key);
          if (current.values) {
            box.appendChild(selectControl(id(current.key), current.label, p + current.key, current.values, value, (v) => change(current.key, v, true)));
          } else {
            box.appendChild(numberControl(id(current.key), current.label, p + current.key, current, value ?? defaultNumber(current),
              (v) => change(current.key, v, false)));
          }
        }
      }
      const remove = document.createElement("button");
      remove.type = "button"; remove.id = id("remove"); remove.textContent = `Remove lesion ${index + 1}`;
      remove.addEventListener("click", () => {
        const all = lines(), block = lesionBlock(all), it = block.items[index];
        all.splice(it.start, it.end - it.start);
        if (block.items.length === 1) all[block.top] = "lesions: []";
        setYaml(all.join("\n"));
        rebuildControls(); schedule();
        ($("add-type")).focus();
      });
      box.appendChild(remove);
      return box;
    }

    function rebuildControls(focusId) {
      const all = lines();
      const top = $("scenario-controls");
      top.textContent = "";
      for (const f of schema.scenario) {
        const line = all.find((l) => new RegExp("^" + f.key + ":").test(l));
        const value = line ? unquote(stripComment(line.slice(f.key.length + 1))) : "";
        top.appendChild(selectControl("c-" + f.key, f.label, f.key, f.values, value, (v) => {
          if (v) setTopLevel(f.key, v); else {
            const a = lines().filter((l) => !new RegExp("^" + f.key + ":").test(l)); setYaml(a.join("\n"));
          }
          schedule();
        }, `(default: ${f.default})`));
      }
      const box = $("lesion-controls");
      box.textContent = "";
      const block = lesionBlock(all);
      block.items.forEach((item, i) => box.appendChild(lesionControls(i, parseLesion(all, item), item)));
      $("no-controls").hidden = block.items.length > 0;
      if (focusId && $(focusId)) $(focusId).focus();
      markProblems();
    }

    function addLesion() {
      const t = typeOf($("add-type").value);
      const all = lines();
      const block = lesionBlock(all);
      const pairs = Object.entries(t.example);
      if (block.top < 0) { while (all.length && all[all.length - 1] === "") all.pop(); all.push("lesions:"); }
      else all[block.top] = "lesions:";
      const b = lesionBlock(all);
      const at = b.items.length ? b.items[b.items.length - 1].end : b.top + 1;
      const indent = b.items.length ? b.items[0].indent : 2;
      all.splice(at, 0, ...serializeLesion(pairs, indent));
      setYaml(all.join("\n"));
      rebuildControls();
      const n = lesionBlock(lines()).items.length - 1;
      if ($(`c-${n}-type`)) $(`c-${n}-type`).focus();
      schedule();
    }

    // ---- errors beside the YAML line and the control

    let problems = [];
    function showErrors(errors) {
      problems = errors;
      const box = $("errors");
      box.textContent = "";
      for (const e of errors) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = `${e.line}:${e.column}: ${e.path ? e.path + ": " : ""}${e.message}` +
          (e.suggestion ? ` — did you mean '${e.suggestion}'?` : "") + (e.allowed ? ` (allowed: ${e.allowed})` : "");
        b.addEventListener("click", () => selectLine(e.line));
        box.appendChild(b);
        box.appendChild(document.createElement("br"));
      }
      markProblems();
    }

    function markProblems() {
      document.querySelectorAll(".control.invalid").forEach((c) => {
        c.classList.remove("invalid");
        c.querySelectorAll(".problem").forEach((p) => p.remove());
        c.querySelectorAll("select, input").forEach((i) => i.removeAttribute("aria-invalid"));
      });
      for (const e of problems) {
        if (!e.path) continue;
        const c = document.querySelector(`.control[data-path="${CSS.escape(e.path)}"]`);
        if (!c) continue;
        c.classList.add("invalid");
        c.querySelectorAll("select, input").forEach((i) => i.setAttribute("aria-invalid", "true"));
        const p = document.createElement("span"); p.className = "problem"; p.textContent = e.message; c.appendChild(p);
      }
    }

    function selectLine(line) {
      const all = lines();
      let start = 0;
      for (let i = 0; i < line - 1 && i < all.length; i++) start += all[i].length + 1;
      const t = $("yaml");
      t.focus();
      t.setSelectionRange(start, start + (all[line - 1] || "").length);
    }

    // ---- report, figure, pain map, hover

    function showRoots(json) {
      const body = $("roots").querySelector("tbody");
      body.textContent = "";
      for (const r of json.roots.filter((r) => r.grade > 0)) {
        const tr = document.createElement("tr");
        tr.dataset.root = r.root;
        tr.dataset.side = r.side;
        tr.tabIndex = 0;
        const stations = r.stations.map((s) => `${s.site} ${s.level} (${s.grade})`).join("; ");
        for (const v of [r.root, r.side, r.grade, r.state, r.site, stations]) {
          const td = document.createElement("td"); td.textContent = String(v); tr.appendChild(td);
        }
        body.appendChild(tr);
      }
      if (!body.children.length) body.innerHTML = "<tr><td colspan=6>No root compressed.</td></tr>";
    }

    // Highlights root `root` on `side` everywhere: its table row, its drawing in the figure (data-root/data-side of
    // the editable SVG) and its dermatome in the pain map (the regions of the report's atlas, data-region/data-side).
    function highlight(root, side) {
      hovered = root ? { root, side } : null;
      document.querySelectorAll("#roots tr").forEach((tr) =>
        tr.classList.toggle("highlight", !!root && tr.dataset.root === root && tr.dataset.side === side));
      document.querySelectorAll("#figure [data-root]").forEach((el) =>
        el.classList.toggle("root-hover", !!root && el.dataset.root === root && (!el.dataset.side || el.dataset.side === side)));
      const atlasName = (report && report.atlas) || "lee-2008";
      const atlas = schema.atlases.find((a) => a.atlas === atlasName) || schema.atlases[0];
      const regions = root ? (atlas.dermatomes[root] || []) : [];
      let shown = 0;
      document.querySelectorAll("#painmap [data-region]").forEach((el) => {
        const on = !!root && regions.includes(el.dataset.region) && (!el.dataset.side || el.dataset.side === side);
        el.classList.toggle("dermatome", on);
        if (on) shown++;
      });
      if (!root) { $("dermatome").textContent = "Point at a root (in the figure or the table) to see its dermatome."; return; }
      const pain = report ? report.pain_map.filter((p) => p.side === side && p.roots.includes(root)).map((p) => `${p.region} (${p.kind})`) : [];
      $("dermatome").textContent = `${side} ${root} dermatome (${atlas.name}): ${regions.join(", ")}. ` +
        (pain.length ? `In the pain map now: ${pain.join(", ")}.` : "Not in the pain map now.");
      $("dermatome").dataset.root = root; $("dermatome").dataset.side = side; $("dermatome").dataset.shown = shown;
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    }

    async function render(view, yaml, q) {
      const r = await fetch(`/api/render?view=${encodeURIComponent(view)}&format=svg&${q}`, { method: "POST", body: yaml });
      return { ok: r.status === 200, text: await r.text() };
    }

    async function refresh() {
      const mine = ++sequence;
      const yaml = $("yaml").value;
      $("status").textContent = "updating…";
      $("figure").classList.add("stale");
      $("painmap").classList.add("stale");
      const q = "name=" + encodeURIComponent(name);
      const sim = await fetch("/api/simulate?" + q, { method: "POST", body: yaml, headers: { Accept: "application/json" } });
      if (mine !== sequence) return;
      const json = await sim.json();
      if (sim.status !== 200) {
        showErrors(json.errors || []);
        $("status").textContent = "invalid scenario: the figures show the last valid one";
        return;
      }
      report = json;
      showErrors([]);
      showRoots(json);
      const [fig, pain] = await Promise.all([render($("view").value, yaml, q), render("body", yaml, q)]);
      if (mine !== sequence) return;
      if (fig.ok) { $("figure").innerHTML = fig.text; $("figure").classList.remove("stale"); keyboardRoots($("figure")); }
      if (pain.ok) { $("painmap").innerHTML = pain.text; $("painmap").classList.remove("stale"); }
      $("status").textContent = fig.ok && pain.ok ? "" : "figure: " + (fig.ok ? pain.text : fig.text);
      if (hovered) highlight(hovered.root, hovered.side);
      document.body.dataset.refreshed = String(mine);
    }

    // Each root drawn in the figure is reachable by keyboard once (its first piece): Tab to it and its row,
    // dermatome and pain-map regions light up as they do under the mouse.
    function keyboardRoots(box) {
      const seen = new Set();
      box.querySelectorAll("[data-root][data-side]").forEach((el) => {
        const key = el.dataset.root + " " + el.dataset.side;
        if (seen.has(key)) return;
        seen.add(key);
        el.setAttribute("tabindex", "0");
        el.setAttribute("aria-label", `${el.dataset.side} ${el.dataset.root}` + (el.dataset.grade ? `, grade ${el.dataset.grade}` : ""));
      });
    }

    // The population of the current YAML (`radix population --json --samples 1000`), shown as shares per root.
    async function population() {
      const yaml = $("yaml").value;
      $("population").textContent = "drawing 1,000 adults…";
      const r = await fetch("/api/population?samples=1000&name=" + encodeURIComponent(name),
                            { method: "POST", body: yaml, headers: { Accept: "application/json" } });
      const json = await r.json();
      if (r.status !== 200) { $("population").textContent = "invalid scenario: fix the YAML first"; return; }
      const pct = (p) => (100 * p).toFixed(1) + " %";
      const rows = json.roots.filter((x) => x.counts.contact > 0);
      const box = $("population");
      box.textContent = "";
      if (!rows.length) { box.textContent = `No root reached even contact in any of ${json.samples} samples.`; return; }
      const table = document.createElement("table");
      table.id = "population-table";
      table.innerHTML = `<caption>Share of ${json.samples} adults in whom the root reaches the grade or worse</caption>` +
        "<thead><tr><th scope='col'>Root</th><th scope='col'>Side</th><th scope='col'>contact</th><th scope='col'>deviation</th><th scope='col'>compression</th></tr></thead>";
      const body = document.createElement("tbody");
      for (const x of rows) {
        const tr = document.createElement("tr");
        tr.dataset.root = x.root; tr.dataset.side = x.side;
        for (const v of [x.root, x.side, pct(x.p_at_least.contact), pct(x.p_at_least.deviation), pct(x.p_at_least.compression)]) {
          const td = document.createElement("td"); td.textContent = v; tr.appendChild(td);
        }
        body.appendChild(tr);
      }
      table.appendChild(body);
      box.appendChild(table);
      if (json.crowding_only_samples > 0) {
        const p = document.createElement("p");
        p.textContent = `Contact includes crowding alone (roots filling a narrow dural sac, Schizas B) in ${pct(json.crowding_only_samples / json.samples)} of adults.`;
        box.appendChild(p);
      }
    }

    function load(text, fileName) {
      name = fileName || "explorer.yaml";
      setYaml(text);
      rebuildControls();
      refresh();
    }

    function rootAt(target) {
      const el = target && target.closest && target.closest("[data-root]");
      return el ? [el.dataset.root, el.dataset.side] : [null, null];
    }

    async function start() {
      schema = await (await fetch("/api/schema")).json();
      for (const v of schema.views) { const o = document.createElement("option"); o.value = v; o.textContent = v; $("view").appendChild(o); }
      $("view").value = "axial";
      for (const t of schema.lesion_types) { const o = document.createElement("option"); o.value = t.type; o.textContent = t.type; $("add-type").appendChild(o); }
      const list = await (await fetch("/api/scenarios")).json();
      for (const n of list.scenarios) {
        const o = document.createElement("option"); o.value = n; o.textContent = n; $("scenario").appendChild(o);
      }
      $("scenario").addEventListener("change", async () => {
        const n = $("scenario").value;
        if (!n) return load(BLANK, "explorer.yaml");
        load(await (await fetch("/api/scenarios/" + encodeURIComponent(n))).text(), n);
      });
      $("yaml").addEventListener("input", () => { rebuildControls(); schedule(); });
      $("view").addEventListener("change", refresh);
      $("add-lesion").addEventListener("click", addLesion);
      $("download").addEventListener("click", () => {
        const a = document.createElement("a");
        a.href = URL.createObjectURL(new Blob([$("yaml").value], { type: "application/yaml" }));
        a.download = name.split("/").pop() || "explorer.yaml";
        a.click();
        URL.revokeObjectURL(a.href);
      });
      for (const box of [$("figure"), $("roots")]) {
        box.addEventListener("mouseover", (e) => highlight(...rootAt(e.target)));
        box.addEventListener("focusin", (e) => highlight(...rootAt(e.target)));
      }
      // A link may choose the scenario, the view and control values, each moved as a student would (its own
      // input or change event): /?scenario=NAME&view=axial&size_mm=9&side=right&posture=flexion&lesions[1].level=L5-S1.
      // A bare key means the first lesion's; hover=L5:left points at a root.
      const params = new URLSearchParams(location.search);
      if (params.get("view")) $("view").value = params.get("view");
      const chosen = params.get("scenario");
      if (chosen && list.scenarios.includes(chosen)) {
        $("scenario").value = chosen;
        load(await (await fetch("/api/scenarios/" + encodeURIComponent(chosen))).text(), chosen);
      } else {
        load(BLANK, "explorer.yaml");
      }
      for (const [key, value] of params) {
        if (["scenario", "view", "hover", "population"].includes(key)) continue;
        const path = /^(posture|atlas)$/.test(key) || key.startsWith("lesions[") ? key : "lesions[0]." + key;
        const input = document.querySelector(`select[data-path="${CSS.escape(path)}"], input[data-path="${CSS.escape(path)}"]`);
        if (!input) continue;
        input.value = value;
        input.dispatchEvent(new Event(input.tagName === "SELECT" ? "change" : "input"));
      }
      if (params.get("population")) population();
      if (params.get("hover")) {
        const [root, side] = params.get("hover").split(":");
        highlight(root, side || "left");
      }
    }

    $("population-run").addEventListener("click", population);
    start();

    """#
}
