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
    <header><h1>Radix explorer</h1><p>A teaching model — not for diagnosis. Move a lesion; watch the roots follow.</p></header>
    <main>
      <section id="source" aria-label="Scenario">
        <label for="scenario">Scenario</label>
        <select id="scenario"><option value="">(blank scenario)</option></select>
        <label for="yaml">Scenario YAML (edit or paste)</label>
        <textarea id="yaml" spellcheck="false" rows="24" aria-describedby="errors"></textarea>
        <button type="button" id="download">Download YAML</button>
        <div id="errors" role="alert" aria-live="polite"></div>
        <fieldset id="controls"><legend>First lesion and posture</legend><p id="no-controls">No lesion to adjust.</p></fieldset>
      </section>
      <section id="result" aria-label="Figure and report">
        <label for="view">View</label>
        <select id="view">
          <option value="sheet">sheet</option><option value="axial" selected>axial</option>
          <option value="foramen">foramen</option><option value="sagittal">sagittal</option><option value="body">body</option>
        </select>
        <span id="status" aria-live="polite"></span>
        <figure id="figure" aria-label="Figure"></figure>
        <table id="roots"><caption>Roots (grade 1 or worse)</caption>
          <thead><tr><th scope="col">Root</th><th scope="col">Side</th><th scope="col">Grade</th><th scope="col">State</th><th scope="col">Site</th><th scope="col">Stations</th></tr></thead>
          <tbody></tbody>
        </table>
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
    #source { flex: 1 1 22rem; display: flex; flex-direction: column; gap: 0.4rem; }
    #result { flex: 2 1 30rem; min-width: 0; }
    textarea { font: 14px/1.4 ui-monospace, monospace; width: 100%; box-sizing: border-box; }
    label { font-weight: 600; }
    :focus-visible { outline: 3px solid #e08a00; outline-offset: 2px; }
    #errors { color: #a40000; white-space: pre-wrap; font-family: ui-monospace, monospace; }
    #errors button { font: inherit; color: inherit; background: none; border: none; text-decoration: underline; cursor: pointer; text-align: left; padding: 0; }
    fieldset { border: 1px solid #bbb; } .control { display: grid; grid-template-columns: 11rem 1fr 4rem; align-items: center; gap: 0.5rem; }
    #figure { margin: 0.5rem 0; border: 1px solid #ddd; background: #fff; min-height: 10rem; }
    #figure svg { width: 100%; height: auto; display: block; }
    #figure.stale { opacity: 0.6; }
    table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; }
    tr.highlight { background: #fff3c4; }
    """#

    static let javascript = #"""
    // The Radix explorer: the YAML in the text area is the scenario; the controls edit its lines; every change
    // asks the server for the report (POST /api/simulate) and the figure (POST /api/render), debounced.
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
    // Range controls for the first lesion's numbers (scenario-format.md gives the limits).
    const RANGES = {
      size_mm: { label: "Size (mm)", min: 0.5, max: 20, step: 0.5 },
      slip_percent: { label: "Slip (%)", min: 0, max: 150, step: 1 },
      canal_ap_mm: { label: "Residual canal AP (mm)", min: 3, max: 20, step: 0.5 },
      dural_area_mm2: { label: "Residual dural area (mm²)", min: 20, max: 200, step: 5 },
      recess_depth_mm: { label: "Residual recess depth (mm)", min: 0, max: 8, step: 0.25 },
      foramen_height_mm: { label: "Residual foramen height (mm)", min: 5, max: 25, step: 0.5 },
      encroachment_mm: { label: "Encroachment (mm)", min: 0, max: 10, step: 0.5 },
      height_loss_percent: { label: "Disc height loss (%)", min: 0, max: 80, step: 1 },
    };
    const POSTURES = ["flexion", "neutral", "extension"];
    let name = "explorer.yaml";
    let timer = null;
    let sequence = 0;

    function lines() { return $("yaml").value.split("\n"); }

    // The line numbers (0-based, [start, end)) of the first item under `lesions:`.
    function firstLesion(all) {
      const top = all.findIndex((l) => /^lesions:\s*(#.*)?$/.test(l));
      if (top < 0) return null;
      let start = -1, indent = -1;
      for (let i = top + 1; i < all.length; i++) {
        const m = /^(\s*)-\s/.exec(all[i]);
        if (start < 0) { if (m) { start = i; indent = m[1].length; } else if (/^\S/.test(all[i])) return null; continue; }
        if (/^\S/.test(all[i]) || (m && m[1].length === indent)) return [start, i];
      }
      return start < 0 ? null : [start, all.length];
    }

    function findKey(all, range, key) {
      const re = new RegExp("^(\\s*(?:-\\s+)?)" + key + ":\\s*([^#\\s]+)");
      for (let i = range[0]; i < range[1]; i++) { const m = re.exec(all[i]); if (m) return { line: i, value: m[2] }; }
      return null;
    }

    function setLine(index, key, value) {
      const all = lines();
      all[index] = all[index].replace(new RegExp("(" + key + ":\\s*)[^#\\s]+"), "$1" + value);
      $("yaml").value = all.join("\n");
    }

    function control(id, label, min, max, step, value, onInput, text) {
      const row = document.createElement("div");
      row.className = "control";
      row.innerHTML = `<label for="${id}"></label><input type="range" id="${id}"><output for="${id}"></output>`;
      row.querySelector("label").textContent = label;
      const input = row.querySelector("input"), output = row.querySelector("output");
      Object.assign(input, { min, max, step, value });
      output.textContent = text(value);
      input.addEventListener("input", () => { output.textContent = text(input.value); onInput(input.value); schedule(); });
      return row;
    }

    function rebuildControls() {
      const box = $("controls");
      box.querySelectorAll(".control").forEach((c) => c.remove());
      const all = lines();
      let count = 0;
      const postureLine = all.findIndex((l) => /^posture:/.test(l));
      const posture = postureLine >= 0 ? (/^posture:\s*(\w+)/.exec(all[postureLine]) || [])[1] : "neutral";
      box.appendChild(control("c-posture", "Posture", 0, 2, 1, Math.max(0, POSTURES.indexOf(posture)), (v) => {
        const i = lines().findIndex((l) => /^posture:/.test(l));
        if (i >= 0) { setLine(i, "posture", POSTURES[v]); }
        else { const a = lines(); const t = a.findIndex((l) => /^title:/.test(l)); a.splice(t + 1, 0, "posture: " + POSTURES[v]); $("yaml").value = a.join("\n"); }
      }, (v) => POSTURES[v]));
      count++;
      const range = firstLesion(all);
      if (range) {
        for (const [key, r] of Object.entries(RANGES)) {
          const found = findKey(all, range, key);
          if (!found || isNaN(Number(found.value))) continue;
          box.appendChild(control("c-" + key, r.label, r.min, r.max, r.step, Number(found.value),
            (v) => setLine(found.line, key, v), (v) => String(v)));
          count++;
        }
      }
      $("no-controls").hidden = count > 0;
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    }

    function showErrors(errors) {
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
    }

    function selectLine(line) {
      const all = lines();
      let start = 0;
      for (let i = 0; i < line - 1 && i < all.length; i++) start += all[i].length + 1;
      const t = $("yaml");
      t.focus();
      t.setSelectionRange(start, start + (all[line - 1] || "").length);
    }

    function showRoots(report) {
      const body = $("roots").querySelector("tbody");
      body.textContent = "";
      for (const r of report.roots.filter((r) => r.grade > 0)) {
        const tr = document.createElement("tr");
        tr.dataset.root = r.root;
        tr.dataset.side = r.side;
        const stations = r.stations.map((s) => `${s.site} ${s.level} (${s.grade})`).join("; ");
        for (const v of [r.root, r.side, r.grade, r.state, r.site, stations]) {
          const td = document.createElement("td"); td.textContent = String(v); tr.appendChild(td);
        }
        body.appendChild(tr);
      }
      if (!body.children.length) body.innerHTML = "<tr><td colspan=6>No root compressed.</td></tr>";
    }

    async function refresh() {
      const mine = ++sequence;
      const yaml = $("yaml").value;
      $("status").textContent = "updating…";
      $("figure").classList.add("stale");
      const q = "name=" + encodeURIComponent(name);
      const sim = await fetch("/api/simulate?" + q, { method: "POST", body: yaml, headers: { Accept: "application/json" } });
      if (mine !== sequence) return;
      const json = await sim.json();
      if (sim.status !== 200) {
        showErrors(json.errors || []);
        $("status").textContent = "invalid scenario: the figure shows the last valid one";
        return;
      }
      showErrors([]);
      showRoots(json);
      const view = $("view").value;
      const fig = await fetch(`/api/render?view=${encodeURIComponent(view)}&format=svg&${q}`, { method: "POST", body: yaml });
      if (mine !== sequence) return;
      if (fig.status === 200) {
        $("figure").innerHTML = await fig.text();
        $("figure").classList.remove("stale");
        $("status").textContent = "";
      } else {
        $("status").textContent = "figure: " + (await fig.text());
      }
    }

    function load(text, fileName) {
      name = fileName || "explorer.yaml";
      $("yaml").value = text;
      rebuildControls();
      refresh();
    }

    async function start() {
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
      $("download").addEventListener("click", () => {
        const a = document.createElement("a");
        a.href = URL.createObjectURL(new Blob([$("yaml").value], { type: "application/yaml" }));
        a.download = name.split("/").pop() || "explorer.yaml";
        a.click();
        URL.revokeObjectURL(a.href);
      });
      $("figure").addEventListener("mouseover", (event) => {
        const root = event.target.closest && event.target.closest("[data-root]");
        document.querySelectorAll("#roots tr").forEach((tr) => tr.classList.toggle("highlight", !!root && tr.dataset.root === root.dataset.root));
      });
      // A link may choose the scenario, the view and control values: /?scenario=NAME&view=axial&size_mm=9&posture=flexion.
      // Each value moves its control as a student would (the same input event), so a link reproduces what they saw.
      const params = new URLSearchParams(location.search);
      if (params.get("view")) $("view").value = params.get("view");
      const chosen = params.get("scenario");
      if (chosen && list.scenarios.includes(chosen)) {
        $("scenario").value = chosen;
        load(await (await fetch("/api/scenarios/" + encodeURIComponent(chosen))).text(), chosen);
      } else {
        load(BLANK, "explorer.yaml");
      }
      for (const key of ["posture", ...Object.keys(RANGES)]) {
        const value = params.get(key), input = $("c-" + key);
        if (value === null || !input) continue;
        input.value = key === "posture" ? POSTURES.indexOf(value) : value;
        input.dispatchEvent(new Event("input"));
      }
    }

    start();

    """#
}
