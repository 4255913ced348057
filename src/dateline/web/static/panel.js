// The event panel: every field, the source sentence with its evidence spans highlighted and
// labelled, the sources and the merged reports. Article text is untrusted and only ever
// becomes text nodes: highlight() cuts it into strings and wraps them in <mark> elements.
import { el, fmt, safeUrl, typeColour } from "./dom.js";

const CONTEXT = 80;  // characters shown around evidence that lies outside the sentence
// fields shown in the panel header or sections rather than the "all fields" table
const NESTED = new Set(["evidence", "document", "merged", "reports"]);

export function renderEvent(body, detail, { onShowReport }) {
  const event = detail.event;
  const merged = detail.merged;
  const head = merged || event;
  const swatch = el("span", { class: "swatch" });
  swatch.style.background = typeColour(head.event_type);
  body.append(
    el("h2", { class: "panel-title" }, swatch, head.event_type, el("small", {}, head.sub_event_type || "")),
    el("p", { class: "panel-where" },
      `${head.event_date || "undated"} · ${[head.location, head.admin1, head.country].filter(Boolean).join(", ")}`),
    el("p", { class: "badges" },
      badge(`${fmt(event.corroboration)} independent source${event.corroboration === 1 ? "" : "s"}`, "corroboration"),
      badge(`${fmt(event.n_reports)} report${event.n_reports === 1 ? "" : "s"}`, "n_reports"),
      badge(`${fmt(head.fatalities)} fatalities`, "fatalities")),
  );
  body.append(section("Evidence", evidenceBlock(event, detail.evidence, detail.document)));
  if (merged) body.append(section("Sources", sourcesBlock(merged, detail.reports)));
  body.append(section(`Reports (${detail.reports.length || 1})`, reportsBlock(detail, onShowReport)));
  body.append(section("All fields of this report", fieldTable(event)));
  if (merged) body.append(section("All fields of the merged event", fieldTable(merged)));
}

function badge(text, name) {
  return el("span", { class: "badge", "data-badge": name }, text);
}

function section(title, ...content) {
  return el("section", { class: "panel-section" }, el("h3", {}, title), ...content);
}

function evidenceBlock(event, evidence, document) {
  const text = (document && document.text) || "";
  const spans = (evidence || []).filter((s) => s.field !== "sentence" && s.end > s.start);
  const [start, end] = sentenceBounds(event, evidence, text);
  const block = el("div", { class: "evidence" });
  block.append(el("blockquote", { class: "sentence", "data-start": start, "data-end": end },
    highlight(text, start, end, spans)));
  const outside = spans.filter((s) => s.start < start || s.end > end);
  if (outside.length) {
    const list = el("ul", { class: "outside" });
    for (const span of outside) {
      const from = Math.max(0, span.start - CONTEXT);
      const to = Math.min(text.length, span.end + CONTEXT);
      list.append(el("li", {}, el("span", { class: "where" }, `${span.field}, elsewhere in the article: `),
        from > 0 ? "…" : "", highlight(text, from, to, [span]), to < text.length ? "…" : ""));
    }
    block.append(list);
  }
  if (document && document.focus) {
    // the place was read with the states this source usually reports from (source_focus.py)
    block.append(el("p", { class: "focus-note", title: "GeoNames country.admin1 code = share of the source's other articles with a place there" },
      `Places read with the source's usual states: ${document.focus}`));
  }
  block.append(el("p", { class: "legend-fields" }, "Highlighted: ",
    ...[...new Set(spans.map((s) => s.field))].map((f) => el("span", { class: "ev-tag", "data-field": f }, f))));
  const full = el("details", { class: "full-text" },
    el("summary", {}, `Full article text (${text.length} characters)`));
  full.addEventListener("toggle", () => {
    if (full.open && full.childNodes.length === 1) {
      full.append(el("div", { class: "article" }, highlight(text, 0, text.length, spans)));
    }
  }, { once: false });
  block.append(full);
  return block;
}

function sentenceBounds(event, evidence, text) {
  if (Number.isInteger(event.sentence_start) && Number.isInteger(event.sentence_end)) {
    return [event.sentence_start, event.sentence_end];
  }
  const sentence = (evidence || []).find((s) => s.field === "sentence");
  if (sentence) return [sentence.start, sentence.end];
  return [0, Math.min(text.length, 400)];
}

// text[start:end] as nodes: plain text, and <mark data-field> for every piece covered by an
// evidence span (the shortest covering span names the colour), each span followed by its label.
export function highlight(text, start, end, spans) {
  const frag = document.createDocumentFragment();
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(start, s.start), end: Math.min(end, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([start, end]);
  for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = inside.filter((s) => s.start <= a && s.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (!covering.length) {
      frag.append(document.createTextNode(piece));
    } else {
      frag.append(el("mark", {
        class: "evidence-span",
        "data-field": covering[0].field,
        title: covering.map((s) => s.field).join(", "),
      }, piece));
    }
    for (const s of inside.filter((x) => x.end === b)) {
      frag.append(el("sup", { class: "ev-tag", "data-field": s.field }, s.field));
    }
  }
  return frag;
}

function sourcesBlock(merged, reports) {
  const list = el("ul", { class: "sources" });
  const seen = new Map();
  for (const report of reports) {
    const name = report.source || report.source_key || "unknown source";
    if (!seen.has(name)) seen.set(name, report);
    else if (report.corroborates) seen.set(name, report);
  }
  for (const [name, report] of seen) {
    const why = report.source_is_party ? "party to the event: does not corroborate"
      : report.corroborates === false ? "repeated source: counted once" : "independent";
    list.append(el("li", { "data-corroborates": String(Boolean(report.corroborates)) },
      el("strong", {}, name), ` — ${why}`));
  }
  const all = merged.sources || [];
  return el("div", {}, list,
    el("p", { class: "muted" }, `Corroboration ${fmt(merged.corroboration)} of ${fmt(all.length)} source(s): ${fmt(all)}`));
}

function reportsBlock(detail, onShowReport) {
  const list = el("ol", { class: "reports" });
  const reports = detail.reports.length ? detail.reports : [{ ...detail.event, evidence: detail.evidence, document: detail.document }];
  for (const report of reports) {
    const doc = report.document || {};
    const href = safeUrl(report.url || doc.url);
    const title = report.title || doc.title || report.doc_id;
    const item = el("li", { class: "report", "data-event-id": report.event_id },
      href ? el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, title) : el("strong", {}, title),
      el("div", { class: "muted" },
        [report.source || "unknown source", report.publication_date && `published ${report.publication_date}`,
          report.event_date && `event ${report.event_date}`].filter(Boolean).join(" · ")),
      report.reason ? el("div", { class: "reason" },
        `${report.is_representative ? "representative report" : "merged"}: ${report.reason}` +
        (report.km_apart != null ? ` (${fmt(report.km_apart)} km` : "") +
        (report.km_apart != null ? `, ${fmt(report.days_apart)} days apart)` : "")) : null);
    if (report.event_id !== detail.event.event_id && report.document) {
      const more = el("details", {}, el("summary", {}, "evidence of this report"));
      more.append(evidenceBlock(report, report.evidence, report.document));
      item.append(more);
    } else if (report.event_id !== detail.event.event_id) {
      item.append(el("button", { type: "button", class: "link", onclick: () => onShowReport(report.event_id) },
        "open this report"));
    }
    list.append(item);
  }
  return list;
}

function fieldTable(record) {
  const body = el("tbody");
  for (const [key, value] of Object.entries(record)) {
    if (NESTED.has(key)) continue;
    body.append(el("tr", {}, el("th", {}, key), el("td", {}, fmt(value))));
  }
  return el("table", { class: "fields" }, body);
}
