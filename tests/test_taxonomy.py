"""The taxonomy data: every ACLED sub-event type has its PLOVER event and mode."""
from __future__ import annotations

from dateline.resources import data_json
from dateline.taxonomy import plover

PLOVER_EVENTS = {"AGREE", "ASSAULT", "COERCE", "CONSULT", "MOBILIZE", "OTHER", "PROTEST", "RETREAT"}


def test_every_sub_event_type_has_a_plover_event():
    subs = [s for subs in data_json("taxonomy.json")["event_types"].values() for s in subs]
    assert len(subs) == 25
    for sub in subs:
        assert plover(sub)["plover_event"] in PLOVER_EVENTS, sub
    assert plover("Air/drone strike") == {"plover_event": "ASSAULT", "plover_mode": "aerial"}
    assert plover("not a type") == {"plover_event": "", "plover_mode": ""}
