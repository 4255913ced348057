"""Train the event-type model shipped as src/dateline/data/eventtype_model.npz.

    .venv/bin/python tools/train_eventtype.py                 # all dev data -> shipped model
    .venv/bin/python tools/train_eventtype.py --holdout -o /tmp/m.npz   # train splits only,
                                                              # prints held-out figures

Data (read from ../shared/eval, never copied): ACLED coders' notes (sub-event type, is_event=1),
CASE 2021 task 2 snippets (ACLED-mapped labels; the five non-ACLED types as is_event=0), GLOCON
sentences (is_event only). Splits are those of dateline.evaluate.events. Needs scikit-learn
(the `dev` extra); the run-time model is plain numpy.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from dateline.eventtype import CUES, feature_counts, feature_fingerprint, iter_labels, load_model
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


def train(examples: list[ev.Example], *, c_sub: float, c_event: float, class_weight: str | None
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
    return {
        "rows": columns[keep],
        "sub_weights": sub_weights[keep].astype(np.float16),
        "sub_bias": sub_bias,
        "event_weights": event_weights[keep].astype(np.float16),
        "event_bias": np.float32(event_model.intercept_[0]),
        "labels": np.array(labels),
        "event_types": np.array([types[sub] for sub in labels]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-path", default=str(REPO.parent / "shared" / "eval"))
    parser.add_argument("--holdout", action="store_true",
                        help="train on the train splits only and report the test splits")
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    parser.add_argument("--c-sub", type=float, default=10.0, help="inverse L2 strength, sub-type head")
    parser.add_argument("--c-event", type=float, default=10.0, help="inverse L2 strength, is_event head")
    parser.add_argument("--class-weight", choices=("none", "balanced"), default="balanced")
    args = parser.parse_args(argv)
    root = Path(args.eval_path)
    if not (root / ev.CASE_FILE).exists():
        print(f"evaluation data not found under {root}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    examples, trained_on = training_examples(root, holdout=args.holdout)
    arrays = train(examples, c_sub=args.c_sub, c_event=args.c_event,
                   class_weight=None if args.class_weight == "none" else "balanced")
    meta = {"fingerprint": feature_fingerprint(), "trained_on": trained_on,
            "examples": len(examples), "c_sub": args.c_sub, "c_event": args.c_event,
            "class_weight": args.class_weight}
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    np.savez_compressed(args.output, **arrays)
    load_model(args.output)  # refuse to leave an unreadable model behind
    size = Path(args.output).stat().st_size
    print(f"{len(examples)} examples, {len(arrays['rows'])} weighted features, "
          f"{size / 1e6:.2f} MB -> {args.output} ({time.perf_counter() - started:.1f}s)")
    if args.holdout:
        report_holdout(root, args.output)
    return 0


def report_holdout(root: Path, model_path: str) -> None:
    from dateline.settings import load_settings

    settings = load_settings(overrides={"eventtype_model": model_path})
    for report in (ev.evaluate_case(root, settings=settings),
                   ev.evaluate_glocon(root, settings=settings),
                   ev.evaluate_acled_classifier(root, settings=settings)):
        figures = "  ".join(f"{k}={v:.3f}" for k, v in report.metrics.items())
        print(f"{report.dataset} test (n={report.n}): {figures}")


if __name__ == "__main__":
    sys.exit(main())
