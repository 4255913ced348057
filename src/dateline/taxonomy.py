"""The ACLED taxonomy as data (data/taxonomy.json), with PLOVER's event and mode for each
sub-event type: optional extra fields for users who code in PLOVER/POLECAT terms."""
from __future__ import annotations

from .resources import data_json


def plover(sub_event_type: str) -> dict[str, str]:
    """{"plover_event", "plover_mode"} of an ACLED sub-event type ("" for an unknown one)."""
    event, mode = data_json("taxonomy.json")["plover"].get(sub_event_type, ("", ""))
    return {"plover_event": event, "plover_mode": mode}
