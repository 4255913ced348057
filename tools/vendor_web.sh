#!/usr/bin/env bash
# Rebuild src/dateline/web/static/vendor/ from the npm registry (no CDN): the map library,
# its clustering plugin and the country-outline base layer, at pinned versions whose tarballs
# are checked against the registry's sha512 integrity before anything is copied.
# Usage: bash tools/vendor_web.sh   (needs npm, tar and sha512sum; writes only vendor/)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/dateline/web/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# name version integrity (npm `dist.integrity`)
PACKAGES="
leaflet 1.9.4 sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==
leaflet.markercluster 1.5.3 sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==
topojson-client 3.1.0 sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==
world-atlas 2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==
"

fetch() {  # name version integrity -> unpacked in $WORK/name
  local name=$1 version=$2 integrity=$3 tgz actual
  tgz=$(cd "$WORK" && npm pack --silent "$name@$version" 2>/dev/null | tail -1)
  actual="sha512-$(sha512sum "$WORK/$tgz" | cut -d' ' -f1 | xxd -r -p | base64 -w0)"
  if [ "$actual" != "$integrity" ]; then
    echo "integrity mismatch for $name@$version: $actual" >&2
    exit 1
  fi
  mkdir -p "$WORK/$name"
  tar -xzf "$WORK/$tgz" -C "$WORK/$name" --strip-components=1
  echo "$name@$version $integrity"
}

while read -r name version integrity; do
  if [ -n "$name" ]; then fetch "$name" "$version" "$integrity"; fi
done <<< "$PACKAGES"

rm -rf "$OUT"
mkdir -p "$OUT/leaflet/images" "$OUT/markercluster" "$OUT/topojson" "$OUT/world"
cp "$WORK/leaflet/dist/leaflet.js" "$WORK/leaflet/dist/leaflet.css" "$WORK/leaflet/LICENSE" "$OUT/leaflet/"
cp "$WORK"/leaflet/dist/images/*.png "$OUT/leaflet/images/"
cp "$WORK/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$WORK/leaflet.markercluster/dist/MarkerCluster.css" \
   "$WORK/leaflet.markercluster/dist/MarkerCluster.Default.css" \
   "$WORK/leaflet.markercluster/MIT-LICENCE.txt" "$OUT/markercluster/"
cp "$WORK/topojson-client/dist/topojson-client.min.js" "$WORK/topojson-client/LICENSE" "$OUT/topojson/"
cp "$WORK/world-atlas/countries-110m.json" "$WORK/world-atlas/LICENSE" "$OUT/world/"
cat > "$OUT/VENDOR.md" <<MD
# Vendored web assets

Produced by \`bash tools/vendor_web.sh\` from the npm registry; do not edit by hand. Each tarball
was checked against its registry sha512 integrity; SHA256SUMS lists the copied files.

| package | version | licence | files | integrity |
| --- | --- | --- | --- | --- |
| leaflet | 1.9.4 | BSD-2-Clause (leaflet/LICENSE) | dist/leaflet.js, dist/leaflet.css, dist/images/*.png | $(echo "$PACKAGES" | awk '$1=="leaflet"{print $3}') |
| leaflet.markercluster | 1.5.3 | MIT (markercluster/MIT-LICENCE.txt) | dist/leaflet.markercluster.js, dist/MarkerCluster*.css | $(echo "$PACKAGES" | awk '$1=="leaflet.markercluster"{print $3}') |
| topojson-client | 3.1.0 | ISC (topojson/LICENSE) | dist/topojson-client.min.js | $(echo "$PACKAGES" | awk '$1=="topojson-client"{print $3}') |
| world-atlas | 2.0.2 | ISC (world/LICENSE); the outlines are Natural Earth 1:110m Admin 0 countries, public domain | countries-110m.json (TopoJSON) | $(echo "$PACKAGES" | awk '$1=="world-atlas"{print $3}') |
MD
( cd "$OUT" && find . -type f ! -name SHA256SUMS | sort | xargs sha256sum > SHA256SUMS )
echo "vendored into $OUT:"
du -sh "$OUT"
