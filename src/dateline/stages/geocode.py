"""Geocoding: each PLACE mention -> gazetteer candidates -> ranked -> a Place or an explicit no-match.

The ranking itself lives in dateline.georank (shared with `dateline geoparse`); this stage only
collects the document context (anchor place, mentions) and maps the result onto Places.
A document with a source focus (set by a corpus run) is read twice: alone, which gives the
`regions` its source's focus is learnt from (never influenced by any focus), and with the focus,
which gives its places.
"""
from __future__ import annotations

import dataclasses

from ..actors import home_countries
from ..georank import resolve_mentions
from ..model import Document
from ..resources import gazetteer_for
from ..source_focus import document_regions

NAME = "geocode"
VERSION = 53
REQUIRES = ("text", "mentions")
ASSIGNS = ("places", "regions")


def run(doc: Document, ctx) -> Document:
    gaz = gazetteer_for(ctx.settings)
    # demonyms ("Lebanese protesters") are context for the places ("Tripoli"), never places
    mentions = [m for m in doc.mentions if m.label in ("PLACE", "DEMONYM")]
    mentions.sort(key=lambda m: (m.start, m.end))
    anchor = doc.anchor.place if doc.anchor is not None else None
    groups = home_countries(doc.text)
    alone = resolve_mentions(doc.text, mentions, gaz, settings=ctx.settings, anchor=anchor, groups=groups)
    places = alone
    if doc.focus:
        places = resolve_mentions(doc.text, mentions, gaz, settings=ctx.settings, anchor=anchor,
                                  focus={(c, a): share for c, a, share in doc.focus}, groups=groups)
    return dataclasses.replace(doc, places=tuple(p for p in places if p.mention.label == "PLACE"),
                               regions=tuple(sorted(document_regions(alone, gaz))))
