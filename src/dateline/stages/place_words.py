"""Vocabulary shared by toponym detection (places.py) and its support rules (place_support.py)."""
from __future__ import annotations

import dataclasses
import re

WORD = re.compile(r"[^\W\d_][\w]*(?:[-'’.][\w]+)*\.?|\d+")
CONNECTORS = {"of", "de", "del", "la", "le", "du", "da", "al", "el", "upon", "on", "am", "an",
              "der", "den", "di", "y", "and"}
DIVISION = {"province", "state", "region", "governorate", "county", "oblast", "district",
            "prefecture", "parish", "territory", "department", "emirate"}
DIRECTIONS = r"(?:north|south|east|west|central|northern|southern|eastern|western|northeast|" \
             r"northwest|southeast|southwest|north-east|north-west|south-east|south-west|" \
             r"northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|" \
             r"south-eastern|south-western|mid|upper|lower)"
LEADING_DIRECTION = re.compile(rf"^(?:the\s+)?{DIRECTIONS}\s+", re.I)
PLACE_PREPOSITIONS = re.compile(  # "In Wad Madani, ...": a sentence may open with the preposition
    r"(?:\b(?:in|at|near|from|to|into|outside|across|around|through|throughout|towards?|via|of|In|At|Near|Outside)\s+(?:the\s+)?"
    rf"(?:nearby\s+|neighbou?ring\s+)?(?:{DIRECTIONS}\s+)?(?:(?:city|town|village|province|region|state|county|district|capital|port)\s+of\s+)?"
    r"|\bthe\s+(?:regional|provincial|state|national|district|county|federal)\s+capital,?\s+)$")  # "the regional capital Bahir Dar"
# a lower-case Arabic article opens a name ("in el Hermel", "in al-Bukamal"); the English words
# "as", "at", "an" only with a hyphen
LOWER_ARTICLE = re.compile(r"(?:al|el|ar|ash|ech|esh|az|ad|ed|ez)(?=\s[A-Z])|(?:al|el|ar|as|ash|at|an|az|ad|ed|es|ez|en|et)-(?=[A-Z])")
LIST_CUE = re.compile(r"\b(?:cities|towns|villages|provinces|regions|states|countries|areas|"
                      r"places|locations|capitals)\b")
NER_PLACE = {"GPE", "LOC"}
NER_BLOCK = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
MIN_POPULATION = 5000  # gazetteer-only hits below this need a pattern
EMBEDDED = -2  # support of a place name inside an organisation name


@dataclasses.dataclass(slots=True)
class Hit:
    start: int
    end: int
    source: str
    support: int = 0  # 0 none, 1 weak (big place), 2 pattern or NER

