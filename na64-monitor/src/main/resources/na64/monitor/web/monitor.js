// na64 online monitor page: plain JavaScript and SVG, no external code. It follows the server's
// "update" events and re-reads the shown histograms at most once a second.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const OVERVIEW = ["ecal_energy", "hcal_energy", "ecal_vs_hcal", "momentum", "beam_profile", "ecal_cells",
  "wf.ECAL.occupancy", "wf.ECAL.amplitude", "wf.ECAL.time", "srd_energy", "veto_energy", "trigger", "time_in_spill"];
let view = { run: null, spill: "last", group: "overview" };
// the selection lives in the address (#run=1043&spill=7&group=ECAL): a link or a reload shows the same
for (const [k, v] of new URLSearchParams(location.hash.slice(1))) {
  if (k === "run") view.run = +v;
  if (k === "spill" || k === "group") view[k] = v;
}
function remember() {
  history.replaceState(null, "", `#run=${view.run}&spill=${view.spill}&group=${encodeURIComponent(view.group)}`);
}
let reference = null;       // name -> histogram of the reference run
let pending = false;
let lastFetch = 0;

function el(tag, attrs, parent) {
  const e = document.createElementNS(SVG, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

async function getJson(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(url + ": " + r.status);
  return r.json();
}

function fmt(v) {
  if (v === null || v === undefined) return "–";
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-2 || a >= 1e5) ? v.toExponential(2) : +v.toPrecision(4) + "";
}

function axes(svg, x0, x1, y0, y1, w, h, m, xl, yl, yLog) {
  el("line", { x1: m.l, y1: h - m.b, x2: w - m.r, y2: h - m.b, class: "axis" }, svg);
  el("line", { x1: m.l, y1: m.t, x2: m.l, y2: h - m.b, class: "axis" }, svg);
  for (let i = 0; i <= 4; i++) {
    const fx = m.l + (w - m.l - m.r) * i / 4;
    el("text", { x: fx, y: h - m.b + 13, "text-anchor": "middle" }, svg).textContent = fmt(x0 + (x1 - x0) * i / 4);
    const fy = h - m.b - (h - m.t - m.b) * i / 4;
    const yv = yLog ? Math.pow(10, Math.log10(y0) + (Math.log10(y1) - Math.log10(y0)) * i / 4) : y0 + (y1 - y0) * i / 4;
    el("text", { x: m.l - 4, y: fy + 4, "text-anchor": "end" }, svg).textContent = fmt(yv);
  }
  el("text", { x: (w + m.l - m.r) / 2, y: h - 3, "text-anchor": "middle" }, svg).textContent = xl;
  if (yl) el("text", { x: 10, y: (h - m.b + m.t) / 2, transform: `rotate(-90 10 ${(h - m.b + m.t) / 2})`, "text-anchor": "middle" }, svg).textContent = yl;
}

function drawH1(svg, h, ref) {
  const w = 340, hh = 210, m = { l: 46, r: 8, t: 8, b: 32 };
  let max = Math.max(1, ...h.content);
  let scaled = null;
  if (ref && ref.entries > 0) {
    const sum = h.content.reduce((a, b) => a + b, 0), rsum = ref.content.reduce((a, b) => a + b, 0);
    if (sum > 0 && rsum > 0 && ref.bins === h.bins) {
      scaled = ref.content.map((v) => v * sum / rsum);
      max = Math.max(max, ...scaled);
    }
  }
  const log = $("logy").checked;
  max *= log ? 2 : 1.08;
  const X = (i) => m.l + (w - m.l - m.r) * i / h.bins;
  // logarithmic: 0.5 at the bottom so that single entries show
  const Y = log ? (v) => hh - m.b - (hh - m.t - m.b) * Math.log10(Math.max(v, 0.5) / 0.5) / Math.log10(max / 0.5)
    : (v) => hh - m.b - (hh - m.t - m.b) * v / max;
  const step = (c) => {
    let d = `M${X(0)},${Y(0)}`;
    c.forEach((v, i) => { d += `L${X(i)},${Y(v)}L${X(i + 1)},${Y(v)}`; });
    return d + `L${X(c.length)},${Y(0)}`;
  };
  el("path", { d: step(h.content) + "Z", class: "data" }, svg);
  if (scaled) el("path", { d: step(scaled), class: "ref" }, svg);
  axes(svg, h.lo, h.hi, log ? 0.5 : 0, max, w, hh, m, h.x_label, "entries", log);
}

function drawH2(svg, h) {
  const w = 340, hh = 210, m = { l: 46, r: 8, t: 8, b: 32 };
  const max = Math.max(1, ...h.content);
  const cw = (w - m.l - m.r) / h.nx, ch = (hh - m.t - m.b) / h.ny;
  h.content.forEach((v, k) => {
    if (v <= 0) return;
    const ix = k % h.nx, iy = Math.floor(k / h.nx);
    const f = Math.log(1 + v) / Math.log(1 + max);            // logarithmic colour: tails stay visible
    el("rect", { x: m.l + ix * cw, y: hh - m.b - (iy + 1) * ch, width: cw + 0.3, height: ch + 0.3,
      fill: `hsl(${240 - 240 * f}, 80%, ${70 - 25 * f}%)` }, svg);
  });
  axes(svg, h.xlo, h.xhi, h.ylo, h.yhi, w, hh, m, h.x_label, h.y_label);
}

function plot(h) {
  const div = document.createElement("div");
  div.className = "plot";
  div.dataset.name = h.name;
  const base = `/api/runs/${view.run}/histograms/${encodeURIComponent(h.name)}`;
  const q = `?spill=${view.spill}`;
  div.innerHTML = `<div class="title"><span></span><span><a href="${base}.json${q}">JSON</a><a href="${base}.csv${q}">CSV</a><a href="${base}.png${q}">PNG</a></span></div>`;
  div.querySelector(".title span").textContent = h.title;
  const svg = el("svg", { viewBox: "0 0 340 210" }, div);
  const ref = $("overlay").checked && reference ? reference[h.name] : null;
  if (h.type === "h1") drawH1(svg, h, ref); else drawH2(svg, h);
  const st = document.createElement("div");
  st.className = "stats";
  st.textContent = `entries ${h.entries}` + (h.type === "h1" ? ` · mean ${fmt(h.mean)} · rms ${fmt(h.rms)}` : "")
    + (ref ? " · dashed: reference" : "");
  div.appendChild(st);
  return div;
}

function groupOf(name) {
  const p = name.split(".");
  return p.length === 3 ? p[1] : "event";
}

function fillGroups(names) {
  const sel = $("group");
  const groups = ["overview", ...new Set(names.map(groupOf))];
  if (sel.options.length === groups.length) return;
  sel.innerHTML = "";
  groups.forEach((g) => sel.add(new Option(g, g, false, g === view.group)));
}

async function refreshPlots() {
  if (view.run === null) return;
  const doc = await getJson(`/api/runs/${view.run}/histograms?spill=${view.spill}`);
  fillGroups(doc.histograms.map((h) => h.name));
  const shown = view.group === "overview"
    ? OVERVIEW.map((n) => doc.histograms.find((h) => h.name === n)).filter(Boolean)
    : doc.histograms.filter((h) => groupOf(h.name) === view.group);
  const main = $("plots");
  main.innerHTML = "";
  shown.forEach((h) => main.appendChild(plot(h)));
  const which = view.spill === "last" ? `spill ${doc.spill_number ?? "–"} (latest)` : view.spill === "all" ? "all spills" : `spill ${view.spill}`;
  $("shown").textContent = `run ${view.run}, ${which}: ${doc.events} events · updated ${new Date().toLocaleTimeString()}`;
}

function drawRate(spills) {
  const svg = $("rate");
  svg.innerHTML = "";
  const last = spills.slice(-60);
  const w = 600, h = 160, m = { l: 46, r: 8, t: 8, b: 32 };
  const max = Math.max(1, ...last.map((s) => s.events)) * 1.1;
  const bw = (w - m.l - m.r) / Math.max(1, last.length);
  last.forEach((s, i) => {
    const bh = (h - m.t - m.b) * s.events / max;
    const r = el("rect", { x: m.l + i * bw + 1, y: h - m.b - bh, width: Math.max(1, bw - 2), height: bh,
      class: s.alarms > 0 ? "bar alarm" : "bar" }, svg);
    el("title", {}, r).textContent = `spill ${s.spill}: ${s.events} events, ${s.alarms} alarms`;
  });
  el("line", { x1: m.l, y1: h - m.b, x2: w - m.r, y2: h - m.b, class: "axis" }, svg);
  el("line", { x1: m.l, y1: m.t, x2: m.l, y2: h - m.b, class: "axis" }, svg);
  const every = Math.max(1, Math.ceil(last.length / 15));
  last.forEach((s, i) => {
    if (i % every === 0) el("text", { x: m.l + (i + 0.5) * bw, y: h - m.b + 13, "text-anchor": "middle" }, svg).textContent = s.spill;
  });
  for (let i = 0; i <= 4; i++) {
    el("text", { x: m.l - 4, y: h - m.b - (h - m.t - m.b) * i / 4 + 4, "text-anchor": "end" }, svg).textContent = fmt(Math.round(max * i / 4));
  }
  el("text", { x: (w + m.l - m.r) / 2, y: h - 3, "text-anchor": "middle" }, svg).textContent = "spill (red: with alarms)";
}

async function refreshRuns() {
  const runs = await getJson("/api/runs");
  const rs = $("run");
  const have = [...rs.options].map((o) => o.value).join();
  if (have !== runs.map((r) => r.run).join()) {
    rs.innerHTML = "";
    runs.forEach((r) => rs.add(new Option(`${r.run} (${r.setup})`, r.run)));
  }
  if (view.run === null && runs.length) view.run = runs[runs.length - 1].run;
  rs.value = view.run;
  const run = runs.find((r) => r.run == view.run);
  if (!run) return;
  const ss = $("spill");
  const opts = ["last", "all", ...run.kept_spills.slice().reverse().map(String)];
  if ([...ss.options].map((o) => o.value).join() !== opts.join()) {
    ss.innerHTML = "";
    opts.forEach((o) => ss.add(new Option(o === "last" ? "latest (live)" : o === "all" ? "all spills" : o, o)));
  }
  ss.value = view.spill;
  drawRate(run.spills);
}

async function refreshAlarms() {
  if (view.run === null) return;
  const alarms = await getJson(`/api/alarms?run=${view.run}`);
  const ul = $("alarms");
  ul.innerHTML = "";
  $("alarm-count").textContent = alarms.length ? `(${alarms.length})` : "";
  if (!alarms.length) {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = "no alarm";
    ul.appendChild(li);
  }
  alarms.slice(-50).reverse().forEach((a) => {
    const li = document.createElement("li");
    li.className = a.kind;
    li.textContent = `spill ${a.spill} ${a.kind.replace("_", " ").toLowerCase()}: ${a.message}`;
    ul.appendChild(li);
  });
}

async function loadReference() {
  try {
    const doc = await getJson("/api/reference/histograms");
    reference = {};
    doc.histograms.forEach((h) => { reference[h.name] = h; });
  } catch (e) {
    reference = null;      // no reference run loaded
  }
}

async function refresh() {
  pending = false;
  lastFetch = Date.now();
  try {
    await refreshRuns();
    await Promise.all([refreshPlots(), refreshAlarms()]);
  } catch (e) {
    $("shown").textContent = "error: " + e.message;
  }
}

function schedule() {
  if (pending) return;
  pending = true;
  setTimeout(refresh, Math.max(0, 1000 - (Date.now() - lastFetch)));
}

function showStatus(s) {
  const parts = [`run ${s.current_run ?? "–"}`, `spill ${s.open_spill ?? (s.last_spill ? s.last_spill.spill : "–")}`,
    `${s.run_events ?? 0} events`, `${s.alarms ?? 0} alarms`];
  if (s.reference) parts.push("reference: " + s.reference);
  if (s.damage) parts.push(`${s.damage} damaged records`);
  if (s.source_error) parts.push("input error: " + s.source_error);
  $("status").textContent = parts.join(" · ");
}

function connect() {
  const es = new EventSource("/api/events");
  es.addEventListener("update", (ev) => {
    $("live").classList.add("on");
    const s = JSON.parse(ev.data);
    showStatus(s);
    if (view.run === null && s.current_run !== null) view.run = s.current_run;
    // a fixed finished spill does not change: only the live selections are re-read
    if (view.spill === "last" || view.spill === "all" || view.run === null) schedule();
  });
  es.onerror = () => $("live").classList.remove("on");
}

$("run").onchange = (e) => { view.run = +e.target.value; view.spill = "last"; remember(); refresh(); };
$("spill").onchange = (e) => { view.spill = e.target.value; remember(); refresh(); };
$("group").onchange = (e) => { view.group = e.target.value; remember(); refresh(); };
$("overlay").onchange = () => refresh();
$("logy").onchange = () => refresh();

loadReference().then(refresh).then(connect);
