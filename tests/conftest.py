"""Shared fixtures, built in code. Tests that load the real spaCy model or gazetteer are `slow`."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from dateline.model import Mention, Place, new_document
from dateline.pipeline import Context
from dateline.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def settings():
    return load_settings(env={})


@pytest.fixture(scope="session")
def ctx(settings):
    return Context(settings)


def place(mention: Mention, name: str, feature: str, country: str, cc: str, iso3: str, admin1: str,
          lat: float, lon: float, gid: int, precision: int | None = None) -> Place:
    return Place(mention=mention, geonameid=gid, name=name, feature=feature,
                 feature_code={"city": "PPL", "admin1": "ADM1", "country": "PCLI"}[feature],
                 country=country, country_code=cc, iso3=iso3, admin1=admin1 if feature != "country" else "",
                 latitude=lat, longitude=lon, population=100000,
                 geo_precision=precision or (1 if feature == "city" else 3), confidence=0.9, reason="fixture")


def parsed_with_places(text: str, gazetteer: dict, ctx, *, date=None, source=None):
    """Run clean/anchor/nlp for real, then place every gazetteer name found in the text (fixture
    stand-in for the places+geocode stages, so that the events stage is tested on its own)."""
    from dateline.stages import anchor, clean, nlp

    doc = new_document(text, publication_date=date, source=source)
    for stage in (clean, anchor, nlp):
        doc = stage.run(doc, ctx)
    places, mentions = [], []
    for name, row in gazetteer.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            sent = next(i for i, s in enumerate(doc.sentences) if s.start <= m.start() < s.end)
            men = Mention(m.start(), m.end(), name, "PLACE", "gazetteer", sent)
            mentions.append(men)
            places.append(place(men, *row))
    places.sort(key=lambda p: p.mention.start)
    return dataclasses.replace(doc, mentions=doc.mentions + tuple(mentions), places=tuple(places))


@pytest.fixture(scope="session")
def with_places():
    return parsed_with_places
