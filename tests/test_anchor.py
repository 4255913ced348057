from datetime import date

from dateline.stages.anchor import find_anchor


def test_datelines_in_wire_styles():
    a = find_anchor("Iran, Aug. 10, 2019 - Members of the network", None)
    assert (a.place.text, a.date, a.date_span.text) == ("Iran", date(2019, 8, 10), "Aug. 10, 2019")
    b = find_anchor("BEIRUT, May 2 (Reuters) - Warplanes struck", date(2020, 5, 3))
    assert (b.place.text, b.date, b.agency) == ("BEIRUT", date(2020, 5, 2), "Reuters")
    c = find_anchor("KABUL, Afghanistan (AP) — A suicide bomber", None)
    assert c.place.text == "KABUL, Afghanistan" and c.date is None
    d = find_anchor("ALEPPO, Syria, 3 May 2020 — Shelling hit", None)
    assert (d.place.text, d.date) == ("ALEPPO, Syria", date(2020, 5, 3))


def test_ordinary_openings_are_not_datelines():
    assert find_anchor("The army said - nothing more", None) is None
    assert find_anchor("Members of the group said: hello", None) is None
    assert find_anchor("Protesters gathered in the square on Sunday.", None) is None
