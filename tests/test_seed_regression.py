"""The seed article through the shared scorer, with floors on precision, recall and every field."""
import json
import subprocess
import sys

import pytest

from dateline.cli import main

from conftest import SHARED

SEED = SHARED / "seed" / "iran-1988-commemorations.txt"
GOLD = SHARED / "seed" / "iran-1988-commemorations.gold.json"
SCORER = SHARED / "eval" / "score_events.py"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (SEED.exists() and GOLD.exists() and SCORER.exists()),
                                 reason="../shared/seed is not present on this machine")]


def test_seed_article_scores_above_the_floors(tmp_path):
    out = tmp_path / "seed.jsonl"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    result = json.loads(subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    assert result["f1"] >= 0.95, result
    assert all(v >= 0.9 for v in result["field_accuracy"].values()), result
    events = [json.loads(line) for line in out.read_text().splitlines()]
    gold = json.loads(GOLD.read_text())
    assert all(e["source_is_party"] == gold["document"]["source_is_party"] for e in events)
    sized = [e for e in events if e["size"]]
    assert [e["size"] for e in sized] == [3]


def test_seed_does_not_depend_on_the_actor_dictionary(tmp_path, monkeypatch):
    """The organisations come from the text (NER, acronyms), not from a list that names them."""
    import re

    from dateline import actors

    monkeypatch.setattr(actors, "_dictionary", lambda: (re.compile(r"(?!x)x"), {}))
    out = tmp_path / "seed.jsonl"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    result = json.loads(subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    assert result["f1"] >= 0.95 and all(v >= 0.9 for v in result["field_accuracy"].values()), result
