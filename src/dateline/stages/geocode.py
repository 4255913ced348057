"""Geocoding: each PLACE mention -> gazetteer candidates -> ranked -> a Place or an explicit no-match.

The ranking itself lives in dateline.georank (shared with `dateline geoparse`); this stage only
collects the document context (anchor place, mentions) and maps the result onto Places.
"""
from __future__ import annotations

import dataclasses

from ..georank import resolve_mentions
from ..model import Document
from ..resources import gazetteer_for

NAME = "geocode"
VERSION = 1
REQUIRES = ("text", "mentions")
ASSIGNS = ("places",)


def run(doc: Document, ctx) -> Document:
    gaz = gazetteer_for(ctx.settings)
    # demonyms ("Lebanese protesters") are context for the places ("Tripoli"), never places
    mentions = [m for m in doc.mentions if m.label in ("PLACE", "DEMONYM")]
    mentions.sort(key=lambda m: (m.start, m.end))
    anchor = doc.anchor.place if doc.anchor is not None else None
    places = resolve_mentions(doc.text, mentions, gaz, settings=ctx.settings, anchor=anchor)
    return dataclasses.replace(doc, places=tuple(p for p in places if p.mention.label == "PLACE"))
