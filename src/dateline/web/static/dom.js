// DOM helpers. Article text and every other value from the API is untrusted: it only ever
// reaches the page as text nodes (textContent), never through innerHTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) {
      if (typeof value !== "function") throw new TypeError(`${key} must be a function`);
      node.addEventListener(key.slice(2), value);
    }
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// A link target from the data only if it is plain http(s): no javascript: or data: URLs.
export function safeUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// ACLED's six types keep fixed colours; other taxonomies get the spare ones in order.
const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#d4ac0d",
  "Strategic developments": "#27ae60",
};
const SPARE = ["#16a085", "#7f8c8d", "#d35400", "#2c3e50", "#c71585", "#6b8e23", "#b8860b"];
const assigned = new Map();

export function typeColour(type) {
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  if (!assigned.has(type)) assigned.set(type, SPARE[assigned.size % SPARE.length]);
  return assigned.get(type);
}

export function knownTypes() {
  return Object.keys(TYPE_COLOURS);
}

export function fmt(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "number" && !Number.isInteger(value)) return value.toFixed(4).replace(/0+$/, "");
  return String(value);
}
