"""The event-type classifier: typing of hand-written sentences, the shipped model file, training."""
from __future__ import annotations

import json
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
    texts = list(SENTENCES.values()) * 300
    classify(texts[:10])
    started = time.perf_counter()
    classify(texts)
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
