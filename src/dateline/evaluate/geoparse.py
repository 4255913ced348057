"""Geoparsing evaluation on GeoWebNews, LGL and GeoVirus, with the published baselines.

Measures (Gritta, Pilehvar, Collier 2019, "A Pragmatic Guide to Geoparsing Evaluation"):
- detection precision/recall/F1: a predicted span matches a gold toponym when they overlap
  (one-to-one, in text order);
- geocoding, over the matched toponyms (all gold toponyms with --gold-spans): accuracy within
  161 km, median error km, AUC of the sorted log(1+error) curve normalised by log(20039) (lower is
  better), GeoNames id exact match and admin1 match where the gold has them. An unresolved
  toponym counts as 20,039 km (half the Earth's circumference).
The same code scores the baseline outputs shipped with the corpora (Edinburgh Geoparser, Yahoo!
Placemaker, EMM, CLAVIN, GeoTxt), so one table compares systems. Readers take a path; the corpora
are third-party data read in place and never copied.
"""
from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputError
from ..gazetteer_build import fold
from ..geo import km
from ..sources import source_key

MAX_KM = 20039.0
CORPORA = {
    "gwn": ("geowebnews", "GWN.xml"),
    "lgl": ("lgl", "lgl.xml"),
    "geovirus": ("geovirus", "GeoVirus.xml"),
}
BASELINES = {
    "gwn": {"Edinburgh Geoparser": "gwn_edin.txt", "Yahoo! Placemaker": "gwn_yahoo.txt", "EMM": "gwn_emm.txt"},
    "lgl": {"Edinburgh Geoparser": "lgl_edin.txt", "Yahoo! Placemaker": "lgl_yahoo.txt",
            "CLAVIN": "lgl_clavin.txt", "GeoTxt": "lgl_geo.txt"},
    "geovirus": {},
}


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    admin1: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    doc_id: str
    text: str
    toponyms: tuple[Toponym, ...]  # every gold toponym (detection gold)
    source: str = ""  # the publisher's web domain, when the corpus gives it

    @property
    def geocodable(self) -> tuple[Toponym, ...]:
        return tuple(t for t in self.toponyms if t.latitude is not None)


@dataclass(frozen=True, slots=True)
class Prediction:
    start: int
    end: int
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    admin1: str = ""


@dataclass(slots=True)
class Scores:
    system: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    errors: list[float] = field(default_factory=list)
    id_hits: int = 0
    id_total: int = 0
    admin1_hits: int = 0
    admin1_total: int = 0
    detection: bool = True  # False when gold spans were given (no detection measured)

    def as_row(self) -> dict[str, float | int | str | None]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        n = len(self.errors)
        return {
            "system": self.system,
            "precision": round(p, 3) if self.detection else None,
            "recall": round(r, 3) if self.detection else None,
            "f1": round(f1, 3) if self.detection else None,
            "geocoded": n,
            "acc161": round(100.0 * sum(e <= 161 for e in self.errors) / n, 1) if n else None,
            "median_km": round(statistics.median(self.errors), 1) if n else None,
            "auc": round(auc(self.errors), 3) if n else None,
            "geonameid": round(100.0 * self.id_hits / self.id_total, 1) if self.id_total else None,
            "admin1": round(100.0 * self.admin1_hits / self.admin1_total, 1) if self.admin1_total else None,
        }


def auc(errors: list[float]) -> float:
    """Area under the sorted log(1+error) curve, scaled to 0 (all exact) .. 1 (all 20,039 km)."""
    ys = sorted(math.log(1.0 + min(e, MAX_KM)) for e in errors)
    if len(ys) == 1:
        return ys[0] / math.log(1.0 + MAX_KM)
    area = sum((a + b) / 2.0 for a, b in zip(ys, ys[1:]))
    return area / ((len(ys) - 1) * math.log(1.0 + MAX_KM))


# -- readers ---------------------------------------------------------------------------------

def corpus_path(corpus: str, root: str | Path) -> Path:
    if corpus not in CORPORA:
        raise InputError(f"unknown corpus {corpus!r}; known: {', '.join(CORPORA)}", code="BAD_CORPUS")
    folder, name = CORPORA[corpus]
    return Path(root) / folder / name


def read_corpus(corpus: str, root: str | Path) -> list[Article]:
    path = corpus_path(corpus, root)
    if not path.exists():
        raise InputError(f"corpus file {path} not found", code="NO_CORPUS")
    reader = {"gwn": read_gwn, "lgl": read_lgl, "geovirus": read_geovirus}[corpus]
    return reader(path)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_gwn(path: Path) -> list[Article]:
    """GWN.xml texts; geocoding gold from gwn_full.txt beside it (the baselines' gold) when present."""
    root = ET.parse(path).getroot()
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            gid = t.findtext("geonamesID")
            tops.append(Toponym(start, end, text[start:end], _float(t.findtext("latitude")),
                                _float(t.findtext("longitude")),
                                int(gid) if gid and gid.strip().isdigit() else None))
        articles.append(Article(f"gwn:{art.get('file')}", text, tuple(tops), source_key(None, art.findtext("link"))[0]))
    full = path.parent / "gwn_full.txt"
    if full.exists():
        articles = _use_line_gold(articles, full)
    return articles


def _use_line_gold(articles: list[Article], path: Path) -> list[Article]:
    """Replace each article's toponyms by the geocodable gold of the line file, ids carried over."""
    out = []
    for art, records in zip(articles, read_lines(path)):
        ids = {(t.start, t.end): t.geonameid for t in art.toponyms}
        tops = tuple(sorted((Toponym(p.start, p.end, art.text[p.start:p.end], p.latitude, p.longitude,
                                     ids.get((p.start, p.end))) for p in records), key=lambda t: t.start))
        out.append(Article(art.doc_id, art.text, tops, art.source))
    return out


def read_lgl(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start")), int(t.findtext("end"))
            gaz = t.find("gaztag")
            lat = lon = gid = None
            admin1 = ""
            if gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
                gid = int(gaz.get("geonameid")) if (gaz.get("geonameid") or "").isdigit() else None
                admin1 = gaz.findtext("admin1") or ""
            tops.append(Toponym(start, end, text[start:end], lat, lon, gid, admin1))
        articles.append(Article(f"lgl:{art.get('docid')}", text, tuple(sorted(tops, key=lambda t: t.start)),
                                source_key(art.findtext("domain"), None)[0]))
    return articles


def read_geovirus(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    articles = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            start, end = _aligned(text, loc.findtext("name") or "", int(loc.findtext("start")),
                                  int(loc.findtext("end")))
            tops.append(Toponym(start, end, text[start:end], _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        articles.append(Article(f"geovirus:{n}", text, tuple(sorted(tops, key=lambda t: t.start)),
                                source_key(None, art.findtext("source"))[0]))
    return articles


def _aligned(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    """GeoVirus offsets are mostly one past the name: take the nearby shift that spells it."""
    for shift in (0, -1, 1, -2, 2):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    return start, end


def read_lines(path: Path) -> list[list[Prediction]]:
    """The `||`/`,,` line format of gwn_full.txt, lgl_gold.txt and the baselines (one article a line)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            preds = []
            for rec in line.rstrip("\n").split("||"):
                f = rec.split(",,")
                if len(f) < 6:
                    continue
                try:
                    start, end = int(f[4]), int(f[5])
                    if 0 <= start < end:  # gwn_full.txt has two negative (broken) offsets
                        preds.append(Prediction(start, end, float(f[2]), float(f[3])))
                except ValueError:
                    continue
            rows.append(preds)
    return rows


def align_lines(articles: list[Article], rows: list[list[Prediction]]) -> list[list[Prediction]]:
    """Baseline files may be shifted by a line: keep the shift whose spans overlap the gold most."""
    def overlap(shift: int) -> int:
        hits = 0
        for i, art in enumerate(articles):
            j = i + shift
            if 0 <= j < len(rows):
                gold = {(t.start, t.end) for t in art.toponyms}
                hits += sum((p.start, p.end) in gold for p in rows[j])
        return hits

    shift = max((0, 1, -1), key=overlap)
    return [rows[i + shift] if 0 <= i + shift < len(rows) else [] for i in range(len(articles))]


# -- scoring ---------------------------------------------------------------------------------

def match_spans(gold: Iterable[Toponym], preds: Iterable[Prediction]) -> list[tuple[Toponym, Prediction]]:
    """One-to-one overlap matching in text order."""
    preds = sorted(preds, key=lambda p: (p.start, p.end))
    used = [False] * len(preds)
    pairs = []
    for g in sorted(gold, key=lambda t: t.start):
        for k, p in enumerate(preds):
            if not used[k] and p.start < g.end and g.start < p.end:
                used[k] = True
                pairs.append((g, p))
                break
    return pairs


def score_system(system: str, articles: list[Article], predictions: list[list[Prediction]], *,
                 detection: bool = True, ids: bool = True) -> Scores:
    """`ids=False` for outputs without GeoNames ids or admin1 (the published baselines)."""
    scores = Scores(system, detection=detection)
    for art, preds in zip(articles, predictions):
        gold = art.toponyms
        scores.gold += len(gold)
        scores.predicted += len(preds)
        pairs = match_spans(gold, preds)
        scores.matched += len(pairs)
        for g, p in pairs:
            if g.latitude is None:
                continue
            if p.latitude is None:
                scores.errors.append(MAX_KM)
            else:
                scores.errors.append(km(g.latitude, g.longitude, p.latitude, p.longitude))
            if not ids:
                continue
            if g.geonameid is not None:
                scores.id_total += 1
                scores.id_hits += p.geonameid == g.geonameid
            if g.admin1:
                scores.admin1_total += 1
                scores.admin1_hits += bool(p.admin1) and fold(p.admin1) == fold(g.admin1)
    return scores


def score_baselines(corpus: str, root: str | Path, articles: list[Article]) -> list[Scores]:
    folder = Path(root) / CORPORA[corpus][0] / "baselines"
    out = []
    for system, name in BASELINES[corpus].items():
        path = folder / name
        if path.exists():
            rows = align_lines(articles, read_lines(path))
            out.append(score_system(system, articles, rows, ids=False))
    return out


def evaluate(corpus: str, root: str | Path, *, predict: Callable[..., list[list[Prediction]]],
             gold_spans: bool = False, limit: int | None = None, baselines: bool = True,
             system: str = "dateline") -> list[Scores]:
    """Score `predict(articles, source_focus=...)` (and the published baselines) on one corpus.
    When the source focus changed any article, the row without it is given too."""
    articles = read_corpus(corpus, root)
    if limit:
        articles = articles[:limit]
    if gold_spans:
        # only toponyms with coordinates are resolved and scored
        articles = [Article(a.doc_id, a.text, a.geocodable, a.source) for a in articles]
    name = system + (" (gold spans)" if gold_spans else "")
    focused = predict(articles, source_focus=True)
    alone = predict(articles, source_focus=False)
    rows = [score_system(name, articles, focused, detection=not gold_spans)]
    if focused != alone:
        rows.append(score_system(name + ", each article alone", articles, alone, detection=not gold_spans))
    if baselines and not gold_spans:
        rows += score_baselines(corpus, root, articles)
    return rows


def dateline_predictor(settings, *, gold_spans: bool) -> Callable[..., list[list[Prediction]]]:
    """dateline as a `predict` function over a corpus: own detection, or the articles' gold spans;
    with `source_focus`, each article is resolved again with its source's usual states."""
    from ..geoparse import detect_toponyms, gold_toponyms, resolve_detected, resolve_with_focus

    detected: dict[str, object] = {}  # detection runs once per article, whatever the resolution

    def found(a: Article):
        if a.doc_id not in detected:
            detected[a.doc_id] = gold_toponyms(a.text, [(t.start, t.end) for t in a.toponyms]) if gold_spans \
                else detect_toponyms(a.text, settings=settings, doc_id=a.doc_id)
        return detected[a.doc_id]

    def predict(articles: list[Article], *, source_focus: bool = True) -> list[list[Prediction]]:
        if source_focus:
            resolved = resolve_with_focus([(a.doc_id, a.source, found(a)) for a in articles], settings=settings)
        else:
            resolved = [resolve_detected(found(a), settings=settings) for a in articles]
        return [[Prediction(p.mention.start, p.mention.end,
                            p.feature_latitude if p.feature_latitude is not None else p.latitude,
                            p.feature_longitude if p.feature_longitude is not None else p.longitude,
                            p.geonameid, p.admin1) for p in places] for places in resolved]

    return predict
