"""Merge reports of the same event from several articles into one merged event.

Two reports are the same event when they come from different documents, have the same event type,
are dated at most `settings.merge_days` apart, are placed at the same gazetteer feature or at most
`settings.merge_km` apart, and their actors do not contradict (an actor missing on one side does
not contradict; named ones must name the same actor, in either role order; see `actors_agree`).

Reports are taken in a stable order (date, event id). Each report joins the first open group whose
first report (its seed) it matches, otherwise it starts a group. Comparing with the seed rather than
with any member keeps groups from chaining across a region day by day, and makes every membership
explainable by one comparison, which is recorded in `merged_members.reason`.

The merged event shows its representative report's place and actors (the most precise place, then
the most confident report), the most reported date, and ACLED's conservative figures: the lowest
non-zero fatality count and the lowest crowd size reported. Its corroboration is the number of
independent sources: distinct source keys (export.source_key), not counting reports whose source is
a party to the event (`source_is_party`); reports without a known source count as one source.

Merging is a function of the stored events and two thresholds: `merge(store, settings)` rebuilds the
merge tables as a whole, so re-running with other thresholds replaces the previous result.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from .geo import km as haversine_km
from .settings import Settings
from .store import Store

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset({"of", "the", "and", "in", "for", "de", "la", "el"})


@dataclass(frozen=True, slots=True)
class Match:
    ok: bool
    reason: str
    days: int | None = None
    km: float | None = None


@dataclass(slots=True)
class Group:
    seed: dict[str, Any]
    members: list[tuple[dict[str, Any], Match]] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class MergeReport:
    events: int
    merged_events: int
    multi_report: int  # merged events with more than one report


def _words(actor: str) -> set[str]:
    """Words of an actor name outside parentheses (ACLED's "(Kenya)", "(2022-)" qualifiers)."""
    bare = re.sub(r"\([^)]*\)", " ", actor.lower())
    return {w for w in _WORD.findall(bare) if w not in _STOP}


def actors_agree(a: str, b: str) -> bool:
    """Unknown on either side agrees; named actors agree when the words of one name are all in
    the other ("Police Forces of Kenya (2022-)" ~ "Police Forces of Kenya", not "Military Forces
    of Kenya")."""
    if not a or not b:
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    return wa <= wb or wb <= wa


def compare(seed: dict[str, Any], event: dict[str, Any], *, days: int, km: float) -> Match:
    """Whether `event` reports the same event as `seed`, and why (or why not)."""
    if seed["event_type"] != event["event_type"]:
        return Match(False, f"types differ ({seed['event_type']} / {event['event_type']})")
    if seed["event_date"] is None or event["event_date"] is None:
        return Match(False, "undated report")
    apart = abs((event["event_date"] - seed["event_date"]).days)
    if apart > days:
        return Match(False, f"{apart} days apart > {days}")
    same_place = seed["geonameid"] is not None and seed["geonameid"] == event["geonameid"]
    distance = None
    if None not in (seed["latitude"], seed["longitude"], event["latitude"], event["longitude"]):
        distance = haversine_km(seed["latitude"], seed["longitude"], event["latitude"], event["longitude"])
    if not same_place and (distance is None or distance > km):
        where = "no coordinates" if distance is None else f"{distance:.1f} km apart > {km:g}"
        return Match(False, where)
    straight = actors_agree(seed["actor1"], event["actor1"]) and actors_agree(seed["actor2"], event["actor2"])
    # the same two sides named in the other order (one report's target is the other's actor1)
    swapped = (bool(seed["actor1"] and event["actor2"]) and actors_agree(seed["actor1"], event["actor2"])
               and actors_agree(seed["actor2"], event["actor1"]))
    if not (straight or swapped):
        return Match(False, f"actors differ ({seed['actor1']!r} / {event['actor1']!r})")
    place = f"same place ({seed['location']})" if same_place else f"{distance:.1f} km apart <= {km:g}"
    actors = "actors agree" if straight else "actors agree (roles swapped)"
    subtype = ("same sub-event type" if seed["sub_event_type"] == event["sub_event_type"]
               else f"sub-event types {seed['sub_event_type']} / {event['sub_event_type']}")
    reason = f"same type {event['event_type']} ({subtype}); {apart} days apart <= {days}; {place}; {actors}"
    return Match(True, reason, apart, None if distance is None else round(distance, 3))


def cluster(events: list[dict[str, Any]], *, days: int, km: float) -> list[Group]:
    """Groups of reports of the same event; `events` in (date, event_id) order."""
    groups: list[Group] = []
    open_groups: dict[str, list[Group]] = {}
    for event in events:
        match, target = None, None
        if event["event_date"] is not None:
            candidates = open_groups.setdefault(event["event_type"], [])
            # seeds come in date order: drop those too old for this and every later report
            while candidates and (event["event_date"] - candidates[0].seed["event_date"]).days > days:
                candidates.pop(0)
            for group in candidates:
                if event["content_hash"] in group.documents:
                    continue
                match = compare(group.seed, event, days=days, km=km)
                if match.ok:
                    target = group
                    break
        if target is None:
            target = Group(seed=event)
            groups.append(target)
            if event["event_date"] is not None:
                open_groups.setdefault(event["event_type"], []).append(target)
            match = Match(True, "first report of the group", 0, 0.0)
        target.members.append((event, match))
        target.documents.add(event["content_hash"])
    return groups


def _representative(members: list[dict[str, Any]]) -> dict[str, Any]:
    return min(members, key=lambda e: (e["geo_precision"] or 9, -e["confidence"], e["event_id"]))


def merged_rows(group: Group) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One merged_events row and its merged_members rows."""
    members = [e for e, _ in group.members]
    rep = _representative(members)
    merged_id = hashlib.sha256("|".join(sorted(e["event_id"] for e in members)).encode()).hexdigest()[:16]
    dates = Counter(e["event_date"] for e in members if e["event_date"] is not None)
    event_date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    deaths = [e["fatalities"] for e in members if e["fatalities"]]
    sizes = [e["size"] for e in members if e["size"] is not None]
    counted: set[str] = set()
    member_rows = []
    for event, match in group.members:
        corroborates = not event["source_is_party"] and event["source_key"] not in counted
        if corroborates:
            counted.add(event["source_key"])
        member_rows.append({
            "event_id": event["event_id"], "merged_id": merged_id,
            "is_representative": event["event_id"] == rep["event_id"],
            "compared_to": group.seed["event_id"], "corroborates": corroborates,
            "days_apart": match.days, "km_apart": match.km, "reason": match.reason,
        })
    merged = {
        "merged_id": merged_id, "representative_id": rep["event_id"], "event_date": event_date,
        "date_first": min(dates) if dates else None, "date_last": max(dates) if dates else None,
        **{k: rep[k] for k in ("event_type", "sub_event_type", "actor1", "actor2", "country", "iso3",
                               "admin1", "location", "latitude", "longitude", "geo_precision")},
        "fatalities": min(deaths) if deaths else 0,
        "size": min(sizes) if sizes else None,
        "n_reports": len(members),
        "n_sources": len({e["source_key"] for e in members}),
        "corroboration": len(counted),
        "sources": sorted({e["source"] or e["source_key"] for e in members}),
    }
    return merged, member_rows


def merge(store: Store, settings: Settings) -> MergeReport:
    """Rebuild the merge tables of `store` with the thresholds of `settings`."""
    events = store.merge_inputs().to_pylist()
    groups = cluster(events, days=settings.merge_days, km=settings.merge_km)
    merged, members = [], []
    for group in groups:
        row, rows = merged_rows(group)
        merged.append(row)
        members.extend(rows)
    merged_table = pa.Table.from_pylist(merged, schema=_MERGED_SCHEMA)
    members_table = pa.Table.from_pylist(members, schema=_MEMBERS_SCHEMA)
    store.replace_merge(merged_table, members_table,
                        {"merge_days": str(settings.merge_days), "merge_km": f"{settings.merge_km:g}"})
    return MergeReport(len(events), len(merged), sum(1 for g in groups if len(g.members) > 1))


_MERGED_SCHEMA = pa.schema([
    ("merged_id", pa.string()), ("representative_id", pa.string()), ("event_date", pa.date32()),
    ("date_first", pa.date32()), ("date_last", pa.date32()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("actor1", pa.string()), ("actor2", pa.string()),
    ("country", pa.string()), ("iso3", pa.string()), ("admin1", pa.string()), ("location", pa.string()),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", pa.int8()),
    ("fatalities", pa.int32()), ("size", pa.int32()), ("n_reports", pa.int32()),
    ("n_sources", pa.int32()), ("corroboration", pa.int32()), ("sources", pa.list_(pa.string())),
])
_MEMBERS_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("merged_id", pa.string()), ("is_representative", pa.bool_()),
    ("compared_to", pa.string()), ("corroborates", pa.bool_()), ("days_apart", pa.int32()),
    ("km_apart", pa.float64()), ("reason", pa.string()),
])
