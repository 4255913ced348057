// The map: country outlines shipped with the package (no tiles needed), clustered event points
// coloured by event type, and a legend. Tooltips get DOM nodes, never HTML strings.
import { el, typeColour } from "./dom.js";

const OUTLINES = "static/vendor/world/countries-110m.json";

export function createMap(node, { tileUrl = "", tileAttribution = "", onSelect, onType }) {
  // the 1:110m outlines carry no detail past zoom 8; tiles do
  const map = L.map(node, { worldCopyJump: true, minZoom: 1, maxZoom: tileUrl ? 18 : 8, zoomSnap: 0.5 });
  map.setView([15, 15], 2);
  map.attributionControl.setPrefix("Leaflet");
  if (tileUrl) {  // an online tile layer, only when the operator configured one (settings.tile_url)
    L.tileLayer(tileUrl, { attribution: tileAttribution, maxZoom: 18 }).addTo(map);
  }
  addOutlines(map, tileUrl
    ? { color: "#555", weight: 0.7, fillOpacity: 0 }
    : { color: "#ffffff", weight: 0.7, fillColor: "#d9d6cf", fillOpacity: 1 });
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(cluster);
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => el("div", { class: "legend leaflet-bar" });
  legend.addTo(map);

  const markers = new Map();
  let fitted = false;
  let focused = null;  // the event last opened, kept for the first points

  function setEvents(collection) {
    cluster.clearLayers();
    markers.clear();
    const layers = [];
    const counts = new Map();
    for (const feature of collection.features) {
      if (!feature.geometry) continue;
      const [lon, lat] = feature.geometry.coordinates;
      const marker = eventMarker(feature, lat, lon, onSelect);
      markers.set(String(feature.id), marker);
      layers.push(marker);
      const type = feature.properties.event_type;
      counts.set(type, (counts.get(type) || 0) + 1);
    }
    cluster.addLayers(layers);
    renderLegend(legend.getContainer(), counts, onType);
    if (!fitted && layers.length) {
      fitted = true;
      // an event opened before the points arrived (?event= in the URL) is shown, not the world
      if (focused !== null && markers.has(focused)) focus(focused);
      else map.fitBounds(L.latLngBounds(layers.map((m) => m.getLatLng())), { padding: [30, 30], maxZoom: 6 });
    }
  }

  function focus(id) {
    focused = String(id);
    for (const marker of markers.values()) marker.setStyle({ weight: 1, color: "#1b1b1b" });
    const marker = markers.get(String(id));
    if (!marker) return;
    marker.setStyle({ weight: 3, color: "#000" });
    const show = () => cluster.zoomToShowLayer(marker, () => marker.bringToFront());
    if (map.getZoom() < 5) {
      map.once("moveend", show);
      map.setView(marker.getLatLng(), 5);  // close enough to split most clusters, still regional
    } else {
      show();
    }
  }

  return { map, setEvents, focus, markerCount: () => markers.size };
}

function addOutlines(map, style) {
  const layer = L.geoJSON(null, { interactive: false, style }).addTo(map);
  fetch(OUTLINES)
    .then((res) => res.json())
    .then((topo) => {
      layer.addData(topojson.feature(topo, topo.objects.countries));
      layer.bringToBack();
      map.attributionControl.addAttribution("Outlines: Natural Earth");
    })
    .catch(() => {
      map.attributionControl.addAttribution("country outlines unavailable");
    });
  return layer;
}

function eventMarker(feature, lat, lon, onSelect) {
  const p = feature.properties;
  const radius = 6 + Math.min(6, 2 * Math.log2(1 + (p.corroboration || 0)));
  const marker = L.circleMarker([lat, lon], {
    radius,
    color: "#1b1b1b",
    weight: 1,
    fillColor: typeColour(p.event_type),
    fillOpacity: 0.9,
    className: "ev-marker",
  });
  marker.eventType = p.event_type;
  marker.on("add", () => {
    const path = marker.getElement();
    if (path) {
      path.setAttribute("data-event-id", String(feature.id));
      path.setAttribute("data-event-type", p.event_type);
    }
  });
  marker.bindTooltip(
    el("div", { class: "tip" },
      el("strong", {}, p.event_type),
      el("div", {}, `${p.event_date || "undated"} · ${p.location || "?"}, ${p.country || "?"}`),
      p.actor1 ? el("div", {}, p.actor1) : null),
    { direction: "top", offset: [0, -radius] },
  );
  marker.on("click", () => onSelect(String(feature.id)));
  return marker;
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const counts = new Map();
  for (const m of children) counts.set(m.eventType, (counts.get(m.eventType) || 0) + 1);
  let angle = 0;
  const stops = [];
  for (const [type, n] of counts) {
    const next = angle + (360 * n) / children.length;
    stops.push(`${typeColour(type)} ${angle}deg ${next}deg`);
    angle = next;
  }
  const size = children.length < 10 ? 30 : children.length < 100 ? 38 : 46;
  const disc = el("div", { class: "ev-cluster-disc" }, el("span", {}, String(children.length)));
  disc.style.background = `conic-gradient(${stops.join(", ")})`;
  return L.divIcon({ html: disc, className: "ev-cluster", iconSize: L.point(size, size) });
}

function renderLegend(container, counts, onType) {
  while (container.firstChild) container.removeChild(container.firstChild);
  container.append(el("div", { class: "legend-title" }, "Event type"));
  if (!counts.size) container.append(el("div", { class: "legend-empty" }, "no events"));
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [type, n] of entries) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColour(type);
    container.append(
      el("button", { type: "button", class: "legend-item", title: `show only ${type}`, onclick: () => onType(type) },
        swatch, el("span", {}, type), el("span", { class: "legend-n" }, String(n))));
  }
  L.DomEvent.disableClickPropagation(container);
}
