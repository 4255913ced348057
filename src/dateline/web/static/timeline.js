// Events per day as stacked bars (coloured by event type) on a time axis, with a brush:
// drag across the chart to select a date range, click without dragging to clear it.
import { typeColour } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const M = { left: 34, right: 12, top: 8, bottom: 22 };

function svgEl(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (t) => new Date(t).toISOString().slice(0, 10);

export function createTimeline(svg, { onBrush }) {
  let days = [];  // [{date, counts: Map(type -> n), n}]
  let domain = null;  // [t0, t1] in ms, whole days
  let selection = null;  // [isoFrom, isoTo]
  let drag = null;

  const width = () => svg.clientWidth || 600;
  const height = () => svg.clientHeight || 120;
  const x = (t) => M.left + ((t - domain[0]) / (domain[1] - domain[0])) * (width() - M.left - M.right);
  const invert = (px) => {
    const share = (px - M.left) / (width() - M.left - M.right);
    const t = domain[0] + Math.min(1, Math.max(0, share)) * (domain[1] - domain[0]);
    return Math.floor(t / DAY) * DAY;
  };

  function setData(byDay, { dateMin, dateMax, selected }) {
    const grouped = new Map();
    for (const row of byDay) {
      const day = grouped.get(row.date) || { date: row.date, counts: new Map(), n: 0 };
      day.counts.set(row.event_type, (day.counts.get(row.event_type) || 0) + row.n);
      day.n += row.n;
      grouped.set(row.date, day);
    }
    days = [...grouped.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
    const lo = dateMin || days[0]?.date;
    const hi = dateMax || days[days.length - 1]?.date;
    domain = lo && hi ? [toTime(lo) - DAY, toTime(hi) + 2 * DAY] : null;
    selection = selected;
    render();
  }

  function render() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!domain) {
      svg.append(svgEl("text", { x: M.left, y: 30, class: "tl-empty" }, "no dated events"));
      return;
    }
    const h = height();
    const base = h - M.bottom;
    const maxN = Math.max(1, ...days.map((d) => d.n));
    const y = (n) => ((base - M.top) * n) / maxN;
    const barW = Math.max(2, x(domain[0] + DAY) - x(domain[0]) - 1);
    drawAxis(base, maxN);
    const bars = svgEl("g", { class: "tl-bars" });
    for (const day of days) {
      const t = toTime(day.date);
      const inSel = !selection || (day.date >= selection[0] && day.date <= selection[1]);
      const group = svgEl("g", { class: inSel ? "tl-day" : "tl-day tl-out", "data-date": day.date });
      group.append(svgEl("title", {}, `${day.date}: ${day.n} event${day.n === 1 ? "" : "s"}`));
      let top = base;
      for (const [type, n] of day.counts) {
        const hgt = Math.max(1, y(n));
        top -= hgt;
        group.append(svgEl("rect", { x: x(t) - barW / 2, y: top, width: barW, height: hgt, fill: typeColour(type) }));
      }
      bars.append(group);
    }
    svg.append(bars);
    if (selection) {
      const x0 = x(toTime(selection[0])) - barW / 2;
      const x1 = x(toTime(selection[1])) + barW / 2;
      svg.append(svgEl("rect", { class: "tl-brush", x: x0, y: M.top, width: Math.max(2, x1 - x0), height: base - M.top }));
    }
  }

  function drawAxis(base, maxN) {
    const axis = svgEl("g", { class: "tl-axis" });
    axis.append(svgEl("line", { x1: M.left, x2: width() - M.right, y1: base, y2: base }));
    axis.append(svgEl("text", { x: M.left - 4, y: M.top + 8, "text-anchor": "end" }, String(maxN)));
    axis.append(svgEl("text", { x: M.left - 4, y: base, "text-anchor": "end" }, "0"));
    for (const t of ticks()) {
      const px = x(t.time);
      axis.append(svgEl("line", { x1: px, x2: px, y1: base, y2: base + 4 }));
      axis.append(svgEl("text", { x: px, y: base + 16, "text-anchor": "middle" }, t.label));
    }
    svg.append(axis);
  }

  // Day, week, month, quarter or year ticks, whichever leaves about 80px between labels.
  function ticks() {
    const span = domain[1] - domain[0];
    const room = Math.max(1, Math.floor((width() - M.left - M.right) / 80));
    const days = span / DAY;
    const monthsStep = [1, 3, 6, 12, 24, 60].find((m) => days / (30.4 * m) <= room) || 120;
    const out = [];
    if (days <= room * 7) {
      const step = days <= room ? 1 : 7;
      for (let t = domain[0] + DAY; t < domain[1]; t += step * DAY) out.push({ time: t, label: toIso(t).slice(5) });
      return out;
    }
    const start = new Date(domain[0]);
    let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    while (d.getTime() < domain[1]) {
      if ((d.getUTCFullYear() * 12 + d.getUTCMonth()) % monthsStep === 0) {
        out.push({ time: d.getTime(), label: monthsStep >= 12 ? String(d.getUTCFullYear()) : toIso(d.getTime()).slice(0, 7) });
      }
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    return out;
  }

  function localX(event) {
    return event.clientX - svg.getBoundingClientRect().left;
  }

  svg.addEventListener("pointerdown", (event) => {
    if (!domain) return;
    drag = { start: localX(event), rect: svgEl("rect", { class: "tl-brush tl-dragging", y: M.top, height: height() - M.bottom - M.top }) };
    svg.append(drag.rect);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const now = localX(event);
    drag.rect.setAttribute("x", Math.min(drag.start, now));
    drag.rect.setAttribute("width", Math.abs(now - drag.start));
  });
  svg.addEventListener("pointerup", (event) => {
    if (!drag) return;
    const end = localX(event);
    const start = drag.start;
    drag = null;
    if (Math.abs(end - start) < 4) {
      selection = null;
      onBrush(null, null);
    } else {
      selection = [toIso(invert(Math.min(start, end))), toIso(invert(Math.max(start, end)))];
      onBrush(selection[0], selection[1]);
    }
    render();
  });
  new ResizeObserver(() => domain && render()).observe(svg);

  return { setData };
}
