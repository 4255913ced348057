"""A source's usual states (its local lexicon) learnt from its other documents, and used in ranking."""
from __future__ import annotations

import json

import pytest

from dateline.cli import main
from dateline.gazetteer import Entry, Gazetteer
from dateline.georank import resolve_mentions
from dateline.model import Mention, Place
from dateline.settings import load_settings
from dateline.source_focus import SourceFocus, document_regions

SETTINGS = load_settings(env={})
OHIO, TEXAS, LEINSTER = ("US", "OH"), ("US", "TX"), ("IE", "L")


def gaz() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(1, "Ireland", "country", "PCLI", "IE", "", 53.0, -8.0, 4_900_000),
        Entry(2, "Dublin", "city", "PPLC", "IE", "L", 53.35, -6.26, 1_020_000),
        Entry(10, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
        Entry(11, "Ohio", "admin1", "ADM1", "US", "OH", 40.25, -83.0, 11_700_000),
        Entry(12, "Dublin", "city", "PPL", "US", "OH", 40.1, -83.11, 49_000),
        Entry(13, "Columbus", "city", "PPLA", "US", "OH", 39.96, -83.0, 900_000),
        Entry(14, "Texas", "admin1", "ADM1", "US", "TX", 31.0, -100.0, 28_000_000),
        Entry(15, "Dallas", "city", "PPLA", "US", "TX", 32.78, -96.8, 1_300_000),
        Entry(16, "Kansas", "admin1", "ADM1", "US", "KS", 38.5, -98.0, 2_900_000),
        Entry(17, "Kansas", "city", "PPL", "US", "OH", 41.23, -83.28, 4_000),
    ], iso3={"IE": "IRL", "US": "USA"})


def dublin(focus=None) -> Place:
    text = "The Dublin city council met on Monday."
    start = text.index("Dublin")
    (place,) = resolve_mentions(text, [Mention(start, start + 6, "Dublin", "PLACE", "gazetteer")], gaz(),
                                settings=SETTINGS, focus=focus)
    return place


def test_a_name_alone_is_the_big_namesake_but_the_sources_state_wins():
    assert dublin().country_code == "IE"
    place = dublin({OHIO: 0.6})
    assert place.geonameid == 12 and place.admin1 == "Ohio"
    assert dublin({TEXAS: 0.9}).country_code == "IE"  # a focus elsewhere in the US lends no Dublin


def test_a_state_of_the_home_country_is_not_lost_to_a_town_of_the_focus_state():
    text = "Farmers from Kansas came to the fair."
    start = text.index("Kansas")
    (place,) = resolve_mentions(text, [Mention(start, start + 6, "Kansas", "PLACE", "gazetteer")], gaz(),
                                settings=SETTINGS, focus={OHIO: 0.9})
    assert place.geonameid == 16 and place.feature == "admin1"


def _place(geonameid: int, feature: str, confidence: float) -> Place:
    m = Mention(0, 1, "x", "PLACE", "gazetteer")
    return Place(m, geonameid=geonameid, feature=feature, confidence=confidence)


def test_document_regions_keep_confident_towns_and_divisions_only():
    g = gaz()
    places = [_place(13, "city", 0.9), _place(14, "admin1", 0.8), _place(2, "city", 0.2),
              _place(10, "country", 0.99), Place(Mention(0, 1, "x", "PLACE", "gazetteer"))]
    assert document_regions(places, g) == {OHIO, TEXAS}


def test_focus_is_the_share_of_the_other_documents_of_the_source():
    focus = SourceFocus()
    for doc_id, regions in [("a", {OHIO}), ("b", {OHIO, TEXAS}), ("c", {OHIO}), ("d", {LEINSTER})]:
        focus.add("villager.example", doc_id, frozenset(regions))
    focus.add(None, "e", frozenset({TEXAS}))  # no source: never counted anywhere
    assert focus.focus("villager.example") == {OHIO: 0.75}  # Texas and Leinster: one document each
    assert focus.focus("villager.example", exclude="a") == {OHIO: pytest.approx(2 / 3)}
    assert focus.focus("villager.example", exclude="d") == {OHIO: 1.0}
    assert focus.focus("other.example") == {} and focus.focus(None) == {}


def test_the_focus_stays_in_the_sources_home_country():
    focus = SourceFocus()
    for doc_id, regions in [("a", {OHIO}), ("b", {OHIO, LEINSTER}), ("c", {OHIO, TEXAS}), ("d", {LEINSTER}),
                            ("e", {TEXAS})]:
        focus.add("villager.example", doc_id, frozenset(regions))
    # Leinster is in two of five documents, but the paper's home is the United States
    assert focus.focus("villager.example") == {OHIO: 0.6, TEXAS: 0.4}


def test_the_home_country_does_not_depend_on_the_order_documents_come_in():
    docs = [("a", {OHIO}), ("b", {OHIO}), ("c", {LEINSTER}), ("d", {LEINSTER}), ("e", {TEXAS})]
    results = set()
    for order in (docs, docs[::-1], docs[2:] + docs[:2]):
        focus = SourceFocus()
        for doc_id, regions in order:
            focus.add("paper.example", doc_id, frozenset(regions))
        results.add(tuple(sorted(focus.focus("paper.example").items())))
    assert results == {((LEINSTER, 0.4),)}  # a tie of states: the first in sorted order, always


def test_a_source_spread_over_one_countrys_states_has_that_country_as_its_home():
    focus = SourceFocus()
    # a national outlet: no state in a quarter of its documents, its country in most that place anything
    for n, regions in enumerate([{("LB", "04")}, {("LB", "08")}, {("LB", "06")}, {("LB", "09")}, {("LB", "10")},
                                 {("LY", "77")}, set(), set()]):
        focus.add("nashra.example", str(n), frozenset(regions))
    assert focus.focus("nashra.example") == {("LB", ""): pytest.approx(5 / 6)}  # documents with no place say nothing
    assert focus.focus("nashra.example", exclude="0") == {("LB", ""): pytest.approx(4 / 5)}
    # a local paper with a state focus keeps it alone (its home country's other towns get no lift)
    for doc_id, regions in [("a", {OHIO}), ("b", {OHIO}), ("c", {TEXAS})]:
        focus.add("villager.example", doc_id, frozenset(regions))
    assert focus.focus("villager.example") == {OHIO: pytest.approx(2 / 3)}


def test_the_home_country_lifts_its_namesake_over_a_bigger_capital():
    tripoli = Gazetteer.from_entries([
        Entry(1, "Tripoli", "city", "PPLC", "LY", "77", 32.89, 13.19, 1_150_000),
        Entry(2, "Tripoli", "city", "PPLA", "LB", "09", 34.44, 35.85, 229_000),
    ], iso3={"LY": "LBY", "LB": "LBN"})
    text = "Protesters blocked the al Nour square in Tripoli."
    start = text.index("Tripoli")
    mention = [Mention(start, start + 7, "Tripoli", "PLACE", "gazetteer")]
    alone, = resolve_mentions(text, mention, tripoli, settings=SETTINGS)
    home, = resolve_mentions(text, mention, tripoli, settings=SETTINGS, focus={("LB", ""): 0.6})
    assert (alone.country_code, home.country_code) == ("LY", "LB")


def test_a_source_reporting_from_everywhere_has_no_focus():
    focus = SourceFocus()
    for n in range(12):
        focus.add("wire.example", str(n), frozenset({("C%d" % n, "01")}))
    assert focus.focus("wire.example") == {}


LOCAL_NEWS = [
    ("1", "Columbus police closed High Street in Columbus, Ohio, after a water main broke.", ["Columbus", "Columbus", "Ohio"],
     [(39.96, -83.0), (39.96, -83.0), (40.25, -83.0)]),
    ("2", "The fair returns to Westerville, Ohio, with rides and a parade through Columbus.", ["Westerville", "Ohio", "Columbus"],
     [(40.13, -82.93), (40.25, -83.0), (39.96, -83.0)]),
    ("3", "Dublin council members voted on Monday to widen the bridge over the river.", ["Dublin"],
     [(40.1, -83.11)]),
]


def write_local_corpus(folder) -> None:
    """Three LGL-format articles from one local paper; only the third leaves its state unnamed."""
    arts = []
    for doc_id, text, names, points in LOCAL_NEWS:
        tops, pos = [], 0
        for name, (lat, lon) in zip(names, points):
            start = text.index(name, pos)
            pos = start + len(name)
            tops.append(f"<toponym><start>{start}</start><end>{pos}</end><phrase>{name}</phrase>"
                        f"<gaztag><name>{name}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>")
        arts.append(f"<article docid=\"{doc_id}\"><domain>villager.example</domain><text>{text}</text>"
                    f"<toponyms>{''.join(tops)}</toponyms></article>")
    (folder / "lgl").mkdir(parents=True)
    (folder / "lgl" / "lgl.xml").write_text("<articles>" + "".join(arts) + "</articles>", encoding="utf-8")


@pytest.mark.slow
def test_eval_reads_dublin_as_the_local_papers_town_and_shows_both_rows(tmp_path, capsys):
    write_local_corpus(tmp_path)
    assert main(["eval", "geoparse", "--corpus", "lgl", "--gold-spans", "--path", str(tmp_path), "--json"]) == 0
    rows = {r["system"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert rows["dateline (gold spans)"]["acc161"] == 100.0
    alone = rows["dateline (gold spans), each article alone"]
    assert alone["acc161"] == pytest.approx(100 * 6 / 7, abs=0.1)  # Dublin alone is the Irish capital


@pytest.mark.slow
def test_cli_geoparse_source_focus_rereads_the_third_article(tmp_path, capsys):
    path = tmp_path / "local.jsonl"
    path.write_text("".join(json.dumps({"id": doc_id, "text": text, "url": f"https://www.villager.example/{doc_id}"}) + "\n"
                            for doc_id, text, _, _ in LOCAL_NEWS), encoding="utf-8")

    def dublin_country(*extra: str) -> str:
        assert main(["geoparse", str(path), *extra]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert {r["doc_id"] for r in rows} == {"1", "2", "3"}
        (row,) = [r for r in rows if r["doc_id"] == "3"]
        assert row["text"] == "Dublin"
        return row["country_code"], row["admin1"]

    assert dublin_country()[0] == "IE"
    assert dublin_country("--source-focus") == ("US", "Ohio")



def test_the_stored_forms_round_trip_and_bad_text_is_no_focus():
    from dateline.source_focus import decode_focus, decode_regions, encode_focus, encode_regions, moved
    assert decode_regions(encode_regions({OHIO, TEXAS})) == {OHIO, TEXAS}
    assert encode_focus({OHIO: 0.75, TEXAS: 0.4}) == "US.OH=0.75 US.TX=0.40"
    assert decode_focus("US.OH=0.75 US.TX=0.40") == {OHIO: 0.75, TEXAS: 0.4}
    assert decode_focus("US.OH=abc junk =0.3") == {} and decode_focus(None) == {}
    assert not moved({OHIO: 0.75}, {OHIO: 0.8}) and moved({OHIO: 0.75}, {OHIO: 0.9})
    assert moved({}, {OHIO: 0.3}) and moved({OHIO: 0.3}, {})


def _focus_by_brute_force(docs: dict[str, frozenset], exclude: str) -> dict:
    from collections import Counter
    from dateline import source_focus as sf
    others = [r for d, r in docs.items() if d != exclude]
    if len(others) < sf.MIN_DOCUMENTS:
        return {}
    counts = Counter(region for regions in others for region in regions)
    if not counts:
        return {}
    home = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    states = {r: k / len(others) for r, k in counts.items()
              if r[0] == home and k >= sf.MIN_DOCUMENTS and k / len(others) >= sf.MIN_SHARE}
    if states:
        return states
    placed = [r for r in others if r]
    k = sum(1 for r in placed if any(c == home for c, _ in r))
    return {(home, ""): k / len(placed)} if k >= max(sf.MIN_DOCUMENTS, sf.HOME_SHARE * len(placed)) else {}


def test_leaving_one_document_out_matches_counting_again_from_scratch():
    import random
    rng = random.Random(3)
    states = [("US", "OH"), ("US", "TX"), ("US", "KY"), ("IE", "L"), ("GB", "ENG"), ("CA", "08")]
    for trial in range(200):
        docs = {str(i): frozenset(rng.sample(states, rng.randint(0, 3))) for i in range(rng.randint(1, 12))}
        focus = SourceFocus()
        for doc_id, regions in docs.items():
            focus.add("paper", doc_id, regions)
        for doc_id in list(docs) + ["not a document"]:
            assert focus.focus("paper", exclude=doc_id) == pytest.approx(_focus_by_brute_force(docs, doc_id)), (trial, doc_id)


@pytest.mark.slow
def test_cli_geoparse_source_focus_on_gold_span_lines(tmp_path, capsys):
    lines = []
    for doc_id, text, names, _ in LOCAL_NEWS:
        spans, pos = [], 0
        for name in names:
            start = text.index(name, pos)
            pos = start + len(name)
            spans.append([start, pos])
        lines.append(json.dumps({"id": doc_id, "text": text, "spans": spans, "source": "Dublin Villager"}))
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["geoparse", str(path), "--source-focus"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == [n for _, _, names, _ in LOCAL_NEWS for n in names]  # the given spans only
    (dublin,) = [r for r in rows if r["doc_id"] == "3"]
    assert (dublin["country_code"], dublin["admin1"]) == ("US", "Ohio")
