"""Where a news source usually reports from: its "local lexicon" (Lieberman, Samet and
Sankaranarayanan 2010, the paper that made the LGL corpus).

A local paper's "Dublin" is the Ohio suburb it covers, even in an article that never names Ohio.
The focus of a source is learnt from its other documents: the first-level divisions (states,
provinces) where their confidently resolved places lie, with the share of documents that have
one there. Resolving a document again with its source's focus lends those divisions weight in
the ranking (georank.W_FOCUS). A document's own places never count towards its own focus, so a
wrong reading cannot reinforce itself, and a source with places all over the world (a wire
service, Wikinews) has no focus at all.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

from .model import Place

Region = tuple[str, str]  # (country code, GeoNames admin1 code)

MIN_CONFIDENCE = 0.5  # only places resolved with at least this confidence teach the focus
MIN_SHARE = 0.25  # a division in at least this share of the source's other documents
MIN_DOCUMENTS = 2  # ... and in at least this many of them
HOME_SHARE = 0.5  # the home country itself, when at least this share of the other documents lie in it
SHARE_STEP = 0.1  # a stored document is read again when a share moved more than this


def document_regions(places: Iterable[Place], gaz) -> frozenset[Region]:
    """The divisions holding a confidently resolved town, district or division of one document."""
    regions = set()
    for p in places:
        if p.geonameid is None or p.feature not in ("city", "admin2", "admin1") or p.confidence < MIN_CONFIDENCE:
            continue
        e = gaz.get(p.geonameid)
        if e is not None and e.country_code and e.admin1_code:
            regions.add((e.country_code, e.admin1_code))
    return frozenset(regions)


class SourceFocus:
    """Divisions per source, from the documents added so far. Each query leaves one document out;
    it costs the size of the source's top divisions, not of its documents (a store can hold
    thousands of articles of one paper)."""

    def __init__(self) -> None:
        self._docs: dict[str, dict[str, frozenset[Region]]] = {}
        self._ranked: dict[str, list[tuple[int, Region]]] = {}  # source -> (documents, division), most first
        self._countries: dict[str, Counter] = {}  # source -> documents with a place in each country

    def add(self, source: str | None, doc_id: str, regions: frozenset[Region]) -> None:
        """`source`: a normalised publisher key (sources.source_key); "unknown" is none."""
        if source and source != "unknown":
            self._docs.setdefault(source, {})[doc_id] = regions
            self._ranked.pop(source, None)
            self._countries.pop(source, None)

    def focus(self, source: str | None, *, exclude: str | None = None) -> Mapping[Region, float]:
        """Division -> share of the source's other documents with a place there (empty if none)."""
        docs = self._docs.get(source or "", {})
        left_out = docs.get(exclude, frozenset()) if exclude is not None else frozenset()
        n = len(docs) - (exclude in docs)
        if n < MIN_DOCUMENTS:
            return {}
        ranked = self._ranked.get(source)
        if ranked is None:
            counts = Counter(region for regions in docs.values() for region in regions)
            ranked = self._ranked[source] = sorted(((k, r) for r, k in counts.items()), key=lambda kr: (-kr[0], kr[1]))
        # (documents without the left-out one, division), most first; a count drops by one at most
        top = sorted(((k - (r in left_out), r) for k, r in ranked[:_ties(ranked)]), key=lambda kr: (-kr[0], kr[1]))
        if not top or top[0][0] <= 0:
            return {}
        # one home country, that of its most frequent state (ties: the first in sorted order, so
        # that every process agrees): a paper's foreign news ("Dublin" read as Ireland) is not its beat
        home = top[0][1][0]
        floor = max(MIN_DOCUMENTS, MIN_SHARE * n)
        out = {}
        for k, region in ranked:
            if k < floor:
                break
            k -= region in left_out
            if region[0] == home and k >= floor:
                out[region] = k / n
        if out:
            return out
        # (else the home country, for a source whose beat is a country rather than a state: a Lebanese
        # outlet's "Tripoli", in documents spread over all of Lebanon's governorates; as a share of
        # the documents that place anything: one with no place says nothing of the beat)
        countries = self._countries.get(source)
        if countries is None:
            countries = self._countries[source] = Counter(c for regions in docs.values() for c in {r[0] for r in regions})
            countries[""] = sum(1 for regions in docs.values() if regions)
        k = countries[home] - any(r[0] == home for r in left_out)
        placed = countries[""] - bool(left_out)
        if placed and k >= max(MIN_DOCUMENTS, HOME_SHARE * placed):
            out[(home, "")] = k / placed
        return out


def _ties(ranked: list[tuple[int, Region]]) -> int:
    """How many of the first divisions may still be first once one document is left out."""
    if not ranked:
        return 0
    best = ranked[0][0]
    return next((i for i, (k, _) in enumerate(ranked) if k < best - 1), len(ranked))


# -- the store's text form: "US.OH US.TX" (regions), "US.OH=0.75 US.TX=0.40" (focus) ----------

def encode_regions(regions: Iterable[Region]) -> str:
    return " ".join(f"{c}.{a}" for c, a in sorted(regions))


def decode_regions(text: str | None) -> frozenset[Region]:
    return frozenset(tuple(item.split(".", 1)) for item in (text or "").split() if "." in item)


def encode_focus(focus: Mapping[Region, float]) -> str:
    return " ".join(f"{c}.{a}={share:.2f}" for (c, a), share in sorted(focus.items()))


def decode_focus(text: str | None) -> dict[Region, float]:
    out = {}
    for item in (text or "").split():
        region, _, share = item.partition("=")
        try:
            if "." in region:
                out[tuple(region.split(".", 1))] = float(share)
        except ValueError:
            continue  # not written by us: read as no focus there, so the document is read again
    return out


def as_document_focus(focus: Mapping[Region, float]) -> tuple[tuple[str, str, float], ...]:
    """The Document.focus field (rounded like the store keeps it)."""
    return tuple((c, a, round(share, 2)) for (c, a), share in sorted(focus.items()))


def moved(old: Mapping[Region, float], new: Mapping[Region, float]) -> bool:
    """Whether a document read with focus `old` must be read again with `new`."""
    if set(old) != set(new):
        return True
    return any(abs(old[r] - new[r]) > SHARE_STEP for r in new)
