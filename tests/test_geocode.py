"""Ranking on hand-made ambiguous cases (in-memory gazetteer) and the stage on the real one (slow)."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.gazetteer import Entry, Gazetteer
from dateline.georank import resolve_mentions
from dateline.model import Anchor, Mention, Span, new_document
from dateline.settings import load_settings

SETTINGS = load_settings(env={})


def gaz() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(10, "France", "country", "PCLI", "FR", "", 46.0, 2.0, 67_000_000),
        Entry(11, "Paris", "city", "PPLC", "FR", "11", 48.85, 2.35, 2_100_000),
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000, ("U.S.",)),
        Entry(21, "Texas", "admin1", "ADM1", "US", "TX", 31.0, -100.0, 28_000_000),
        Entry(22, "Paris", "city", "PPL", "US", "TX", 33.66, -95.55, 25_000),
        Entry(23, "Dallas", "city", "PPLA", "US", "TX", 32.78, -96.8, 1_300_000),
        Entry(30, "Iran", "country", "PCLI", "IR", "", 32.0, 53.0, 81_000_000),
        Entry(31, "Isfahan", "admin1", "ADM1", "IR", "28", 33.0, 52.0, 4_500_000, ("Isfahan Province",)),
        Entry(32, "Isfahan", "city", "PPLA", "IR", "28", 32.65, 51.67, 1_550_000),
        Entry(33, "Kashan", "city", "PPL", "IR", "28", 33.98, 51.43, 300_000),
        Entry(40, "Gilan", "admin1", "ADM1", "IR", "08", 37.3, 49.6, 2_500_000),
        Entry(41, "Rasht", "city", "PPLA", "IR", "08", 37.28, 49.58, 600_000),
        Entry(42, "Gilan-e Gharb", "city", "PPL", "IR", "13", 34.1, 45.9, 20_000, ("Gilan",)),
    ], iso3={"FR": "FRA", "US": "USA", "IR": "IRN"})


def mentions(text: str, *names: str) -> list[Mention]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append(Mention(start, start + len(name), name, "PLACE", "gazetteer"))
        pos = start + len(name)
    return out


def resolve(text: str, *names: str, anchor: Span | None = None):
    return resolve_mentions(text, mentions(text, *names), gaz(), settings=SETTINGS, anchor=anchor)


def test_paris_alone_is_the_french_capital():
    (p,) = resolve("Protesters marched in Paris on Sunday.", "Paris")
    assert p.geonameid == 11 and p.country == "France" and p.iso3 == "FRA" and p.geo_precision == 1


def test_paris_texas_follows_its_qualifier():
    paris, texas = resolve("A rally was held in Paris, Texas, on Friday.", "Paris", "Texas")
    assert paris.geonameid == 22 and paris.admin1 == "Texas" and "qualified" in paris.reason
    assert texas.feature == "admin1" and texas.geo_precision == 3


def test_paris_in_an_article_about_texas_towns():
    text = "Police in Dallas and Paris said the storm hit Texas hard."
    places = resolve(text, "Dallas", "Paris", "Texas")
    assert [p.geonameid for p in places] == [23, 22, 21]


def test_dateline_country_is_context():
    text = "U.S. - Farmers gathered in Paris to protest."
    (_, paris) = resolve(text, "U.S.", "Paris", anchor=Span(0, 4, "U.S."))
    assert paris.geonameid == 22


def test_city_sharing_its_province_name_is_the_city():
    (p,) = resolve("In Isfahan, central Iran, supporters gathered.", "Isfahan")
    assert p.geonameid == 32 and p.feature == "city" and p.geo_precision == 1


def test_a_qualifier_named_like_its_capital_is_the_province_that_holds_the_place():
    kashan, isfahan = resolve("Protesters gathered in Kashan, Isfahan, on Friday.", "Kashan", "Isfahan")
    assert kashan.geonameid == 33 and isfahan.geonameid == 31 and isfahan.feature == "admin1"


def test_province_word_gives_the_province_at_its_capital():
    (p,) = resolve("Clashes were reported in Isfahan Province.", "Isfahan Province")
    assert p.geonameid == 31 and p.geo_precision == 3
    assert (p.latitude, p.longitude) == (32.65, 51.67)  # the capital, as ACLED codes it
    assert (p.feature_latitude, p.feature_longitude) == (33.0, 52.0)


def test_province_beats_a_tiny_town_with_its_name_as_alternate():
    (p,) = resolve("Arrests in Gilan and elsewhere.", "Gilan")
    assert p.geonameid == 40 and p.geo_precision == 3


def test_unknown_name_is_an_explicit_no_match():
    (p,) = resolve("Fighting near Xqzzyville continued.", "Xqzzyville")
    assert p.geonameid is None and not p.resolved and "no gazetteer entry" in p.reason


def test_near_gives_precision_two():
    (p,) = resolve("Shelling near Dallas was reported.", "Dallas")
    assert p.geonameid == 23 and p.geo_precision == 2


@pytest.mark.slow
def test_stage_resolves_iranian_places_from_a_document_built_in_code(ctx):
    from dateline.stages import geocode

    text = ("Tehran, Iran - Protests spread on Monday. In Masjid Soleiman, southwest Iran, workers "
            "struck. In Khuzestan Province, crowds gathered, as they did in the cities of Mahshahr, "
            "Shiraz, Rasht and Kermanshah. Rallies in Semnan, Tabriz, Mashhad, Gilan, Asaluyeh and "
            "Karaj followed, and in Isfahan, central Iran.")
    names = ["Tehran", "Iran", "Masjid Soleiman", "Iran", "Khuzestan Province", "Mahshahr", "Shiraz",
             "Rasht", "Kermanshah", "Semnan", "Tabriz", "Mashhad", "Gilan", "Asaluyeh", "Karaj",
             "Isfahan", "Iran"]
    doc = dataclasses.replace(new_document(text), text=text, mentions=tuple(mentions(text, *names)),
                              anchor=Anchor(place=Span(0, 6, "Tehran")))
    got = {p.mention.text: p for p in geocode.run(doc, ctx).places}
    expect = {
        "Tehran": ("Tehran", "city", "Tehran"), "Masjid Soleiman": ("Masjed Soleyman", "city", "Khuzestan"),
        "Khuzestan Province": ("Khuzestan", "admin1", "Khuzestan"), "Mahshahr": ("Bandar-e Mahshahr", "city", "Khuzestan"),
        "Shiraz": ("Shiraz", "city", "Fars"), "Rasht": ("Rasht", "city", "Gilan"),
        "Kermanshah": ("Kermanshah", "city", "Kermanshah"), "Semnan": ("Semnan", "city", "Semnan"),
        "Tabriz": ("Tabriz", "city", "East Azerbaijan"), "Mashhad": ("Mashhad", "city", "Razavi Khorasan"),
        "Gilan": ("Gilan", "admin1", "Gilan"), "Karaj": ("Karaj", "city", "Alborz"),
        "Isfahan": ("Isfahan", "city", "Isfahan"), "Iran": ("Iran", "country", ""),
    }
    for text_name, (name, feature, admin1) in expect.items():
        p = got[text_name]
        assert (p.name, p.feature, p.admin1, p.country, p.iso3) == (name, feature, admin1, "Iran", "IRN"), text_name
    assert got["Asaluyeh"].admin1 == "Bushehr" and got["Asaluyeh"].geo_precision == 1
    khuzestan = got["Khuzestan Province"]
    assert khuzestan.geo_precision == 3 and abs(khuzestan.latitude - 31.32) < 0.05  # Ahvaz
    assert got["Gilan"].geo_precision == 3 and abs(got["Gilan"].latitude - 37.28) < 0.05  # Rasht
    assert got["Iran"].geo_precision == 3


def gaz_more() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
        Entry(50, "Georgia", "country", "PCLI", "GE", "", 42.0, 43.5, 3_700_000),
        Entry(51, "Georgia", "admin1", "ADM1", "US", "GA", 32.75, -83.5, 10_000_000),
        Entry(52, "Atlanta", "city", "PPLA", "US", "GA", 33.75, -84.39, 500_000),
        Entry(53, "Ohio", "admin1", "ADM1", "US", "OH", 40.25, -82.75, 11_000_000),
        Entry(60, "Yemen", "country", "PCLI", "YE", "", 15.5, 47.5, 28_000_000),
        Entry(61, "Al Hudaydah", "admin1", "ADM1", "YE", "08", 15.0, 43.2, 2_000_000),
        Entry(62, "Al Hudaydah", "city", "PPLA", "YE", "08", 14.8, 42.95, 700_000),
        Entry(63, "Hays", "city", "PPL", "YE", "08", 14.6, 43.1, 0),
        Entry(64, "Hays", "city", "PPL", "US", "KS", 38.88, -99.33, 21_000),
        Entry(70, "Iraq", "country", "PCLI", "IQ", "", 33.0, 44.0, 38_000_000),
        Entry(71, "Basra", "admin1", "ADM1", "IQ", "02", 30.5, 47.8, 4_500_000),
        Entry(72, "Basrah", "city", "PPL", "IQ", "02", 30.51, 47.78, 1_300_000, ("Basra",)),
        Entry(80, "Sudan", "country", "PCLI", "SD", "", 15.0, 30.0, 41_000_000),
        Entry(81, "Red Sea", "admin1", "ADM1", "SD", "36", 19.6, 36.2, 650_000),
        Entry(90, "Israel", "country", "PCLI", "IL", "", 31.5, 34.75, 8_800_000),
        Entry(91, "Gaza", "city", "PPLA", "PS", "GZ", 31.5, 34.47, 410_000),
        Entry(92, "Gaza", "admin1", "ADM1", "MZ", "02", -23.0, 33.0, 1_400_000),
    ])


def resolve_more(text: str, *names: str):
    return resolve_mentions(text, mentions(text, *names), gaz_more(), settings=SETTINGS)


def test_georgia_in_a_us_story_is_the_state_and_does_not_vote_for_the_country():
    text = "Schools in Atlanta, Georgia, and in Ohio closed; Georgia lawmakers met."
    places = resolve_more(text, "Atlanta", "Georgia", "Ohio", "Georgia")
    assert [p.geonameid for p in places] == [52, 51, 53, 51]


def test_parenthetical_province_pulls_a_district_and_a_city_into_it():
    text = "Forces shelled Hays district (Al Hudaydah) and Hays city (Al Hudaydah)."
    hays_d, hud1, hays_c, hud2 = resolve_more(text, "Hays district", "Al Hudaydah", "Hays city", "Al Hudaydah")
    assert hays_d.country_code == "YE" and hays_c.geonameid == 63


def test_a_city_under_an_alternate_spelling_beats_its_namesake_province():
    (basra,) = resolve_more("Demonstrators in Basra demanded jobs.", "Basra")
    assert basra.geonameid == 72 and basra.feature == "city"


def test_a_sea_is_not_the_province_named_after_it():
    (sea,) = resolve_more("Warships sailed in the Red Sea.", "Red Sea")
    assert sea.geonameid is None and "ambiguous" in sea.reason


def test_a_place_next_to_a_named_country_beats_a_far_homonym():
    israel, gaza = resolve_more("Israel struck targets in Gaza on Friday.", "Israel", "Gaza")
    assert gaza.geonameid == 91


def gaz_towns() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
        Entry(10, "France", "country", "PCLI", "FR", "", 46.0, 2.0, 67_000_000),
        Entry(11, "Paris", "city", "PPLC", "FR", "11", 48.85, 2.35, 2_100_000),
        Entry(22, "Paris", "city", "PPL", "US", "TX", 33.66, -95.55, 25_000),
        Entry(24, "Paris", "city", "PPL", "US", "TN", 36.30, -88.33, 10_000),
        Entry(25, "Henry County", "admin2", "ADM2", "US", "GA", 33.45, -84.15, 200_000),
        Entry(26, "Henry County", "admin2", "ADM2", "US", "TN", 36.33, -88.30, 32_000),
        Entry(30, "New London", "city", "PPL", "US", "CT", 41.36, -72.10, 27_000),
        Entry(31, "New London", "city", "PPL", "US", "IA", 40.93, -91.40, 1_900),
        Entry(32, "Winfield", "city", "PPL", "US", "KS", 37.24, -96.99, 12_000),
        Entry(33, "Winfield", "city", "PPL", "US", "IA", 41.12, -91.44, 1_100),
        Entry(34, "Mount Pleasant", "city", "PPL", "US", "SC", 32.79, -79.86, 90_000),
        Entry(35, "Mount Pleasant", "city", "PPL", "US", "IA", 40.96, -91.55, 8_600),
        Entry(40, "Egypt", "country", "PCLI", "EG", "", 27.0, 30.0, 100_000_000),
        Entry(41, "Alexandria", "city", "PPLA", "EG", "06", 31.2, 29.92, 3_800_000),
        Entry(42, "Alexandria", "city", "PPL", "US", "VA", 38.80, -77.05, 150_000),
        Entry(43, "Virginia", "admin1", "ADM1", "US", "VA", 37.5, -78.85, 8_500_000),
        Entry(44, "Virginia", "city", "PPL", "US", "MN", 47.52, -92.54, 8_600),
        Entry(46, "Virginia", "city", "PPL", "ZA", "03", -28.10, 26.87, 122_000),
        Entry(45, "Richmond", "city", "PPLA", "US", "VA", 37.55, -77.46, 230_000),
    ], counties={24: 26})


def resolve_towns(text: str, *names: str):
    return resolve_mentions(text, mentions(text, *names), gaz_towns(), settings=SETTINGS)


def test_a_town_and_its_county_named_together_pick_each_other():
    paris, henry = resolve_towns("Paris police and Henry County deputies searched the lake.", "Paris", "Henry County")
    assert (paris.geonameid, henry.geonameid) == (24, 26)


def test_small_towns_named_together_are_read_near_each_other():
    text = "Families from New London, Mount Pleasant and Winfield came to the fair."
    places = resolve_towns(text, "New London", "Mount Pleasant", "Winfield")
    assert [p.geonameid for p in places] == [31, 35, 33]


def test_a_state_with_only_small_foreign_namesakes_sets_the_context():
    text = "Egypt's envoy spoke in Alexandria, a city of northern Virginia."
    egypt, alexandria, virginia = resolve_towns(text, "Egypt", "Alexandria", "Virginia")
    assert alexandria.geonameid == 42 and virginia.geonameid == 43
    (alone,) = resolve_towns("Tourists returned to Alexandria.", "Alexandria")
    assert alone.geonameid == 41


def gaz_levant() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(100, "Syria", "country", "PCLI", "SY", "", 35.0, 38.0, 22_000_000),
        Entry(101, "Idlib", "admin1", "ADM1", "SY", "12", 35.86, 36.57, 440_000),
        Entry(102, "Idlib", "city", "PPLA", "SY", "12", 35.93, 36.63, 128_000, ("Idleb",)),
        Entry(103, "Sarmin", "city", "PPL", "SY", "12", 35.90, 36.72, 14_000),
        Entry(110, "Sudan", "country", "PCLI", "SD", "", 15.0, 30.0, 41_000_000),
        Entry(111, "Bara", "city", "PPL", "SD", "56", 13.70, 30.37, 20_000),
        Entry(120, "Iraq", "country", "PCLI", "IQ", "", 33.0, 44.0, 38_000_000),
        Entry(121, "Al Amarah", "city", "PPLA", "IQ", "14", 31.84, 47.14, 323_000, ("Amara",)),
        Entry(130, "Ethiopia", "country", "PCLI", "ET", "", 9.0, 39.5, 110_000_000),
        Entry(131, "Amhara", "admin1", "ADM1", "ET", "46", 11.5, 38.0, 3_370_000, ("Amara",)),
    ])


def test_a_place_in_a_province_that_holds_no_such_name_is_not_a_far_namesake():
    text = "Regime forces shelled Bara in Idleb and Sarmin in Idleb."
    places = resolve_mentions(text, mentions(text, "Bara", "Idleb", "Sarmin", "Idleb"), gaz_levant(), settings=SETTINGS)
    assert places[0].geonameid is None and places[2].geonameid == 103


def test_x_city_is_a_city_not_the_region_named_like_it():
    text = "Workers protested in Amara city on Monday."
    (amara,) = resolve_mentions(text, mentions(text, "Amara city"), gaz_levant(), settings=SETTINGS)
    assert amara.geonameid == 121


@pytest.mark.slow
def test_stage_uses_demonyms_as_context_but_returns_places_only(ctx):
    from dateline.stages import geocode

    text = "Lebanese protesters blocked roads in Tripoli on Monday."
    ms = [Mention(0, 8, "Lebanese", "DEMONYM", "gazetteer"), Mention(36, 43, "Tripoli", "PLACE", "gazetteer")]
    doc = dataclasses.replace(new_document(text), text=text, mentions=tuple(ms))
    (tripoli,) = geocode.run(doc, ctx).places
    assert tripoli.mention.text == "Tripoli" and tripoli.country_code == "LB"


def test_abbreviated_names_find_their_places():
    text = "Families from New London and Mt. Pleasant came."
    new_london, mt = resolve_towns(text, "New London", "Mt. Pleasant")
    assert mt.geonameid == 35 and new_london.geonameid == 31


def test_an_initialism_is_not_the_state_abbreviation_it_folds_like():
    entries = [Entry(1, "Louisiana", "admin1", "ADM1", "US", "LA", 31.0, -92.0, 4_600_000, ("La.",)),
               Entry(2, "Los Angeles", "city", "PPL", "US", "CA", 34.05, -118.24, 3_900_000)]
    text = "Traffic in L.A. and in La. was slow."
    la, louisiana = resolve_mentions(text, mentions(text, "L.A.", "La."), Gazetteer.from_entries(entries),
                                     settings=SETTINGS)
    assert la.geonameid == 2 and louisiana.geonameid == 1


def test_a_name_whose_readings_all_lie_in_one_country_keeps_that_vote():
    entries = [Entry(1, "Turkey", "country", "PCLI", "TR", "", 39.0, 35.0, 83_000_000),
               Entry(2, "Sehitkamil", "admin2", "ADM2", "TR", "83", 37.05, 37.35, 49_846),
               Entry(3, "Sehitkamil", "city", "PPL", "TR", "83", 37.06, 37.38, 0)]
    text = "Militants set fire to a hotel building in Sehitkamil on Thursday."
    (p,) = resolve_mentions(text, mentions(text, "Sehitkamil"), Gazetteer.from_entries(entries), settings=SETTINGS)
    assert p.geonameid is not None and p.country_code == "TR"


def test_repeated_demonyms_vote_once():
    entries = [Entry(1, "Israel", "country", "PCLI", "IL", "", 31.5, 34.75, 8_800_000),
               Entry(2, "Palestine", "country", "PCLI", "PS", "", 31.9, 35.2, 4_500_000),
               Entry(3, "Kfar Saba", "city", "PPL", "IL", "02", 32.18, 34.91, 110_000),
               Entry(4, "Qalqilyah", "city", "PPL", "PS", "WE", 32.19, 34.97, 43_000, ("Kfar Saba",))]
    gz = Gazetteer.from_entries(entries, demonyms={"Israeli": 1, "Palestinian": 2})
    text = "An Israeli was stabbed by a Palestinian in Kfar Saba; the Palestinian and another Palestinian fled."
    ms = mentions(text, "Israeli", "Palestinian", "Kfar Saba", "Palestinian", "Palestinian")
    ms = [dataclasses.replace(m, label="DEMONYM") if m.text != "Kfar Saba" else m for m in ms]
    places = resolve_mentions(text, ms, gz, settings=SETTINGS)
    assert places[2].geonameid == 3


def gaz_counties() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
        Entry(50, "Georgia", "country", "PCLI", "GE", "", 42.0, 43.5, 3_700_000),
        Entry(51, "Georgia", "admin1", "ADM1", "US", "GA", 32.0, -82.0, 10_000_000),
        Entry(52, "Indiana", "admin1", "ADM1", "US", "IN", 41.5, -86.0, 6_700_000),
        Entry(53, "Kentucky", "admin1", "ADM1", "US", "KY", 37.5, -85.0, 4_500_000),
        Entry(54, "Boone County", "admin2", "ADM2", "US", "IN", 40.05, -86.47, 52_000),
        Entry(55, "Boone County", "admin2", "ADM2", "US", "KY", 38.97, -84.73, 120_000),
        Entry(60, "Jackson", "city", "PPLA", "US", "MS", 32.30, -90.18, 150_000),
        Entry(61, "Jackson County", "admin2", "ADM2", "US", "GA", 34.13, -83.56, 60_000),
        Entry(62, "Barrow County", "admin2", "ADM2", "US", "GA", 33.99, -83.71, 69_000),
        Entry(63, "Jackson", "city", "PPL", "US", "GA", 33.29, -83.97, 5_000),
    ])


def test_the_state_an_article_names_most_outweighs_one_named_once():
    text = ("Boone County lost jobs, Indiana officials said. Indiana and Kentucky both grew; "
            "Indiana's Boone County did not.")
    places = resolve_mentions(text, mentions(text, "Boone County", "Indiana", "Indiana", "Kentucky",
                                             "Indiana", "Boone County"), gaz_counties(), settings=SETTINGS)
    assert places[0].geonameid == 54 and places[-1].geonameid == 54


def test_names_listed_before_counties_are_counties():
    text = "Schools in Jackson and Barrow counties closed."
    jackson, barrow = resolve_mentions(text, mentions(text, "Jackson", "Barrow"), gaz_counties(), settings=SETTINGS)
    assert (jackson.geonameid, barrow.geonameid) == (61, 62)
    (alone,) = resolve_mentions("Schools in Jackson closed.", mentions("Schools in Jackson closed.", "Jackson"),
                                gaz_counties(), settings=SETTINGS)
    assert alone.geonameid == 60


def test_georgia_names_the_state_in_a_us_story_only():
    text = "Police in Jackson said Georgia troopers and Indiana deputies helped."
    jackson, georgia, indiana = resolve_mentions(text, mentions(text, "Jackson", "Georgia", "Indiana"),
                                                 gaz_counties(), settings=SETTINGS)
    assert georgia.geonameid == 51 and jackson.geonameid == 63


def test_a_part_of_a_place_unknown_to_the_gazetteer_resolves_to_the_place():
    entries = [Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
               Entry(1, "Los Angeles", "city", "PPLA2", "US", "CA", 34.05, -118.24, 3_900_000),
               Entry(2, "Groton", "city", "PPL", "US", "CT", 41.35, -72.08, 10_000),
               Entry(3, "Hamilton", "city", "PPL", "US", "OH", 39.40, -84.56, 62_000),
               Entry(4, "Greer", "city", "PPL", "US", "SC", 34.94, -82.23, 29_000)]
    gz = Gazetteer.from_entries(entries)
    text = ("Crews from the Port of Los Angeles, South Los Angeles, the Town of Groton, Hamilton Township "
            "and Greer Station came.")
    names = ("Port of Los Angeles", "South Los Angeles", "Town of Groton", "Hamilton Township", "Greer Station")
    places = resolve_mentions(text, mentions(text, *names), gz, settings=SETTINGS)
    assert [p.geonameid for p in places] == [1, 1, 2, 3, 4]
    (unknown,) = resolve_mentions("Ships left Port of Nowhere.", mentions("Ships left Port of Nowhere.", "Port of Nowhere"),
                                  gz, settings=SETTINGS)
    assert unknown.geonameid is None


def test_an_old_alternate_name_does_not_nest_where_the_primary_reading_lies_in_its_state():
    entries = [Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
               Entry(1, "Youngstown", "city", "PPL", "US", "OH", 41.10, -80.65, 64_000),
               Entry(2, "Mount Gilead", "city", "PPL", "US", "OH", 40.55, -82.83, 3_600, ("Youngstown",)),
               Entry(3, "Morrow County", "admin2", "ADM2", "US", "OH", 40.52, -82.79, 35_000)]
    gz = Gazetteer.from_entries(entries, counties={2: 3})
    text = "Inmates from Morrow County were moved to Youngstown."
    county, town = resolve_mentions(text, mentions(text, "Morrow County", "Youngstown"), gz, settings=SETTINGS)
    assert town.geonameid == 1


def test_the_state_holding_readings_of_the_other_names_wins():
    entries = [Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
               Entry(1, "Columbus", "city", "PPL", "US", "OH", 39.96, -83.0, 60_000),
               Entry(2, "Columbus", "city", "PPL", "US", "IN", 39.20, -85.92, 45_000),
               Entry(3, "Hagerstown", "city", "PPL", "US", "IN", 30.0, -70.0, 9_000),
               Entry(4, "Hagerstown", "city", "PPL", "US", "MD", 45.0, -120.0, 10_000),
               Entry(5, "New Castle", "city", "PPL", "US", "IN", 25.0, -100.0, 9_000),
               Entry(6, "New Castle", "city", "PPL", "US", "PA", 48.0, -90.0, 10_000)]
    text = "Runners from Hagerstown, New Castle and Columbus finished the race."
    places = resolve_mentions(text, mentions(text, "Hagerstown", "New Castle", "Columbus"),
                              Gazetteer.from_entries(entries), settings=SETTINGS)
    assert [p.geonameid for p in places] == [3, 5, 2]


def test_names_listed_before_provinces_are_provinces():
    entries = [Entry(100, "Syria", "country", "PCLI", "SY", "", 35.0, 38.0, 22_000_000),
               Entry(101, "Idlib", "admin1", "ADM1", "SY", "12", 35.86, 36.57, 440_000),
               Entry(102, "Idlib", "city", "PPLA", "SY", "12", 35.93, 36.63, 128_000),
               Entry(103, "Hama", "admin1", "ADM1", "SY", "10", 35.2, 37.0, 1_600_000),
               Entry(104, "Hama", "city", "PPLA", "SY", "10", 35.13, 36.76, 700_000)]
    gz = Gazetteer.from_entries(entries)
    text = "Shelling hit Idlib and Hama provinces."
    idlib, hama = resolve_mentions(text, mentions(text, "Idlib", "Hama"), gz, settings=SETTINGS)
    assert (idlib.geonameid, hama.geonameid) == (101, 103)
    text = "Shelling hit Idlib and Hama."
    idlib, hama = resolve_mentions(text, mentions(text, "Idlib", "Hama"), gz, settings=SETTINGS)
    assert (idlib.geonameid, hama.geonameid) == (102, 104)


def test_a_short_name_of_a_division_yields_to_a_big_city_of_that_name():
    entries = [Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
               Entry(1, "District of Columbia", "admin1", "ADM1", "US", "DC", 38.9, -77.03, 700_000, ("Columbia",)),
               Entry(2, "Columbia", "city", "PPLA", "US", "SC", 34.0, -81.03, 130_000)]
    gz = Gazetteer.from_entries(entries)
    text = "The rally in Columbia drew thousands."
    (p,) = resolve_mentions(text, mentions(text, "Columbia"), gz, settings=SETTINGS)
    assert p.geonameid == 2


def test_a_state_abbreviation_sets_the_context_like_the_state_name():
    entries = [Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
               Entry(52, "Indiana", "admin1", "ADM1", "US", "IN", 41.5, -86.0, 6_700_000, ("Ind.",)),
               Entry(54, "Boone County", "admin2", "ADM2", "US", "IN", 40.05, -86.47, 52_000),
               Entry(55, "Boone County", "admin2", "ADM2", "US", "KY", 38.97, -84.73, 600_000)]
    text = "Flooding hit Boone County and other parts of Ind. on Monday."
    boone, ind = resolve_mentions(text, mentions(text, "Boone County", "Ind."), Gazetteer.from_entries(entries),
                                  settings=SETTINGS)
    assert boone.geonameid == 54 and ind.geonameid == 52


def test_an_initialism_is_not_the_town_spelt_that_way_in_mixed_case():
    small = Gazetteer.from_entries([
        Entry(1, "Eu", "city", "PPL", "FR", "11", 50.05, 1.42, 8_000),
        Entry(2, "Uk", "city", "PPL", "RU", "01", 55.1, 98.0, 2_300),
        Entry(3, "United Kingdom", "country", "PCLI", "GB", "", 54.0, -2.0, 66_000_000, ("UK",)),
    ], iso3={"FR": "FRA", "RU": "RUS", "GB": "GBR"})
    text = "EU and UK negotiators met; the mayor of Eu said so."
    eu, uk, eu_town = resolve_mentions(text, mentions(text, "EU", "UK", "Eu"), small, settings=SETTINGS)
    assert eu.geonameid is None and not eu.resolved
    assert uk.geonameid == 3 and eu_town.geonameid == 1


def region_gaz() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000),
        Entry(24, "Maryland", "admin1", "ADM1", "US", "MD", 39.0, -76.8, 6_000_000),
        Entry(25, "Middle East", "city", "PPL", "US", "MD", 39.3, -76.59, 1_872),
        Entry(26, "Atlantic County", "admin2", "ADM2", "US", "NJ", 39.47, -74.63, 263_000, ("Atlantic",)),
        Entry(27, "The Dalles", "city", "PPL", "US", "OR", 45.59, -121.18, 15_000, ("Dalles",)),
    ], iso3={"US": "USA"})


def resolve_in(g: Gazetteer, text: str, name: str) -> object:
    (place,) = resolve_mentions(text, mentions(text, name), g, settings=SETTINGS)
    return place


@pytest.mark.parametrize("text,name", [
    ("Protests spread across the Middle East on Friday.", "Middle East"),
    ("Talks about the Middle East, officials said, will resume.", "Middle East"),
    ("A navy ship sank in the Atlantic after a fire.", "Atlantic"),
])
def test_a_region_or_sea_with_the_is_not_a_small_town_or_a_county(text, name):
    place = resolve_in(region_gaz(), text, name)
    assert not place.resolved and place.geonameid is None


@pytest.mark.parametrize("text,name,geonameid", [
    ("Residents of Middle East, a Baltimore neighbourhood, marched.", "Middle East", 25),
    ("The Middle East Community Association met on Friday.", "Middle East", 25),  # a modifier, not a region
    ("Flooding hit the Dalles on Monday.", "Dalles", 27),  # the town's own name has "The"
])
def test_the_town_readings_stay_without_the_or_as_a_modifier(text, name, geonameid):
    assert resolve_in(region_gaz(), text, name).geonameid == geonameid


def gaz_groups() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(1, "Al Jawf", "admin1", "ADM1", "SA", "20", 29.9, 39.3, 700_000),
        Entry(2, "Al Jawf", "admin1", "ADM1", "YE", "21", 16.2, 45.0, 600_000),
        Entry(3, "Algiers", "city", "PPLC", "DZ", "01", 36.7, 3.1, 1_900_000, ("Al Jaza'ir",)),
        Entry(4, "Saudi Arabia", "country", "PCLI", "SA", "", 24.0, 45.0, 34_000_000),
        Entry(5, "Yemen", "country", "PCLI", "YE", "", 15.5, 48.0, 29_000_000),
    ], iso3={"SA": "SAU", "YE": "YEM", "DZ": "DZA"})


def test_a_single_country_group_is_evidence_of_the_country_and_a_guessed_spelling_abroad_is_no_match():
    text = "Pro-Hadi forces repelled a pro-Houthi attack in Al Jazaire area (Khabb, Al Jawf)."
    found = mentions(text, "Al Jazaire", "Al Jawf")
    alone = resolve_mentions(text, found, gaz_groups(), settings=SETTINGS)
    # without the groups the larger, Saudi Al Jawf wins
    grouped = resolve_mentions(text, found, gaz_groups(), settings=SETTINGS, groups={"YE": 2})
    assert grouped[1].country_code == "YE" and alone[1].country_code != "YE"
    # "Al Jazaire" is only a near spelling of Algiers, in a country nothing else in the report points to
    assert grouped[0].geonameid is None and "outside the report's countries" in grouped[0].reason


def test_home_countries_of_named_groups_whichever_side_they_are_on():
    from dateline.actors import home_countries
    assert home_countries("anti-Houthi forces and the Security Belt clashed; the SDF withdrew") == {"YE": 2, "SY": 1}
    assert home_countries("Islamic State fighters attacked") == {}  # acts in many countries


def test_a_place_its_country_owns_is_no_namesake_abroad():
    text = "France's Isfahan region saw storms; Iran's air force said Paris was calm."
    places = resolve_mentions(text, mentions(text, "France", "Isfahan", "Iran", "Paris"), gaz(), settings=SETTINGS)
    isfahan, paris = places[1], places[3]
    assert not isfahan.resolved and "outside the country" in isfahan.reason  # no Isfahan lies in France
    assert paris.resolved  # "Iran's air force said Paris": no owner
    text = "Iran's Isfahan province"
    (_, isfahan) = resolve_mentions(text, mentions(text, "Iran", "Isfahan"), gaz(), settings=SETTINGS)
    assert isfahan.country_code == "IR"


def test_a_state_is_not_its_city_called_by_the_states_name_unless_the_city_is_much_of_it():
    g = Gazetteer.from_entries([
        Entry(20, "United States", "country", "PCLI", "US", "", 39.8, -98.5, 327_000_000, ("U.S.",)),
        Entry(70, "Oklahoma", "admin1", "ADM1", "US", "OK", 35.5, -97.5, 3_000_000),
        Entry(71, "Oklahoma City", "city", "PPLA", "US", "OK", 35.47, -97.52, 680_000, ("Oklahoma",)),
        Entry(72, "New York", "admin1", "ADM1", "US", "NY", 43.0, -75.5, 20_000_000),
        Entry(73, "New York City", "city", "PPLA", "US", "NY", 40.71, -74.01, 8_800_000, ("New York",)),
    ], iso3={"US": "USA"})
    text = "Cases were also confirmed in Oklahoma, officials in New York said."
    oklahoma, new_york = resolve_mentions(text, mentions(text, "Oklahoma", "New York"), g, settings=SETTINGS)
    assert (oklahoma.geonameid, new_york.geonameid) == (70, 73)


def test_a_quarter_of_a_city_is_the_city_and_near_it_is_near():
    (quarter,) = resolve("Gunmen abducted students in the Abbasi neighbourhood of Isfahan on Tuesday.", "Isfahan")
    assert (quarter.geonameid, quarter.geo_precision) == (32, 1)  # ACLED codes a city's quarter at the city
    (near,) = resolve("Gunmen abducted students on the outskirts of Isfahan on Tuesday.", "Isfahan")
    assert (near.geonameid, near.geo_precision) == (32, 2)


def gaz_two_countries() -> Gazetteer:
    return Gazetteer.from_entries([
        Entry(1, "India", "country", "PCLI", "IN", "", 22.0, 79.0, 1_300_000_000),
        Entry(2, "Bangladesh", "country", "PCLI", "BD", "", 24.0, 90.0, 160_000_000),
        Entry(11, "Gopalganj", "city", "PPL", "IN", "34", 26.47, 84.44, 67_000),
        Entry(12, "Gopalganj", "city", "PPL", "BD", "81", 23.22, 90.06, 51_000),
        Entry(20, "Philippines", "country", "PCLI", "PH", "", 13.0, 122.0, 110_000_000),
        Entry(21, "Eastern Visayas", "admin1", "ADM1", "PH", "08", 11.5, 125.0, 4_500_000),
        Entry(22, "Samar", "admin2", "ADM2", "PH", "08", 11.83, 124.79, 300_000),
        Entry(23, "Maguinao", "city", "PPL", "PH", "03", 15.0, 120.8, 3_000),
    ], iso3={"IN": "IND", "BD": "BGD", "PH": "PHL"})


def test_the_dateline_town_of_the_country_whose_parties_the_story_names():
    text = "Gopalganj, Oct 29 - Supporters clashed in the town."
    names = mentions(text, "Gopalganj")
    (town,) = resolve_mentions(text, names, gaz_two_countries(), settings=SETTINGS, anchor=Span(0, 9, "Gopalganj"),
                               groups={"BD": 1})
    assert town.geonameid == 12
    (town,) = resolve_mentions(text, names, gaz_two_countries(), settings=SETTINGS, anchor=Span(0, 9, "Gopalganj"))
    assert town.geonameid == 11  # no group named: the larger namesake


def test_a_near_spelling_outside_the_province_that_follows_it_is_no_reading():
    text = "Two rebels were killed in the hinterlands of Matuguinao, Samar, on Tuesday."
    town, province = resolve_mentions(text, mentions(text, "Matuguinao", "Samar"), gaz_two_countries(), settings=SETTINGS)
    assert not town.resolved  # not Maguinao, a near spelling in Central Luzon
    assert province.geonameid == 22


def test_a_dateline_is_read_as_its_largest_town_before_a_province_of_the_same_name():
    gz = Gazetteer.from_entries([
        Entry(1, "Chile", "country", "PCLI", "CL", "", -30.0, -71.0, 19_000_000),
        Entry(2, "Dominican Republic", "country", "PCLI", "DO", "", 19.0, -70.7, 10_000_000),
        Entry(11, "Santiago", "city", "PPLC", "CL", "12", -33.46, -70.65, 4_800_000),
        Entry(12, "Santiago", "admin1", "ADM1", "DO", "25", 19.4, -70.8, 1_300_000),
        Entry(13, "Santiago de los Caballeros", "city", "PPLA", "DO", "25", 19.45, -70.7, 1_200_000, ("Santiago",)),
    ], iso3={"CL": "CHL", "DO": "DOM"})
    text = "SANTIAGO, Nov 25 - Protesters clashed with police in central Santiago."
    dateline, town = resolve_mentions(text, mentions(text, "SANTIAGO", "Santiago"), gz, settings=SETTINGS,
                                      anchor=Span(0, 8, "SANTIAGO"))
    assert (dateline.country_code, town.geonameid) == ("CL", 11)


def test_a_bracket_puts_a_place_in_its_province_and_a_namesake_abroad_is_no_match():
    entries = [Entry(1, "Saudi Arabia", "country", "PCLI", "SA", "", 25.0, 45.0, 34_000_000),
               Entry(2, "Madinah", "city", "PPLA", "SA", "05", 24.47, 39.61, 1_300_000, ("Yathrib",)),
               Entry(3, "Iraq", "country", "PCLI", "IQ", "", 33.0, 44.0, 40_000_000),
               Entry(4, "Saladin", "admin1", "ADM1", "IQ", "18", 34.5, 43.5, 1_600_000, ("Salah al-Din",))]
    text = "Gunmen attacked a house in Yathrib subdistrict (Salah al-Din), killing a policeman."
    yathrib, saladin = resolve_mentions(text, mentions(text, "Yathrib", "Salah al-Din"),
                                        Gazetteer.from_entries(entries), settings=SETTINGS)
    # Iraq's Yathrib is not in the gazetteer; the ancient name of Medina is a namesake, not the place
    assert yathrib.geonameid is None and "outside the region" in yathrib.reason and saladin.geonameid == 4
    # a country named "in" another is no namesake ("the Embassy of Armenia in the Holy See")
    text = "The President of Armenia visited the embassy of the Republic of Armenia (Saudi Arabia)."
    *_, armenia, saudi = resolve_mentions(text, mentions(text, "Armenia", "Armenia", "Saudi Arabia"), Gazetteer.from_entries(
        entries + [Entry(5, "Armenia", "country", "PCLI", "AM", "", 40.0, 45.0, 3_000_000)]), settings=SETTINGS)
    assert armenia.geonameid == 5
