"""Derive src/dateline/data/country_points.tsv: one point per country, the centroid of its largest polygon.

Why: gazetteers and geoparsing corpora place a country at (near) its geographic centre (GeoNames:
United States 39.76,-98.5), while countrystatecity's points are elsewhere (38,-97). The centroid of
the largest polygon (the mainland: not Alaska, not overseas territories) is close to that convention.

Input: countries-50m.json of the npm package world-atlas 2.0.2 (ISC; Natural Earth 1:50m, public
domain), e.g. `npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz`, then
`python tools/country_points.py package/countries-50m.json > src/dateline/data/country_points.tsv`.
Feature ids are ISO 3166-1 numeric codes, mapped to alpha-2 with pycountry. Only countries whose
countrystatecity point falls outside all their polygons (at sea, in a neighbour) while
three quarters of their land is one polygon are listed: for
the others that point already follows the GeoNames convention (China 35,105; Chile -30,-71).
"""
from __future__ import annotations

import json
import sys


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Quantised, delta-encoded TopoJSON arcs -> lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], refs: list[int]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for ref in refs:
        points = arcs[ref] if ref >= 0 else arcs[~ref][::-1]
        out.extend(points[1:] if out else points)
    # unwrap rings cut at the antimeridian (Fiji) so that longitudes run continuously
    for k in range(1, len(out)):
        dx = out[k][0] - out[k - 1][0]
        if abs(dx) > 180.0:
            out[k] = (out[k][0] - 360.0 * round(dx / 360.0), out[k][1])
    return out


def centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a closed ring, planar in degrees (shoelace formula)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return 0.0, points[0][1], points[0][0]
    return abs(a) / 2, cy / (3 * a), cx / (3 * a)


def inside(lat: float, lon: float, points: list[tuple[float, float]]) -> bool:
    """Ray casting; rings that cross the antimeridian run past 180 in world-atlas, so try lon + 360."""
    hit = False
    for x in (lon, lon + 360.0):
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
            if (y0 > lat) != (y1 > lat) and x < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
        if hit:
            return True
    return False


def country_rings(topo: dict) -> dict[str, list[list[tuple[float, float]]]]:
    """Outer rings of every polygon of each country (alpha-2)."""
    import pycountry

    arcs = decode_arcs(topo)
    out: dict[str, list[list[tuple[float, float]]]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=str(geom.get("id", "")).zfill(3))
        if country is None or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        out.setdefault(country.alpha_2, []).extend(ring(arcs, poly[0]) for poly in polygons)
    return out


def country_points(topo: dict) -> dict[str, tuple[float, float]]:
    import pycountry

    arcs = decode_arcs(topo)
    out: dict[str, tuple[float, float, float]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=str(geom.get("id", "")).zfill(3))
        if country is None or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        best = max((centroid(ring(arcs, poly[0])) for poly in polygons), key=lambda c: c[0])
        # several features share a code (Australia and the Ashmore and Cartier Islands): the largest wins
        if best[0] > out.get(country.alpha_2, (0.0,))[0]:
            out[country.alpha_2] = best
    return {cc: (lat, (lon + 180.0) % 360.0 - 180.0) for cc, (_, lat, lon) in out.items()}


def main(path: str) -> None:
    """Print the countries whose countrystatecity point lies outside every polygon of the country."""
    from dateline.gazetteer_build import _csc_states, _site

    with open(path, encoding="utf-8") as fh:
        topo = json.load(fh)
    points, rings = country_points(topo), country_rings(topo)
    csc, _ = _csc_states(_site())
    print("# country_code\tlatitude\tlongitude: centroid of the largest polygon (Natural Earth 1:50m,")
    print("# world-atlas 2.0.2 countries-50m.json) for countries whose countrystatecity point is outside them")
    for cc in sorted(points):
        try:
            lat, lon = float(csc[cc]["latitude"]), float(csc[cc]["longitude"])
        except (KeyError, TypeError, ValueError):
            continue
        areas = [centroid(r)[0] for r in rings[cc]]
        # archipelagos (the Philippines) are conventionally pointed at sea: keep those
        if max(areas) >= 0.75 * sum(areas) and not any(inside(lat, lon, r) for r in rings[cc]):
            print(f"{cc}\t{points[cc][0]:.4f}\t{points[cc][1]:.4f}")


if __name__ == "__main__":
    main(sys.argv[1])
