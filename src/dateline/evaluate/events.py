"""Event-coding evaluation on externally labelled data.

Four measures, one per data set (see shared/eval/README.md for the data):
- acled: the full pipeline on ACLED coders' notes, events matched to the gold record, then field
  accuracy over matched pairs;
- case2021: the event-type classifier alone on CASE 2021 task 2 snippets;
- glocon: the classifier's `is_event` filter on GLOCON protest-relevance sentences;
- event-location: the events stage's choice of the event's place among a sentence's toponyms.

Every data set has a fixed, documented split (`split_of`): tools/train_eventtype.py trains on
"train" (or on "all" for the shipped model, which the model file records) and evaluation defaults
to "test". Readers take a path; the library never prints.
"""
from __future__ import annotations

import csv
import dataclasses
import importlib
import json
import math
import re
import statistics
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import InputError
from ..settings import Settings, load_settings
from ..gazetteer_build import ARTICLES
from ..geo import km as haversine_km

ACLED_FILE = "acled-2020-mideast-dev/acled_mideast_2020-04-27_to_05-02.csv"
CASE_FILE = "case2021-task2/dev_odd_ids.tsv"
CASE_MAP_FILE = "case2021-task2/label_to_acled.tsv"
GLOCON_FILE = "glocon-sample/sentence_Sabinet.jsonl"
EVENT_LOCATION_FILE = "event-location/dev_non_relabel.jsonl"
DATASETS = ("acled", "case2021", "glocon", "event-location")
SPLITS = ("test", "train", "all")
# ACLED: the last days of the dev export are the test split (later weeks are held out upstream).
ACLED_TEST_FROM = date(2020, 5, 1)
NO_EVENT = "(no event)"


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text. `sub_event_type` is "" when the text is labelled for is_event only."""

    key: str
    text: str
    event_type: str = ""
    sub_event_type: str = ""
    is_event: bool = True
    split: str = "train"
    gold: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Report:
    """What an evaluation measured: named figures, counts and plain-text notes for the reader."""

    dataset: str
    split: str
    n: int
    metrics: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()  # optional per-label rows (header first)


def split_of(key: str) -> str:
    """A stable train/test split by key (CRC32 parity), for data without a natural split."""
    return "test" if zlib.crc32(key.encode("utf-8")) % 2 else "train"


def in_split(example_split: str, wanted: str) -> bool:
    return wanted == "all" or example_split == wanted


def _require(path: Path) -> Path:
    if not path.exists():
        raise InputError(f"evaluation data not found: {path}", code="NO_DATA")
    return path


def read_acled(root: Path) -> list[Example]:
    """ACLED rows: notes as text, every coded field as gold. Split by event date."""
    examples = []
    with open(_require(root / ACLED_FILE), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            day = acled_date(row["event_date"])
            examples.append(Example(
                key=row["event_id_cnty"], text=row["notes"], event_type=row["event_type"],
                sub_event_type=row["sub_event_type"], is_event=True,
                split="test" if day >= ACLED_TEST_FROM else "train", gold=dict(row)))
    return examples


def acled_date(text: str) -> date:
    """ACLED exports write dates as D-Mon-YY (or ISO in newer exports)."""
    text = text.strip()
    for fmt in ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InputError(f"unreadable ACLED date {text!r}", code="BAD_DATE")


def strip_acled_tags(notes: str) -> str:
    """Drop the coder's trailing tags ("[size=no report]"): a news report never carries them."""
    return re.sub(r"\s*\[(?:size|women targeted)[^\]]*\]", "", notes).strip()


def read_case(root: Path) -> list[Example]:
    """CASE 2021 task 2 snippets. Only odd ids are here; ids 1 mod 4 train, 3 mod 4 test.

    The five non-ACLED types (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) are
    kept as is_event=False: ACLED would not code them, so the right output is "no event".
    """
    mapping = {}
    with open(_require(root / CASE_MAP_FILE), encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if not row["acled_event_type"].startswith("("):
                mapping[row["case_label"]] = (row["acled_event_type"], row["acled_sub_event_type"])
    examples = []
    with open(_require(root / CASE_FILE), encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            ident = int(row["id"])
            event_type, sub = mapping.get(row["SubType"], ("", ""))
            examples.append(Example(
                key=f"case-{ident}", text=row["EventSnippet"], event_type=event_type,
                sub_event_type=sub, is_event=bool(sub),
                split="test" if ident % 4 == 3 else "train", gold={"case_label": row["SubType"]}))
    return examples


def read_glocon(root: Path) -> list[Example]:
    """GLOCON sentences labelled protest (1) or not (0); label 2 (undocumented) is skipped.

    Split by article, so that sentences of one article never sit on both sides.
    """
    examples = []
    with open(_require(root / GLOCON_FILE), encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["label"] not in (0, 1):
                continue
            examples.append(Example(
                key=str(row["id"]), text=row["sentence"], is_event=row["label"] == 1,
                split=split_of(row["url"])))
    return examples


def read_event_location(root: Path) -> list[dict[str, Any]]:
    rows = []
    with open(_require(root / EVENT_LOCATION_FILE), encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            row["split"] = split_of(str(row["id"]))
            rows.append(row)
    return rows


# --- measures ---------------------------------------------------------------------------------

def label_scores(gold: Sequence[str], pred: Sequence[str], *, labels: Iterable[str] | None = None
                 ) -> tuple[dict[str, float], list[tuple[str, int, float, float, float]]]:
    """Accuracy, macro-F1 and support-weighted F1 over `labels` (default: the gold labels)."""
    labels = sorted(set(gold) if labels is None else set(labels))
    support = Counter(gold)
    rows = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == p == label)
        n_pred = sum(1 for p in pred if p == label)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / support[label] if support[label] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append((label, support[label], prec, rec, f1))
    scored = [r for r in rows if r[1]]
    total = sum(r[1] for r in scored)
    return {
        "accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
        "macro_f1": statistics.fmean(r[4] for r in scored) if scored else 0.0,
        "weighted_f1": sum(r[1] * r[4] for r in scored) / total if total else 0.0,
    }, rows


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def norm_name(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a place or actor name."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\b(governorate|province|district|muhafazat|vilayet|il|ili)\b", " ", text)
    return re.sub(r"[^a-z0-9]+", "", text)


def same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return na == nb
    return na == nb or fuzz.ratio(na, nb) >= 85


def skeleton(text: str) -> str:
    """The consonants of a transliterated Arabic, Turkish or Hebrew name without its article:
    'Idleb' and 'Idlib', 'Suqutra' and 'Socotra', 'Al Anbar' and 'Anbar' give the same."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("'", "").replace("’", "")
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    words = [w for w in words if w not in ARTICLES and w not in ("governorate", "province", "district")]
    joined = "".join(words)
    for digraph, single in (("dh", "d"), ("th", "t"), ("kh", "k"), ("sh", "s"), ("gh", "g"), ("ph", "f")):
        joined = joined.replace(digraph, single)
    joined = joined.translate(str.maketrans("qcv", "kkw"))
    joined = re.sub(r"[aeiouyw]", "", joined).rstrip("h")
    return re.sub(r"(.)\1+", r"\1", joined)


def same_place_name(a: str, b: str) -> bool:
    """Same name, or the same name in another transliteration (ACLED writes 'Idleb', GeoNames
    'Idlib'): the field is right when it names the same place."""
    if same_name(a, b):
        return True
    sa, sb = skeleton(a), skeleton(b)
    return len(sa) >= 2 and sa == sb


def same_actor_set(a: str, b: str) -> bool:
    """ACLED separates several associated actors with "; "."""
    split = lambda s: {norm_name(x) for x in (s or "").split(";") if x.strip()}  # noqa: E731
    return split(a) == split(b)


# --- classifier evaluations -------------------------------------------------------------------

def evaluate_case(root: Path, *, split: str = "test", settings: Settings | None = None) -> Report:
    from ..eventtype import classify

    examples = [e for e in read_case(root) if in_split(e.split, split)]
    guesses = classify([e.text for e in examples], settings=settings)
    acled = [(e, g) for e, g in zip(examples, guesses) if e.is_event]
    gold = [e.sub_event_type for e, _ in acled]
    pred = [g.sub_event_type for _, g in acled]
    metrics, rows = label_scores(gold, pred)
    metrics["event_type_accuracy"] = (
        sum(e.event_type == g.event_type for e, g in acled) / len(acled) if acled else 0.0)
    # With rejection: the five non-ACLED types count as a sixth "(no event)" label.
    gold_all = [e.sub_event_type if e.is_event else NO_EVENT for e in examples]
    pred_all = [g.sub_event_type if g.is_event >= 0.5 else NO_EVENT for g in guesses]
    with_none, _ = label_scores(gold_all, pred_all)
    metrics["with_no_event_weighted_f1"] = with_none["weighted_f1"]
    non_acled = [g for e, g in zip(examples, guesses) if not e.is_event]
    metrics["non_acled_rejected"] = (
        sum(g.is_event < 0.5 for g in non_acled) / len(non_acled) if non_acled else 0.0)
    metrics["acled_kept"] = sum(g.is_event >= 0.5 for _, g in acled) / len(acled) if acled else 0.0
    # What a user gets: the sub-type of the first event the whole pipeline codes from the snippet
    # (rules over the classifier), the classifier's where it codes none (no place it can resolve)
    coded = [_pipeline_events(e.text, settings) for e, _ in acled]
    whole, _ = label_scores(gold, [events[0].sub_event_type if events else g.sub_event_type
                                   for events, (_, g) in zip(coded, acled)])
    metrics |= {f"pipeline_{k}": v for k, v in whole.items()}
    table = (("sub_event_type", "support", "precision", "recall", "f1"),) + tuple(
        (r[0], str(r[1]), f"{r[2]:.2f}", f"{r[3]:.2f}", f"{r[4]:.2f}") for r in rows)
    return Report("case2021", split, len(examples), metrics,
                  counts={"acled_labelled": len(acled), "non_acled": len(non_acled),
                          "pipeline_coded": sum(bool(c) for c in coded)},
                  notes=_training_notes("case2021", split, settings) + (
                      "pipeline_*: the first event the whole pipeline codes from the snippet (the "
                      "classifier's label where it codes none)",), table=table)


def _pipeline_events(text: str, settings: Settings | None) -> tuple:
    from ..pipeline import extract

    return extract(text, settings=settings).events


def _typed_sentences(text: str, settings: Settings | None) -> bool:
    """Whether the events stage's typing finds a sentence of the text that reports an event."""
    from ..pipeline import extract
    from ..stages.event_parts import sentence_typings

    settings = settings or load_settings()
    return any(t is not None for t in sentence_typings(extract(text, settings=settings), settings))


def evaluate_glocon(root: Path, *, split: str = "test", settings: Settings | None = None) -> Report:
    from ..eventtype import classify

    examples = [e for e in read_glocon(root) if in_split(e.split, split)]
    guesses = classify([e.text for e in examples], settings=settings)
    tp = sum(e.is_event and g.is_event >= 0.5 for e, g in zip(examples, guesses))
    fp = sum(not e.is_event and g.is_event >= 0.5 for e, g in zip(examples, guesses))
    fn = sum(e.is_event and g.is_event < 0.5 for e, g in zip(examples, guesses))
    metrics = prf(tp, fp, fn)
    # the events stage's own filter: cues, the classifier and the factuality checks together
    typed = [_typed_sentences(e.text, settings) for e in examples]
    metrics |= {f"stage_{k}": v for k, v in prf(
        sum(e.is_event and t for e, t in zip(examples, typed)), sum(not e.is_event and t for e, t in zip(examples, typed)),
        sum(e.is_event and not t for e, t in zip(examples, typed))).items()}
    notes = _training_notes("glocon", split, settings) + (
        "GLOCON labels protest relevance only; is_event also accepts armed violence, so a "
        "sentence about a killing that GLOCON marks 0 counts as a false positive here.",
        "stage_*: the events stage's typing of the sentence (lexicon cues, the classifier and "
        "the checks for planned, recalled and reported events) instead of the classifier alone",)
    return Report("glocon", split, len(examples), metrics,
                  counts={"positives": sum(e.is_event for e in examples), "tp": tp, "fp": fp,
                          "fn": fn}, notes=notes)


def _training_notes(dataset: str, split: str, settings: Settings | None) -> tuple[str, ...]:
    from ..eventtype import model_for

    trained = model_for(settings).meta.get("trained_on", {}).get(dataset, "none")
    if trained == "none":
        return (f"the event-type model was not trained on {dataset}",)
    if trained == "all" or trained == split or split == "all":
        return (f"WARNING: the event-type model was trained on {dataset} split {trained!r}: "
                f"these figures are not held-out (train one with tools/train_eventtype.py "
                f"--holdout and pass --set eventtype_model=PATH)",)
    return (f"the event-type model was trained on {dataset} split {trained!r} only: held-out",)


# --- event location ---------------------------------------------------------------------------

def location_function() -> Callable[[str, tuple[int, int]], list[tuple[int, int]]] | None:
    """The events stage's location chooser, or None while the stage does not provide it."""
    try:
        module = importlib.import_module("dateline.stages.events")
    except ImportError:
        return None
    return getattr(module, "event_location_spans", None)


def evaluate_event_location(root: Path, *, split: str = "test",
                            locate: Callable[[str, tuple[int, int]], list[tuple[int, int]]]
                            | None = None) -> Report:
    locate = locate or location_function()
    rows = [r for r in read_event_location(root) if in_split(r["split"], split)]
    if locate is None:
        return Report("event-location", split, len(rows), {}, notes=(
            "skipped: dateline.stages.events.event_location_spans(text, verb_span) does not "
            "exist yet",))
    exact = tp = fp = fn = 0
    for row in rows:
        verb = row["verb"][0]
        gold = {(s["start"], s["end"]) for s in row["event_locations"]}
        pred = set(locate(row["text"], (verb["start"], verb["end"])))
        exact += gold == pred
        hit_pred = {p for p in pred if any(_overlaps(p, g) for g in gold)}
        hit_gold = {g for g in gold if any(_overlaps(p, g) for p in pred)}
        tp += len(hit_gold)
        fn += len(gold) - len(hit_gold)
        fp += len(pred) - len(hit_pred)
    metrics = {"span_accuracy": exact / len(rows) if rows else 0.0, **prf(tp, fp, fn)}
    return Report("event-location", split, len(rows), metrics,
                  counts={"with_location": sum(bool(r["event_locations"]) for r in rows)},
                  notes=("span_accuracy: the predicted set of spans equals the gold set exactly "
                         "(an empty gold set needs an empty prediction); P/R/F1 count "
                         "overlapping spans",))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_acled_classifier(root: Path, *, split: str = "test",
                              settings: Settings | None = None) -> Report:
    """The classifier alone on whole ACLED notes (tags stripped): type and sub-type accuracy.

    Separates typing errors from the pipeline's (which may split, miss or mislocate events).
    """
    from ..eventtype import classify

    examples = [e for e in read_acled(root) if in_split(e.split, split)]
    guesses = classify([strip_acled_tags(e.text) for e in examples], settings=settings)
    metrics, rows = label_scores([e.sub_event_type for e in examples],
                                 [g.sub_event_type for g in guesses])
    metrics = {
        "event_type_accuracy": sum(e.event_type == g.event_type for e, g in zip(examples, guesses))
        / len(examples) if examples else 0.0,
        "sub_event_type_accuracy": metrics["accuracy"],
        "sub_event_type_macro_f1": metrics["macro_f1"],
        "is_event_kept": sum(g.is_event >= 0.5 for g in guesses) / len(examples) if examples else 0.0,
    }
    table = (("sub_event_type", "support", "precision", "recall", "f1"),) + tuple(
        (r[0], str(r[1]), f"{r[2]:.2f}", f"{r[3]:.2f}", f"{r[4]:.2f}") for r in rows)
    return Report("acled-classifier", split, len(examples), metrics,
                  notes=_training_notes("acled", split, settings), table=table)


# --- ACLED notes through the whole pipeline ---------------------------------------------------

ACLED_FIELDS = ("event_type", "sub_event_type", "event_date", "time_precision", "admin1",
                "location", "actor1", "assoc_actor_1", "fatalities")
MATCH_KM = 25.0


def evaluate_acled(root: Path, *, split: str = "test", settings: Settings | None = None,
                   limit: int | None = None, max_errors: int = 3) -> Report:
    """Each note through `dateline.extract` (dated the day after the event); its predicted events
    matched one to one to the note's gold events (ACLED codes one note as several rows when it
    reports several places); event P/R/F1 and field accuracy over matched pairs."""
    from ..pipeline import extract

    examples = [e for e in read_acled(root) if in_split(e.split, split)][:limit]
    notes: dict[tuple[str, str], list[Example]] = {}
    for example in examples:
        notes.setdefault((strip_acled_tags(example.text), example.gold["event_date"]), []).append(example)
    tp = n_pred = rejected = silent = 0
    right: Counter[str] = Counter()
    km: list[float] = []
    errors: list[str] = []
    shown: Counter[str] = Counter()
    outlets = [outlets_of(rows[0].gold.get("source", "")) for rows in notes.values()]
    docs = [extract(text, date=acled_date(event_date) + timedelta(days=1), doc_id=rows[0].key,
                    source=names[0] if names else None, settings=settings)
            for ((text, event_date), rows), names in zip(notes.items(), outlets)]
    if (settings or load_settings()).source_focus:
        docs = refocused(docs, outlets, settings)
    for doc, rows in zip(docs, notes.values()):
        rejected += doc.rejected
        n_pred += len(doc.events)
        silent += not doc.events
        for example, event, distance in match_events([e.gold for e in rows], doc.events, rows):
            tp += 1
            if distance is not None:
                km.append(distance)
            for name, ok, got, want in field_checks(example.gold, event):
                right[name] += ok
                if not ok and shown[name] < max_errors:
                    shown[name] += 1
                    errors.append(f"{example.key} {name}: got {got!r}, gold {want!r}")
    metrics = prf(tp, n_pred - tp, len(examples) - tp)
    for name in ACLED_FIELDS:
        metrics[name] = right[name] / tp if tp else 0.0
    metrics["median_km"] = statistics.median(km) if km else float("nan")
    return Report("acled", split, len(examples), metrics,
                  counts={"gold_events": len(examples), "notes": len(notes), "predicted_events": n_pred,
                          "matched": tp, "rejected_documents": rejected, "notes_without_events": silent},
                  notes=("event types come from the events stage: its cue rules and the "
                         "event-type model (--set eventtype_model=PATH) together",)
                  + _training_notes("acled", split, settings) + tuple(errors))


def outlets_of(sources: str) -> list[str]:
    """The outlets of ACLED's source field ("El Nashra; An-Nahar"), the first the report's publisher."""
    return [name.strip() for name in sources.split(";") if name.strip()]


def refocused(docs: list[Any], outlets: list[list[str]], settings: Settings | None) -> list[Any]:
    """The notes read again with their sources' usual states, as a corpus run reads them
    (source_focus.py): the focus is learnt from the states the other notes of the same outlet
    name, read alone, never from gold; a note that several outlets reported takes the focus of
    the first of them that has one."""
    from ..pipeline import get_pipeline
    from ..model import new_document
    from ..sources import source_key
    from ..source_focus import SourceFocus, as_document_focus

    sources = SourceFocus()
    for doc, names in zip(docs, outlets):
        for name in names if not doc.rejected else ():
            sources.add(source_key(name, None)[0], doc.doc_id, frozenset(doc.regions))
    pipeline = get_pipeline(settings)
    out = []
    for doc, names in zip(docs, outlets):
        focus = next((f for name in names if (f := sources.focus(source_key(name, None)[0], exclude=doc.doc_id))), {})
        if focus and not doc.rejected:
            fresh = new_document(doc.raw, doc_id=doc.doc_id, raw_format="text", source=doc.source,
                                 publication_date=doc.publication_date)
            doc = pipeline(dataclasses.replace(fresh, focus=as_document_focus(focus)))
        out.append(doc)
    return out


def match_events(golds: Sequence[dict[str, str]], events: Sequence[Any],
                 keys: Sequence[Any]) -> list[tuple[Any, Any, float | None]]:
    """(key, event, km) pairs, one to one: of all gold/predicted pairs that match, the nearest first."""
    pairs = []
    for g, (gold, key) in enumerate(zip(golds, keys)):
        for e, event in enumerate(events):
            distance = _match_distance(gold, event)
            if distance is not None:
                pairs.append((distance, g, e, key, event))
    pairs.sort(key=lambda p: (p[0], p[1], p[2]))
    used_gold, used_event, out = set(), set(), []
    for distance, g, e, key, event in pairs:
        if g not in used_gold and e not in used_event:
            used_gold.add(g)
            used_event.add(e)
            out.append((key, event, distance if math.isfinite(distance) else None))
    return out


def match_event(gold: dict[str, str], events: Sequence[Any]) -> tuple[Any, float | None] | None:
    """The predicted event that matches the gold record: same country and within 25 km, or, when
    the gold is only placed at region level (geo_precision 3), the same admin1. Nearest wins."""
    pairs = match_events([gold], events, [None])
    return (pairs[0][1], pairs[0][2]) if pairs else None


def _match_distance(gold: dict[str, str], event: Any) -> float | None:
    """km between a matching pair (inf for a region-level match without coordinates), else None."""
    place = event.place
    if place is None or not place.resolved:
        return None
    if place.iso3 != gold["iso3"] and not same_name(place.country, gold["country"]):
        return None
    distance = (haversine_km(float(gold["latitude"]), float(gold["longitude"]), place.latitude, place.longitude)
                if place.latitude is not None and place.longitude is not None else math.inf)
    region = gold.get("geo_precision") == "3" and same_place_name(place.admin1, gold["admin1"])
    return distance if distance <= MATCH_KM or region else None


def field_checks(gold: dict[str, str], event: Any) -> Iterable[tuple[str, bool, Any, Any]]:
    place = event.place
    gold_day = acled_date(gold["event_date"])
    yield "event_type", event.event_type == gold["event_type"], event.event_type, gold["event_type"]
    yield ("sub_event_type", event.sub_event_type == gold["sub_event_type"], event.sub_event_type,
           gold["sub_event_type"])
    yield "event_date", event.event_date == gold_day, event.event_date, gold_day
    yield ("time_precision", str(event.time_precision) == gold["time_precision"],
           event.time_precision, gold["time_precision"])
    yield "admin1", same_place_name(place.admin1, gold["admin1"]), place.admin1, gold["admin1"]
    yield "location", same_place_name(place.name, gold["location"]), place.name, gold["location"]
    yield "actor1", norm_name(event.actor1) == norm_name(gold["actor1"]), event.actor1, gold["actor1"]
    yield ("assoc_actor_1", same_actor_set(event.assoc_actor_1, gold["assoc_actor_1"]),
           event.assoc_actor_1, gold["assoc_actor_1"])
    yield ("fatalities", str(event.fatalities) == gold["fatalities"].strip(), event.fatalities,
           gold["fatalities"])
