"""eventlocation: which of a sentence's places locate its event (places built in code)."""
import dataclasses

import pytest

from dateline.eventlocation import event_places, qualified_places, text_scores
from dateline.model import Mention, Place

_ADMIN = {"Marib": "Ma'rib", "Mahliyah": "Ma'rib", "Hays": "Al Hudaydah", "Al Hudaydah": "Al Hudaydah",
          "Taizz": "Ta'izz", "Kagizman district": "Kars", "Kars": "Kars", "Menbij": "Aleppo", "Aleppo": "Aleppo",
          "Mahmutbey": "Istanbul", "Bagcilar": "Istanbul", "Istanbul": "Istanbul"}
_POINT = {"Marib": (15.46, 45.32), "Mahliyah": (14.9, 45.6), "Hays": (13.93, 43.48),
          "Al Hudaydah": (14.8, 42.95), "Taizz": (13.58, 44.02), "Al Arish": (31.13, 33.8),
          "Kagizman district": (40.15, 43.13), "Kars": (40.6, 43.1), "Menbij": (36.53, 37.95),
          "Aleppo": (36.2, 37.16), "Mahmutbey": (41.05, 28.83), "Bagcilar": (41.04, 28.86),
          "Istanbul": (41.01, 28.95), "Raju": (36.67, 36.67), "Afrin": (36.51, 36.87)}
_FEATURE = {"Mahliyah": "admin2"}


def _places(text, names, country="YE", elsewhere=()):
    out = []
    for name in names:
        start = text.index(name)
        lat, lon = _POINT[name]
        cc = "EG" if name in elsewhere else country
        out.append(Place(Mention(start, start + len(name), name, "PLACE", sent=0), len(out) + 1, name,
                         _FEATURE.get(name, "city"), country="x", country_code=cc, admin1=_ADMIN.get(name, ""),
                         latitude=lat, longitude=lon, geo_precision=1, confidence=0.9))
    return out


def test_a_qualifier_stands_in_for_an_unknown_name():
    text = "Forces shelled the Qaniyah front (Mahliyah, Marib) on Friday."
    places = _places(text, ["Mahliyah", "Marib"])
    (replaced, stand_in), = qualified_places(text, 0, places)
    assert replaced is None and stand_in.name == "Mahliyah" and stand_in.geo_precision == 2
    assert [p.name for p in event_places(places, [], text, 0)] == ["Mahliyah"]


def test_a_namesake_elsewhere_yields_to_its_qualifier():
    text = "Forces thwarted an attack in the area of Al Arish (Taizz), incurring fatalities."
    places = _places(text, ["Al Arish", "Taizz"], elsewhere=("Al Arish",))
    chosen = event_places(places, [], text, 0)
    assert [(p.name, p.geo_precision) for p in chosen] == [("Taizz", 2)]


def test_a_qualifier_inside_the_same_province_keeps_the_named_place():
    text = "Forces conducted an incursion in Hays (Al Hudaydah)."
    places = _places(text, ["Hays", "Al Hudaydah"])
    assert qualified_places(text, 0, places) == []
    assert [p.name for p in event_places(places, [], text, 0)] == ["Hays"]


def test_notes_in_parentheses_are_not_qualifiers():
    text = "Gendarmerie forces clashed in Cemce area (unknown location) of Kagizman district, Kars."
    places = _places(text, ["Kagizman district", "Kars"], country="TR")
    assert qualified_places(text, 0, places) == []
    # "area (...) of X district": X situates the event; "X district, Kars": Kars is its province
    assert text_scores(text, 0, places) == [1, -1]


def test_a_namesake_said_to_lie_in_a_town_elsewhere_yields_to_that_town():
    text = "Gunmen shot a civilian in Al Arish in Taizz on Friday."
    places = _places(text, ["Al Arish", "Taizz"], elsewhere=("Al Arish",))
    assert [(p.name, p.geo_precision) for p in event_places(places, [], text, 0)] == [("Taizz", 2)]
    # a list of towns is not a container relation
    listed = "Protesters gathered in Marib, Taizz and Hays."
    towns = _places(listed, ["Marib", "Taizz", "Hays"])
    assert [p.name for p in event_places(towns, [], listed, 0)] == ["Marib", "Taizz", "Hays"]


def test_the_province_around_a_town_is_not_a_second_event():
    text = "A body was found in Hays city in Al Hudaydah countryside."
    places = _places(text, ["Hays", "Al Hudaydah"])
    assert [p.name for p in event_places(places, [], text, 0)] == ["Hays"]


def test_a_city_named_like_its_province_stands_for_the_province():
    text = "Turkish forces shelled Menbij in Aleppo using artillery fire."
    places = _places(text, ["Menbij", "Aleppo"], country="SY")
    assert [p.name for p in event_places(places, [], text, 0)] == ["Menbij"]


def test_a_direction_is_not_where_the_event_happened():
    text = "Forces launched an attack on positions in Hays towards Marib."
    places = _places(text, ["Hays", "Marib"])
    assert [p.name for p in event_places(places, [], text, 0)] == ["Hays"]


def test_a_neighbourhood_and_its_district():
    text = "Units attacked buildings in Mahmutbey neighborhood of Bagcilar, Istanbul."
    places = _places(text, ["Mahmutbey", "Bagcilar", "Istanbul"], country="TR")
    assert [p.name for p in event_places(places, [], text, 0)] == ["Mahmutbey"]
    # the district resolved to a namesake far away: the neighbourhood and its city agree, so it is the district
    # that is wrong, and the city that contains the neighbourhood is no second event
    far = [p if p.name != "Bagcilar" else dataclasses.replace(p, admin1="Mersin", latitude=36.8, longitude=34.6)
           for p in places]
    assert [p.name for p in event_places(far, [], text, 0)] == ["Mahmutbey"]


def test_a_place_name_inside_a_common_compound_is_no_location():
    text = "Rioters hurled Molotov cocktails at the bank in Hays."
    places = _places(text, ["Hays"]) + [Place(Mention(15, 22, "Molotov", "PLACE", sent=0), 99, "Perm", "city",
                                              country="Russia", country_code="RU", latitude=58.0, longitude=56.2)]
    places.sort(key=lambda p: p.mention.start)
    assert text_scores(text, 0, places) == [-1, 1]
    assert [p.name for p in event_places(places, [], text, 0)] == ["Hays"]


def test_a_street_named_after_a_town_lies_in_the_town_after_it():
    text = "A tanker exploded in the market area in Raju street of Afrin city."
    places = _places(text, ["Raju", "Afrin"], country="SY")
    assert text_scores(text, 0, places) == [-1, 1]


def test_places_listed_with_their_qualifiers_are_all_event_places():
    text = "Forces exchanged fire on the Qaniyah (Mahliyah, Marib) and Hays (Hays, Al Hudaydah) frontlines."
    places = _places(text, ["Mahliyah", "Marib", "Hays", "Al Hudaydah"])
    second_hays = dataclasses.replace(places[2], mention=Mention(text.index("(Hays") + 1, text.index("(Hays") + 5,
                                                                  "Hays", "PLACE", sent=0))
    places = sorted(places + [second_hays], key=lambda p: p.mention.start)
    assert [p.name for p in event_places(places, [], text, 0)] == ["Mahliyah", "Hays"]


def test_a_continent_is_no_event_place():
    text = "A body was found in Qatma in Afrin."
    africa = Place(Mention(text.index("Afrin"), text.index("Afrin") + 5, "Afrin", "PLACE", sent=0), 6255146,
                   "Africa", "continent", latitude=7.2, longitude=21.1, confidence=0.8)
    assert event_places([africa], [], text, 0) == []


def test_the_countryside_of_a_province_around_a_town_is_not_a_second_event():
    text = "Gunmen opened fire on a patrol in Menbij city in north - eastern countryside of Aleppo."
    places = _places(text, ["Menbij", "Aleppo"], country="SY")
    assert [p.name for p in event_places(places, [], text, 0)] == ["Menbij"]


def test_a_road_named_after_two_towns_lies_near_the_first():
    text = "Rioters blocked the Menbij-Aleppo highway with burning tyres."
    places = _places(text, ["Menbij", "Aleppo"], country="SY")
    assert text_scores(text, 0, places)[1] == -1
    assert [p.name for p in event_places(places, [], text, 0)] == ["Menbij"]


@pytest.mark.slow  # real gazetteer
def test_a_district_is_coded_at_the_town_it_is_named_after(settings):
    from dateline.eventlocation import district_seat
    from dateline.georank import to_place
    from dateline.resources import gazetteer_for

    gaz = gazetteer_for(settings)
    (district,) = [c.entry for c in gaz.search("Jiblah", country="YE") if c.entry.feature == "admin2"]
    mention = Mention(10, 16, "Jiblah", "PLACE", sent=0)
    place = dataclasses.replace(to_place(mention, district, gaz, confidence=0.9), geo_precision=2)
    seat = district_seat(place, gaz)
    assert (seat.name, seat.feature, seat.admin1, seat.geo_precision) == ("Jiblah", "city", "Ibb", 2)
    assert seat.mention == mention
    assert district_seat(seat, gaz) is None  # a town is no district


def test_a_district_contains_its_towns():
    from dateline.eventlocation import contains
    district = Place(Mention(0, 18, "Bishnupur district", "PLACE"), geonameid=1, name="Bishnupur", feature="admin2",
                     country_code="IN", admin1="Manipur", latitude=24.6, longitude=93.8)
    town = Place(Mention(30, 36, "Nambol", "PLACE"), geonameid=2, name="Nambol", feature="city", country_code="IN",
                 admin1="Manipur", admin2="Bishnupur", latitude=24.7, longitude=93.8)
    elsewhere = dataclasses.replace(town, geonameid=3, admin2="Imphal West")
    assert contains(district, town, districts=True) and not contains(district, elsewhere, districts=True)
    assert not contains(town, district, districts=True)
    assert not contains(district, town)  # (a town named in passing, as in "(Hays, Al Hudaydah)", keeps its district)
