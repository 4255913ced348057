"""Toponym detection on texts built in code (in-memory gazetteer), and with spaCy (slow)."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.gazetteer import Entry, Gazetteer
from dateline.model import Mention, Span, new_document
from dateline.stages.places import detect


def gaz() -> Gazetteer:
    rows = [("Iran", "country", 80_000_000), ("Tehran", "city", 8_000_000), ("Shiraz", "city", 1_200_000),
            ("Tabriz", "city", 1_400_000), ("Rasht", "city", 600_000), ("Khuzestan", "admin1", 4_000_000),
            ("Mark", "city", 3_000), ("Police", "city", 30_000), ("March", "city", 20_000),
            ("Ali", "city", 9_000), ("Tiny", "city", 300), ("Texas", "admin1", 28_000_000),
            ("Paris", "city", 25_000), ("Khomeyni Shahr", "city", 300_000)]
    entries = [Entry(i + 1, n, f, {"country": "PCLI", "admin1": "ADM1"}.get(f, "PPL"), "IR", "01", 0.0, 0.0, pop,
                     ("Khuzestan Province",) if n == "Khuzestan" else ())
               for i, (n, f, pop) in enumerate(rows)]
    return Gazetteer.from_entries(entries, common_words=["mark", "police", "march", "tiny"])


def doc_with(text: str, ner: list[tuple[str, str]] = ()):
    mentions, pos = [], 0
    for name, label in ner:
        start = text.index(name, pos)
        mentions.append(Mention(start, start + len(name), name, label, "ner", 0))
        pos = start + 1
    return dataclasses.replace(new_document(text), text=text, sentences=(Span(0, len(text), text),),
                               mentions=tuple(mentions))


def found(text: str, ner=()) -> list[str]:
    return [text[h.start:h.end] for h in detect(doc_with(text, ner), gaz())]


def test_gazetteer_finds_places_ner_calls_persons_in_a_list():
    text = "In the cities of Tehran, Shiraz and Tabriz, supporters held ceremonies."
    assert found(text, [("Shiraz", "PERSON"), ("Tabriz", "PERSON")]) == ["Tehran", "Shiraz", "Tabriz"]


def test_province_word_stays_in_the_mention_and_direction_is_a_qualifier():
    text = "In Khuzestan Province, southwest Iran, members visited graves."
    assert found(text) == ["Khuzestan Province", "Iran"]
    text = "Protests in Khuzestan province continued."
    assert found(text) == ["Khuzestan province"]


def test_ner_location_with_a_direction_word_is_trimmed():
    text = "Strikes spread across southwest Iran on Monday."
    assert found(text, [("southwest Iran", "GPE")]) == ["Iran"]


def test_place_inside_an_organisation_name_is_not_a_toponym():
    text = "The People's Mojahedin Organization of Iran said its supporters met in Rasht."
    org = ("People's Mojahedin Organization of Iran", "ORG")
    assert found(text, [org]) == ["Rasht"]


def test_common_words_months_and_person_names_are_not_places():
    text = "Police said Mark Tiny arrived in March. Ali Rezaei spoke to reporters."
    assert found(text, [("Mark Tiny", "PERSON"), ("March", "DATE"), ("Ali Rezaei", "PERSON")]) == []


def test_unknown_spelling_is_found_by_the_qualifier_pattern():
    text = "In Masjid Soleiman, southwest Iran, workers struck."
    assert found(text, [("Masjid Soleiman", "PERSON")]) == ["Masjid Soleiman", "Iran"]


def test_possessive_and_qualified_us_town():
    text = "Iran's president spoke. A rally in Paris, Texas drew hundreds."
    assert found(text) == ["Iran", "Paris", "Texas"]


@pytest.mark.slow
def test_stage_with_spacy_on_a_text_built_in_code(ctx):
    from dateline.stages import nlp, places

    text = ("Iran, Aug. 3, 2020 - Supporters of the People's Mojahedin Organization of Iran gathered "
            "in Shiraz and Tabriz on Sunday. In Khuzestan Province, southwest Iran, police arrested "
            "three people. Mark Smith, an Iranian analyst, said rallies also took place in Mashhad.")
    doc = dataclasses.replace(new_document(text), text=text)
    doc = places.run(nlp.run(doc, ctx), ctx)
    got = [(m.text, m.sent) for m in doc.mentions if m.label == "PLACE"]
    names = [t for t, _ in got]
    assert names == ["Iran", "Shiraz", "Tabriz", "Khuzestan Province", "Iran", "Mashhad"]
    assert all(s >= 0 for _, s in got)


def test_currency_and_partial_names_are_not_places():
    assert found("The US dollar rose in Tehran.") == ["Tehran"]
    assert found("Shelling hit Ali Sirrah and Tehran.") == ["Tehran"]


def test_big_place_inside_an_organisation_name_is_an_embedded_mention_only():
    from dateline.stages.places import EMBEDDED, _detect_all

    text = "The Tehran Police Department said the Texas Police Club was closed."
    doc = doc_with(text, [("Tehran Police Department", "ORG"), ("Texas Police Club", "ORG")])
    hits = _detect_all(doc, gaz())
    assert not [h for h in hits if h.support >= 1]
    assert sorted(text[h.start:h.end] for h in hits if h.support == EMBEDDED) == ["Tehran", "Texas"]


def test_division_word_opening_an_organisation_name_leaves_the_place_embedded():
    from dateline.stages.places import EMBEDDED, _detect_all

    text = "A spokesman for the Texas Department of Transportation and Rasht High School spoke."
    doc = doc_with(text, [("the Texas Department of Transportation", "ORG"), ("Rasht High School", "ORG")])
    hits = _detect_all(doc, gaz())
    assert sorted(text[h.start:h.end] for h in hits if h.support == EMBEDDED) == ["Rasht", "Texas"]
    assert found("Crowds gathered in Khuzestan Province on Monday.") == ["Khuzestan Province"]


def test_a_place_shaped_name_tagged_person_is_still_a_place():
    text = "A sewer overflow in Khomeyni Shahr and Gainesville closed roads; Paris said nothing."
    entries = [Entry(1, "Gainesville", "city", "PPL", "US", "FL", 29.65, -82.32, 130_000),
               Entry(2, "Paris", "city", "PPL", "US", "TX", 33.66, -95.55, 25_000)]
    doc = doc_with(text, [("Gainesville", "PERSON"), ("Paris", "PERSON")])
    got = [text[h.start:h.end] for h in detect(doc, Gazetteer.from_entries(entries))]
    assert got == ["Gainesville"]


def test_residents_affiliations_and_surnames():
    text = "A Rasht mother said Sen. Paris Karimi, D-Tabriz, spoke. Paris left; Shiraz officials came."
    doc = doc_with(text, [("Rasht", "ORG"), ("Paris Karimi", "PERSON"), ("Paris", "GPE")])
    got = [text[h.start:h.end] for h in detect(doc, gaz())]
    # "Rasht mother" is a place used as a modifier, "D-Tabriz" a legislator's place; the bare
    # "Paris" is the person named before, even where the model calls it a place
    assert got == ["Rasht", "Tabriz", "Shiraz"]


def test_plural_demonyms_of_countries_are_demonym_mentions():
    from dateline.stages.places import demonyms

    entries = [Entry(1, "Russia", "country", "PCLI", "RU", "", 60.0, 90.0, 144_000_000),
               Entry(2, "Asia", "continent", "CONT", "", "", 30.0, 90.0, 4_000_000_000)]
    gz = Gazetteer.from_entries(entries, demonyms={"Russian": 1, "Asian": 2})
    text = "Russians and Asians met; the Russian side spoke."
    spans = [text[s:e] for s, e in demonyms(doc_with(text), gz, [])]
    assert spans == ["Russians", "Russian"]


def test_molotov_cocktails_are_not_a_place():
    entries = [Entry(1, "Perm", "city", "PPLA", "RU", "90", 58.0, 56.25, 1_000_000, ("Molotov",)),
               Entry(2, "Tehran", "city", "PPLC", "IR", "26", 35.7, 51.4, 8_000_000)]
    text = "Rioters hurled Molotov cocktails at the bank in Tehran."
    assert [text[h.start:h.end] for h in detect(doc_with(text), Gazetteer.from_entries(entries))] == ["Tehran"]


def test_streets_and_roads_are_street_mentions_and_keep_their_places_apart():
    from dateline.stages.places import street_spans

    text = ("Residents of Main Street fled; Highway 200 east of Rasht and Otter Tail County Road 80 "
            "closed near I-35. Rock Hill's Main Street and Clinton Street reopened, as did South St. Paul.")
    got = [text[a:b] for a, b in street_spans(text)]
    # numbered roads are left out: news corpora annotate them about as often as not
    assert got == ["Main Street", "Road 80", "Main Street", "Clinton Street"]


@pytest.mark.slow
def test_a_street_is_reported_by_geoparse_and_is_no_event_place(settings):
    from dateline.geoparse import geoparse_text

    places = geoparse_text("Protesters marched down Clinton Street in Tehran.", settings=settings)
    got = {p.mention.text: (p.mention.label, p.geonameid is not None) for p in places}
    assert got == {"Clinton Street": ("STREET", False), "Tehran": ("PLACE", True)}


def test_unknown_single_words_common_words_and_holidays_need_more_than_a_pattern():
    entries = [Entry(1, "God", "city", "PPL", "HU", "16", 47.7, 19.1, 15_000),
               Entry(2, "But", "city", "PPL", "XX", "01", 0.0, 0.0, 9_000),
               Entry(3, "Christmas", "city", "PPL", "US", "FL", 28.5, -81.0, 1_100),
               Entry(4, "Barrow", "admin2", "ADM2", "US", "GA", 34.0, -83.7, 80_000),
               Entry(5, "Jackson", "admin2", "ADM2", "US", "GA", 34.1, -83.5, 70_000),
               Entry(6, "Tehran", "city", "PPLC", "IR", "26", 35.7, 51.4, 8_000_000)]
    gz = Gazetteer.from_entries(entries, common_words=["god", "but"])
    text = ("He believed in God at Christmas. But residents of Barrow and Jackson counties met Yogananda "
            "in Tehran.")
    doc = doc_with(text, [("Yogananda", "GPE")])
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["Barrow", "Jackson", "Tehran"]


def test_an_upper_case_dateline_after_the_headline_is_a_place():
    entries = [Entry(1, "Fairview", "city", "PPL", "US", "OH", 40.0, -81.0, 8_000),
               Entry(2, "Isle of Palms", "city", "PPL", "US", "SC", 32.8, -79.7, 4_000)]
    gz = Gazetteer.from_entries(entries)
    text = "Council approves new budget. FAIRVIEW — The council met. ISLE OF PALMS (AP) -- Two seats opened."
    assert [text[h.start:h.end] for h in detect(doc_with(text), gz)] == ["FAIRVIEW", "ISLE OF PALMS"]
    # a capitalised town at a sentence start, outside a dateline, still needs more support
    assert [text[h.start:h.end] for h in detect(doc_with("Fairview voted. It rained."), gz)] == []


def test_an_acronym_is_a_place_only_as_a_country_or_state_abbreviation():
    entries = [Entry(1, "Swat", "admin2", "ADM2", "PK", "02", 35.2, 72.4, 400_000),
               Entry(2, "Nice", "city", "PPLA2", "FR", "93", 43.7, 7.3, 340_000),
               Entry(3, "Texas", "admin1", "ADM1", "US", "TX", 31.0, -100.0, 28_000_000, ("TX",))]
    gz = Gazetteer.from_entries(entries)
    text = "A police SWAT team joined the NICE program in Swat, and TX officials came."
    assert [text[h.start:h.end] for h in detect(doc_with(text), gz)] == ["Swat", "TX"]


def test_a_surname_that_is_also_a_small_division_is_the_person():
    entries = [Entry(1, "Hamilton", "admin1", "ADM1", "BM", "03", 32.3, -64.7, 5_800),
               Entry(2, "Texas", "admin1", "ADM1", "US", "TX", 31.0, -100.0, 28_000_000),
               Entry(3, "Rasht", "city", "PPLA", "IR", "08", 37.3, 49.6, 600_000)]
    gz = Gazetteer.from_entries(entries)
    text = "Officer Jeff Hamilton met Jane Texas in Rasht. Hamilton's report and Texas officials agreed."
    doc = doc_with(text, [("Jeff Hamilton", "PERSON"), ("Jane Texas", "PERSON")])
    # a big state keeps its name even when somebody bears it; Bermuda's Hamilton parish does not
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["Rasht", "Texas"]


def test_a_full_stop_ends_a_name_before_the_next_sentence():
    # "Rasht. Ali ..." is not one capitalised name whose short head would be dropped as partial
    assert found("Workers struck in Rasht. Ali Karimi spoke, as did Sen. Mark Lee.",
                 [("Ali Karimi", "PERSON"), ("Mark Lee", "PERSON")]) == ["Rasht"]


def test_a_big_city_the_model_tags_as_a_nationality_is_still_a_place():
    entries = [Entry(1, "Omdurman", "city", "PPL", "SD", "29", 15.6, 32.5, 1_850_000),
               Entry(2, "Christian", "city", "PPL", "US", "KY", 36.9, -87.5, 70_000),
               Entry(3, "Sudan", "country", "PCLI", "SD", "", 15.0, 30.0, 41_000_000, ("Sudanese",))]
    gz = Gazetteer.from_entries(entries)
    text = "Forces fired tear gas in Omdurman as Christian groups watched."
    doc = doc_with(text, [("Omdurman", "NORP"), ("Christian", "NORP")])
    # both are shaped like a nationality ("-an"); Omdurman names a city of 1.8 million and no people
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["Omdurman"]


def test_a_sentence_opening_preposition_heads_no_name_and_is_a_place_pattern():
    entries = [Entry(1, "In", "city", "PPL", "RU", "01", 50.0, 40.0, 1_000),
               Entry(2, "Wad Madani", "city", "PPLA", "SD", "01", 14.4, 33.5, 345_000)]
    gz = Gazetteer.from_entries(entries)
    text = "Crowds gathered. In Wad Madani, about 3,000 protesters marched."
    doc = doc_with(text, [("Wad Madani", "PERSON")])
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["Wad Madani"]


def test_a_lower_case_arabic_article_opens_the_name_and_a_direction_may_follow_the_preposition():
    entries = [Entry(1, "El Hermel", "city", "PPL", "LB", "11", 34.4, 36.4, 22_000),
               Entry(2, "Albu Kamal", "city", "PPL", "SY", "07", 34.5, 40.9, 57_000, ("al-Bukamal",)),
               Entry(3, "Van", "city", "PPLA", "TR", "65", 38.5, 43.4, 525_000),
               Entry(4, "As", "city", "PPL", "BE", "01", 51.0, 5.6, 8_000)]
    gz = Gazetteer.from_entries(entries, common_words=["van", "as"])
    text = "As the crowd grew, protesters gathered in el Hermel. The IRGC in al-Bukamal sealed the city."
    doc = doc_with(text, [("el Hermel", "ORG"), ("al-Bukamal", "ORG")])
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["el Hermel", "al-Bukamal"]
    # "in central Van": the preposition still marks a place when a direction stands between
    text = "Activists gathered in central Van to protest. A van was parked outside."
    assert [text[h.start:h.end] for h in detect(doc_with(text), gz)] == ["Van"]


def test_each_known_end_of_a_road_named_after_two_towns_is_a_place():
    entries = [Entry(1, "Tripoli", "city", "PPLA", "LB", "09", 34.4, 35.8, 229_000),
               Entry(2, "Beirut", "city", "PPLC", "LB", "04", 33.9, 35.5, 1_900_000),
               Entry(3, "Halba", "city", "PPLA", "LB", "10", 34.5, 36.1, 4_500)]
    gz = Gazetteer.from_entries(entries, common_words=["tripoli"])  # a kind of rock in English
    text = "Rioters blocked the Tripoli-Beirut highway. Others blocked the Halba-Qoubaiyat road with tyres."
    doc = doc_with(text, [("Tripoli-Beirut", "GPE")])
    assert [text[h.start:h.end] for h in detect(doc, gz)] == ["Tripoli", "Beirut", "Halba"]


def test_the_place_a_force_entered_is_a_place_whatever_the_model_tagged():
    gz = Gazetteer.from_entries([Entry(1, "Idlib", "city", "PPLA", "SY", "12", 35.9, 36.6, 128_000, ("Idleb",))])
    text = "Turkish military convoys entered Idleb on Thursday."
    assert [text[h.start:h.end] for h in detect(doc_with(text, [("Idleb", "PERSON")]), gz)] == ["Idleb"]
    text = "Convoys passed as Idleb said on Thursday."
    assert detect(doc_with(text, [("Idleb", "PERSON")]), gz) == []


def test_names_listed_before_a_plural_division_word_are_places():
    # "Lynn and Terry counties": names the text lists as divisions, though the model tagged them as
    # persons or the gazetteer does not know them
    text = "New cases were reported in Rasht, Lynn and Terry counties on Tuesday."
    assert found(text, [("Lynn", "PERSON"), ("Terry", "PERSON")]) == ["Rasht", "Lynn", "Terry"]
    assert found("The Indiana counties reported cases.") == []  # one name is whose counties they are


def test_a_place_inside_a_news_outlets_name_is_no_place():
    # "residents told Myanmar Now", "the Tehran Times reported": the outlet, not where anything happened
    assert found("Residents in Tehran told Myanmar Now that Iran was calm.") == ["Tehran", "Iran"]
    assert found("Shiraz was quiet, the Tehran Times reported.") == ["Shiraz"]


def test_a_place_heading_a_bulletin_item_is_a_place_and_a_speaker_is_not():
    gz = Gazetteer.from_entries([Entry(1, "Orikhiv", "city", "PPL", "UA", "26", 47.57, 35.78, 14_000),
                                 Entry(2, "Kennedy", "city", "PPL", "US", "AL", 33.58, -87.98, 500)])
    text = "Over the past day, troops shelled the region.\n\nOrikhiv: drones attacked the town, two men were injured."
    assert [text[h.start:h.end] for h in detect(doc_with(text), gz)] == ["Orikhiv"]
    text = "The senator spoke.\n\nKennedy: We will not back down."
    assert detect(doc_with(text), gz) == []


def test_a_province_after_a_place_name_and_a_comma_is_a_place_whatever_the_model_tagged():
    gz = Gazetteer.from_entries([Entry(1, "Maguindanao del Sur", "admin2", "ADM2", "PH", "14", 6.9, 124.57, 232_000)])
    text = "A bomb went off in Datu Saudi Ampatuan, Maguindanao del Sur, on Sunday."
    assert [text[h.start:h.end] for h in detect(doc_with(text, [("Maguindanao del Sur", "ORG")]), gz)] == [
        "Maguindanao del Sur"]
    text = "The Maguindanao del Sur chapter met on Sunday."
    assert detect(doc_with(text, [("Maguindanao del Sur", "ORG")]), gz) == []


def test_a_city_gone_through_is_a_place_whatever_the_model_tagged():
    gz = Gazetteer.from_entries([Entry(1, "Novi Sad", "city", "PPLA", "RS", "VO", 45.25, 19.84, 215_000)])
    text = "Tens of thousands marched through Novi Sad on Friday."
    assert [text[h.start:h.end] for h in detect(doc_with(text, [("Novi Sad", "PERSON")]), gz)] == ["Novi Sad"]


def test_a_bracketed_province_named_by_a_common_word_is_a_place():
    entries = [Entry(1, "Saida", "city", "PPLA", "LB", "04", 33.56, 35.37, 160_000, ()),
               Entry(2, "South", "admin1", "ADM1", "LB", "04", 33.3, 35.4, 500_000, ("South Governorate",))]
    g = Gazetteer.from_entries(entries, common_words=["south"])
    text = "On 7 May 2020, dozens of people gathered in Saida (South) to protest. They went South later."
    found = [text[h.start:h.end] for h in detect(doc_with(text, [("Saida", "GPE"), ("South", "LOC"), ("South", "LOC")]), g)]
    assert found == ["Saida", "South"]  # the bracket after a place, not the direction
