// The page: filters (kept in the URL), the map, the timeline brush, the paged list and the
// event panel, all fed by the JSON API under api/.
import { clear, el, fmt, typeColour } from "./dom.js";
import { createMap } from "./map.js";
import { renderEvent } from "./panel.js";
import { createTimeline } from "./timeline.js";

const FILTERS = ["date_from", "date_to", "country", "event_type", "actor", "source", "min_corroboration", "view"];
const DEFAULTS = { min_corroboration: "0", view: "merged" };
const PAGE = 50;

const form = document.getElementById("filters");
const state = { offset: 0, selected: null, facets: null, requestId: 0 };

async function api(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) url.searchParams.set(key, value);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error((body.error && body.error.message) || `${res.status} ${res.statusText}`);
  return body;
}

function filters({ withDates = true } = {}) {
  const out = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (!value || DEFAULTS[name] === value) continue;
    if (!withDates && (name === "date_from" || name === "date_to")) continue;
    out[name] = value;
  }
  return out;
}

function showError(error) {
  const box = document.getElementById("error");
  box.hidden = !error;
  box.textContent = error ? String(error.message || error) : "";
}

function fillSelect(select, rows) {
  const current = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const row of rows) {
    if (row.key === null || row.key === "") continue;
    select.add(new Option(`${row.key} (${row.n})`, row.key));
  }
  select.value = current;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  }
  state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  state.selected = params.get("event");
}

function writeUrl() {
  const params = new URLSearchParams(filters());
  if (state.offset) params.set("offset", state.offset);
  if (state.selected) params.set("event", state.selected);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

let map = null;  // made once the server's map settings are known
const timeline = createTimeline(document.getElementById("timeline-svg"), {
  onBrush: (from, to) => {
    form.elements.date_from.value = from || "";
    form.elements.date_to.value = to || "";
    document.getElementById("brush-label").textContent = from ? `${from} – ${to} (click the chart to clear)` : "drag across the chart to select dates";
    changed({ keepTimeline: true });
  },
});

async function refresh({ keepTimeline = false } = {}) {
  const id = ++state.requestId;
  const params = filters();
  try {
    const [geo, page, stats] = await Promise.all([
      api("api/geojson", params),
      api("api/events", { ...params, limit: PAGE, offset: state.offset }),
      keepTimeline ? null : api("api/stats", filters({ withDates: false })),
    ]);
    if (id !== state.requestId) return;  // a newer request is under way
    showError(null);
    map.setEvents(geo);
    renderRows(page);
    if (stats) {
      timeline.setData(stats.per_day_type, {
        dateMin: state.facets.date_min, dateMax: state.facets.date_max,
        selected: params.date_from || params.date_to
          ? [params.date_from || state.facets.date_min, params.date_to || state.facets.date_max] : null,
      });
    }
    const noun = params.view === "reports" ? "report" : "event";
    document.getElementById("summary").textContent =
      `${page.total} ${noun}${page.total === 1 ? "" : "s"} match · ${geo.features.length} on the map · ` +
      `${state.facets.events} merged events in the store`;
    writeUrl();
  } catch (error) {
    showError(error);
  }
}

function renderRows(page) {
  const rows = clear(document.getElementById("rows"));
  for (const event of page.events) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColour(event.event_type);
    const tr = el("tr", {
      "data-event-id": event.event_id,
      class: event.event_id === state.selected ? "selected" : "",
      tabindex: 0,
      onclick: () => openEvent(event.event_id),
      onkeydown: (e) => { if (e.key === "Enter") openEvent(event.event_id); },
    },
      el("td", {}, fmt(event.event_date)),
      el("td", {}, swatch, event.event_type, el("div", { class: "muted" }, event.sub_event_type)),
      el("td", {}, fmt(event.location), el("div", { class: "muted" }, fmt(event.country))),
      el("td", {}, [event.actor1, event.actor2].filter(Boolean).join(" vs ") || "—"),
      el("td", { class: "num" }, fmt(event.corroboration)),
      el("td", { class: "num" }, fmt(event.fatalities)));
    rows.append(tr);
  }
  if (!page.events.length) rows.append(el("tr", {}, el("td", { colspan: 6, class: "muted" }, "no events match")));
  const last = Math.min(page.total, page.offset + page.events.length);
  document.getElementById("page-label").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total}` : "";
  document.getElementById("prev").disabled = page.offset === 0;
  document.getElementById("next").disabled = last >= page.total;
}

async function openEvent(id) {
  state.selected = id;
  const panel = document.getElementById("panel");
  const body = clear(document.getElementById("panel-body"));
  panel.hidden = false;
  body.append(el("p", { class: "muted" }, "loading…"));
  for (const tr of document.querySelectorAll("#rows tr")) tr.classList.toggle("selected", tr.dataset.eventId === id);
  try {
    const detail = await api(`api/events/${encodeURIComponent(id)}`);
    if (state.selected !== id) return;
    clear(body);
    renderEvent(body, detail, { onShowReport: (other) => openEvent(other) });
    map.focus(detail.map_id || id);
    writeUrl();
  } catch (error) {
    clear(body).append(el("p", { class: "error" }, String(error.message || error)));
  }
}

let timer = null;
function changed({ keepTimeline = false } = {}) {
  state.offset = 0;
  clearTimeout(timer);
  timer = setTimeout(() => refresh({ keepTimeline }), 150);
}

form.addEventListener("input", (e) => {
  if (e.target.name === "date_from" || e.target.name === "date_to") changed({ keepTimeline: false });
  else changed();
});
form.addEventListener("change", (e) => { if (e.target.tagName === "SELECT") changed(); });  // debounced with input
form.addEventListener("submit", (e) => { e.preventDefault(); changed(); });
form.addEventListener("reset", () => setTimeout(() => {
  document.getElementById("brush-label").textContent = "drag across the chart to select dates";
  changed();
}, 0));
document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh({ keepTimeline: true }); });
document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh({ keepTimeline: true }); });
document.getElementById("close-panel").addEventListener("click", () => {
  document.getElementById("panel").hidden = true;
  state.selected = null;
  writeUrl();
});

async function start() {
  try {
    const [config, facets] = await Promise.all([api("api/config"), api("api/stats")]);
    state.facets = { events: facets.events, date_min: facets.date_min, date_max: facets.date_max };
    fillSelect(form.elements.country, facets.by_country);
    fillSelect(form.elements.event_type, facets.by_type);
    readUrl();  // after the options exist, so that ?country=... selects one
    map = createMap(document.getElementById("map"), {
      tileUrl: config.tile_url,
      tileAttribution: config.tile_attribution,
      onSelect: (id) => openEvent(id),
      onType: (type) => { form.elements.event_type.value = type; changed(); },
    });
  } catch (error) {
    showError(error);
    return;
  }
  await refresh();
  document.body.dataset.ready = "true";
  if (state.selected) openEvent(state.selected);
}

start();
