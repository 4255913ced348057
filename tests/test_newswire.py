"""Whole-pipeline regression on short news reports written for the project (tests/data/newswire:
not from any corpus; each was first run unseen, and the general faults it showed were fixed).
Real spaCy model and real gazetteer: what a user gets from `dateline extract`."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import dateline
from dateline import actors as actor_lib

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "newswire"


def events_of(name: str, settings) -> list:
    return list(dateline.extract((DATA / name).read_text(encoding="utf-8"), settings=settings).events)


def coded(events) -> dict[str, str]:
    return {e.place.name: e.sub_event_type for e in events}


def test_a_crowd_in_five_cities_and_force_in_one(settings):
    events = events_of("a2-sudan.txt", settings)
    assert coded(events) == {"Khartoum": "Peaceful protest", "Omdurman": "Excessive force against protesters",
                             "Wad Medani": "Peaceful protest", "Atbara": "Peaceful protest",
                             "Port Sudan": "Peaceful protest"}
    by_place = {e.place.name: e for e in events}
    assert by_place["Omdurman"].fatalities == 2 and by_place["Omdurman"].size is None  # the dead are no crowd
    assert by_place["Wad Medani"].size == 3000
    assert all(e.actor1 == "Protesters (Sudan)" and e.place.geo_precision == 1 for e in events)
    assert all(e.event_date == date(2022, 6, 30) and e.time_precision == 1 for e in events)


def test_live_fire_on_protests_in_two_cities_and_smaller_protests(settings):
    events = events_of("a1-iraq.txt", settings)
    protests = {e.place.name: e for e in events if e.event_type in ("Protests", "Riots")}
    assert set(protests) == {"Baghdad", "Nasiriyah", "Najaf", "Al Amarah"}
    assert protests["Baghdad"].sub_event_type == "Excessive force against protesters"
    assert protests["Nasiriyah"].event_type == "Riots"  # protesters set fire to party offices
    assert sum(e.fatalities for e in protests.values()) == 18
    assert protests["Najaf"].fatalities == 0 and protests["Najaf"].sub_event_type == "Peaceful protest"
    assert protests["Nasiriyah"].size != 18  # "killing at least 18 people" is a toll, not a crowd
    assert all(e.source == "AFP" and e.event_date == date(2019, 10, 3) for e in events)


def test_a_missile_barrage_its_toll_and_a_battle_the_day_before(settings):
    events = events_of("a4-ukraine.txt", settings)
    by_place = {e.place.name: e for e in events}
    assert {name: e.fatalities for name, e in by_place.items()} == {
        "Lvivska": 6, "Kharkiv": 0, "Odesa": 0, "Zolochiv": 5, "Bakhmut": 0}
    for name in ("Lvivska", "Kharkiv", "Odesa"):
        assert by_place[name].sub_event_type == "Shelling/artillery/missile attack"
        assert by_place[name].actor1 == "Military Forces of Russia (2000-)"
        assert "Kharkiv" not in by_place[name].actor2
    # "a missile struck a residential area": the story's attacker, its words given as evidence
    assert by_place["Zolochiv"].actor1 == "Military Forces of Russia (2000-)"
    assert [e.text for e in by_place["Zolochiv"].evidence if e.field == "actor1"] == ["Russia"]
    assert by_place["Lvivska"].place.geo_precision == 3  # "in the Lviv region"
    assert by_place["Bakhmut"].sub_event_type == "Armed clash"
    assert by_place["Bakhmut"].event_date == date(2023, 3, 8)  # "on Wednesday", reported on Thursday


def test_an_airstrike_placed_by_the_sentence_after_it(settings):
    (event,) = events_of("b2-myanmar.txt", settings)  # "as people gathered" is no second event
    assert (event.sub_event_type, event.place.name, event.place.admin1) == ("Air/drone strike", "Kanbalu", "Sagaing")
    assert event.fatalities == 100 and event.actor1 == "Military Forces of Myanmar (2021-)"
    assert event.event_date == date(2023, 4, 11)  # "on Tuesday" of a page dated Wednesday 12 April


def test_arrests_a_riot_in_html_and_no_event_in_market_news(settings):
    (arrests,) = events_of("a5-zimbabwe.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name, arrests.actor1) == (
        "Arrests", "Harare", "Police Forces of Zimbabwe (2017-)")
    (riot,) = events_of("b3-chile.html", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor1) == ("Violent demonstration", "Santiago", "Rioters (Chile)")
    assert riot.event_date == date(2019, 10, 18) and riot.source == "Reuters"
    assert events_of("a6-economy.txt", settings) == []


def test_a_raid_told_twice_is_one_event_and_the_wire_is_no_actor(settings):
    raid, ambush = events_of("c1-nigeria.txt", settings)  # byline before a dateline without a year
    assert (raid.sub_event_type, raid.place.name, raid.place.geo_precision, raid.fatalities) == (
        "Attack", "Gusau", 2, 12)  # "stormed Kadawa village in Gusau local government area"
    assert raid.actor1 == "Unidentified Armed Group (Nigeria)"
    assert (ambush.sub_event_type, ambush.place.name, ambush.fatalities) == ("Armed clash", "Tsafe", 3)
    assert ambush.actor2.startswith("Military Forces of Nigeria")  # not "Reuters", who was told
    assert all(e.source == "Reuters" and not e.source_is_party for e in (raid, ambush))
    # published on Wednesday 3 May: the raid was "late on Tuesday" (the sentence that placed it), the ambush "on Monday"
    text = (DATA / "c1-nigeria.txt").read_text(encoding="utf-8")
    raid, ambush = dateline.extract(text, date=date(2023, 5, 3), settings=settings).events
    assert (raid.event_date, ambush.event_date) == (date(2023, 5, 2), date(2023, 5, 1))
    assert [e.text for e in raid.evidence if e.field == "date"] == ["on Tuesday"]


def test_the_group_that_claims_an_attack_is_its_actor(settings):
    (bombing,) = events_of("c3-pakistan.txt", settings)  # last month's raid is background
    assert (bombing.sub_event_type, bombing.place.name, bombing.fatalities) == ("Suicide bomb", "Bannu", 9)
    assert bombing.actor1 == "TTP: Tehreek-e-Taliban Pakistan"
    assert [e.text for e in bombing.evidence if e.field == "actor1"] == ["Pakistani Taliban"]


def test_a_match_report_codes_no_event(settings):
    doc = dateline.extract((DATA / "c5-football.txt").read_text(encoding="utf-8"), settings=settings)
    assert doc.events == ()
    assert {r.code for r in doc.rejections} == {"SPORTS"}


def test_protests_riots_and_force_in_three_kenyan_cities(settings):
    by_place = {e.place.name: e for e in events_of("c2-kenya.txt", settings)}
    assert {n: e.sub_event_type for n, e in by_place.items()} == {
        "Nairobi": "Violent demonstration", "Kisumu": "Excessive force against protesters", "Mombasa": "Peaceful protest"}
    assert by_place["Kisumu"].fatalities == 2 and by_place["Mombasa"].size == 500
    assert all(e.source == "AP" and "AP" not in (e.assoc_actor_1, e.actor2) for e in by_place.values())


def test_lebanese_tripoli_with_a_beirut_dateline(settings):
    events = events_of("c6-lebanon.txt", settings)
    assert {(e.place.name, e.place.country) for e in events} == {
        ("Beirut", "Lebanon"), ("Tripoli", "Lebanon"), ("Sidon", "Lebanon")}
    assert all(e.source == "AFP" and e.event_date == date(2023, 3, 2) for e in events)


def test_an_attack_placed_by_the_sentence_after_it_keeps_one_actor(settings):
    attack, clash = events_of("c7-drc.txt", settings)
    assert (attack.place.name, attack.fatalities, attack.actor1, attack.assoc_actor_1) == (
        "Beni", 20, "ADF: Allied Democratic Forces", "")  # "(ADF)" is the same group, not an associate
    assert attack.actor2 == "Civilians (Democratic Republic of Congo)"
    assert (clash.sub_event_type, clash.place.name, clash.place.geo_precision) == ("Armed clash", "Goma", 2)


def test_a_state_as_subject_is_no_place_and_a_drone_of_no_nationality_is_the_storys(settings):
    by_place = {e.place.name: e for e in events_of("d1-sumy.txt", settings)}
    assert set(by_place) == {"Sumy", "Kharkiv"}  # "Russia launched 87 drones" is not an event in Russia
    assert all(e.actor1 == "Military Forces of Russia (2000-)" for e in by_place.values())
    assert by_place["Sumy"].actor2 == "Civilians (Ukraine)"  # not the governor who spoke
    assert by_place["Kharkiv"].actor2 != "Telegram" and by_place["Sumy"].fatalities == 2


def test_a_state_named_after_the_city_inside_it_only_situates_it(settings):
    (attack,) = events_of("d2-celaya.txt", settings)  # "the city of Celaya in ... Guanajuato state"
    assert (attack.place.name, attack.place.admin1, attack.fatalities) == ("Celaya", "Guanajuato", 11)
    assert attack.event_date == date(2024, 3, 9)  # "late on Saturday"


def test_blockades_around_a_capital_and_a_town_the_dictionary_also_knows_as_a_word(settings):
    events = events_of("d3-farmers.txt", settings)
    by_place = {e.place.name: e for e in events}
    paris = events[0]
    assert (paris.sub_event_type, paris.place.geo_precision, paris.assoc_actor_1) == (
        "Peaceful protest", 2, "Farmers (France)")  # "motorways around Paris"
    assert "Agen" in by_place  # "the southern city of Agen" ('agen' is an old English word)
    assert all("A6" not in (e.actor1, e.actor2) for e in events)


def test_an_unknown_village_tagged_as_an_organisation_is_no_actor(settings):
    attack, mob = events_of("d6-manipur.txt", settings)
    assert (attack.sub_event_type, attack.place.admin1, attack.fatalities) == ("Attack", "Manipur", 2)
    assert attack.actor2 == "Civilians (India)"  # not "Khamenlok", where it happened
    assert attack.event_date == date(2023, 6, 13)  # "on Tuesday night", dated Wednesday
    assert mob.place.name == "Churachandpur"


def test_an_anniversary_march_is_the_event_not_the_blast_it_recalls(settings):
    (march,) = events_of("d5-beirut.txt", settings)  # "Five years after a massive explosion ... killed"
    assert (march.sub_event_type, march.place.name, march.fatalities) == ("Peaceful protest", "Beirut", 0)
    assert march.event_date == date(2025, 8, 4)


def test_a_crowd_counted_for_several_cities_is_no_city_s_size(settings):
    by_place = {e.place.name: e for e in events_of("c4-colombia.txt", settings)}
    assert set(by_place) == {"Bogota", "Medellin", "Cali", "Barranquilla"}
    assert by_place["Bogota"].size == 20000  # "In Bogota, some 20,000 demonstrators"
    assert by_place["Medellin"].size is None and by_place["Cali"].size is None  # "Tens of thousands ... in A, B and C"
    assert by_place["Cali"].event_type == "Riots" and by_place["Cali"].source == "Reuters"


def test_a_later_attack_on_the_city_is_placed_in_the_city_the_story_is_about(settings):
    shelling, clash = events_of("e1-sudan.txt", settings)
    assert (shelling.actor1, shelling.fatalities, shelling.place.name) == ("RSF: Rapid Support Forces", 15, "El Fasher")
    # "repelled an RSF attack on the city's southeastern edge on Friday morning"
    assert (clash.sub_event_type, clash.place.name, clash.event_date) == ("Armed clash", "El Fasher", date(2024, 9, 20))
    assert clash.actor2 == "RSF: Rapid Support Forces"


def test_houses_burned_by_troops_and_the_clash_in_the_village_the_day_before(settings):
    burning, clash = events_of("e4-myanmar.txt", settings)  # dated by the page's own date line
    assert (burning.sub_event_type, burning.event_date, burning.place.admin1) == (
        "Looting/property destruction", date(2023, 4, 23), "Sagaing")  # "burned down about 200 houses"
    assert (clash.sub_event_type, clash.event_date, clash.fatalities) == ("Armed clash", date(2023, 4, 22), 3)
    assert all(e.place.country == "Myanmar" for e in (burning, clash))  # Kinn is not the Norwegian one


def test_warnings_and_possible_clashes_are_no_events(settings):
    doc = dateline.extract((DATA / "e6-politics.txt").read_text(encoding="utf-8"), settings=settings)
    assert doc.events == ()  # "would deploy the army if ...", "clashes were possible if police used force"


def test_a_countrys_capital_is_its_capital_city(settings):
    (attack,) = events_of("e7-haiti.txt", settings)  # "attacked two police stations ... in Haiti's capital"
    assert (attack.place.name, attack.place.geo_precision) == ("Port-au-Prince", 1)
    assert attack.actor1 == "Unidentified Armed Group (Haiti)" and attack.actor2.startswith("Police Forces of Haiti")
    assert attack.fatalities == 4
    assert [e.text for e in attack.evidence if e.field == "location"][0] == "Haiti's capital"


def test_a_states_weapon_names_its_forces_and_a_people_counted_dead_are_civilians(settings):
    strikes, raid = events_of("e2-gaza.txt", settings)
    # "Israeli airstrikes killed at least 25 Palestinians" (the parse takes a long subject)
    assert (strikes.sub_event_type, strikes.actor1, strikes.actor2) == (
        "Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)")
    assert [e.text for e in strikes.evidence if e.field == "actor1"] == ["airstrikes"]
    # "killed at least 25 Palestinians across the Gaza Strip ..., including 10 in a strike on a school
    # ... in Gaza City's Zeitoun neighbourhood": Gaza City's own share
    assert strikes.fatalities == 10 and strikes.place.country == "Palestine"
    assert (raid.place.admin1, raid.actor2, raid.fatalities) == ("West Bank", "Civilians (Palestine)", 2)


def test_arrests_made_clearing_a_protest_camp_are_its_intervention(settings):
    cleared, rally = events_of("e3-columbia.txt", settings)
    assert (cleared.sub_event_type, cleared.actor1, cleared.place.name) == (
        "Protest with intervention", "Protesters (United States)", "New York City")
    assert cleared.actor2.startswith("Police Forces of the United States")  # not "Columbia University"
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "New Haven")


def test_party_supporters_fighting_police_at_a_rally_are_a_violent_demonstration(settings):
    (riot, *_) = events_of("f2-bangladesh.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.fatalities) == ("Violent demonstration", "Dhaka", 1)
    assert (riot.actor1, riot.assoc_actor_1) == ("Rioters (Bangladesh)", "BNP: Bangladesh Nationalist Party")
    assert riot.actor2 == "Police Forces of Bangladesh (2009-)"
    assert riot.size == 20000  # "tens of thousands of BNP supporters", not "Oct 28" of the dateline, nor the 100 injured


def test_a_named_militia_takes_a_town_from_the_army_it_fought(settings):
    (taken,) = events_of("f1-ethiopia.html", settings)  # a page: title, byline, ad and footer
    assert (taken.sub_event_type, taken.place.name, taken.place.admin1) == (
        "Non-state actor overtakes territory", "Lalibela", "Amhara")
    assert taken.actor1 == "Fano Militia"  # "Fighters from the Fano militia", not a generic militia
    assert taken.actor2.startswith("Military Forces of Ethiopia")  # "after heavy fighting with federal troops"
    assert taken.event_date == date(2023, 8, 4) and taken.source == "Example News"


def test_a_drone_strike_near_a_town_and_an_official_shot_dead(settings):
    strike, killing = events_of("f3-syria.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.fatalities) == (
        "Air/drone strike", "Military Forces of Turkey (2016-)", 3)
    assert (strike.place.name, strike.place.geo_precision) == ("Al Qamishli", 2)  # "near the town of Qamishli"
    assert (killing.sub_event_type, killing.place.name, killing.fatalities) == ("Attack", "Hajin", 1)
    assert killing.event_date == date(2024, 1, 14)  # "on Sunday"


def test_a_dictionary_word_listed_with_cities_is_a_city(settings):
    events = events_of("f4-iran-protest.txt", settings)  # "rallied in Tehran, Ahvaz and Shush"
    assert [e.place.name for e in events] == ["Tehran", "Ahvaz", "Shush"]
    assert all(e.assoc_actor_1 == "Retirees (Iran)" and e.source == "Iran News Update" for e in events)
    assert events[0].size == 100


def test_arrests_in_three_towns_told_by_a_rights_group(settings):
    events = events_of("g1-hengaw.txt", settings)  # the date on a line of its own, after the outlet's name
    assert coded(events) == {"Mahabad": "Arrests", "Sanandaj": "Arrests", "Bukan": "Arrests"}
    for e in events:
        assert (e.actor1, e.actor2) == ("Police Forces of Iran (1989-)", "Civilians (Iran)")  # "intelligence agents"
        assert e.event_date == date(2022, 11, 13) and e.time_precision == 1  # not "last week's funeral"
        assert e.source == "Hengaw" and not e.source_is_party  # "the Hengaw Organization ... reported"


def test_a_lead_placed_in_a_country_is_the_attack_its_next_paragraph_places(settings):
    (attack,) = events_of("g3-burkina.txt", settings)
    assert (attack.sub_event_type, attack.fatalities) == ("Armed clash", 40)
    assert (attack.place.feature, attack.place.name) == ("admin1", "Centre-Nord")  # not the whole country
    assert attack.event_date == date(2024, 8, 24)  # "on Saturday", not "told AFP on Tuesday"
    assert attack.actor1 == "JNIM: Group for Support of Islam and Muslims"  # the claimant, not its patron
    assert attack.actor2 == "Military Forces of Burkina Faso (2022-)"


def test_coalition_warplanes_strike_the_houthis(settings):
    strike, drones, battle = events_of("g8-yemen.txt", settings)  # "ADEN, Yemen, Jan 18, 2022 / Xinhua /"
    assert (strike.sub_event_type, strike.place.name, strike.fatalities) == ("Air/drone strike", "Sanaa", 14)
    assert (strike.actor1, strike.actor2) == ("Operation Restoring Hope",
                                              "Military Forces of Yemen (2016-) Supreme Political Council")
    assert strike.assoc_actor_2 == ""  # the Houthis named twice are one side
    assert (drones.place.name, drones.fatalities) == ("Abu Dhabi", 3)
    assert (battle.sub_event_type, battle.fatalities) == ("Armed clash", 22)
    assert all(e.source == "Xinhua" and e.event_date == date(2022, 1, 18) for e in (strike, drones, battle))


def test_a_firefight_placed_by_the_next_paragraph_and_no_event_from_a_wounded_soldier(settings):
    (clash,) = events_of("g2-philippines.txt", settings)  # not "A wounded soldier was airlifted to ... Catarman"
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 3)  # "Two ... guerrillas and a soldier"
    assert (clash.place.name, clash.place.geo_precision) == ("Las Navas", 2)  # "Barangay Gusaran, Las Navas town"
    assert clash.actor1 == "NPA: New People's Army" and clash.actor2.startswith("Military Forces of the Philippines")
    assert clash.source == "" and clash.event_date == date(2024, 3, 2)  # "(March 3, 2024)" is no agency


def test_each_place_of_a_sentence_typed_by_its_own_clause(settings):
    by_place = {e.place.name: e for e in events_of("g5-peru.txt", settings)}
    assert by_place["Juliaca"].sub_event_type == "Violent demonstration" and by_place["Juliaca"].fatalities == 17
    assert by_place["Juliaca"].actor2 == "Police Forces of Peru (2022-)"  # "between protesters and security forces"
    assert by_place["Arequipa"].sub_event_type == "Peaceful protest"  # "marched peacefully", after Cusco's tyres
    assert by_place["Cusco"].sub_event_type == "Violent demonstration"
    assert by_place["Cusco"].place.feature == "admin1"  # "the neighbouring region of Cusco"


def test_a_driver_arrested_for_ramming_protesters_is_no_intervention(settings):
    by_place = {e.place.name: e for e in events_of("g9-serbia.txt", settings)}
    assert set(by_place) == {"Belgrade", "Novi Sad", "Nis", "Kragujevac", "Cacak"}
    assert by_place["Novi Sad"].sub_event_type == "Peaceful protest" and by_place["Novi Sad"].actor2 == ""


def test_the_police_and_the_crowd_told_in_the_next_paragraph(settings):
    (riot,) = events_of("g10-southafrica.txt", settings)  # Motherwell's namesake in Scotland is no place here
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Kariega")
    assert riot.actor2 == "Police Forces of South Africa (1994-)" and riot.size == 300  # "the crowd of about 300"


def test_retirees_in_eight_cities_one_event_each(settings):
    events = events_of("h1-iran-retirees.txt", settings)  # a scraped page: ad sizes, "Share this:"
    assert [e.place.name for e in events] == ["Ahvaz", "Kermanshah", "Shush", "Isfahan", "Tabriz", "Rasht",
                                              "Arak", "Tehran"]
    by_place = {e.place.name: e for e in events}
    assert by_place["Shush"].sub_event_type == "Protest with intervention"
    assert by_place["Kermanshah"].size == 200 and by_place["Kermanshah"].assoc_actor_1 == "Retirees (Iran)"
    assert by_place["Isfahan"].place.geo_precision == 1  # "Retirees in Isfahan" opens a paragraph: no village
    assert all(e.event_date == date(2023, 3, 5) and e.source == "NCRI" for e in events)


def test_arrests_for_past_protests_are_arrests(settings):
    events = events_of("h2-belarus.txt", settings)  # the dateline after the outlet's name
    assert {e.place.admin1 for e in events} == {"Minsk", "Gomel", "Brest"}
    for e in events:
        assert e.sub_event_type == "Arrests"  # "for taking part in the 2020 protests" is no protest now
        assert (e.actor1, e.actor2) == ("Police Forces of Belarus (1994-)", "Civilians (Belarus)")  # not Viasna
        assert e.time_precision == 2  # "this week"


def test_a_kidnapping_and_the_man_shot_dead_the_next_paragraph_tells(settings):
    (event,) = events_of("h3-kaduna.txt", settings)
    assert (event.sub_event_type, event.fatalities, event.place.name) == ("Abduction/forced disappearance", 1, "Kaduna")
    assert event.actor2 == "Civilians (Nigeria)" and event.event_date == date(2024, 3, 7)


def test_villages_and_roads_are_no_actors(settings):
    shelling, drone, killing, protest = events_of("h4-idlib.txt", settings)
    # "killing a child": civilians, not the villages shelled
    assert (shelling.actor1, shelling.actor2, shelling.fatalities) == ("Military Forces of Syria (2000-)", "Civilians (Syria)", 1)
    assert drone.actor2 == "QSD: Syrian Democratic Forces"  # not "Qamishli and Amuda"
    assert killing.actor2 == "NDF: National Defence Forces" and killing.place.name == "Al Mayadin"
    assert protest.sub_event_type == "Peaceful protest" and protest.place.name == "Jarabulus"


def test_a_province_wide_summary_yields_to_the_towns_it_names(settings):
    events = events_of("h6-punjab.txt", settings)
    assert [e.place.name for e in events] == ["Rajpura", "Bathinda", "Sangrur", "Amritsar", "Ambala"]
    ambala = events[-1]
    assert (ambala.sub_event_type, ambala.place.admin1, ambala.place.geo_precision) == (
        "Protest with intervention", "Haryana", 2)  # "the Shambhu border near Ambala in Haryana"


def test_each_city_of_a_two_clause_sentence_keeps_its_kind(settings):
    by_place = {e.place.name: e for e in events_of("h7-kenya.html", settings)}
    # "... as thousands of young Kenyans stormed parliament and set part of the building on fire": a crowd
    # violent itself is a riot, whatever force met it (ACLED); its dead stay its own
    assert by_place["Nairobi"].sub_event_type == "Violent demonstration"
    # (the crowd is "thousands of young Kenyans"; "two protesters" shot dead are no crowd)
    assert by_place["Nairobi"].fatalities == 2 and by_place["Nairobi"].size == 2000
    assert {by_place[c].sub_event_type for c in ("Mombasa", "Kisumu", "Nakuru")} == {"Peaceful protest"}
    assert by_place["Eldoret"].sub_event_type == "Violent demonstration"  # "looted shops and clashed with police"


def test_settlers_rampage_is_mob_violence_and_the_killing_before_it_no_toll(settings):
    huwara, jenin = events_of("h8-westbank.txt", settings)
    assert (huwara.sub_event_type, huwara.place.name, huwara.fatalities) == ("Mob violence", "Huwara", 0)
    assert (huwara.actor1, huwara.assoc_actor_1) == ("Rioters (Israel)", "Settlers (Israel)")
    assert (jenin.sub_event_type, jenin.fatalities) == ("Armed clash", 3)


def test_a_party_rally_in_three_cities_dated_by_the_closing_line(settings):
    events = events_of("h10-pakistan.txt", settings)  # "The Express Tribune, September 8, 2024"
    by_place = {e.place.name: e for e in events}
    assert {by_place[c].assoc_actor_1 for c in ("Lahore", "Karachi", "Peshawar")} == {"PTI: Pakistan Tehreek-i-Insaf"}
    assert by_place["Islamabad"].sub_event_type == "Protest with intervention"
    assert all(e.event_date == date(2024, 9, 8) for e in events)


def test_resistance_unit_activities_on_an_anniversary(settings):
    events = events_of("i2-mek-bulletin.txt", settings)  # "NCRI - On the anniversary of the November 2019 uprising"
    assert coded(events) == {"Tehran": "Peaceful protest", "Mashhad": "Peaceful protest",
                             "Shiraz": "Peaceful protest", "Zahedan": "Peaceful protest"}  # a banner burnt is no riot
    assert all(e.event_date == date(2023, 11, 15) and e.time_precision == 1 for e in events)  # not 2019
    assert all(e.source == "NCRI" and e.place.geo_precision == 1 for e in events)  # "Resistance Units in Mashhad"
    assert events[0].assoc_actor_1 == "Resistance Unit 1112"


def test_a_named_gang_kills_villagers(settings):
    attack, clash = events_of("i3-haiti-gangs.txt", settings)
    assert (attack.sub_event_type, attack.fatalities, attack.actor1) == ("Attack", 70, "Gran Grif Gang")
    assert attack.actor2 == "Civilians (Haiti)" and attack.place.admin1 == "Artibonite"
    # "Police and soldiers arrived hours later and exchanged fire with gang members": another event there
    assert (clash.sub_event_type, clash.actor1, clash.actor2) == ("Armed clash", "Police Forces of Haiti", "Gran Grif Gang")


def test_an_ambush_by_a_resistance_force_and_the_juntas_air_strikes(settings):
    ambush, strikes = events_of("i4-myanmar-ambush.txt", settings)
    assert (ambush.sub_event_type, ambush.fatalities, ambush.actor1) == ("Armed clash", 8, "PDF: People's Defense Force")
    assert ambush.assoc_actor_1 == "" and ambush.actor2 == "Military Forces of Myanmar (2021-)"
    assert (strikes.sub_event_type, strikes.actor1, strikes.fatalities) == (
        "Air/drone strike", "Military Forces of Myanmar (2021-)", 5)  # "The junta responded with air strikes"
    assert (ambush.event_date, strikes.event_date) == (date(2024, 1, 10), date(2024, 1, 11))


def test_a_us_drone_strike_and_the_crowd_at_its_site(settings):
    strike, protest = events_of("i6-iraq-drone.txt", settings)
    assert strike.fatalities == 3  # "killed a senior commander ... and two other people"
    assert "United States" in strike.actor1 + strike.assoc_actor_1 and strike.actor2 == "Kataib Hezbollah"
    assert (protest.sub_event_type, protest.place.name) == ("Peaceful protest", "Baghdad")  # "at the site of the strike"


def test_a_truckers_strike_joined_in_four_cities_and_arrests_in_a_fifth(settings):
    events = events_of("j1-truckers.txt", settings)  # "Drivers in A, B, C and D joined the strike on Wednesday"
    assert coded(events) == {"Bandar Abbas": "Peaceful protest", "Isfahan": "Peaceful protest", "Kerman": "Peaceful protest",
                             "Yazd": "Peaceful protest", "Qazvin": "Protest with intervention"}  # "arrested ... striking drivers"
    assert all(e.event_date == date(2018, 5, 23) for e in events)
    assert events[0].source == "People's Mojahedin Organization of Iran (PMOI/MEK)"  # "Reported by the ..."


def test_an_army_that_says_it_struck_and_gunmen_on_a_road(settings):
    strikes, killing = events_of("j2-mali.txt", settings)
    assert strikes.actor1 == "Military Forces of Mali (2021-)"  # "The Malian army said ... it had neutralized"
    assert (strikes.fatalities, strikes.place.name, strikes.place.geo_precision) == (30, "Bourem", 2)
    assert (strikes.event_date, strikes.time_precision) == (date(2023, 9, 30), 2)  # "over the weekend"
    assert (killing.actor2, killing.fatalities) == ("Civilians (Mali)", 4)  # "four traders"


def test_a_truck_bomb_on_a_base_is_a_bombing(settings):
    (bombing,) = events_of("j3-colombia.txt", settings)
    assert (bombing.sub_event_type, bombing.fatalities) == ("Remote explosive/landmine/IED", 2)
    assert bombing.actor1 == "ELN: National Liberation Army"
    assert bombing.actor2.startswith("Military Forces of Colombia")  # not "eastern Arauca", tagged ORG


def test_students_fighting_a_party_wing_and_their_dead_elsewhere(settings):
    by_place = {e.place.name: e for e in events_of("j4-bangladesh-students.txt", settings)}
    assert {name: e.sub_event_type for name, e in by_place.items()} == {
        "Chattogram": "Violent demonstration", "Dhaka": "Violent demonstration", "Rangpur": "Violent demonstration"}
    assert by_place["Chattogram"].actor2 == "BCL: Bangladesh Chhatra League" and by_place["Chattogram"].fatalities == 3
    assert by_place["Dhaka"].fatalities == 2 and by_place["Dhaka"].actor1 == "Rioters (Bangladesh)"


def test_marches_across_france_dated_by_the_credit_line(settings):
    events = events_of("j5-french-pensions.txt", settings)  # "(Reporting by ...; published January 19, 2023)"
    assert [e.place.name for e in events] == ["Paris", "Marseille", "Lyon", "Nantes", "Toulouse"]
    # ("Police fired tear gas at a small group of protesters who threw projectiles": ACLED codes a
    # demonstration some of whose participants turn violent as a violent demonstration)
    assert events[0].sub_event_type == "Violent demonstration" and events[0].size == 80000
    assert all(e.event_date == date(2023, 1, 19) for e in events)


def test_a_dateline_after_the_headline_dates_rallies_and_passive_arrests(settings):
    events = events_of("k1-zahedan.txt", settings)
    assert all(e.event_date == date(2023, 10, 13) and e.time_precision == 1 for e in events)
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].place.name == "Zahedan"
    # "at least 14 people were arrested": no arrester named, ACLED's is the police
    assert arrests[0].actor1 == "Police Forces of Iran (1989-)" and arrests[0].actor2 == "Civilians (Iran)"
    assert {e.place.name: e.sub_event_type for e in events if e not in arrests}["Khash"] == "Protest with intervention"


def test_shells_fired_by_a_named_force_hit_a_market(settings):
    shelling, strike = events_of("k2-omdurman.txt", settings)
    assert shelling.place.name == "Omdurman" and shelling.fatalities == 17
    assert (shelling.actor1, shelling.actor2) == ("RSF: Rapid Support Forces", "Civilians (Sudan)")
    assert strike.sub_event_type == "Air/drone strike" and strike.actor1 == "Military Forces of Sudan (2019-)"


def test_arrests_during_a_march_are_its_intervention(settings):
    events = {e.place.name: e for e in events_of("k3-venezuela.txt", settings)}
    assert set(events) == {"Caracas", "Maracaibo", "Barquisimeto", "Valencia", "Merida", "Ciudad Guayana"}
    guayana = events["Ciudad Guayana"]
    assert guayana.sub_event_type == "Protest with intervention" and guayana.actor1 == "Protesters (Venezuela)"


def test_a_distance_from_the_dateline_town_is_no_event_there_and_rebels_named_once(settings):
    events = events_of("k4-sake.txt", settings)
    sake = [e for e in events if e.place.name == "Sake"]
    # "Sake, about 25 kilometers (15 miles) west of Goma": Goma only situates Sake
    assert [e.sub_event_type for e in sake] == ["Armed clash", "Shelling/artillery/missile attack"]
    assert not any(e.place.name == "Goma" and e.sub_event_type == "Armed clash" for e in events)
    shelling = sake[1]  # "in the hills above Sake": the town the story has named
    assert shelling.actor1 == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert shelling.assoc_actor_1 == "Wazalendo Militia"  # "backed by militias known as Wazalendo" (named so since batch ah)
    assert shelling.actor2 == "M23: March 23 Movement"  # "rebel positions" after "M23 rebels"


def test_attackers_also_killed_add_to_the_toll(settings):
    (event,) = events_of("k6-dikhan.txt", settings)
    assert event.fatalities == 5 and event.actor1 == "TTP: Tehreek-e-Taliban Pakistan"


def test_the_sources_own_units_make_it_a_party_and_a_pictured_man_is_no_village(settings):
    events = {e.place.name: e for e in events_of("k7-resistance-units.txt", settings)}
    assert set(events) == {"Tehran", "Karaj", "Shiraz", "Isfahan", "Rasht"}
    assert events["Karaj"].place.geo_precision == 1  # "a banner of Khamenei in Karaj"
    for name in ("Tehran", "Karaj", "Shiraz", "Isfahan"):  # "the MEK Resistance Units", then "the Resistance Units"
        assert events[name].source_is_party and events[name].event_type == "Riots"
    assert not events["Rasht"].source_is_party  # youths writing slogans: not the source's units


def test_a_crowd_met_with_water_cannon_despite_a_namesake_street(settings):
    events = {e.place.name: e for e in events_of("k9-chile.txt", settings)}
    assert events["Santiago"].sub_event_type == "Violent demonstration"  # "hooded protesters who threw stones"
    assert events["Santiago"].actor2 == "Police Forces of Chile (2022-)"
    assert events["Valparaiso"].sub_event_type == "Peaceful protest" and events["Valparaiso"].size == 2000


def test_fighting_spreads_to_a_city_its_dead_counted_later_and_a_militia_town_namesake(settings):
    events = {e.place.name: e for e in events_of("k10-amhara.txt", settings)}
    assert set(events) == {"Bahir Dar", "Gonder"}  # "Fano militiamen" name no town in Italy
    bahir_dar = events["Bahir Dar"]  # "Gunfire and explosions were heard": no second event
    assert bahir_dar.sub_event_type == "Armed clash" and bahir_dar.fatalities == 3
    assert {bahir_dar.actor1, bahir_dar.actor2} == {"Military Forces of Ethiopia (2018-)", "Fano Militia"}
    assert events["Gonder"].actor1 == "Fano Militia"


def test_two_crowds_in_one_town_and_the_tellers_whereabouts_is_no_event_place(settings):
    events = events_of("l1-retirees.txt", settings)
    shush = [e for e in events if e.place.name == "Shush"]
    # "in Ahvaz, Shush and several other cities": a listed name is a city; retirees and, in
    # another paragraph, sugar workers demonstrated there: two events
    assert sorted(e.assoc_actor_1 for e in shush) == ["Labour Group (Iran)", "Retirees (Iran)"]
    isfahan = next(e for e in events if e.place.name == "Isfahan")
    # "..., according to reports from the PMOI/MEK network inside Iran": the next sentence goes on in Isfahan
    assert isfahan.sub_event_type == "Protest with intervention"
    assert not any(e.place.feature == "country" for e in events)


def test_an_ambush_placed_by_the_next_sentence_and_a_reprisal_nearby(settings):
    ambush, strike = events_of("l2-myanmar.txt", settings)
    # "near Kalewa township as the convoy traveled toward the town of Kale": Kale is where it went
    assert ambush.place.name == "Kalewa" and ambush.place.geo_precision == 2
    assert ambush.fatalities == 14  # 11 soldiers, and "Three of its fighters were also killed"
    # "Resistance fighters ambushed ..., a local People's Defense Force group said": its own fighters
    assert ambush.actor1 == "PDF: People's Defense Force"
    assert strike.sub_event_type == "Air/drone strike" and strike.event_date == date(2023, 10, 11)
    assert strike.place.geo_precision == 2 and strike.fatalities == 6  # "in nearby Yinmabin township", unknown


def test_an_attack_on_a_base_in_an_unknown_town_names_the_army(settings):
    bombing, attack = events_of("l3-mogadishu.txt", settings)
    assert bombing.sub_event_type == "Suicide bomb" and bombing.event_date == date(2023, 8, 4)  # "late on Friday"
    assert (attack.actor1, attack.actor2) == ("Al Shabaab", "Military Forces of Somalia (2022-)")
    # "the town of Bulo Burte", tagged as no place, is Buulobarde (and no actor)
    assert (attack.place.name, attack.place.geo_precision, attack.fatalities) == ("Buulobarde", 1, 17)


def test_the_capital_before_any_event_and_the_party_of_those_dispersed(settings):
    dhaka, chittagong = events_of("l4-bangladesh.txt", settings)
    assert dhaka.place.name == "Dhaka" and dhaka.event_type == "Riots"
    assert dhaka.assoc_actor_1 == "BNP: Bangladesh Nationalist Party"  # "Hartal supporters" name no group
    assert chittagong.sub_event_type == "Protest with intervention"
    assert chittagong.assoc_actor_1 == "BNP: Bangladesh Nationalist Party"  # "to disperse BNP activists"


def test_colonists_attacking_a_village_are_settlers(settings):
    (attack,) = events_of("l6-turmusayya.txt", settings)
    assert (attack.actor1, attack.actor2) == ("Settlers (Israel)", "Civilians (Palestine)")
    assert attack.fatalities == 1 and attack.source == "WAFA"  # "shooting dead a Palestinian man"


def test_an_html_page_saved_as_text_and_districts_are_no_actors(settings):
    events = events_of("l9-diyarbakir.txt", settings)
    assert [e.place.name for e in events] == ["Diyarbakır", "Batman"]
    assert all(e.source == "Bianet English" and "<" not in e.notes for e in events)
    assert events[0].actor2 == "Yesil Sol Parti: Green Left Party"  # not "Kayapınar" (districts), nor YSP twice
    assert events[1].actor2 == "Association of Lawyers for Freedom"


def test_said_had_been_killed_is_the_report_and_since_2020_no_date(settings):
    events = events_of("l10-armenia.txt", settings)
    assert [e.place.name for e in events] == ["Jermuk", "Goris", "Kapan"]
    assert sum(e.fatalities for e in events) == 49
    assert all(e.actor1 == "Military Forces of Azerbaijan (2003-)" for e in events)


def test_the_sources_known_units_make_it_a_party_and_a_flight_is_no_nationality(settings):
    events = {e.place.name: e for e in events_of("m1-posters.txt", settings)}
    assert set(events) == {"Tehran", "Mashhad", "Tabriz", "Sanandaj", "Khorramabad"}
    # "the downing of Ukrainian flight PS752" names no demonstrators' nationality
    assert all(e.actor1 == "Protesters (Iran)" and e.source_is_party for e in events.values())
    assert events["Khorramabad"].assoc_actor_1 == "Resistance Unit 214"


def test_a_drone_strike_documented_by_monitors_and_a_name_without_its_article(settings):
    strike = events_of("m2-sohr.txt", settings)[0]
    # "SOHR activists have documented a Turkish drone strike": the monitors only tell of it
    assert (strike.actor1, strike.actor2) == ("Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces")
    assert strike.place.name == "Al Qamishli" and strike.place.geo_precision == 2  # "the road between Qamishli and Amuda"
    assert strike.fatalities == 2


def test_the_next_sentence_says_who_carried_out_the_attack(settings):
    (attack,) = events_of("m4-jamundi.txt", settings)
    assert attack.actor1 == "EMC: Central General Staff" and attack.fatalities == 1


def test_mobs_torching_houses_and_the_town_where_police_met_them(settings):
    events = {e.place.name: e for e in events_of("m5-manipur.txt", settings)}
    assert set(events) == {"Churachandpur", "Bishnupur"}  # "flag marches" are no protest
    town = events["Churachandpur"]  # the district, then "the mob in Churachandpur town"
    assert town.event_type == "Riots" and town.place.geo_precision == 1
    assert town.actor2 == "Police Forces of India (2014-)"


def test_riots_after_a_killing_elsewhere_and_damage_without_a_doer(settings):
    events = {e.place.name: e for e in events_of("m8-france.txt", settings)}
    # the killing "in the Paris suburb of Nanterre" is the grievance, not where they rioted
    assert set(events) == {"Marseille", "Lyon"}
    assert all(e.sub_event_type == "Violent demonstration" and e.actor1 == "Rioters (France)" for e in events.values())
    assert events["Marseille"].actor2 == "Police Forces of France (2017-)"  # "attacked police with fireworks and stones"


def test_a_storming_and_where_the_unrest_began_days_before(settings):
    almaty, zhanaozen, aktau = events_of("m9-kazakhstan.txt", settings)
    assert almaty.event_type == "Riots" and almaty.actor2 == "Police Forces of Kazakhstan (2019-)"
    assert zhanaozen.event_date == date(2022, 1, 2) and aktau.place.name == "Aktau"


def test_a_closing_line_with_a_weekday_dates_a_short_story(settings):
    (attack,) = events_of("m10-mukondi.txt", settings)
    assert attack.event_date == date(2023, 3, 10) and attack.fatalities == 23
    assert attack.actor1 == "ADF: Allied Democratic Forces"


def test_a_rights_group_opening_its_report_is_its_source_and_a_headline_names_no_one(settings):
    killing, arrests = events_of("n1-kolbars.txt", settings)
    # "Border Guards Near Baneh" in the headline, tagged a person, does not make Baneh a surname
    assert killing.place.name == "Baneh" and killing.fatalities == 2 and killing.event_date == date(2024, 3, 9)
    assert killing.actor1.startswith("Police Forces of Iran (1989-)") and "Hengaw" not in killing.assoc_actor_2
    assert killing.actor2 == "Civilians (Iran)"  # (not "Kolbars", a role noun tagged ORG)
    assert arrests.place.name == "Mahabad" and arrests.event_date == date(2024, 3, 8)
    assert {killing.source, arrests.source} == {"Hengaw Organization for Human Rights"}


def test_a_camp_is_no_actor_and_a_short_story_is_dated_by_its_credit_line(settings):
    massacre, taken = events_of("n3-geneina.txt", settings)
    assert (massacre.actor1, massacre.actor2, massacre.fatalities) == ("RSF: Rapid Support Forces", "Civilians (Sudan)", 800)
    assert (massacre.event_date, massacre.time_precision) == (date(2023, 11, 3), 2)  # "last week"
    assert taken.place.name == "Ardamata" and taken.event_date == date(2023, 11, 4)


def test_gang_members_who_burn_and_kill_are_no_rioters(settings):
    (attack,) = events_of("n4-mirebalais.txt", settings)
    assert (attack.sub_event_type, attack.fatalities) == ("Attack", 10)
    assert attack.actor1 == "Unidentified Armed Group (Haiti)" and attack.size is None


def test_clashes_between_protesters_and_police_and_a_crowd_in_its_own_clause(settings):
    juliaca, chala, cusco = events_of("n5-peru.txt", settings)
    assert juliaca.sub_event_type == "Violent demonstration" and juliaca.fatalities == 17
    assert juliaca.size is None  # "left at least 17 people dead" is no crowd
    assert (chala.size, cusco.size) == (None, 2000)


def test_a_claim_after_a_paragraph_without_an_event(settings):
    (massacre,) = events_of("n6-balochistan.txt", settings)
    assert massacre.actor1 == "BLA: Balochistan Liberation Army" and massacre.fatalities == 23  # "shot dead 23 of them"


def test_an_outlet_before_the_date_on_the_first_line_is_the_source(settings):
    events = events_of("n7-suwayda.txt", settings)
    assert [e.place.name for e in events] == ["As-Suwayda", "Shahba", "Al Qurayya", "Salkhad"]
    assert all(e.source == "Suwayda 24" for e in events)


def test_a_dateline_city_is_no_subject_and_the_claimant_named_after_by(settings):
    (attack,) = events_of("n9-mansila.txt", settings)
    assert attack.actor1 == "JNIM: Group for Support of Islam and Muslims"  # "The attack ... was claimed by"
    assert attack.event_date == date(2024, 6, 11)  # "The attack on Tuesday was claimed by ..."
    assert attack.actor2 == "VDP: Volunteers for the Defense of the Homeland"  # the victims, once


def test_nurses_in_a_city_are_no_village_near_it(settings):
    events = {e.place.name: e for e in events_of("o1-nurses.txt", settings)}
    assert {"Tehran", "Shiraz", "Ahvaz", "Arak", "Kermanshah", "Sanandaj", "Fars"} == set(events)
    assert events["Tehran"].place.geo_precision == 1 and events["Fars"].place.geo_precision == 3
    assert not any(e.source_is_party for e in events.values())  # nurses and retirees are not the MEK's


def test_a_distance_from_a_city_is_no_second_event(settings):
    (strike,) = events_of("o2-letyetkone.txt", settings)  # "about 110 kilometers northwest of Mandalay"
    assert strike.place.name == "Sagaing" and strike.fatalities == 11
    assert strike.actor1 == "Military Forces of Myanmar (2021-)"  # "Helicopter gunships of Myanmar's military"


def test_the_state_a_source_blames(settings):
    (strike,) = events_of("o4-sulaymaniyah.txt", settings)
    assert strike.actor1 == "Military Forces of Turkey (2016-)" and strike.place.name == "Sulaymaniyah"


def test_victims_named_by_their_people_and_tanks_of_a_state(settings):
    rafah, khan_younis = events_of("o7-rafah.txt", settings)
    assert (rafah.actor2, rafah.fatalities) == ("Civilians (Palestine)", 67)  # not "Israeli forces freed two hostages"
    assert khan_younis.actor1 == "Military Forces of Israel (2022-)"  # "Israeli tanks shelled"


def test_who_told_of_the_shelling_is_not_its_target(settings):
    (shelling,) = events_of("o8-mogadishu.txt", settings)
    assert (shelling.actor1, shelling.actor2) == ("Al Shabaab", "Civilians (Somalia)")  # not the police who said so
    assert shelling.event_date == date(2022, 2, 22)


def test_security_forces_who_beat_a_crowd_and_a_known_units_posters(settings):
    events = {e.place.name: e for e in events_of("p1-iran-bakers.txt", settings)}
    farmers = events["Isfahan"]  # "In Isfahan Province, farmers ..."
    assert farmers.place.geo_precision == 3 and farmers.sub_event_type == "Protest with intervention"
    assert events["Tabriz"].assoc_actor_1 == "Resistance Unit 1350" and events["Tabriz"].source_is_party
    assert not events["Mashhad"].source_is_party


def test_clashes_between_two_named_factions(settings):
    (clash,) = events_of("p2-libya.txt", settings)
    assert (clash.actor1, clash.actor2, clash.assoc_actor_1) == ("444 Brigade", "Special Deterrence Force", "")
    assert clash.fatalities == 55 and clash.place.name == "Tripoli"


def test_rustlers_who_killed_police_officers(settings):
    (ambush,) = events_of("p4-kenya-cattle.txt", settings)
    assert (ambush.actor1, ambush.actor2) == ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2022-)")
    assert ambush.fatalities == 4 and ambush.source == "Xinhua"


def test_a_conflicts_cumulative_toll_is_no_events_toll(settings):
    ambush, raid, arson = events_of("q1-cameroon.txt", settings)
    # "Suspected separatist fighters killed three soldiers in an ambush near the town of Ndop in
    # Cameroon's Northwest region": the region is no actor; the unnamed separatists are ACLED's
    # 'Ambazonian Separatists' there
    assert (ambush.place.name, ambush.sub_event_type, ambush.fatalities) == ("Ndop", "Armed clash", 3)
    assert (ambush.actor1, ambush.actor2) == ("Ambazonian Separatists", "Military Forces of Cameroon (1982-)")
    # "troops later killed five separatists in a raid": a fight with armed men; "The conflict has
    # killed more than 6,000 people" a paragraph later is no part of it
    assert (raid.place.name, raid.sub_event_type, raid.fatalities) == ("Batibo", "Armed clash", 5)
    assert (arson.place.name, arson.event_date) == ("Kumbo", date(2024, 3, 12))


def test_security_forces_attacking_a_gathering_are_its_intervention(settings):
    by_place = {e.place.name: e for e in events_of("q3-teachers.txt", settings)}
    assert len(by_place) == 9
    isfahan = by_place.pop("Isfahan")
    assert (isfahan.sub_event_type, isfahan.actor1) == ("Protest with intervention", "Protesters (Iran)")
    assert isfahan.actor2 == "Police Forces of Iran (1989-)"
    assert all(e.sub_event_type == "Peaceful protest" and e.assoc_actor_1 == "Teachers (Iran)" for e in by_place.values())
    assert all(e.source == "NCRI" and not e.source_is_party for e in by_place.values())


def test_a_battles_sides_named_in_the_next_paragraph(settings):
    (clash,) = events_of("q4-tripoli.txt", settings)
    assert (clash.place.name, clash.sub_event_type, clash.fatalities) == ("Tripoli", "Armed clash", 55)
    # "Clashes between two powerful armed groups ... killed at least 55 people. Fighting erupted ...
    # between the 444th Brigade and the Special Deterrence Force": the dead are no side
    assert (clash.actor1, clash.actor2) == ("444th Brigade", "Special Deterrence Force")
    assert {e.text for e in clash.evidence if e.field in ("actor1", "actor2")} == {
        "the 444th Brigade", "the Special Deterrence Force"}


def test_no_one_killed_is_no_death(settings):
    attack, *prisons = events_of("q6-ecuador.txt", settings)
    assert (attack.place.name, attack.sub_event_type, attack.fatalities) == ("Guayaquil", "Attack", 0)
    assert {e.place.name for e in prisons} == {"Cuenca", "Machala"}


def test_supporters_clashing_with_police_then_looting_are_one_riot_per_city(settings):
    events = events_of("q7-senegal.txt", settings)
    assert coded(events) == {"Dakar": "Violent demonstration", "Ziguinchor": "Violent demonstration"}
    assert len(events) == 2  # the looting in Ziguinchor is the rioters', not a second event
    assert all(e.actor1 == "Rioters (Senegal)" and e.actor2 == "Police Forces of Senegal (2012-)" for e in events)


def test_border_fighting_is_not_placed_at_the_dateline_city(settings):
    events = events_of("q8-batken.txt", settings)
    assert "Bishkek" not in {e.place.name for e in events}
    by_place = {e.place.name: e for e in events}
    assert by_place["Batken"].actor1 == "Military Forces of Tajikistan"  # "where Tajik forces shelled the town"
    assert by_place["Batken"].sub_event_type == "Shelling/artillery/missile attack"
    assert by_place["Isfara"].actor1 == "Military Forces of Kyrgyzstan"  # "Tajikistan said Kyrgyz forces had fired"


def test_a_claim_names_the_rebels_and_an_unknown_village_stays_in_the_story(settings):
    killing, firefight = events_of("q9-papua.txt", settings)
    assert killing.actor1 == "TPNPB: West Papua National Liberation Army"
    assert (killing.place.admin1, killing.place.geo_precision) == ("Papua Tengah", 3)
    # "in a firefight in the village of Titigi" (not in the gazetteer): the story's place
    assert (firefight.sub_event_type, firefight.fatalities, firefight.event_date) == ("Armed clash", 2, date(2024, 4, 7))
    assert firefight.place.admin1 == "Papua Tengah" and firefight.place.geo_precision >= 2


def test_a_demonstration_said_to_be_peaceful_stays_peaceful(settings):
    events = events_of("q10-niamey.html", settings)
    assert coded(events) == {"Niamey": "Peaceful protest", "Zinder": "Peaceful protest"}
    assert all(e.actor2 == "" and e.source == "Sahel News" for e in events)


def test_what_a_region_is_known_for_is_no_event(settings):
    # "The Tillaberi region ... is a hotbed of attacks by groups linked to al Qaeda and Islamic State"
    (attack,) = events_of("r1-niger.txt", settings)
    # 12 soldiers, and "dozens of the attackers" its troops "neutralised" (ACLED reads "dozens" as 12)
    assert (attack.sub_event_type, attack.fatalities, attack.event_date) == ("Armed clash", 24, date(2023, 10, 2))
    assert attack.actor2 == "Military Forces of Niger (2023-)"


def test_a_committees_statement_stun_grenades_and_one_march_per_city(settings):
    events = events_of("r3-sudan-rc.txt", settings)
    assert coded(events) == {"Khartoum": "Protest with intervention", "Khartoum North": "Protest with intervention",
                             "Omdurman": "Excessive force against protesters"}
    assert len(events) == 3  # Bahri's march and the stun grenades fired at it are one event
    assert all(e.source == "Khartoum Resistance Committees" for e in events)
    assert {e.place.name: e.fatalities for e in events}["Omdurman"] == 1  # not the 87 "since the coup"


def test_the_bombing_named_again_places_it_and_a_partys_patron_is_no_victim(settings):
    (bombing,) = events_of("r5-bajaur.txt", settings)
    assert (bombing.sub_event_type, bombing.place.name, bombing.place.geo_precision) == ("Suicide bomb", "Khar", 1)
    assert (bombing.actor1, bombing.actor2) == ("Islamic State (Pakistan)", "Civilians (Pakistan)")
    assert bombing.fatalities == 54


def test_a_withdrawal_after_a_takeover_is_how_the_town_was_taken(settings):
    (taken,) = events_of("r6-rubaya.txt", settings)
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    assert taken.actor1 == "M23: March 23 Movement"
    # "after heavy fighting with the army and allied Wazalendo militias"
    assert (taken.actor2, taken.assoc_actor_2) == (
        "Military Forces of the Democratic Republic of Congo (2019-)", "Wazalendo Militia")
    assert taken.fatalities == 4  # "killed by stray bullets", told after the withdrawal


def test_a_place_in_a_movements_name_is_no_protest_place(settings):
    (protest,) = events_of("r7-yerevan.txt", settings)  # not in Tavush ("Tavush for the Homeland" movement)
    assert (protest.place.name, protest.sub_event_type, protest.size) == ("Yerevan", "Protest with intervention", 2000)


def test_two_israeli_strikes_on_one_town_hours_apart(settings):
    events = events_of("r8-nabatieh.txt", settings)
    strikes = [e for e in events if e.place.country == "Lebanon"]
    assert [(e.sub_event_type, e.fatalities, e.actor2) for e in strikes] == [
        ("Air/drone strike", 2, "Hezbollah"), ("Air/drone strike", 7, "Civilians (Lebanon)")]
    assert all(e.actor1 == "Military Forces of Israel (2022-)" for e in strikes)


def test_a_dateline_with_a_state_and_no_agency(settings):
    (attack,) = events_of("r9-celaya.html", settings)
    # "CELAYA, Guanajuato - Armed men burst into a bar ...": the dateline is no part of the actor
    assert (attack.actor1, attack.actor2) == ("Unidentified Armed Group (Mexico)", "Civilians (Mexico)")
    assert (attack.place.name, attack.fatalities, attack.event_date) == ("Celaya", 5, date(2024, 6, 8))


def test_a_toll_told_for_two_cities_is_theirs(settings):
    by_place = {e.place.name: e for e in events_of("r10-lagos.txt", settings)}
    assert {n: e.fatalities for n, e in by_place.items()} == {
        "Lagos": 0, "Abuja": 0, "Maiduguri": 2, "Suleja": 2, "Kano": 0}
    assert by_place["Kano"].sub_event_type == "Violent demonstration"


def test_arrests_in_four_cities_not_the_fifth_and_a_monitor_is_no_party(settings):
    events = events_of("s1-bahai.txt", settings)
    assert coded(events) == {c: "Arrests" for c in ("Shiraz", "Isfahan", "Yazd", "Karaj")}  # "no one was arrested" in Semnan
    # "Iran HRM - Security agents ... arrested": the monitor opening its report tells, it does not act
    assert all(e.source == "Iran HRM" and not e.source_is_party for e in events)


def test_people_who_died_in_clashes_of_a_protest_story(settings):
    by_place = {e.place.name: e for e in events_of("s2-dhaka.txt", settings)}
    riot = by_place["Chattogram"]  # "at least seven people died in clashes near the university"
    assert (riot.sub_event_type, riot.actor1, riot.fatalities, riot.size) == (
        "Violent demonstration", "Rioters (Bangladesh)", 7, None)
    assert by_place["Dhaka"].sub_event_type == "Violent demonstration"


def test_protests_where_shops_were_looted_are_riots(settings):
    by_place = {e.place.name: e for e in events_of("s4-maputo.txt", settings)}
    # the crowd that met live rounds had barricaded roads and thrown stones: rioters (ACLED's excessive
    # force is against demonstrators "not engaging in violence")
    assert by_place["Maputo"].sub_event_type == "Violent demonstration" and by_place["Maputo"].fatalities == 3
    assert by_place["Matola"].sub_event_type == by_place["Beira"].sub_event_type == "Violent demonstration"


def test_a_city_seized_and_its_airport_given_up_are_one_event_not_at_the_dateline(settings):
    events = events_of("s5-aleppo.txt", settings)
    assert {e.place.name for e in events} == {"Aleppo", "Idlib"}  # nothing in Beirut
    aleppo = next(e for e in events if e.place.name == "Aleppo")
    assert (aleppo.sub_event_type, aleppo.actor1, aleppo.event_date) == (
        "Non-state actor overtakes territory", "HTS: Hayat Tahrir al Sham", date(2024, 11, 29))


def test_the_dead_of_a_march_that_turned_violent(settings):
    (riot,) = events_of("s6-islamabad.txt", settings)
    assert (riot.place.name, riot.sub_event_type, riot.fatalities) == ("Islamabad", "Violent demonstration", 4)


def test_one_massacre_told_by_a_committee_and_denied_by_its_perpetrator(settings):
    (attack,) = events_of("s7-gezira.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Attack", "RSF: Rapid Support Forces", 104)
    assert attack.place.admin1 == "Al Jazirah"


def test_a_digest_dated_by_its_title(settings):
    events = events_of("s9-digest.txt", settings)  # "Conflict Digest, 12 March 2024"
    assert [(e.place.name, e.event_date) for e in events] == [
        ("Mogadishu", date(2024, 3, 7)), ("Sokoto", date(2024, 3, 9)), ("Popayan", date(2024, 3, 11))]
    assert [e.sub_event_type for e in events] == ["Armed clash", "Abduction/forced disappearance", "Peaceful protest"]


def test_a_camp_fire_blamed_on_an_armed_group(settings):
    (arson,) = events_of("s10-rohingya.txt", settings)
    assert (arson.sub_event_type, arson.place.name) == ("Looting/property destruction", "Cox's Bazar")
    assert arson.actor1 == "Unidentified Armed Group (Bangladesh)" and arson.fatalities == 0


def test_a_general_strike_in_eight_cities_of_three_provinces(settings):
    events = events_of("t1-kurd-strike.txt", settings)
    cities = ("Sanandaj", "Saqqez", "Mahabad", "Bukan", "Piranshahr", "Javanrud", "Marivan", "Baneh")
    assert coded(events) == {c: "Protest with intervention" if c == "Mahabad" else "Peaceful protest" for c in cities}
    # the provinces only situate the cities; the arrests in Mahabad are the strike's intervention there
    mahabad = next(e for e in events if e.place.name == "Mahabad")
    assert mahabad.actor2 == "Police Forces of Iran (1989-)"
    # "according to reports received by KHRN": the network tells, it is no party
    assert all(e.source == "Kurdistan Human Rights Network (KHRN)" and not e.source_is_party for e in events)


def test_a_capture_and_assaults_repelled_elsewhere_are_two_events(settings):
    events = events_of("t2-donetsk.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in events] == [
        ("Donetska", "Non-state actor overtakes territory"), ("Pokrovsk", "Armed clash"),
        ("Kostyantynivka", "Shelling/artillery/missile attack")]
    assert events[1].actor1 == "Military Forces of Ukraine (2019-)"


def test_an_attack_at_sea_is_not_placed_on_land(settings):
    events = events_of("t3-redsea.txt", settings)
    # "the Belize-flagged cargo ship ... in the Gulf of Aden": not Belize, Aden, Dubai or Papua's Gulf province
    assert [e.place.name for e in events] == ["Al Hudaydah"]


def test_a_district_of_beirut_is_no_namesake_in_yemen(settings):
    events = events_of("t6-beirut-banks.txt", settings)
    assert {e.place.country for e in events} == {"Lebanon"}
    assert {e.place.name for e in events} == {"Beirut", "Aley", "Marjayoun"}


def test_activists_glued_to_a_runway_and_detained(settings):
    events = events_of("t7-berlin.txt", settings)
    assert coded(events) == {"Berlin": "Protest with intervention", "Hamburg": "Protest with intervention"}
    assert all(e.actor2 == "Police Forces of Germany" for e in events)  # not "the BER airport"


def test_a_dateline_city_in_capitals_a_state_tagged_nationality_and_a_town_that_is_a_word(settings):
    raid, revenge = events_of("t8-jonglei.txt", settings)
    # "Jonglei state's Duk county" (Jonglei tagged NORP, Duk unknown); "armed youths from Pibor" no side
    assert (raid.place.name, raid.place.geo_precision, raid.fatalities) == ("Jonglei State", 3, 20)
    assert raid.actor2 == "Civilians (South Sudan)"
    assert (revenge.place.name, revenge.fatalities, revenge.event_date) == ("Bor", 2, date(2024, 3, 10))  # "in Bor town"


def test_a_protest_from_a_past_year_is_background(settings):
    (protest,) = events_of("t9-karachi.txt", settings)
    # "In 2019, a similar protest in the city turned violent when police baton-charged the demonstrators"
    assert (protest.sub_event_type, protest.actor2, protest.size) == ("Peaceful protest", "", 200)


def test_steelworkers_rallying_where_retirees_rallied_are_a_second_crowd(settings):
    events = events_of("u1-iran-retirees.txt", settings)
    ahvaz = sorted(e.assoc_actor_1 for e in events if e.place.name == "Ahvaz")
    assert ahvaz == ["Labour Group (Iran)", "Retirees (Iran)"]
    assert len(events) == 8 and all(e.event_date == date(2024, 1, 21) for e in events)


def test_soldiers_killed_in_a_gunfight_with_militants(settings):
    (clash,) = events_of("u3-kashmir.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 4)
    assert (clash.actor1, clash.actor2) == ("Unidentified Armed Group (India)", "Military Forces of India (2014-)")


def test_the_attack_placed_near_a_town_claimed_and_its_road_ends_no_places(settings):
    attack, bomb = events_of("v1-balochistan.txt", settings)
    # "The attack took place near Kalat, about 150 km south of the provincial capital Quetta, on the
    # highway linking Quetta to Karachi"; "The banned BLA claimed responsibility"
    assert (attack.place.name, attack.place.geo_precision, attack.fatalities) == ("Kalat", 2, 9)
    assert (attack.actor1, attack.actor2) == ("BLA: Balochistan Liberation Army", "Civilians (Pakistan)")
    assert attack.event_date == date(2026, 10, 13)
    assert (bomb.place.name, bomb.event_date) == ("Turbat", date(2026, 10, 14))
    # "Separatist insurgents in Balochistan have for decades fought the state" is background


def test_fighters_killed_when_a_foreign_drone_struck_their_car(settings):
    strike, shelling = events_of("v3-qamishli.txt", settings)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces")
    assert strike.fatalities == 2  # "Two fighters of the Syrian Democratic Forces (SDF) were killed"
    assert shelling.actor1 == "Military Forces of Turkey (2016-)" and shelling.fatalities == 0


def test_a_dateline_with_a_date_and_no_place_resolves_weekdays(settings):
    strike, clash = events_of("v4-sagaing.txt", settings)  # "Nov 18, 2026 (The Irrawaddy) - ..."
    assert (strike.event_date, strike.fatalities, strike.source) == (date(2026, 11, 16), 12, "The Irrawaddy")
    assert (clash.event_date, clash.actor1) == (date(2026, 11, 17), "PDF: People's Defense Force")


def test_a_group_blamed_for_a_bombing_and_a_municipality_that_is_a_word(settings):
    bomb, clash = events_of("v5-arauca.txt", settings)
    assert (bomb.actor1, bomb.place.name, bomb.fatalities) == ("ELN: National Liberation Army", "Saravena", 2)
    # "in the neighbouring municipality of Tame": 'tame' is an English word, the text calls it a place
    assert (clash.place.name, clash.sub_event_type, clash.fatalities) == ("Tame", "Armed clash", 1)


def test_students_blocking_a_highway_named_by_its_ends(settings):
    (protest,) = events_of("v6-dhaka.html", settings)
    # "blocked the Dhaka-Mymensingh highway at Uttara" (Uttara unknown): near the road's first town;
    # "a classmate killed in a road accident" is their grievance, no death of the event
    assert (protest.place.name, protest.place.geo_precision) == ("Dhaka", 2)
    assert protest.event_type == "Riots" and protest.fatalities == 0


def test_a_beheading_raid_with_houses_burnt_is_one_attack(settings):
    attack, deployment = events_of("v7-cabodelgado.txt", settings)
    # "the village of Chai" is no demonym of Chad; the houses burnt and shops looted were the raid's
    assert (attack.sub_event_type, attack.place.name, attack.fatalities) == ("Attack", "Macomia", 4)
    assert attack.actor2 == "Civilians (Mozambique)"
    # (Rwanda's government period, added in batch af)
    assert (deployment.sub_event_type, deployment.actor1) == ("Change to group/activity", "Military Forces of Rwanda (2000-)")


def test_farmers_in_three_cities_each_clause_its_own(settings):
    events = {e.place.name: e for e in events_of("v8-farmers.txt", settings)}
    assert {n: e.sub_event_type for n, e in events.items()} == {
        "Paris": "Protest with intervention",  # "12 farmers were detained" in a story of protest
        "Toulouse": "Violent demonstration", "Lyon": "Peaceful protest"}  # the fire was Toulouse's
    assert events["Paris"].size is None  # "Thousands of French farmers ... around the country" is no Paris crowd


def test_congo_is_the_drc_in_a_goma_story_and_drones_that_struck(settings):
    seizure, strike = events_of("v9-kivu.txt", settings)
    assert seizure.place.country == "Democratic Republic of Congo" and seizure.fatalities == 7
    assert (strike.sub_event_type, strike.actor2, strike.event_date) == ("Air/drone strike", "M23: March 23 Movement",
                                                                          date(2026, 10, 28))


def test_a_digest_an_overnight_raid_told_on_monday_and_a_base_that_is_no_actor(settings):
    mali, nigeria, somalia = events_of("v10-digest.txt", settings)
    assert nigeria.event_date == date(2026, 11, 2)  # "in an overnight raid ..., police said on Monday"
    assert (somalia.actor1, somalia.actor2) == ("Al Shabaab", "")  # "fired mortars at the Halane base"
    assert mali.fatalities == 4


def test_a_claim_goes_to_the_attack_not_to_the_armys_reply_and_dozens_neutralised(settings):
    attack, reply = events_of("w10-burkina.txt", settings)
    assert (attack.actor1, attack.fatalities) == ("JNIM: Group for Support of Islam and Muslims", 40)
    # "The army said ... it had 'neutralised dozens of terrorists' in a counter-offensive backed by air strikes"
    assert (reply.actor1, reply.fatalities) == ("Military Forces of Burkina Faso (2022-)", 12)


def test_a_teller_with_its_acronym_a_hospital_and_a_city_held_by_the_other_side(settings):
    shelling, strike = events_of("w1-darfur.txt", settings)
    # "Doctors Without Borders (MSF) said"; "treated 60 wounded at the Saudi Hospital" is no Saudi Arabia
    assert (shelling.actor1, shelling.actor2, shelling.fatalities) == ("RSF: Rapid Support Forces", "Civilians (Sudan)", 23)
    # "a Sudanese army air strike on a market in the RSF-held city of Nyala"
    assert (strike.place.name, strike.actor1, strike.actor2) == ("Nyala", "Military Forces of Sudan (2019-)",
                                                                 "Civilians (Sudan)")


def test_settlers_who_burn_and_wound_attack_and_a_raid_where_a_gunfight_broke_out(settings):
    attack, raid = events_of("w2-westbank.txt", settings)
    assert (attack.sub_event_type, attack.actor1) == ("Attack", "Settlers (Israel)")
    assert (raid.place.name, raid.sub_event_type, raid.fatalities) == ("Janin", "Armed clash", 2)
    assert (raid.actor1, raid.actor2) == ("Military Forces of Israel (2022-)", "Unidentified Armed Group (Palestine)")


def test_heavily_armed_gang_members_are_no_rioters_and_the_site_after_the_title_hyphen(settings):
    (assault,) = events_of("w3-haiti.html", settings)
    assert (assault.sub_event_type, assault.actor1, assault.actor2) == ("Armed clash", "Viv Ansanm",
                                                                        "Police Forces of Haiti")
    assert assault.fatalities == 10  # "were killed during the assault", the next paragraph
    assert assault.source == "Haiti Libre"


def test_numbered_resistance_units_are_the_sources_own(settings):
    events = {e.place.name: e for e in events_of("w4-resistance.txt", settings)}
    assert set(events) == {"Tehran", "Mashhad", "Tabriz", "Shiraz", "Rasht"}
    assert events["Rasht"].assoc_actor_1 == "Resistance Unit 512"
    assert all(e.source_is_party for e in events.values())


def test_a_cartel_the_state_blamed(settings):
    (ambush,) = events_of("w5-michoacan.txt", settings)
    assert (ambush.actor1, ambush.fatalities) == ("CJNG: Jalisco New Generation Cartel", 6)


def test_strikers_clashing_with_police_riot_and_the_regions_crowd_is_not_the_towns(settings):
    (chala,) = [e for e in events_of("w6-peru.txt", settings) if e.place.name == "Chala"]  # one riot, no clash
    assert (chala.sub_event_type, chala.actor1, chala.size) == ("Violent demonstration", "Rioters (Peru)", None)


def test_a_town_seized_after_fighting_is_taken_territory(settings):
    seizure, strike = events_of("w7-amhara.txt", settings)
    assert (seizure.sub_event_type, seizure.actor1) == ("Non-state actor overtakes territory", "Fano Militia")
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Ethiopia (2018-)", 9)


def test_a_mob_torching_houses_is_mob_violence(settings):
    mob, post = events_of("w8-manipur.txt", settings)
    assert (mob.place.name, mob.sub_event_type) == ("Jiribam", "Mob violence")
    assert post.actor2 == "Police Forces of India (2014-)"


def test_workers_killed_are_civilians_and_the_governor_who_told_is_no_side(settings):
    kharkiv, izmail, belgorod = events_of("w9-ukraine.txt", settings)
    assert (kharkiv.actor2, kharkiv.fatalities) == ("Civilians (Ukraine)", 3)
    assert belgorod.actor2 == "" and belgorod.place.country == "Russia"


def test_another_strike_is_a_strike_of_its_own(settings):
    first, second = events_of("x10-nabatieh.txt", settings)
    assert (first.actor2, first.fatalities) == ("Hezbollah", 1)
    # "Another strike hit a motorcycle near the village of Kfar Kila": no cue word but the story's
    assert (second.place.name, second.sub_event_type) == ("Kfar Kila", "Air/drone strike")


def test_forces_that_struck_hours_after_missiles_were_fired_and_a_patron_is_no_actor(settings):
    (strike,) = events_of("x1-redsea.txt", settings)
    # "U.S. forces struck Houthi radar sites ..., hours after the Iran-aligned group fired missiles"
    assert (strike.sub_event_type, strike.actor1) == ("Air/drone strike", "Military Forces of the United States (2025-)")
    assert (strike.place.name, strike.fatalities) == ("Al Hudaydah", 2)


def test_a_camp_gunfight_near_the_dateline_town_and_the_groups_blamed(settings):
    (clash,) = events_of("x4-coxsbazar.txt", settings)
    # "in a refugee camp in Bangladesh's Ukhia area" (Ukhia unknown), filed from Cox's Bazar
    assert (clash.place.name, clash.place.geo_precision) == ("Cox's Bazar", 2)
    # "Police blamed the violence on the Arakan Rohingya Salvation Army (ARSA) and a rival group, the RSO"
    assert (clash.actor1, clash.actor2) == ("ARSA: Arakan Rohingya Salvation Army",
                                            "RSO: Rohingya Solidarity Organisation")


def test_national_guard_troops_deployed_are_the_states(settings):
    events = events_of("x5-losangeles.txt", settings)
    (guard,) = [e for e in events if e.sub_event_type == "Change to group/activity"]
    assert (guard.actor1, guard.actor2) == ("Military Forces of the United States (2025-) National Guard", "")


def test_a_square_the_marchers_tried_to_reach_is_no_side(settings):
    march = events_of("x6-islamabad.html", settings)[0]
    assert (march.sub_event_type, march.actor2, march.fatalities) == (
        "Violent demonstration", "Police Forces of Pakistan (2024-)", 3)


def test_the_region_after_the_article_and_the_other_side_of_a_repelled_assault(settings):
    (clash,) = events_of("x7-shabelle.txt", settings)
    assert (clash.place.name, clash.place.geo_precision) == ("Middle Shebelle", 3)  # "in the Middle Shabelle region"
    assert {clash.actor1, clash.actor2} == {"Military Forces of Somalia (2022-)", "Al Shabaab"}


def test_an_ambush_between_two_towns_and_drones_of_the_army(settings):
    ambush, strike, arrests = events_of("x9-mali.txt", settings)
    assert (ambush.place.name, ambush.place.geo_precision, ambush.fatalities) == ("Niono", 2, 12)
    assert (strike.sub_event_type, strike.actor1) == ("Air/drone strike", "Military Forces of Mali (2021-)")


def test_a_places_share_of_a_toll_and_a_strike_in_a_story_of_strikes(settings):
    khan_younis, deir, mortars = events_of("y1-gaza.txt", settings)
    # "killed at least 31 Palestinians across the Gaza Strip ..., including 12 ... in Khan Younis"
    assert (khan_younis.place.name, khan_younis.fatalities) == ("Khan Yunis", 12)
    # "a strike on a tent encampment for displaced people killed nine people": the story's strikes
    assert (deir.sub_event_type, deir.actor1, deir.fatalities) == ("Air/drone strike", "Military Forces of Israel (2022-)", 9)
    assert (mortars.actor1, mortars.actor2) == ("Hamas Movement", "Military Forces of Israel (2022-)")


def test_a_town_in_its_province_and_a_count_before_a_possessive_name(settings):
    (clash,) = events_of("y2-samar.txt", settings)  # "in Las Navas town in Northern Samar province"
    assert (clash.place.name, clash.fatalities) == ("Las Navas", 3)  # "Three New People's Army rebels were killed"


def test_porters_shot_when_border_guards_fired(settings):
    baneh, sardasht = events_of("y4-hengaw.txt", settings)
    assert baneh.actor2 == "Civilians (Iran)"
    # "another kolbar was killed and two others were injured when border guards shot at them"
    assert (sardasht.sub_event_type, sardasht.fatalities, sardasht.actor2) == ("Attack", 1, "Civilians (Iran)")
    assert sardasht.actor1 == baneh.actor1


def test_the_victims_nationality_is_theirs_not_the_borders(settings):
    (bomb,) = events_of("y5-mandera.txt", settings)
    assert (bomb.actor1, bomb.actor2) == ("Al Shabaab", "Police Forces of Kenya (2022-)")  # "..., blaming Al Shabaab"


def test_rival_gangs_in_a_prison_named_in_the_next_paragraph(settings):
    (riot,) = events_of("y7-guayaquil.txt", settings)  # "the Litoral penitentiary" is no Equatorial Guinea
    assert (riot.place.name, riot.fatalities) == ("Guayaquil", 15)
    assert {riot.actor1, riot.actor2} == {"Los Lobos", "Los Choneros"}


def test_a_bulleted_brief_dated_in_its_heading(settings):
    syria, iraq, yemen = events_of("y8-digest.txt", settings)
    assert all(e.event_date == date(2026, 2, 10) for e in (syria, iraq, yemen))
    assert (iraq.actor1, iraq.fatalities) == ("Islamic State (Iraq)", 2)
    assert (yemen.sub_event_type, yemen.actor2) == ("Shelling/artillery/missile attack", "Civilians (Yemen)")


def test_soldiers_killed_when_jihadists_attacked_and_the_counter_attack_is_the_same_fight(settings):
    (clash,) = events_of("y9-niger.html", settings)
    assert (clash.actor1, clash.actor2) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger (2023-)")


def test_drones_launched_by_a_group_and_a_hospital_bombed(settings):
    (strike,) = events_of("z2-obeid.txt", settings)  # "Drones launched by the Rapid Support Forces struck ..."
    assert (strike.sub_event_type, strike.actor1, strike.place.name) == ("Air/drone strike", "RSF: Rapid Support Forces",
                                                                         "El Obeid")
    capture, bombing = events_of("z1-rakhine.txt", settings)
    assert (bombing.actor2, bombing.fatalities) == ("Civilians (Myanmar)", 10)  # "patients and staff"
    assert capture.sub_event_type == "Non-state actor overtakes territory"  # "said it had captured": the capture


def test_police_backed_by_drones_and_gang_members_killed(settings):
    (operation,) = events_of("z3-delmas.txt", settings)
    assert (operation.sub_event_type, operation.actor1) == ("Armed clash", "Police Forces of Haiti")
    assert operation.fatalities == 12


def test_an_outlet_after_the_date_line(settings):
    events = events_of("z4-baluch.txt", settings)  # "May 13, 2026 - Iran International"
    assert {e.place.name for e in events} == {"Zahedan", "Saravan"}
    assert all(e.source == "Iran International" and e.event_date == date(2026, 5, 12) for e in events)


def test_rival_brigades_and_their_toll_in_the_next_paragraph(settings):
    (clash,) = events_of("z6-tripoli.txt", settings)
    assert (clash.actor2, clash.assoc_actor_2, clash.fatalities) == ("444th Brigade", "", 6)


def test_a_nationwide_strike_and_a_crowd_of_them_in_the_capital(settings):
    (march,) = events_of("z7-kenya-teachers.txt", settings)
    assert (march.place.name, march.size) == ("Nairobi", 2000)  # "about 2,000 of them marched"


def test_maoists_and_the_driver_with_them(settings):
    (bomb,) = events_of("z8-bijapur.txt", settings)
    assert (bomb.actor1, bomb.fatalities) == ("CPI (Maoist): Communist Party of India (Maoist)", 9)


def test_regression_batch_v_to_z_reports_that_came_out_right(settings):
    """Reports of batches v-z whose events were right when first run (or right where asserted)."""
    kenya = {e.place.name: e for e in events_of("v2-kenya.txt", settings)}
    # ("protesters lit bonfires and blocked the main road": a violent demonstration when police shot one)
    assert (kenya["Kisumu"].sub_event_type, kenya["Kisumu"].fatalities) == ("Violent demonstration", 1)
    assert {kenya["Mombasa"].sub_event_type, kenya["Nakuru"].sub_event_type} == {"Peaceful protest"}
    damascus = events_of("x2-damascus.txt", settings)
    assert sum(e.fatalities for e in damascus) == 4 and all(e.actor1.startswith("Military Forces of Israel") for e in damascus)
    (plateau,) = events_of("x3-plateau.txt", settings)
    assert (plateau.sub_event_type, plateau.fatalities, plateau.place.name) == ("Attack", 40, "Bokkos")
    tbilisi = {e.place.name: e.sub_event_type for e in events_of("x8-tbilisi.html", settings)}
    assert tbilisi == {"Tbilisi": "Protest with intervention", "Batumi": "Peaceful protest", "Kutaisi": "Peaceful protest"}
    novi_sad, belgrade = events_of("y10-serbia.txt", settings)
    assert (novi_sad.place.name, novi_sad.size, belgrade.place.name) == ("Novi Sad", 20000, "Belgrade")
    (ituri,) = events_of("y3-ituri.txt", settings)
    assert (ituri.actor1, ituri.fatalities) == ("CODECO: Cooperative for the Development of Congo", 18)
    nasiriyah = events_of("y6-nasiriyah.txt", settings)[0]
    # ("blocked roads and set tyres ablaze ..., and one protester was killed when security forces opened
    # fire": a violent crowd met by lethal force stays a riot, ACLED's excessive force being against
    # peaceful crowds; since batch gf)
    assert (nasiriyah.sub_event_type, nasiriyah.fatalities) == ("Violent demonstration", 1)
    maputo = {e.place.name: e for e in events_of("z5-maputo.txt", settings)}
    assert maputo["Maputo"].fatalities == 3 and maputo["Matola"].event_type == "Riots"
    (monguno,) = events_of("z9-monguno.txt", settings)
    # (23 attackers, then "Two soldiers were killed": both sides' dead, since batch ad)
    assert (monguno.actor2, monguno.fatalities) == ("ISWAP: Islamic State West Africa Province", 25)
    (hartal,) = events_of("z10-chattogram.html", settings)
    assert (hartal.sub_event_type, hartal.actor2, hartal.source) == ("Violent demonstration",
                                                                    "Police Forces of Bangladesh (2024-)", "Prothom Alo")


def test_a_currency_attacked_and_a_derby_with_clashing_players_are_no_events(settings):
    assert events_of("aa1-currency.txt", settings) == []  # "a fresh attack on the currency", "a losing battle"
    assert events_of("aa2-derby.txt", settings) == []  # "clashes between players ... three players were sent off"
    assert events_of("aa6-opinion.txt", settings) == []  # "have killed tens of thousands ... over the past decade"


def test_the_outlet_named_above_its_report(settings):
    events = events_of("aa4-iranhrm.txt", settings)  # "Iran HRM" on a line, then "Iran HRM - Retirees of ..."
    assert all(e.source == "Iran HRM" for e in events)
    assert {e.place.name for e in events} == {"Tehran", "Karaj", "Isfahan", "Shiraz", "Ahvaz"}
    assert events[0].assoc_actor_1 == "Retirees (Iran)"  # not their employer, "the Social Security Organization"


def test_a_denied_toll_and_a_claim_by_its_fighters(settings):
    (attack,) = events_of("aa5-denial.txt", settings)
    # "denying local media reports that five soldiers had been killed"; "killed four militants"
    assert (attack.actor1, attack.fatalities) == ("TTP: Tehreek-e-Taliban Pakistan", 4)


def test_each_clause_its_own_toll(settings):
    geneina, adre = events_of("aa7-twocountries.txt", settings)
    assert (geneina.fatalities, adre.fatalities) == (5, 0)  # "killing five ..., while in neighbouring Chad ... wounding two"


def test_regression_batch_aa_reports_that_came_out_right(settings):
    (gathering,) = events_of("aa3-anniversary.txt", settings)  # the 600 killed in 2019 are no toll of the day
    assert (gathering.place.name, gathering.sub_event_type, gathering.fatalities) == ("Baghdad", "Peaceful protest", 0)
    (bar,) = events_of("aa8-friday-night.txt", settings)
    assert (bar.event_date, bar.fatalities, bar.actor2) == (date(2026, 10, 2), 7, "Civilians (Mexico)")
    caracas = events_of("aa10-venezuela.txt", settings)
    assert [e.sub_event_type for e in caracas] == ["Protest with intervention", "Peaceful protest", "Peaceful protest"]


def test_security_forces_attacking_farmers_at_their_rally_is_its_intervention(settings):
    events = {e.place.name: e for e in events_of("bb1-ncri.txt", settings)}
    assert set(events) == {"Tehran", "Mashhad", "Kermanshah", "Isfahan", "Bandar Abbas"}  # one event in Isfahan
    assert (events["Isfahan"].sub_event_type, events["Isfahan"].assoc_actor_1) == ("Protest with intervention", "Farmers (Iran)")


def test_the_capital_named_after_and(settings):
    events = {e.place.name: e.sub_event_type for e in events_of("bb3-lagos-fuel.txt", settings)}
    assert events == {"Lagos": "Protest with intervention", "Abuja": "Protest with intervention",  # "and the capital Abuja"
                      "Kano": "Violent demonstration"}


def test_shops_closed_for_a_strike_call(settings):
    (strike,) = events_of("bb5-kashmir-strike.txt", settings)
    assert (strike.place.name, strike.event_type) == ("Srinagar", "Protests")


def test_a_citys_neighbourhood_is_the_city(settings):
    (rally,) = events_of("bb8-dhaka-rally.html", settings)  # "in front of the party's central office in Dhaka's Naya Paltan"
    assert (rally.place.name, rally.assoc_actor_1) == ("Dhaka", "BNP: Bangladesh Nationalist Party")


def test_petrol_bombs_a_paragraph_after_the_march(settings):
    athens, *others = events_of("bb9-athens.txt", settings)
    assert (athens.sub_event_type, athens.actor2, athens.size) == ("Violent demonstration", "Police Forces of Greece", 20000)
    assert [e.sub_event_type for e in others] == ["Peaceful protest", "Peaceful protest"]


def test_regression_batch_bb_reports_that_came_out_right(settings):
    (bangkok,) = events_of("bb2-bangkok.txt", settings)
    assert (bangkok.sub_event_type, bangkok.size) == ("Peaceful protest", 2000)
    (omdurman,) = events_of("bb6-khartoum-march.txt", settings)
    assert (omdurman.place.name, omdurman.sub_event_type) == ("Omdurman", "Peaceful protest")
    la_paz, *others = events_of("bb7-la-paz.txt", settings)
    assert la_paz.event_type == "Riots" and [e.sub_event_type for e in others] == ["Peaceful protest"] * 2


def test_a_flood_that_killed_is_no_event(settings):
    assert events_of("cc10-floods.txt", settings) == []  # "Flash floods have killed at least 23 people"


def test_a_bombing_by_a_ministry_and_the_group_named_before(settings):
    kabul, jalalabad = events_of("cc1-kabul.txt", settings)
    # "near the entrance of the Ministry of Rural Rehabilitation in Kabul": in Kabul, the ministry no side
    assert (kabul.place.name, kabul.place.geo_precision, kabul.actor2) == ("Kabul", 1, "Civilians (Afghanistan)")
    # "Taliban security forces raided a hideout of the group": the Taliban govern since 2021; the group is IS
    assert (jalalabad.actor1, jalalabad.actor2) == ("Military Forces of Afghanistan (2021-)", "Islamic State (Afghanistan)")
    assert jalalabad.event_date == date(2026, 3, 13)


def test_rangers_hit_by_a_roadside_bomb(settings):
    bomb, _shooting = events_of("cc2-pattani.txt", settings)
    assert (bomb.place.name, bomb.actor2) == ("Nong Chik", "Military Forces of Thailand (2023-)")


def test_the_day_an_attack_took_place_and_the_next_days_exchange_of_fire(settings):
    attack, clash = events_of("cc3-car.txt", settings)
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "3R: Return, Reclamation and Rehabilitation", "Civilians (Central African Republic)", 11)
    assert attack.event_date == date(2026, 7, 19)  # "The attack took place on Sunday"
    assert (clash.sub_event_type, clash.event_date, clash.place.name) == ("Armed clash", date(2026, 7, 20), "Bocaranga")
    assert clash.actor1.startswith("MINUSCA") and clash.actor2 == attack.actor1


def test_stones_thrown_at_a_countrys_police_and_a_crowd_in_nearby_town(settings):
    zvecan, leposavic = events_of("cc5-kosovo.txt", settings)
    assert (zvecan.sub_event_type, zvecan.actor2) == ("Violent demonstration", "Police Forces of Kosovo")
    assert (leposavic.place.name, leposavic.sub_event_type) == ("Leposaviq", "Peaceful protest")  # "In nearby Leposavic"


def test_each_clause_of_a_list_of_towns_its_own_type(settings):
    events = {e.place.name: e.sub_event_type for e in events_of("cc7-dem.txt", settings)}
    assert events == {"Diyarbakır": "Protest with intervention", "Van": "Protest with intervention",
                      "Batman": "Peaceful protest", "Mardin": "Peaceful protest",
                      "Hakkari": "Protest with intervention"}  # "and in Hakkari police detained 24 people"


def test_a_road_is_no_victim_and_the_raids_hour(settings):
    raid, road = events_of("cc8-zamfara.txt", settings)
    assert raid.event_date == date(2026, 11, 9)  # "The gunmen arrived ... around 11 p.m. on Monday"
    assert (raid.actor2, road.actor2) == ("Civilians (Nigeria)", "Civilians (Nigeria)")  # not "Gusau-Funtua"


def test_marchers_arrested_on_their_way_is_a_protest_met_by_police(settings):
    (march,) = events_of("cc9-kampala.html", settings)
    assert (march.sub_event_type, march.actor1, march.assoc_actor_1, march.actor2) == (
        "Protest with intervention", "Protesters (Uganda)", "NUP: National Unity Platform", "Police Forces of Uganda (1986-)")


def test_regression_batch_cc_reports_that_came_out_right(settings):
    kasserine, tunis = events_of("cc4-tunisia.txt", settings)
    assert (kasserine.sub_event_type, tunis.sub_event_type) == ("Violent demonstration", "Peaceful protest")
    (butig,) = events_of("cc6-lanao.txt", settings)
    assert (butig.place.name, butig.event_date, butig.fatalities) == ("Butig", date(2026, 9, 2), 4)


def test_a_court_sentence_for_taking_part_in_protests_is_no_event(settings):
    assert events_of("dd10-verdict.txt", settings) == []


def test_bodies_found_amid_a_cartel_war_and_a_quarter_of_the_city(settings):
    bodies, car_wash = events_of("dd2-culiacan.txt", settings)
    assert (bodies.fatalities, bodies.actor2) == (6, "Civilians (Mexico)")  # "The bodies of six men", not the cartel at war
    # "in the Tierra Blanca neighbourhood": Culiacan's quarter, not the town in Veracruz
    assert (car_wash.place.name, car_wash.place.admin1, car_wash.event_date) == ("Culiacan", "Sinaloa", date(2026, 3, 26))


def test_soldiers_killed_at_a_post_in_a_park_and_the_day_of_the_claim(settings):
    (attack,) = events_of("dd3-benin.txt", settings)
    assert (attack.actor1, attack.actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Benin (2016-)")
    assert attack.event_date == date(2026, 6, 18)  # "The attack on Thursday was claimed by ..."


def test_an_army_named_by_its_own_name(settings):
    (fighting,) = events_of("dd4-nasir.txt", settings)
    assert (fighting.actor1, fighting.actor2) == (
        "Military Forces of South Sudan (2011-)", "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)")


def test_a_sit_in_told_in_the_lead_and_again_by_its_city(settings):
    events = {e.place.name: e for e in events_of("dd5-byc.txt", settings)}
    assert set(events) == {"Quetta", "Turbat", "Gwadar"}  # one Quetta event: the BYC's sit-in, baton-charged
    assert (events["Quetta"].sub_event_type, events["Quetta"].assoc_actor_1) == (
        "Protest with intervention", "BYC: Baloch Yakjehti Committee")


def test_a_march_taken_out(settings):
    events = [(e.place.name, e.sub_event_type) for e in events_of("dd6-leh.txt", settings)]
    # ("police opened fire on protesters ..., after a crowd set fire to the local BJP office": a riot met
    # by force, since batch gf)
    assert events == [("Leh", "Violent demonstration"), ("Leh", "Change to group/activity"),  # the curfew
                      ("Kargil", "Peaceful protest")]  # "took out a peaceful march in solidarity"


def test_separatists_by_their_name_and_arrests_made_later(settings):
    attack, arrests = events_of("dd9-bamenda.txt", settings)
    assert attack.actor1 == "Ambazonian Separatists"  # "Ambazonia Defence Forces (ADF)" is not Congo's ADF
    assert (arrests.sub_event_type, arrests.actor1, arrests.actor2) == (
        "Arrests", "Military Forces of Cameroon (1982-)", "Civilians (Cameroon)")  # "suspected of links to"


def test_regression_batch_dd_reports_that_came_out_right(settings):
    (strike,) = events_of("dd8-bintjbeil.html", settings)
    assert (strike.sub_event_type, strike.actor2, strike.fatalities) == ("Air/drone strike", "Hezbollah", 1)
    (base,) = events_of("dd7-tibu.txt", settings)
    assert (base.actor1, base.place.name) == ("ELN: National Liberation Army", "Tibu")
    # "attacked a military base in the municipality of Tibu, ... with explosive-laden drones": ACLED codes the means
    assert base.sub_event_type == "Air/drone strike"


def test_drills_simulating_an_attack_are_no_event(settings):
    assert events_of("ee10-drill.txt", settings) == []  # "live-fire drills simulating an attack"


def test_a_longer_name_that_ends_like_a_known_unit(settings):
    strike, _protest = events_of("ee1-sinjar.txt", settings)
    assert strike.actor2 == "YBS: Sinjar Resistance Units"  # not the MEK's "Resistance Units"


def test_the_air_force_is_the_states(settings):
    _overrun, jets = events_of("ee3-marte.txt", settings)
    assert (jets.sub_event_type, jets.actor1) == ("Air/drone strike", "Military Forces of Nigeria (2023-)")


def test_settlers_who_burned_and_wounded_and_the_soldiers_who_dispersed_them(settings):
    attack, arrests = events_of("ee7-sinjil.txt", settings)
    assert (attack.place.name, attack.sub_event_type, attack.actor1, attack.actor2) == (
        "Sinjil", "Attack", "Settlers (Israel)", "Civilians (Palestine)")  # no riot, nor a second event
    assert (arrests.place.name, arrests.sub_event_type) == ("Nablus", "Arrests")


def test_the_capitals_regime_is_no_place(settings):
    (fighting,) = events_of("ee8-uvira.txt", settings)  # not a clash in Kinshasa: "the Kinshasa regime"
    assert (fighting.place.name, fighting.place.geo_precision, fighting.fatalities) == ("Uvira", 2, 9)


def test_party_supporters_who_clashed(settings):
    (clash,) = events_of("ee9-rangunia.html", settings)
    # "in Chattogram's Rangunia upazila" (the model tagged "Jamaat-e-Islami in Chattogram's" a person)
    assert (clash.place.name, clash.place.geo_precision, clash.sub_event_type, clash.fatalities) == (
        "Chattogram", 2, "Mob violence", 1)
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2) == (
        "Rioters (Bangladesh)", "BNP: Bangladesh Nationalist Party", "Rioters (Bangladesh)", "JIB: Jamaat-e-Islami Bangladesh")


def test_the_outlet_then_the_dateline_and_a_town_listed_after_a_city(settings):
    events = {e.place.name: e for e in events_of("ee6-ncri.txt", settings)}
    assert set(events) == {"Isfahan", "Ahvaz", "Shush", "Tehran"}  # "rallied in Ahvaz and Shush"
    # "NCRI - Iran, June 30, 2026 - Farmers in Isfahan gathered": the farmers, not the dateline, gathered
    assert events["Isfahan"].assoc_actor_1 == "Farmers (Iran)"
    assert (events["Shush"].sub_event_type, events["Shush"].assoc_actor_1) == ("Protest with intervention", "Retirees (Iran)")


def test_regression_batch_ee_reports_that_came_out_right(settings):
    marib, taiz = events_of("ee2-marib.txt", settings)
    assert (marib.fatalities, taiz.sub_event_type, taiz.fatalities) == (1, "Armed clash", 4)
    strike, camp = events_of("ee4-gondar.txt", settings)
    assert (strike.fatalities, camp.actor1, camp.place.geo_precision) == (12, "Fano Militia", 2)
    lima, trujillo = events_of("ee5-lima.txt", settings)
    assert (lima.sub_event_type, trujillo.sub_event_type) == ("Protest with intervention", "Peaceful protest")


def test_a_walkout_from_parliament_and_an_attack_on_independence_are_no_events(settings):
    assert events_of("ff10-walkout.txt", settings) == []


def test_a_reports_cases_from_last_year_are_no_events(settings):
    assert events_of("ff3-hrw.txt", settings) == []  # "in 2025", "The report documents cases in which ..."


def test_a_bulletins_country_heading_places_an_unknown_village(settings):
    burkina, niger, mali = events_of("ff1-sahel.txt", settings)
    assert (mali.place.name, mali.place.geo_precision, mali.actor2) == ("Mali", 3, "Civilians (Mali)")  # not Tillaberi
    assert niger.actor2 == "Unidentified Armed Group (Niger)"  # 22 "terrorists"
    assert (burkina.place.name, burkina.fatalities) == ("Gorom-Gorom", 14)


def test_a_strike_on_an_empty_building_by_the_storys_attacker(settings):
    (strike,) = events_of("ff4-khiam.txt", settings)  # Khiam and Aitaroun are not in the gazetteer
    assert (strike.place.name, strike.actor1, strike.fatalities) == ("Kfar Kila", "Military Forces of Israel (2022-)", 0)


def test_lethal_force_on_a_crowd_and_looters_in_a_protest_story(settings):
    events = {e.place.name: e for e in events_of("ff5-kenya.txt", settings)}
    assert (events["Nyeri"].sub_event_type, events["Nyeri"].fatalities) == ("Excessive force against protesters", 1)
    assert (events["Kikuyu"].sub_event_type, events["Kikuyu"].actor1) == ("Violent demonstration", "Rioters (Kenya)")
    assert events["Mombasa"].sub_event_type == "Peaceful protest"


def test_a_capture_claimed_and_a_town_named_in_its_countrys_state(settings):
    capture, strike = events_of("ff6-rakhine.txt", settings)
    # "said on Tuesday it had captured the town of Kyaukphyu in Myanmar's Rakhine State" (GeoNames: Kyaukpyu)
    assert (capture.sub_event_type, capture.actor1, capture.place.name) == (
        "Non-state actor overtakes territory", "AA: Arakan Army", "Kyaukpyu")
    assert (strike.fatalities, strike.place.admin1) == (11, "Sagaing")


def test_a_place_inside_a_groups_name_is_no_event_place(settings):
    events = [(e.place.name, e.sub_event_type, e.actor2) for e in events_of("ff7-london.txt", settings)]
    assert events == [("London", "Protest with intervention", "Police Forces of the United Kingdom (2024-)"),
                      ("Manchester", "Peaceful protest", "")]  # no "Palestine" from "Palestine Action"


def test_both_sides_tolls_and_a_strike_later_that_day(settings):
    clash, strike = events_of("ff9-manbij.txt", settings)
    assert clash.fatalities == 31  # "11 SDF fighters and about 20 SNA fighters"
    assert (strike.actor1, strike.actor2, strike.fatalities, strike.place.name) == (
        "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces", 2, "Manbij")


def test_regression_batch_ff_reports_that_came_out_right(settings):
    events = [(e.place.name, e.event_date, e.sub_event_type) for e in events_of("ff2-tbilisi.txt", settings)]
    assert events[:2] == [("Tbilisi", date(2026, 12, 6), "Peaceful protest"),
                          ("Tbilisi", date(2026, 12, 7), "Protest with intervention")]
    (attack,) = events_of("ff8-carrefour.html", settings)
    assert (attack.actor1, attack.fatalities, attack.place.name) == ("Grand Ravine Gang", 6, "Carrefour")


def test_blame_for_similar_attacks_before_is_no_event(settings):
    (rocket,) = events_of("gg1-baghdad.txt", settings)  # not an attack in Washington
    assert (rocket.place.name, rocket.event_date) == ("Baghdad", date(2026, 3, 8))


def test_an_attack_blamed_on_agents_of_the_capital(settings):
    (grenade,) = events_of("gg3-goma.txt", settings)  # "agents of Kinshasa" is no clash in Kinshasa
    assert (grenade.place.name, grenade.sub_event_type, grenade.fatalities) == ("Goma", "Grenade", 4)


def test_a_named_force_and_its_enemys_period(settings):
    clash, *_ = events_of("gg4-tigray.txt", settings)
    assert (clash.actor1, clash.actor2) == ("TPLF: Tigray People's Liberation Front", "Military Forces of Eritrea (1993-)")


def test_workers_blocking_a_highway_over_wages_and_an_outlet_with_a_number(settings):
    (blockade,) = events_of("gg5-dhaka.txt", settings)  # Ashulia is not in the gazetteer
    assert (blockade.place.name, blockade.sub_event_type, blockade.source) == ("Gazipur", "Violent demonstration", "bdnews24")
    assert blockade.actor2 == "Police Forces of Bangladesh (2024-)"


def test_an_execution_of_a_2022_protester_is_no_protest(settings):
    assert events_of("gg7-iran-exec.txt", settings) == []  # "arrested during the 2022 nationwide protests"


def test_drones_launched_by_a_group_named_with_its_acronym(settings):
    port_sudan, atbara = events_of("gg8-port-sudan.html", settings)
    assert (port_sudan.place.name, port_sudan.event_date, port_sudan.actor1) == (
        "Port Sudan", date(2026, 4, 3), "RSF: Rapid Support Forces")  # "Drones launched by the ... (RSF) struck"
    assert (atbara.place.name, atbara.event_date) == ("Atbara", date(2026, 4, 2))


def test_regression_batch_gg_reports_that_came_out_right(settings):
    (march,) = events_of("gg10-anniv.txt", settings)
    assert (march.sub_event_type, march.fatalities) == ("Peaceful protest", 0)  # the 220 of 2020 are no toll
    (detentions,) = events_of("gg2-sanaa.txt", settings)
    assert (detentions.sub_event_type, detentions.event_date) == ("Arrests", date(2026, 5, 19))
    (abduction,) = events_of("gg6-nairobi-abduction.txt", settings)
    assert abduction.sub_event_type == "Abduction/forced disappearance"
    ambush, defused = events_of("gg9-cucuta.txt", settings)
    assert (ambush.fatalities, defused.sub_event_type) == (3, "Disrupted weapons use")


def test_a_year_opening_a_similar_past_with_no_dated_dateline_is_background(settings):
    text = ("POPAYAN, Oct. 19 (The Daily Ledger) - The stock exchange in Bogota closed higher.\n\n"
            "In 2013, similar protests over a land deal left dozens of people dead in Bogota and Cali.")
    assert list(dateline.extract(text, settings=settings).events) == []  # no year to compare with: "similar" says past


def test_a_place_named_in_a_gangs_name_is_no_event_place(settings):
    (fighting,) = events_of("hh8-citesoleil.txt", settings)  # no clash in Brooklyn, New York
    assert (fighting.place.name, fighting.place.country, fighting.fatalities) == ("Port-au-Prince", "Haiti", 8)


def test_a_gunfight_between_two_unnamed_armed_groups(settings):
    (gunfight,) = events_of("hh4-manipur.txt", settings)
    assert (gunfight.actor1, gunfight.actor2) == ("Unidentified Armed Group (India)", "Unidentified Armed Group (India)")
    assert (gunfight.place.name, gunfight.event_date, gunfight.fatalities) == ("Moirang", date(2026, 7, 7), 2)


def test_regression_batch_hh_reports_that_came_out_right(settings):
    nasiriyah, basra = events_of("hh1-nasiriyah.txt", settings)
    assert (nasiriyah.sub_event_type, nasiriyah.fatalities, basra.sub_event_type) == (
        "Violent demonstration", 2, "Peaceful protest")  # "Protesters had ... set fire to tyres"
    (bombing,) = events_of("hh2-mogadishu.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1, bombing.fatalities) == ("Suicide bomb", "Al Shabaab", 10)
    (strike,) = events_of("hh3-damascus.txt", settings)
    assert (strike.actor1, strike.place.geo_precision) == ("Military Forces of Israel (2022-)", 2)
    (killing,) = events_of("hh6-journalist.txt", settings)
    assert (killing.place.name, killing.event_date) == ("Culiacan", date(2026, 11, 24))
    killing, march = events_of("hh7-toribio.txt", settings)
    assert (killing.actor1, march.sub_event_type) == ("FARC dissidents", "Peaceful protest")
    (rally,) = events_of("hh5-lahore.txt", settings)
    assert rally.sub_event_type == "Protest with intervention"


def test_protests_that_spread_to_a_second_city(settings):
    capital, port = events_of("ii1-antananarivo.txt", settings)
    # ("marched towards the May 13 Square ... Several shops were looted ... and a supermarket was set on
    # fire": once "May 13 Square" is no date, the looting is told of the same protest, which ACLED's
    # codebook makes a violent demonstration, its dead kept)
    assert (capital.place.name, capital.sub_event_type, capital.fatalities, capital.size) == (
        "Antananarivo", "Violent demonstration", 2, 2000)
    assert (port.place.name, port.event_date) == ("Mahajanga", date(2026, 9, 25))  # "The protests spread to Mahajanga"


def test_a_city_the_model_tags_as_a_nationality_and_clashes_with_police(settings):
    events = {e.place.name: e for e in events_of("ii2-kathmandu.txt", settings)}
    itahari = events["Itahari"]  # "the eastern city of Itahari, in Sunsari district": the city, not the district
    assert (itahari.place.geo_precision, itahari.actor2, itahari.fatalities) == (1, "Police Forces of Nepal", 2)


def test_a_police_operation_against_a_gang(settings):
    (raid,) = events_of("ii3-rio.txt", settings)  # residents carrying the dead the next day are no new event
    assert (raid.sub_event_type, raid.actor1, raid.actor2, raid.assoc_actor_2) == (
        "Armed clash", "Police Forces of Brazil (2023-)", "CV: Comando Vermelho", "")
    assert (raid.place.name, raid.fatalities) == ("Rio de Janeiro", 64)


def test_two_nations_troops_exchanging_fire_near_a_temple(settings):
    # "Thai and Cambodian troops exchanged fire near the disputed Ta Muen Thom temple ..., and Cambodian
    # rockets struck a petrol station in Thailand's Sisaket province, killing 12 civilians": Sisaket is
    # the rockets' clause's place (the temple, which the gazetteer lacks, is not coded)
    rockets, strike = events_of("ii4-thai-cambodia.txt", settings)
    assert (rockets.sub_event_type, rockets.place.name, rockets.actor1, rockets.actor2, rockets.fatalities) == (
        "Shelling/artillery/missile attack", "Si Sa Ket", "Military Forces of Cambodia", "Civilians (Thailand)", 12)
    assert (strike.sub_event_type, strike.place.name) == ("Air/drone strike", "Oddar Meanchey")


def test_border_fighting_told_from_the_capital(settings):
    events = events_of("ii5-chaman.txt", settings)
    assert "Islamabad" not in {e.place.name for e in events}  # "attacked several Pakistani border posts"
    assert {e.actor2 for e in events if e.sub_event_type == "Armed clash"} == {"Military Forces of Afghanistan (2021-)"}
    (kabul,) = [e for e in events if e.place.name == "Kabul"]
    assert (kabul.sub_event_type, kabul.fatalities) == ("Air/drone strike", 0)  # the 58 soldiers are Pakistan's


def test_a_protest_that_turned_violent_and_a_counter_protest(settings):
    riot, counter = events_of("ii6-epping.txt", settings)
    assert (riot.place.name, riot.sub_event_type, riot.event_date) == ("Epping", "Violent demonstration", date(2026, 7, 16))
    assert riot.size == 1000  # "Around 1,000 people had gathered outside the Bell Hotel", the next paragraph
    assert (counter.place.name, counter.sub_event_type, counter.assoc_actor_1) == (
        "Epping", "Peaceful protest", "Stand Up To Racism")


def test_a_protest_outside_a_facility_in_a_suburb(settings):
    protest, shooting = events_of("ii7-broadview.txt", settings)
    assert (protest.place.name, protest.size) == ("Broadview", 200)  # no second event in "the Chicago area"
    assert shooting.actor1 == "Police Forces of the United States (2025-) Customs and Border Protection"
    assert shooting.place.name == "Brighton Park"


def test_bodies_found_after_protests_are_no_crowd(settings):
    assert all(e.size is None and e.place.name == "Lome" for e in events_of("ii8-lome.txt", settings))


def test_communal_fighting_and_an_abduction_that_began_it(settings):
    clash, next_day, abduction, seizure, army = events_of("ii10-sweida.txt", settings)
    assert (clash.actor1, clash.actor2) == ("Druze Ethnic Militia (Syria)", "Bedouin Tribal Militia (Syria)")
    # "killed at least 37 people on Sunday and Monday": a clash on each day, the dead counted once
    assert (clash.event_date, clash.fatalities, next_day.event_date, next_day.fatalities) == (
        date(2026, 7, 12), 37, date(2026, 7, 13), 0)
    assert (abduction.sub_event_type, abduction.actor1) == ("Abduction/forced disappearance", "Unidentified Armed Group (Syria)")
    assert (seizure.sub_event_type, seizure.actor1, seizure.actor2) == (
        "Abduction/forced disappearance", "Druze Ethnic Militia (Syria)", "Civilians (Syria)")
    assert (army.actor2, army.place.name, army.place.geo_precision) == ("Druze Ethnic Militia (Syria)", "As-Suwayda", 2)
    assert all(e.place.country == "Syria" for e in (clash, abduction, seizure, army))  # al-Mazraa is not Israel's


def test_a_quarter_named_again_is_its_city(settings):
    text = ("RIO DE JANEIRO, Oct. 28, 2026 (AFP) - Police raided the Penha favela complex in northern Rio de Janeiro "
            "on Tuesday.\n\nOn Wednesday, gunmen shot dead two men in Penha, residents said.")
    (killing,) = dateline.extract(text, settings=settings).events
    assert (killing.place.name, killing.place.mention.text, killing.fatalities) == ("Rio de Janeiro", "Penha", 2)


def test_regression_batch_ii_reports_that_came_out_right(settings):
    dar, arusha, curfew = events_of("ii9-dar.txt", settings)
    assert (dar.sub_event_type, dar.actor2, dar.fatalities) == ("Violent demonstration", "Police Forces of Tanzania (2021-)", 10)
    assert (arusha.place.name, curfew.sub_event_type) == ("Arusha", "Change to group/activity")


def test_a_town_near_a_city_is_one_event_and_protest_riots_elsewhere(settings):
    events = events_of("jj2-agadir.txt", settings)
    assert "Agadir" not in {e.place.name for e in events}  # "in Lqliaa, near Agadir": a reference point
    lqliaa = events[0]
    assert (lqliaa.place.name, lqliaa.sub_event_type, lqliaa.fatalities) == ("Lqoliaa", "Violent demonstration", 2)


def test_a_highway_is_no_side(settings):
    (attack,) = [e for e in events_of("jj4-otavalo.txt", settings) if e.place.name == "Otavalo"]
    assert (attack.actor2, attack.place.geo_precision) == ("Military Forces of Ecuador (2023-)", 2)  # not "Pan-American Highway"


def test_a_nations_glide_bombs(settings):
    (bombs,) = [e for e in events_of("jj5-kyiv.txt", settings) if e.place.name == "Zaporizhzhya"]
    assert (bombs.sub_event_type, bombs.actor1) == ("Air/drone strike", "Military Forces of Russia (2000-)")


def test_looting_with_tear_gas_and_a_death_under_a_police_vehicle(settings):
    events = events_of("jj7-makassar.txt", settings)
    (thursday,) = [e for e in events if e.event_date == date(2026, 8, 27)]
    assert (thursday.sub_event_type, thursday.fatalities, thursday.actor2) == (
        "Excessive force against protesters", 1, "Police Forces of Indonesia (2024-)")  # run over by a police vehicle
    (tangerang,) = [e for e in events if e.place.name == "Tangerang"]
    assert tangerang.sub_event_type == "Violent demonstration"  # "protesters looted the home ..., and police fired tear gas"


def test_a_feast_is_no_actor(settings):
    shooting = events_of("jj8-uruapan.txt", settings)[0]  # "a Day of the Dead celebration"
    # (the mayor shot is a civilian, the government associated; "Dead" is no target)
    assert (shooting.place.name, shooting.actor1, shooting.actor2, shooting.assoc_actor_2) == (
        "Uruapan", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", "Government of Mexico (2024-)")


def test_the_operator_of_a_site_is_no_target_and_a_family_counted(settings):
    aid_site, tent = events_of("jj9-rafah.txt", settings)
    assert (aid_site.actor2, aid_site.fatalities) == ("Civilians (Palestine)", 31)  # not the site's operator
    assert (tent.place.name, tent.fatalities) == ("Khan Yunis", 3)  # "a father and his two children"


def test_regression_batch_jj_reports_that_came_out_right(settings):
    (church,) = events_of("jj1-komanda.txt", settings)  # Komanda is not in the gazetteer
    assert (church.actor1, church.fatalities, church.place.geo_precision) == ("ADF: Allied Democratic Forces", 43, 3)
    garoua, douala = events_of("jj3-garoua.txt", settings)
    assert (garoua.fatalities, douala.place.name, douala.event_date) == (4, "Douala", date(2026, 10, 26))
    (riot,) = events_of("jj6-manila.txt", settings)
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Manila")
    anniversary, attack = events_of("jj10-novisad.html", settings)
    assert (anniversary.place.name, anniversary.size, anniversary.event_date) == ("Novi Sad", 20000, date(2026, 10, 31))
    assert (attack.sub_event_type, attack.assoc_actor_1) == ("Mob violence", "SNS: Serbian Progressive Party")


def test_herdsmen_suspected_of_an_attack_are_an_ethnic_militia(settings):
    attack, blockade = events_of("kk1-yelwata.txt", settings)  # Yelwata is not in the gazetteer
    assert (attack.actor1, attack.fatalities, attack.place.name) == ("Fulani Ethnic Militia (Nigeria)", 100, "Benue")
    assert blockade.place.name == "Makurdi"


def test_a_drone_strike_by_a_named_group(settings):
    strike, assault = events_of("kk2-fasher.txt", settings)  # "A drone strike by the paramilitary Rapid Support Forces"
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("RSF: Rapid Support Forces", "Civilians (Sudan)", 75)


def test_attacks_blamed_and_attributed_in_the_next_sentence(settings):
    drone, bomb = events_of("kk3-amalfi.txt", settings)
    assert (drone.actor1, drone.actor2, drone.fatalities) == ("Clan del Golfo", "Police Forces of Colombia (2022-)", 13)
    assert (bomb.place.name, bomb.actor1) == ("Cali", "FARC dissidents")  # "Petro said the Cali bombing was carried out by"


def test_the_government_imposing_a_curfew(settings):
    riot, curfew = events_of("kk4-gopalganj.txt", settings)
    assert (riot.sub_event_type, riot.assoc_actor_1, riot.fatalities) == (
        "Violent demonstration", "AL: Bangladesh Awami League", 4)
    assert (curfew.sub_event_type, curfew.actor1) == ("Change to group/activity", "Government of Bangladesh (2024-)")


def test_clashes_that_continued_keep_their_sides_and_syrias_new_period(settings):
    ambush, jableh, baniyas = events_of("kk5-jableh.txt", settings)
    assert ambush.actor2 == "Police Forces of Syria (2024-)" and ambush.fatalities == 16
    assert (baniyas.place.name, baniyas.actor1, baniyas.actor2) == (
        "Baniyas", "Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)")  # "clashes continued"


def test_a_crowd_told_again_then_violence_later(settings):
    (protest,) = events_of("kk6-tbilisi.txt", settings)  # "Some protesters later broke through the palace gates"
    assert (protest.place.name, protest.sub_event_type, protest.event_date) == (
        "Tbilisi", "Violent demonstration", date(2026, 10, 3))


def test_an_attack_claimed_by_a_proxy_group(settings):
    attack, *vigils = events_of("kk8-pahalgam.txt", settings)
    assert (attack.actor1, attack.fatalities) == ("TRF: The Resistance Front", 26)  # the claimant, not its patron
    assert {v.place.name for v in vigils} == {"Srinagar", "Jammu"}


def test_the_strikes_own_account_is_no_second_strike(settings):
    strike, shooting = events_of("kk9-nabatieh.txt", settings)  # "The Israeli military said it had killed ..."
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 2)
    assert (shooting.sub_event_type, shooting.place.geo_precision) == ("Attack", 2)  # "fired at shepherds near ... Kfarchouba"
    assert "shepherds" in shooting.evidence_for("sentence").text


def test_regression_batch_kk_reports_that_came_out_right(settings):
    nairobi, kiambu, *others = events_of("kk7-sabasaba.txt", settings)
    assert (nairobi.sub_event_type, kiambu.sub_event_type) == ("Protest with intervention", "Violent demonstration")
    assert {e.place.name for e in others} == {"Nyeri", "Embu", "Nakuru"}


def test_a_bulletin_dated_by_its_heading(settings):
    shelling, ambush, abduction, sit_in = events_of("ll1-bulletin.txt", settings)
    assert [e.event_date for e in (shelling, ambush, abduction, sit_in)] == [
        date(2026, 5, 3), date(2026, 5, 2), date(2026, 5, 1), date(2026, 5, 2)]  # "Conflict Watch weekly, 4 May 2026"
    assert (shelling.actor1, shelling.actor2) == (
        "Al Shabaab", "AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)")  # not Somalia's forces
    assert (shelling.place.name, shelling.place.geo_precision) == ("Lower Shebelle", 3)  # "(Lower Shabelle)"


def test_a_un_office_telling_of_an_attack_is_no_side(settings):
    (attack,) = events_of("ll2-djugu.txt", settings)  # "the UN humanitarian office OCHA said"
    assert (attack.actor2, attack.fatalities) == ("Civilians (Democratic Republic of Congo)", 51)


def test_a_rescue_operation_kills_the_storys_group(settings):
    hijack, rescue = events_of("ll4-jaffar.txt", settings)
    assert (hijack.actor1, rescue.actor2, rescue.fatalities) == (
        "BLA: Balochistan Liberation Army", "BLA: Balochistan Liberation Army", 16)  # "killing 16 militants"


def test_supporters_of_a_governing_movement_rally(settings):
    (rally,) = events_of("ll5-rasisa.txt", settings)  # Ras Isa is not in the gazetteer
    assert (rally.place.name, rally.assoc_actor_1) == ("Sanaa", "Ansar Allah (Houthis)")  # not its armed forces


def test_a_region_its_country_owns_and_an_unclaimed_drone(settings):
    (strike,) = events_of("ll8-khormor.txt", settings)  # "Iraq's Kurdistan region" is not Iran's Kurdistan province
    assert (strike.place.country, strike.actor1, strike.actor2) == ("Iraq", "Unidentified Armed Group (Iraq)", "")


def test_regression_batch_ll_reports_that_came_out_right(settings):
    (mosque,) = events_of("ll10-fambita.txt", settings)
    assert (mosque.event_date, mosque.fatalities) == (date(2026, 3, 20), 44)  # "during Friday prayers"
    (school,) = events_of("ll3-depayin.txt", settings)
    assert (school.actor1, school.fatalities) == ("Military Forces of Myanmar (2021-)", 22)
    maputo, nampula = events_of("ll7-maputo.txt", settings)
    assert (maputo.fatalities, nampula.sub_event_type) == (3, "Violent demonstration")
    (traders,) = events_of("ll9-kakamega.html", settings)
    assert (traders.sub_event_type, traders.event_date) == ("Protest with intervention", date(2026, 7, 21))


def test_a_group_blamed_in_a_sentence_of_its_own(settings):
    (grenade,) = events_of("mm1-jamundi.txt", settings)  # "Police blamed the Jaime Martinez front, a faction of FARC dissidents"
    assert (grenade.sub_event_type, grenade.actor1, grenade.actor2) == (
        "Grenade", "FARC dissidents", "Police Forces of Colombia (2022-)")


def test_an_agreement_and_fighting_told_in_a_where_clause(settings):
    agreement, fighting = events_of("mm3-doha.txt", settings)
    assert (agreement.sub_event_type, agreement.place.name) == ("Agreement", "Doha")
    assert (agreement.actor1, agreement.actor2) == (
        "Government of the Democratic Republic of Congo (2019-)", "M23: March 23 Movement")
    assert (fighting.actor1, fighting.actor2, fighting.assoc_actor_2) == ("M23: March 23 Movement", "Wazalendo Militia", "")


def test_arrests_of_believers_are_of_civilians(settings):
    (arrests,) = events_of("mm6-shiraz.txt", settings)
    assert (arrests.sub_event_type, arrests.actor2, arrests.place.name) == ("Arrests", "Civilians (Iran)", "Shiraz")


def test_a_city_entered_without_a_fight(settings):
    (takeover,) = events_of("mm7-uvira.txt", settings)
    assert (takeover.sub_event_type, takeover.actor1, takeover.place.name, takeover.event_date) == (
        "Non-violent transfer of territory", "M23: March 23 Movement", "Uvira", date(2026, 11, 30))


def test_regression_batch_mm_reports_that_came_out_right(settings):
    (rapes,) = events_of("mm2-ituri.txt", settings)
    assert (rapes.sub_event_type, rapes.event_date) == ("Sexual violence", date(2026, 4, 4))
    (retaken,) = events_of("mm4-bara.txt", settings)
    assert (retaken.sub_event_type, retaken.place.name) == ("Government regains territory", "Barah")
    bombing, defused = events_of("mm5-bannu.txt", settings)
    assert (bombing.sub_event_type, bombing.fatalities, defused.sub_event_type) == ("Suicide bomb", 12, "Disrupted weapons use")
    (mine,) = events_of("mm8-kandahar.txt", settings)
    assert (mine.sub_event_type, mine.fatalities) == ("Remote explosive/landmine/IED", 3)
    torching, _ = events_of("mm9-burqa.txt", settings)
    assert (torching.sub_event_type, torching.actor1) == ("Looting/property destruction", "Settlers (Israel)")


def test_a_toll_broken_down_by_place(settings):
    khan_younis, deir_al_balah, gaza, demolition = events_of("nn1-gaza.txt", settings)
    # "including 12 in Khan Younis, eight in Deir al-Balah and five in Gaza City": each place's own count
    assert [e.fatalities for e in (khan_younis, deir_al_balah, gaza)] == [12, 8, 5]
    assert (demolition.place.name, demolition.actor1) == ("Bayt Lahya", "Military Forces of Israel (2022-)")


def test_a_mob_that_beat_a_man_to_death(settings):
    (lynching,) = events_of("nn3-swat.txt", settings)
    assert (lynching.sub_event_type, lynching.fatalities) == ("Mob violence", 1)  # "beat him to death"


def test_both_counts_of_a_strikes_dead_and_the_injured_are_no_crowd(settings):
    (strike,) = events_of("nn5-doha.txt", settings)  # "killing five Hamas members and a Qatari security officer"
    assert (strike.place.name, strike.actor2, strike.fatalities) == ("Doha", "Hamas Movement", 6)
    (protest,) = events_of("nn7-lima.txt", settings)  # "more than 100 people, including 80 police officers, were injured"
    # ("Some threw stones and fireworks at police": a violent demonstration of "Thousands")
    assert (protest.sub_event_type, protest.fatalities, protest.size) == ("Violent demonstration", 1, 2000)


def test_regression_batch_nn_reports_that_came_out_right(settings):
    istanbul, ankara, izmir = events_of("nn2-istanbul.txt", settings)
    assert (istanbul.sub_event_type, ankara.place.name, izmir.sub_event_type) == (
        "Violent demonstration", "Ankara", "Protest with intervention")
    (school,) = events_of("nn4-kebbi.txt", settings)  # Maga is not in the gazetteer
    assert (school.place.name, school.event_date) == ("Kebbi", date(2026, 11, 16))
    (killing,) = events_of("nn6-bukavu.txt", settings)
    assert (killing.place.name, killing.fatalities, killing.event_date) == ("Bukavu", 1, date(2026, 2, 9))
    (farmers,) = events_of("nn8-brussels.html", settings)
    assert (farmers.sub_event_type, farmers.assoc_actor_1, farmers.event_date) == (
        "Violent demonstration", "Farmers (Belgium)", date(2026, 11, 19))


def test_a_day_earlier_and_settlers_outside_israel(settings):
    clash, blockade = events_of("oo1-khagrachhari.txt", settings)
    assert (clash.event_date, clash.fatalities, clash.actor1) == (date(2026, 9, 27), 3, "")  # "Bengali settlers": not Israel's
    assert (blockade.place.name, blockade.event_date) == ("Khagrachhari", date(2026, 9, 26))  # "A day earlier"
    assert blockade.assoc_actor_1 == "Students (Bangladesh)"  # "Pahari" tagged ORG is a community, no organisation


def test_a_breakaway_states_forces_and_a_regional_administration(settings):
    (fighting,) = events_of("oo3-lasanod.txt", settings)
    assert (fighting.actor1, fighting.actor2, fighting.place.name) == (
        "Military Forces of Somaliland", "SSC-Khatumo", "Laascaanood")


def test_a_city_named_after_its_kind_though_tagged_org(settings):
    (grenade,) = events_of("oo6-bujumbura.txt", settings)  # "Burundi's economic capital Bujumbura"
    assert (grenade.place.name, grenade.place.geo_precision, grenade.actor2) == ("Bujumbura", 1, "Civilians (Burundi)")


def test_regression_batch_oo_reports_that_came_out_right(settings):
    clash, deployment = events_of("oo2-mandakao.txt", settings)  # Mandakao is not in the gazetteer
    assert (clash.fatalities, clash.event_date, deployment.sub_event_type) == (35, date(2026, 2, 8), "Change to group/activity")
    (patna,) = events_of("oo4-patna.txt", settings)
    assert (patna.sub_event_type, patna.event_date) == ("Protest with intervention", date(2026, 11, 8))
    *week, kano = events_of("oo5-weekly.txt", settings)
    assert {e.place.name for e in week} == {"Lagos", "Ibadan", "Kano"} and all(e.time_precision == 2 for e in week)
    assert (kano.sub_event_type, kano.event_date) == ("Protest with intervention", date(2026, 4, 9))


def test_a_dated_flashback_in_the_pluperfect_is_an_event(settings):
    ashulia, gazipur = events_of("pp3-dhaka.txt", settings)  # Ashulia is not in the gazetteer: near Dhaka
    assert (ashulia.place.name, ashulia.place.geo_precision, ashulia.sub_event_type) == ("Dhaka", 2, "Violent demonstration")
    # "On Monday, workers of another factory in Gazipur had blocked the Dhaka-Mymensingh highway"
    assert (gazipur.place.name, gazipur.event_date, gazipur.sub_event_type) == ("Gazipur", date(2026, 8, 10), "Peaceful protest")


def test_regression_batch_pp_reports_that_came_out_right(settings):
    (fighting,) = events_of("pp1-juba.txt", settings)  # Nasir and Ulang are not in the gazetteer
    assert (fighting.actor2, fighting.fatalities, fighting.event_date) == (
        "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)", 14, date(2026, 10, 18))
    assert events_of("pp2-cauca.txt", settings) == []
    (detentions,) = events_of("pp4-sanaa.txt", settings)
    assert (detentions.sub_event_type, detentions.place.name) == ("Arrests", "Sanaa")
    evin, beersheba = events_of("pp5-tehran.txt", settings)
    assert (evin.fatalities, beersheba.actor1, beersheba.place.country) == (79, "Military Forces of Iran (1989-)", "Israel")
    (shooting,) = events_of("pp6-nairobi.txt", settings)
    assert (shooting.sub_event_type, shooting.fatalities) == ("Excessive force against protesters", 1)


def test_villages_listed_by_name_and_spelt_otherwise(settings):
    (shelling,) = events_of("qq1-shehba.txt", settings)  # "the villages of Tal Rifaat and Um Hosh", tagged PERSON
    assert (shelling.place.name, shelling.actor1, shelling.event_date) == (
        "Tall Rifat", "Military Forces of Turkey (2016-)", date(2026, 1, 18))


def test_martyred_officers_are_dead(settings):
    (attack,) = events_of("qq2-zahedan.txt", settings)
    assert (attack.actor1, attack.fatalities, attack.place.name) == ("Jaish al-Adl", 2, "Zahedan")


def test_a_border_area_of_a_town_is_one_place(settings):
    (shooting,) = events_of("qq3-baneh.txt", settings)  # "near the Ney border area of Baneh"
    assert (shooting.fatalities, shooting.place.geo_precision) == (1, 2)


def test_two_countries_named_as_one_side_are_no_place(settings):
    strikes, shelling = events_of("qq4-saada.txt", settings)  # "The US-Saudi aggression launched five airstrikes"
    assert (strikes.place.country, strikes.actor2) == ("Yemen", "Civilians (Yemen)")
    assert (shelling.place.admin1, shelling.sub_event_type) == ("Saada", "Shelling/artillery/missile attack")


def test_a_crowd_told_violent_in_the_next_paragraph_is_rioters_and_its_organiser_associated(settings):
    riot, curfew = events_of("rr1-leh.txt", settings)  # "gathered outside the local office ... and set fire to it"
    assert (riot.sub_event_type, riot.actor1, riot.actor2, riot.fatalities) == (
        "Violent demonstration", "Rioters (India)", "Police Forces of India (2014-)", 4)
    assert riot.assoc_actor_1 == "Leh Apex Body"  # "The protest had been called by the Leh Apex Body"
    assert (curfew.sub_event_type, curfew.place.name) == ("Change to group/activity", "Leh")


def test_a_wars_toll_so_far_is_not_the_attacks(settings):
    attack, clash = events_of("rr2-culiacan.txt", settings)  # "..., which has left more than 1,700 people dead"
    assert (attack.place.name, attack.actor2, attack.fatalities) == ("Culiacan", "Civilians (Mexico)", 5)
    assert (clash.place.name, clash.sub_event_type, clash.fatalities) == ("Navolato", "Armed clash", 2)


def test_a_bombed_party_rally_hits_civilians_with_the_party_associated(settings):
    (bombing,) = events_of("rr3-quetta.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1, bombing.fatalities) == ("Suicide bomb", "Islamic State (Pakistan)", 15)
    assert (bombing.actor2, bombing.assoc_actor_2) == ("Civilians (Pakistan)", "Balochistan National Party")


def test_rebels_entering_a_city_the_army_left(settings):
    (transfer,) = events_of("rr5-uvira.txt", settings)  # "entered ... Uvira ... after government troops and allied Wazalendo militias withdrew"
    assert (transfer.sub_event_type, transfer.place.name, transfer.actor1) == (
        "Non-violent transfer of territory", "Uvira", "M23: March 23 Movement")
    assert (transfer.actor2, transfer.assoc_actor_2) == (
        "Military Forces of the Democratic Republic of Congo (2019-)", "Wazalendo Militia")


def test_who_runs_the_teller_is_no_target(settings):
    strike, missile = events_of("rr6-hodeidah.txt", settings)  # "the Houthi-run health ministry said"
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Israel (2022-)", "Civilians (Yemen)", 4)
    assert (missile.event_date, missile.place.country) == (date(2025, 5, 4), "Israel")


def test_regression_batch_rr_reports_that_came_out_right(settings):
    (strike,) = events_of("rr4-ternopil.txt", settings)
    assert (strike.place.name, strike.actor1, strike.fatalities) == ("Ternopil", "Military Forces of Russia (2000-)", 26)
    (clash,) = events_of("rr7-negros.txt", settings)
    assert (clash.place.name, clash.actor1, clash.fatalities) == ("Kabankalan", "NPA: New People's Army", 2)
    basra, nasiriyah = events_of("rr8-basra.txt", settings)  # roads blocked with burning tyres
    assert (basra.sub_event_type, nasiriyah.sub_event_type) == ("Violent demonstration", "Peaceful protest")


def test_a_blockade_told_again_turns_violent_near_a_town_the_gazetteer_lacks(settings):
    (riot,) = events_of("ss1-cochabamba.txt", settings)  # "The blockade ... entered its 14th day. Morales' supporters ... threw stones"
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Bolivia)", "Police Forces of Bolivia (2020-)")
    # "near the town of Parotani", tagged PERSON and unknown: about the dateline's town, not in it
    assert (riot.place.name, riot.place.geo_precision, riot.event_date) == ("Cochabamba", 2, date(2024, 10, 27))


def test_barricades_and_burning_tyres_make_a_riot_met_by_the_force_that_dispersed_it(settings):
    (riot,) = events_of("ss2-conakry.txt", settings)  # "... dispersed a protest ... against the military junta"
    assert (riot.sub_event_type, riot.actor1, riot.assoc_actor_1) == (
        "Violent demonstration", "Rioters (Guinea)", "Forces Vives de Guinee")
    assert (riot.actor2, riot.fatalities, riot.place.name) == ("Police Forces of Guinea (2021-)", 1, "Conakry")


def test_an_attack_the_next_sentence_places_away_from_the_dateline_and_both_sides_dead(settings):
    (attack,) = events_of("ss3-chad.txt", settings)  # "N'DJAMENA - ... a military base on an island in Lake Chad"
    assert (attack.place.name, attack.place.geo_precision, attack.event_date) == ("Lac", 3, date(2025, 1, 30))
    # "killing 17 Chadian soldiers ... 35 assailants were killed when troops repelled the attack"
    assert (attack.actor1, attack.actor2, attack.fatalities) == ("Boko Haram", "Military Forces of Chad (2021-)", 52)


def test_tribal_clashes_are_between_tribal_militias(settings):
    (clash,) = events_of("ss5-kurram.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Unidentified Tribal Militia (Pakistan)", "Unidentified Tribal Militia (Pakistan)", 12)


def test_peacekeepers_are_the_countrys_un_mission(settings):
    (ambush,) = events_of("ss6-bocaranga.txt", settings)  # "A Zambian peacekeeper was killed ... ambushed by suspected 3R rebels"
    assert (ambush.actor1, ambush.fatalities, ambush.place.name) == ("3R: Return, Reclamation and Rehabilitation", 1, "Bocaranga")
    assert ambush.actor2 == "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)"


def test_a_convoy_attacked_between_a_known_town_and_one_the_gazetteer_lacks(settings):
    (attack,) = events_of("ss8-kayes.txt", settings)  # "between Kayes and Diboli", filed from BAMAKO
    assert (attack.place.name, attack.place.geo_precision) == ("Kayes", 2)
    assert (attack.actor1, attack.actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)")


def test_regression_batch_ss_reports_that_came_out_right(settings):
    (strike,) = events_of("ss4-novorossiysk.txt", settings)
    assert (strike.place.name, strike.place.country, strike.actor1) == ("Novorossiysk", "Russia", "Military Forces of Ukraine (2019-)")
    (protest,) = events_of("ss7-buenosaires.txt", settings)
    assert (protest.sub_event_type, protest.event_date, protest.size) == ("Protest with intervention", date(2025, 8, 13), 2000)


def test_a_military_press_release_places_the_fighting_at_its_operation(settings):
    (clash,) = events_of("tt1-ispr.txt", settings)  # "During the conduct of the operation, own troops ... engaged"
    assert (clash.place.name, clash.event_date, clash.sub_event_type) == (
        "North Waziristan District", date(2025, 11, 11), "Armed clash")  # not Rawalpindi, where it was issued
    # "four khwarij were sent to hell": the Pakistani Taliban, in the state's word for them
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Military Forces of Pakistan (2024-)", "TTP: Tehreek-e-Taliban Pakistan", 4)


def test_a_liveblogs_timed_headings_are_sentences_of_their_own(settings):
    events = events_of("tt2-liveblog.txt", settings)
    bureij = next(e for e in events if e.place.name == "Al Burayj")  # "in the Bureij refugee camp in central Gaza"
    assert (bureij.actor1, bureij.fatalities) == ("Military Forces of Israel (2022-)", 6)
    # "11:15 GMT - Two killed near Rafah": two, not 15; told by Nasser Hospital in Khan Younis, not there
    shooting = next(e for e in events if e.sub_event_type == "Attack")
    assert (shooting.place.name, shooting.actor1, shooting.fatalities) == ("Rafah", "Military Forces of Israel (2022-)", 2)
    assert "Khan Yunis" not in {e.place.name for e in events}
    # "... after two of its soldiers were killed by militants in Rafah on Sunday": the Israeli military's soldiers
    (killing,) = [e for e in events if e.event_date == date(2025, 10, 19) and e.place.name == "Rafah"]
    assert (killing.actor2, killing.fatalities) == ("Military Forces of Israel (2022-)", 2)
    assert any(e.sub_event_type == "Air/drone strike" and e.actor2 == "Hamas Movement" for e in events)


def test_a_local_papers_byline_and_published_line(settings):
    (protest,) = events_of("tt3-masaka.txt", settings)  # "By Daily Monitor reporter / Published: Tuesday, October 7, 2025"
    assert (protest.place.name, protest.event_date, protest.source) == ("Masaka", date(2025, 10, 6), "Daily Monitor")
    assert (protest.sub_event_type, protest.assoc_actor_1) == ("Protest with intervention", "NUP: National Unity Platform")


def test_a_bulletins_headings_are_no_subjects_and_a_semicolons_negation_stays_in_its_clause(settings):
    events = {e.place.name: e for e in events_of("tt4-sudan-update.txt", settings)}
    kadugli = events["Kadugli"]  # "South Kordofan: SAF and SPLM-N forces repelled ...; casualty figures were not available"
    assert (kadugli.sub_event_type, kadugli.actor1, kadugli.actor2) == (
        "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")
    assert kadugli.assoc_actor_1 == "SPLM-N: Sudan People's Liberation Movement-North"
    # "armed men on motorcycles looted a market in Tawila and assaulted traders": people attacked (ACLED: the most violent act)
    assert (events["El Obeid"].fatalities, events["North Darfur"].sub_event_type) == (40, "Attack")


def test_bombs_dropped_from_a_paramotor_on_a_crowd(settings):
    (strike,) = events_of("tt5-chaungu.html", settings)
    assert (strike.sub_event_type, strike.actor1, strike.actor2, strike.fatalities) == (
        "Air/drone strike", "Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", 24)


def test_an_organiser_called_by_its_standing(settings):
    bratislava, *others = events_of("tt7-bratislava.txt", settings)  # "organised by the opposition Progressive Slovakia party"
    assert (bratislava.assoc_actor_1, bratislava.size, len(others)) == ("Progressive Slovakia", 20000, 3)


def test_regression_batch_tt_and_a_teacher_shot_is_a_civilian(settings):
    (bomb,) = events_of("tt6-narathiwat.txt", settings)
    assert (bomb.sub_event_type, bomb.place.name, bomb.actor1) == (
        "Remote explosive/landmine/IED", "Rueso", "Unidentified Armed Group (Thailand)")
    protest, killing = events_of("tt8-yala.txt", settings)  # "The teacher, 45, was shot several times"
    assert (protest.sub_event_type, killing.actor2, killing.event_date) == (
        "Peaceful protest", "Civilians (Thailand)", date(2025, 11, 15))


def test_a_group_an_official_blames_and_the_ambazonian_and_haitian_names(settings):
    (attack,) = events_of("uu1-oromia.txt", settings)  # "The official blamed the Oromo Liberation Army (OLA)"
    assert (attack.actor1, attack.fatalities, attack.place.geo_precision) == ("OLA: Oromo Liberation Army", 11, 2)
    (arson,) = events_of("uu2-kumba.txt", settings)  # "Suspected Anglophone separatist fighters set fire to a ... school"
    assert (arson.actor1, arson.sub_event_type, arson.place.name) == (
        "Ambazonian Separatists", "Looting/property destruction", "Kumba")
    (attack,) = events_of("uu8-kenscoff.txt", settings)  # "Gang members of the Viv Ansanm coalition"
    assert (attack.actor1, attack.place.name, attack.event_date) == ("Viv Ansanm", "Kenscoff", date(2025, 3, 31))


def test_a_drone_shot_down_is_the_states_air_defence_against_an_unknown_flyer(settings):
    downed, strike = events_of("uu3-erbil.txt", settings)  # "An explosive-laden drone was shot down near Erbil ..."
    assert (downed.sub_event_type, downed.actor1, downed.actor2) == (
        "Disrupted weapons use", "Military Forces of Iraq (2022-)", "Unidentified Armed Group (Iraq)")
    assert (strike.sub_event_type, strike.actor1) == ("Air/drone strike", "Unidentified Armed Group (Iraq)")


def test_two_unnamed_armed_groups_are_both_sides(settings):
    (clash,) = events_of("uu5-zawiya.txt", settings)  # "clashes broke out between two armed groups"
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 3)


def test_a_local_government_area_tagged_org_and_the_lower_of_two_tolls(settings):
    (attack,) = events_of("uu6-sokoto.txt", settings)  # "an attack on Kebbe local government area of Sokoto State"
    assert (attack.place.name, attack.actor1, attack.actor2) == ("Kebbe", "Lakurawa", "Civilians (Nigeria)")
    assert attack.fatalities == 9  # "Police ... gave a lower toll of nine dead": ACLED's conservative figure


def test_regression_batch_uu_reports_that_came_out_right(settings):
    (raid,) = events_of("uu4-beitjinn.txt", settings)  # Beit Jinn is not in the gazetteer (nor the Israeli Yavne'el)
    assert (raid.place.country, raid.actor1, raid.fatalities) == ("Syria", "Military Forces of Israel (2022-)", 13)
    (riot,) = events_of("uu7-pati.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor2) == ("Violent demonstration", "Pati", "Police Forces of Indonesia (2024-)")


def test_a_weekends_toll_is_dated_by_its_week(settings):
    (strikes,) = events_of("vv1-kharkiv.txt", settings)  # "between Friday and Sunday"
    assert (strikes.event_date, strikes.time_precision, strikes.fatalities) == (date(2025, 10, 31), 2, 5)


def test_a_base_overrun_and_left_is_a_clash_not_territory(settings):
    (attack,) = events_of("vv3-shabelle.txt", settings)  # "... seized weapons and vehicles before withdrawing"
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Armed clash", "Al Shabaab", 7)


def test_a_shooting_over_a_personal_quarrel_is_not_coded(settings):
    # "Police said the shooting followed an argument over a woman and was not linked to terrorism"
    assert events_of("vv4-bar.txt", settings) == []


def test_a_port_blockade_by_strikers_and_bodies_of_some_of_those_abducted(settings):
    antwerp, brussels = events_of("vv6-antwerp.txt", settings)  # "blocked access roads to the port of Antwerp"
    assert (antwerp.place.name, antwerp.sub_event_type, brussels.size) == ("Antwerp", "Peaceful protest", 80000)
    abduction, killing = events_of("vv7-reynosa.txt", settings)  # "kidnapped seven members of a music band"
    assert (abduction.actor2, abduction.event_date) == ("Civilians (Mexico)", date(2025, 5, 26))
    # "The bodies of two of the musicians were found on Tuesday"
    assert (killing.sub_event_type, killing.fatalities, killing.event_date) == ("Attack", 2, date(2025, 5, 27))


def test_anti_junta_forces_are_no_junta_and_a_town_is_taken_from_its_army(settings):
    capture, strike = events_of("vv8-myanmar-town.txt", settings)  # "Anti-junta resistance forces captured the town of Pauk"
    assert (capture.sub_event_type, capture.actor1, capture.actor2) == (
        "Non-state actor overtakes territory", "PDF: People's Defense Force", "Military Forces of Myanmar (2021-)")
    assert (capture.time_precision, strike.actor2, strike.fatalities) == (2, "Civilians (Myanmar)", 8)  # "last week"


def test_regression_batch_vv_reports_that_came_out_right(settings):
    (killing,) = events_of("vv2-hrw.txt", settings)  # "earlier this month", in a rights group's report
    assert (killing.actor1, killing.time_precision, killing.fatalities) == ("Military Forces of Burkina Faso (2022-)", 3, 12)
    (riot,) = events_of("vv5-machala.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.fatalities) == ("Armed clash", "Machala", 14)


def test_an_encounter_told_again_adds_the_jawan_killed(settings):
    (clash,) = events_of("ww1-narayanpur.txt", settings)  # "A District Reserve Guard jawan was also killed ... in the gunfight"
    assert (clash.actor2, clash.fatalities) == ("CPI (Maoist): Communist Party of India (Maoist)", 28)


def test_a_riot_that_pelted_police_has_them_as_its_other_side(settings):
    (riot,) = events_of("ww2-nagpur.txt", settings)  # "Mobs torched vehicles and pelted stones at police"
    assert (riot.event_type, riot.actor2, riot.event_date) == ("Riots", "Police Forces of India (2014-)", date(2025, 3, 17))


def test_an_unknown_village_in_a_local_government_area(settings):
    papiri, kebbi = events_of("ww4-papiri.txt", settings)  # "in Papiri, in Agwara local government area"
    assert (papiri.place.name, papiri.place.geo_precision, papiri.sub_event_type) == (
        "Agwara", 2, "Abduction/forced disappearance")
    assert (kebbi.event_date, kebbi.place.geo_precision) == (date(2025, 11, 17), 3)


def test_bodies_found_by_police_are_an_unidentified_groups_killing(settings):
    (killing,) = events_of("ww5-pataz.txt", settings)  # "Peruvian police found the bodies of 13 security guards"
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities) == (
        "Attack", "Unidentified Armed Group (Peru)", "Civilians (Peru)", 13)


def test_warring_clans_are_clan_militias(settings):
    (clash,) = events_of("ww6-basilan.txt", settings)  # "when two warring clans clashed in the town of Tipo-Tipo"
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Unidentified Clan Militia (Philippines)", "Unidentified Clan Militia (Philippines)", 5)


def test_a_crowd_gathered_on_a_square_to_demand(settings):
    (rally,) = events_of("ww7-ulaanbaatar.txt", settings)  # "gathered on Sukhbaatar Square ... to demand the resignation"
    assert (rally.sub_event_type, rally.place.name, rally.size) == ("Peaceful protest", "Ulan Bator", 2000)


def test_regression_batch_ww_reports_that_came_out_right(settings):
    (clash,) = events_of("ww3-kulgam.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 2)
    (riot,) = events_of("ww8-lima-trucks.txt", settings)
    assert (riot.sub_event_type, riot.fatalities, riot.actor2) == ("Violent demonstration", 1, "Police Forces of Peru (2022-)")


def test_strikes_in_a_region_the_gazetteer_lacks_filed_from_the_capital(settings):
    (strike,) = events_of("xx5-puntland.txt", settings)  # "in the Cal Miskaad mountains of Somalia's Puntland region"
    assert (strike.place.name, strike.place.geo_precision) == ("Somalia", 3)  # not Mogadishu, where it was filed
    assert (strike.actor1, strike.actor2) == ("Military Forces of the United States (2025-)", "Islamic State (Somalia)")


def test_mourners_attacked_are_civilians(settings):
    (attack,) = events_of("xx6-ntoyo.txt", settings)  # "attacked mourners at a funeral in the village of Ntoyo"
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", 60)


def test_an_unverified_claim_does_not_end_the_march_that_turned_violent(settings):
    (riot,) = events_of("xx7-muridke.txt", settings)  # "..., a claim that could not be verified."
    assert (riot.sub_event_type, riot.assoc_actor_1, riot.fatalities) == (
        "Violent demonstration", "TLP: Tehreek-e-Labbaik Pakistan", 5)


def test_regression_batch_xx_reports_that_came_out_right(settings):
    (strike,) = events_of("xx1-belgorod.txt", settings)
    assert (strike.place.country, strike.actor1, strike.fatalities) == ("Russia", "Military Forces of Ukraine (2019-)", 2)
    (shelling,) = events_of("xx3-dilling.txt", settings)
    assert (shelling.actor1, shelling.assoc_actor_1, shelling.fatalities) == (
        "RSF: Rapid Support Forces", "SPLM-N: Sudan People's Liberation Movement-North", 7)
    (strike,) = events_of("xx8-paktika.txt", settings)
    assert (strike.actor1, strike.actor2, strike.place.name) == (
        "Military Forces of Pakistan (2024-)", "Civilians (Afghanistan)", "Paktika")
    (raid,) = events_of("xx2-tubas.txt", settings)
    assert (raid.place.name, raid.actor1, raid.fatalities) == ("Tubas", "Military Forces of Israel (2022-)", 3)
    clash, *_ = events_of("xx4-sheikh-maqsoud.txt", settings)  # (the SDF's account of drones and artillery stays its own event)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Military Forces of Syria (2024-)", "QSD: Syrian Democratic Forces", 1)


def test_a_ceasefire_between_two_states_is_their_governments_agreement(settings):
    (agreement,) = events_of("yy2-ceasefire.txt", settings)  # "..., ending five days of fighting ... that killed at least 35"
    assert (agreement.sub_event_type, agreement.actor1, agreement.actor2, agreement.fatalities) == (
        "Agreement", "Government of Thailand (2023-)", "Government of Cambodia", 0)


def test_soldiers_killed_by_a_bomb_are_its_target_in_the_countrys_region(settings):
    (blast,) = events_of("yy3-burkina-ied.txt", settings)  # "Six Burkinabe soldiers were killed ... near Diapaga in the country's East region"
    assert (blast.actor1, blast.actor2, blast.fatalities) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)", 6)
    assert (blast.place.name, blast.place.country) == ("Diapaga", "Burkina Faso")  # not Cameroon's East region


def test_miners_shot_dead_by_rebels_are_attacked_civilians(settings):
    (attack,) = events_of("yy4-nduga.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2) == (
        "Attack", "TPNPB: West Papua National Liberation Army", "Civilians (Indonesia)")


def test_a_looted_hospital_is_no_actor(settings):
    (looting,) = events_of("yy5-haiti-hospital.txt", settings)  # "looted and set fire to the State University Hospital of Haiti"
    assert (looting.sub_event_type, looting.actor2, looting.place.name) == ("Looting/property destruction", "", "Port-au-Prince")


def test_a_rally_called_by_an_alliance_that_scuffled_with_police(settings):
    (riot,) = events_of("yy6-sofia.txt", settings)  # "outside the National Assembly in Sofia", "responding to a call by ..."
    assert (riot.place.geo_precision, riot.assoc_actor_1, riot.actor2) == (
        1, "We Continue the Change-Democratic Bulgaria Alliance", "Police Forces of Bulgaria")


def test_a_mayor_shot_dead_is_a_civilian_with_the_government_associated(settings):
    (killing,) = events_of("yy7-guerrero.txt", settings)
    assert (killing.actor2, killing.assoc_actor_2, killing.fatalities) == (
        "Civilians (Mexico)", "Government of Mexico (2024-)", 1)


def test_regression_batch_yy_reports_that_came_out_right(settings):
    cairo, alexandria = events_of("yy1-cairo.txt", settings)
    assert (cairo.sub_event_type, cairo.actor1, alexandria.place.name) == ("Arrests", "Police Forces of Egypt (2014-)", "Alexandria")
    (raid,) = events_of("yy8-prison.txt", settings)
    assert (raid.place.name, raid.fatalities) == ("Koton-Karfe", 1)


def test_a_commander_named_by_his_group_and_others_killed(settings):
    (strike,) = events_of("zz1-dahiyeh.txt", settings)  # "killed Hezbollah's top military commander and four other people"
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Israel (2022-)", "Hezbollah", 5)


def test_bonfires_and_looting_make_a_riot(settings):
    (riot,) = events_of("zz4-kisumu.txt", settings)  # "blocked roads and lit bonfires ... Several shops were looted"
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)")


def test_who_holds_a_town_is_not_hit_by_a_strike_on_its_market(settings):
    (strike,) = events_of("zz5-nyala.txt", settings)  # "Nyala, the capital of South Darfur state held by the RSF"
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Sudan (2019-)", "Civilians (Sudan)", 15)


def test_foreigners_kidnapped_are_civilians_of_their_country(settings):
    (kidnapping,) = events_of("zz8-mali-kidnap.txt", settings)  # "kidnapped two Emirati nationals and an Iranian"
    assert (kidnapping.actor2, kidnapping.place.name, kidnapping.place.geo_precision) == (
        "Civilians (United Arab Emirates)", "Kati", 2)


def test_regression_batch_zz_reports_that_came_out_right(settings):
    (strike,) = events_of("zz2-amadiya.txt", settings)
    assert (strike.actor1, strike.actor2, strike.place.country) == (
        "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", "Iraq")
    (attack,) = events_of("zz3-suarez.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.place.name) == ("Armed clash", "FARC dissidents", "Suarez")
    (shelling,) = events_of("zz6-taiz.txt", settings)
    assert (shelling.actor1, shelling.fatalities) == ("Military Forces of Yemen (2016-) Supreme Political Council", 1)
    captures = events_of("zz7-donetsk.txt", settings)  # (the villages' readings are left as the gazetteer gives them)
    assert {e.actor1 for e in captures} == {"Military Forces of Russia (2000-)"}


def test_an_armies_counter_attack_told_next_adds_the_attackers_dead(settings):
    (ambush,) = events_of("ab1-fambita.txt", settings)  # 22 soldiers, and "dozens of terrorists" in the counter-attack
    # ("Fighters of the Islamic State Sahel Province": the group by its own name since batch ai)
    assert (ambush.actor1, ambush.place.name, ambush.fatalities) == ("Islamic State Sahel Province", "Tillia", 34)


def test_a_named_armed_group_that_fires_on_a_crowd_is_its_other_side(settings):
    (shooting,) = events_of("ab2-geneina.txt", settings)  # "Fighters of the Rapid Support Forces opened fire on ... people protesting"
    assert (shooting.sub_event_type, shooting.actor2, shooting.fatalities) == (
        "Excessive force against protesters", "RSF: Rapid Support Forces", 3)
    (protest,) = events_of("ab6-kabul-protest.txt", settings)  # "before Taliban fighters dispersed them"
    assert (protest.assoc_actor_1, protest.actor2, protest.size) == ("", "Military Forces of Afghanistan (2021-)", 20)


def test_regression_batch_ab_reports_that_came_out_right(settings):
    # "began an indefinite nationwide strike ..., shutting outpatient services": no one gathered (ACLED)
    assert events_of("ab5-nigeria-strike.txt", settings) == []
    arrests = events_of("ab3-turkey-raids.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in arrests] == [
        ("Istanbul", "Arrests"), ("Ankara", "Arrests"), ("Izmir", "Arrests")]
    (mine,) = events_of("ab4-hodeidah-mine.txt", settings)  # "The official blamed the Houthi group for planting the mine"
    assert (mine.actor1, mine.actor2, mine.fatalities) == (
        "Military Forces of Yemen (2016-) Supreme Political Council", "Civilians (Yemen)", 3)


def test_an_entry_without_meeting_resistance_is_a_second_days_transfer(settings):
    capture, entry = events_of("ac1-goma.txt", settings)  # "entered the outskirts of Bukavu on Saturday without meeting resistance"
    assert (capture.sub_event_type, capture.event_date) == ("Non-state actor overtakes territory", date(2025, 2, 14))
    assert (entry.sub_event_type, entry.event_date, entry.place.name) == (
        "Non-violent transfer of territory", date(2025, 2, 15), "Bukavu")


def test_a_crowd_that_dispersed_peacefully_met_no_force(settings):
    (protest,) = events_of("ac2-lahore-lawyers.txt", settings)  # "later dispersed peacefully"
    assert (protest.sub_event_type, protest.assoc_actor_1, protest.actor2) == ("Peaceful protest", "Lawyers (Pakistan)", "")


def test_a_local_government_area_of_a_state_is_read_in_that_state(settings):
    (attack,) = events_of("ac3-jos.txt", settings)  # "Hurti village in Bassa local government area of Plateau State"
    assert (attack.place.name, attack.place.admin1, attack.fatalities) == ("Bassa", "Plateau", 11)


def test_a_town_listed_after_a_city_is_a_place_not_a_target(settings):
    (attack,) = events_of("ac6-idlib.txt", settings)  # "on the road between Idlib city and Saraqib"
    assert (attack.sub_event_type, attack.actor2, attack.fatalities) == ("Attack", "Civilians (Syria)", 2)


def test_regression_batch_ac_reports_that_came_out_right(settings):
    (clash,) = events_of("ac4-tripoli-lb.txt", settings)
    assert (clash.place.name, clash.actor2, clash.fatalities) == ("Tripoli", "Military Forces of Lebanon (2020-)", 1)
    (rally,) = events_of("ac5-bangui.txt", settings)
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "Bangui")


def test_an_attack_with_drones_is_a_drone_strike(settings):
    (strike,) = events_of("ad1-saravena.txt", settings)  # "attacked an army base ... with explosive-laden drones"
    assert (strike.sub_event_type, strike.actor1, strike.event_date) == (
        "Air/drone strike", "ELN: National Liberation Army", date(2026, 3, 13))


def test_a_village_in_a_township_is_somewhere_in_it_and_a_staff_byline_names_the_outlet(settings):
    doc = dateline.extract((DATA / "ad3-sagaing.txt").read_text(encoding="utf-8"), settings=settings)
    (strike,) = doc.events  # "in Lin Ta Lu village in Sagaing Region's Sagaing Township" (no village in GeoNames)
    assert (strike.place.name, strike.place.geo_precision, strike.fatalities) == ("Sagaing", 2, 14)
    assert doc.source == "Irrawaddy"  # "By Irrawaddy Staff | 9 February 2026"


def test_a_bulletins_heading_date_in_brackets_dates_its_items(settings):
    shelling, clash = events_of("ad4-el-fasher.txt", settings)  # "... North Darfur (2 October 2026)", "On 1 October, ..."
    assert (shelling.sub_event_type, shelling.event_date, shelling.fatalities) == (
        "Shelling/artillery/missile attack", date(2026, 10, 1), 6)
    assert clash.actor2 == "Military Forces of Sudan (2019-)"


def test_the_claimant_not_its_patron_and_both_sides_dead(settings):
    text = (DATA / "ad5-kayes.txt").read_text(encoding="utf-8")  # a Reuters dateline with no year: the date is given
    (clash,) = dateline.extract(text, date=date(2026, 7, 21), settings=settings).events
    # "Al Qaeda's affiliate JNIM claimed the attack"; "killing 21 of the attackers", then "Two soldiers were killed"
    assert (clash.actor1, clash.fatalities, clash.event_date) == (
        "JNIM: Group for Support of Islam and Muslims", 23, date(2026, 7, 20))


def test_a_protest_told_with_what_was_dumped_where_is_one_more_protest(settings):
    text = (DATA / "ad6-toulouse.txt").read_text(encoding="utf-8")
    blockade, manure = dateline.extract(text, date=date(2026, 1, 28), settings=settings).events
    assert (manure.sub_event_type, manure.place.name, manure.assoc_actor_1) == ("Peaceful protest", "Agen", "Farmers (France)")
    assert blockade.assoc_actor_1 == "Farmers (France)"  # ("Farmers" opening a sentence is no organisation)


def test_a_reporter_shot_dead_in_a_relative_clause_is_the_victim_on_its_day(settings):
    (attack,) = events_of("ad8-culiacan.txt", settings)
    # "called on Thursday ... to investigate the killing of reporter X, who was shot dead ... on Wednesday evening"
    assert (attack.actor2, attack.assoc_actor_2, attack.fatalities, attack.event_date) == (
        "Civilians (Mexico)", "Journalists (Mexico)", 1, date(2026, 9, 16))


def test_regression_batch_ad_reports_that_came_out_right(settings):
    assert coded(events_of("ad2-nairobi.html", settings)) == {
        "Nairobi": "Protest with intervention", "Kitengela": "Excessive force against protesters", "Mombasa": "Peaceful protest"}
    (attack,) = events_of("ad7-kalat.txt", settings)
    assert (attack.actor1, attack.fatalities, attack.event_date) == ("BLA: Balochistan Liberation Army", 7, date(2026, 4, 10))


def test_a_town_in_its_district_is_one_event_and_a_closing_agency_line_dates_it(settings):
    doc = dateline.extract((DATA / "ae1-manipur.txt").read_text(encoding="utf-8"), settings=settings)
    (ambush,) = doc.events  # "at Nambol Sabal Leikai in Manipur's Bishnupur district", then "(PTI, August 14, 2026)"
    assert (ambush.place.name, ambush.fatalities, ambush.event_date, doc.source) == ("Nambol", 2, date(2026, 8, 14), "PTI")
    assert ambush.actor2 == "Military Forces of India (2014-) Assam Rifles"


def test_police_evicting_a_land_occupation_met_the_movements_families(settings):
    doc = dateline.extract((DATA / "ae2-para.txt").read_text(encoding="utf-8"), settings=settings)
    (eviction,) = doc.events  # "SÃO PAULO, April 22, 2026 (Reuters) - Military police ... evicted about 300 families"
    assert (eviction.event_type, eviction.assoc_actor_1, eviction.actor2) == (
        "Riots", "MST: Landless Workers Movement", "Police Forces of Brazil (2023-)")
    # ("a ranch they had occupied for two weeks near Marabá on Wednesday": the report's own day)
    assert (eviction.event_date, eviction.time_precision, doc.source) == (date(2026, 4, 22), 1, "Reuters")


def test_a_group_saying_it_had_targeted_the_site_claims_the_attack(settings):
    (shelling,) = events_of("ae3-mogadishu.txt", settings)  # "Al Shabaab said ... that it had targeted"
    assert (shelling.sub_event_type, shelling.actor1) == ("Shelling/artillery/missile attack", "Al Shabaab")


def test_protesters_who_clashed_with_a_party_wing_rioted(settings):
    (riot,) = events_of("ae4-dhaka.txt", settings)  # "students protesting ... clashed with activists of the ..."
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Bangladesh)", "Jatiya Chhatra Shakti")


def test_a_government_communique_on_an_attack_its_forces_repelled(settings):
    (clash,) = events_of("ae5-djibo.txt", settings)
    # "repelled the attack and neutralised several dozen terrorists"; "14 VDP and 9 civilians lost their lives"
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == (
        "Armed clash", "Military Forces of Burkina Faso (2022-)", 12 + 23)
    assert (clash.source, clash.source_is_party) == ("Government of Burkina Faso", True)


def test_a_district_read_as_its_town_is_somewhere_in_it(settings):
    bombs, drone = events_of("ae6-zaporizhzhia.txt", settings)  # "a Russian drone attack ... in the Polohy district"
    assert (bombs.place.geo_precision, drone.place.name, drone.place.geo_precision) == (1, "Polohy", 2)


def test_police_who_declared_a_riot_are_the_rioters_other_side(settings):
    events = events_of("ae7-nokings.txt", settings)
    portland = next(e for e in events if e.place.name == "Portland")
    assert (portland.sub_event_type, portland.actor2) == ("Violent demonstration", "Police Forces of the United States (2025-)")


def test_a_site_placed_by_a_later_sentence(settings):
    (strike,) = events_of("ae8-khormor.txt", settings)  # ERBIL dateline; "attacks on the field, in Sulaymaniyah province"
    assert (strike.place.name, strike.place.geo_precision, strike.event_date) == ("Sulaymaniyah", 3, date(2026, 7, 8))


def test_an_attack_on_a_town_then_the_police_fighting_the_gangs_are_two_events(settings):
    attack, clash = events_of("af1-kenscoff.txt", settings)  # "Haitian police ... fought the gangs for several hours"
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Attack", "Viv Ansanm", 6)
    assert (clash.sub_event_type, clash.actor2, clash.fatalities, clash.place.name) == ("Armed clash", "Viv Ansanm", 2, "Kenscoff")


def test_a_closing_agency_line_with_the_agency_in_brackets_first(settings):
    (ambush,) = events_of("af2-samar.txt", settings)  # "(PNA) September 3, 2026" closing an undated dateline
    assert (ambush.event_date, ambush.source, ambush.actor1) == (date(2026, 9, 3), "PNA", "NPA: New People's Army")


def test_a_neighbourhood_of_a_city_is_coded_at_the_city(settings):
    (abduction,) = events_of("af3-bamenda.txt", settings)  # "in the Nkwen neighbourhood of Bamenda"
    assert (abduction.place.name, abduction.place.geo_precision, abduction.assoc_actor_2) == (
        "Bamenda", 1, "Teachers (Cameroon); Students (Cameroon)")


def test_a_time_first_published_line_dates_and_blaming_names_the_doer(settings):
    (strike,) = events_of("af6-port-sudan.txt", settings)
    # "Drones struck ..., the Sudanese military said, blaming the paramilitary Rapid Support Forces"
    assert (strike.actor1, strike.actor2, strike.event_date) == ("RSF: Rapid Support Forces", "", date(2026, 3, 25))


def test_a_prison_gang_fight_takes_its_sides_from_the_next_paragraph(settings):
    (fight,) = events_of("af8-machala.txt", settings)
    # "Fighting between rival gangs inside the Machala prison in southern Ecuador" (Ecuador is where,
    # not a side), then "inmates from the Los Lobos gang attacked members of Los Choneros"
    assert (fight.sub_event_type, fight.actor1, fight.actor2, fight.fatalities) == (
        "Armed clash", "Los Lobos", "Los Choneros", 14)


def test_regression_batch_af_reports_that_came_out_right(settings):
    (attack,) = events_of("af4-turmus-ayya.txt", settings)
    assert (attack.actor1, attack.actor2, attack.fatalities) == ("Settlers (Israel)", "Civilians (Palestine)", 1)
    (riot,) = events_of("af5-tbilisi.txt", settings)
    assert (riot.sub_event_type, riot.actor2) == ("Violent demonstration", "Police Forces of Georgia (2012-)")
    beheading, clash = events_of("af7-macomia.txt", settings)  # (Quissanga, taken unopposed, is not in GeoNames)
    assert (beheading.fatalities, clash.actor2) == (2, "Military Forces of Rwanda (2000-)")


def test_a_monitors_documented_deaths_their_victims_and_an_al_spelling(settings):
    ambush, mine = events_of("ag1-sohr.txt", settings)
    # "the death of four members of government forces ... in an ambush by ISIS cells ... in the
    # western desert of Deir Ez-Zor"; "the death of a shepherd in an explosion ... near Al-Sukhnah town"
    assert (ambush.actor2, ambush.fatalities, ambush.place.geo_precision) == ("Military Forces of Syria (2024-)", 4, 2)
    assert (mine.actor2, mine.fatalities, mine.place.name) == ("Civilians (Syria)", 1, "As Sukhnah")


def test_police_removing_a_blockade_in_a_strike_story_intervened(settings):
    # "halting traffic into Bogota, Medellin and Bucaramanga": the blockades near each city
    events = events_of("ag2-bogota-strike.txt", settings)
    assert [e.place.name for e in events] == ["Bogota", "Medellin", "Bucaramanga"]
    bucaramanga = events[-1]  # "riot police removed a blockade ..., arresting 15"
    assert (bucaramanga.sub_event_type, bucaramanga.place.name) == ("Protest with intervention", "Bucaramanga")


def test_the_protesters_told_as_a_partys_supporters_associate_it(settings):
    (force,) = events_of("ag3-nepal.txt", settings)  # "The protesters, supporters of the Rastriya Prajatantra Party (RPP), ..."
    # "Police opened fire on protesters who tried to storm the district administration office": a crowd's violence
    # the police met, a violent demonstration with its dead (ACLED keeps excessive force for peaceful crowds)
    assert (force.sub_event_type, force.assoc_actor_1, force.fatalities) == (
        "Violent demonstration", "Rastriya Prajatantra Party", 2)


def test_a_briefs_lga_is_read_at_its_town(settings):
    zamfara, somalia, nairobi = events_of("ag4-brief.txt", settings)  # "in Tsafe LGA, Zamfara State, on 24 February"
    assert (zamfara.place.name, zamfara.place.geo_precision, zamfara.event_date) == ("Tsafe", 2, date(2026, 2, 24))
    assert (somalia.actor1, somalia.fatalities) == ("Al Shabaab", 12)  # (Moqokori and "Hiraan" are not in GeoNames)


def test_rival_party_supporters_who_clashed_are_mob_violence(settings):
    (riot,) = events_of("ag6-election.txt", settings)  # "supporters of the ruling SLPP and the opposition APC clashed"
    assert (riot.sub_event_type, riot.assoc_actor_1, riot.assoc_actor_2, riot.fatalities) == (
        "Mob violence", "Sierra Leone People's Party", "All People's Congress", 1)


def test_an_administrations_timed_bulletin_of_enemy_strikes(settings):
    bomb, drone = events_of("ag7-telegram.txt", settings)
    # "At 14:20 the enemy struck the village of Kupiansk-Vuzlovyi with a guided aerial bomb" (30 November)
    assert (bomb.sub_event_type, bomb.actor1, bomb.place.name, bomb.event_date, bomb.time_precision) == (
        "Air/drone strike", "Military Forces of Russia (2000-)", "Kupiansk-Vuzlovyi", date(2026, 11, 30), 1)
    assert (drone.actor1, drone.place.name) == ("Military Forces of Russia (2000-)", "Chuhuyiv")


def test_a_raids_dead_a_group_calls_its_members_make_a_clash_counted_once(settings):
    text = (DATA / "ag8-jenin.txt").read_text(encoding="utf-8")  # "JENIN, West Bank, Dec 3 (Reuters)": no year
    (clash,) = dateline.extract(text, date=date(2026, 12, 3), settings=settings).events
    # "killed three Palestinians", "they had killed three gunmen": the same three;
    # "Islamic Jihad said the three were members of its armed wing"
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "Palestinian Islamic Jihad", 3)


def test_regression_batch_ag_reports_that_came_out_right(settings):
    (protest,) = events_of("ag5-court.txt", settings)  # (the sentencing itself is no event)
    assert (protest.sub_event_type, protest.place.name) == ("Peaceful protest", "Tunis")


def test_a_published_in_line_and_a_district_at_precision_two(settings):
    doc = dateline.extract((DATA / "ah1-kurram.txt").read_text(encoding="utf-8"), settings=settings)
    (attack,) = doc.events  # "near Bagan in Lower Kurram district on Monday", "Published in Dawn, January 20th, 2026"
    assert (attack.event_date, doc.source, attack.fatalities) == (date(2026, 1, 19), "Dawn", 10)
    assert (attack.place.admin1, attack.place.geo_precision) == ("Khyber Pakhtunkhwa", 2)


def test_a_militia_named_as_a_nationality_is_a_side(settings):
    (clash,) = events_of("ah3-masisi.txt", settings)  # "between Wazalendo fighters and M23 rebels ..., in Masisi territory"
    assert (clash.actor1, clash.actor2, clash.fatalities, clash.place.geo_precision) == (
        "Wazalendo Militia", "M23: March 23 Movement", 6, 2)


def test_a_ship_hit_off_a_port_is_near_it_and_its_claimant_fired(settings):
    (strike,) = events_of("ah4-redsea.txt", settings)
    # "hit by a missile about 60 nautical miles west of Yemen's port city of Hodeidah" (Yemen is where,
    # not a side; the UKMTO tells of it); "Yemen's Houthi movement said it had targeted the ship"
    assert (strike.actor1, strike.actor2, strike.place.geo_precision) == (
        "Military Forces of Yemen (2016-) Supreme Political Council", "", 2)


def test_a_city_named_like_its_province_under_an_article(settings):
    events = events_of("ah5-nasiriyah.txt", settings)  # "also took place in Basra and Diwaniyah"
    assert [(e.place.name, e.place.geo_precision) for e in events[1:]] == [("Basrah", 1), ("Al Diwaniyah", 1)]
    assert (events[0].sub_event_type, events[0].fatalities) == ("Excessive force against protesters", 1)


def test_activists_arrested_as_they_tried_to_block_roads_met_an_intervention(settings):
    arson, arrests = events_of("ah7-hartal.txt", settings)  # "(bdnews24.com)"; "... who tried to block roads in Motijheel"
    assert (arrests.sub_event_type, arrests.assoc_actor_1, arrests.source) == (
        "Protest with intervention", "BNP: Bangladesh Nationalist Party", "bdnews24")


def test_a_motorcycle_packed_with_explosives_that_blew_up_is_an_ied(settings):
    (blast,) = events_of("ah8-jamundi.txt", settings)
    assert (blast.sub_event_type, blast.actor2, blast.fatalities) == (
        "Remote explosive/landmine/IED", "Police Forces of Colombia (2022-)", 2)


def test_regression_batch_ah_reports_that_came_out_right(settings):
    march, rally = events_of("ah2-istanbul.txt", settings)
    assert (march.sub_event_type, march.place.name) == ("Protest with intervention", "Istanbul")
    assert rally.sub_event_type == "Peaceful protest"  # (its Kadıköy is read as Yalova's, not Istanbul's: left alone)
    (strike,) = events_of("ah6-kidal.txt", settings)  # (Tinzaouatene is not in GeoNames: the region)
    assert (strike.actor1, strike.fatalities, strike.place.name) == ("Military Forces of Mali (2021-)", 11, "Kidal")


def test_a_named_groups_sahel_province_is_no_place(settings):
    (event,) = events_of("ai1-gao.txt", settings)  # "Fighters of the Islamic State Sahel Province ... between Gao and Ansongo"
    assert (event.actor1, event.place.name, event.place.country) == ("Islamic State Sahel Province", "Gao", "Mali")


def test_a_protester_who_died_of_the_intervention_makes_it_excessive_force(settings):
    (force,) = events_of("ai2-lima.txt", settings)
    # "fired tear gas at thousands of transport workers ..., and a 32-year-old protester died after being hit"
    assert (force.sub_event_type, force.fatalities, force.assoc_actor_1) == (
        "Excessive force against protesters", 1, "Labour Group (Peru)")


def test_where_a_ceasefire_was_signed_is_no_event_place(settings):
    (strike,) = events_of("ai3-goma.txt", settings)  # "accused the army of violating a ceasefire signed in Doha"
    assert (strike.actor2, strike.fatalities, strike.place.country) == (
        "M23: March 23 Movement", 12, "Democratic Republic of Congo")  # "AFC/M23", 'killing "dozens" of fighters'


def test_a_repelled_attack_on_a_camp_keeps_no_civilian_group_for_the_force(settings):
    text = (DATA / "ai5-sudan-camp.txt").read_text(encoding="utf-8")  # "NAIROBI, March 17 (Reuters)": no year
    (clash,) = dateline.extract(text, date=date(2026, 3, 17), settings=settings).events
    assert (clash.sub_event_type, clash.actor2, clash.assoc_actor_2, clash.fatalities) == (
        "Armed clash", "Military Forces of Sudan (2019-)", "", 25)


def test_regression_batch_ai_reports_that_came_out_right(settings):
    (riot,) = events_of("ai4-baghdad.txt", settings)
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Baghdad")
    (strike,) = events_of("ai6-lebanon.txt", settings)
    assert (strike.actor1, strike.fatalities, strike.source) == ("Military Forces of Israel (2022-)", 2, "NNA")


def test_an_anti_tank_missile_and_an_armed_groups_detention(settings):
    tank, shelling, detention = events_of("aj1-idlib.txt", settings)
    # "destroyed a government tank ..., using an anti-tank guided missile": no looting, a missile attack
    assert (tank.sub_event_type, tank.place.name) == ("Shelling/artillery/missile attack", "Kafranbel")
    assert shelling.place.name == "Ariha"
    # "security forces of Hayat Tahrir al-Sham detained a local journalist": no state, an abduction (ACLED)
    assert (detention.sub_event_type, detention.actor1, detention.actor2, detention.assoc_actor_2) == (
        "Abduction/forced disappearance", "HTS: Hayat Tahrir al Sham", "Civilians (Syria)", "Journalists (Syria)")


def test_shelling_answered_by_fire_is_a_battle_led_by_the_side_that_shelled(settings):
    text = (DATA / "aj2-taiz.txt").read_text(encoding="utf-8")  # "ADEN, June 21 (Reuters)": no year
    fight, strikes = dateline.extract(text, date=date(2026, 6, 21), settings=settings).events
    # "Houthi forces shelled government positions ..., and government troops fired back, killing three"
    assert (fight.sub_event_type, fight.place.name, fight.fatalities) == ("Armed clash", "Taiz", 3)
    assert (fight.actor1, fight.actor2) == ("Military Forces of Yemen (2016-) Supreme Political Council",
                                            "Military Forces of Yemen (2012-)")
    assert strikes.sub_event_type == "Air/drone strike"  # "Fighting ... has flared in recent weeks" adds none


def test_rubber_bullets_fired_at_fishermen_attack_them(settings):
    text = (DATA / "aj3-gaza.txt").read_text(encoding="utf-8")  # "GAZA, Sept 3 (Reuters)": no year
    attack, arrests = dateline.extract(text, date=date(2026, 9, 3), settings=settings).events
    # "fired rubber-coated bullets and water cannon at Palestinian fishermen": no crowd, no protest
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.assoc_actor_2) == (
        "Attack", "Military Forces of Israel (2022-)", "Civilians (Palestine)", "Fishermen (Palestine)")
    assert (arrests.sub_event_type, arrests.place.name) == ("Arrests", "Rafah")  # state forces arrest


def test_riots_the_detained_took_part_in_are_no_riot(settings):
    rally, power = events_of("aj4-tripoli.txt", settings)
    # "to demand the release of 11 young men held ... over their alleged involvement in riots"
    assert (rally.sub_event_type, rally.place.name, rally.place.country) == ("Peaceful protest", "Tripoli", "Lebanon")
    assert rally.size == 200  # "Several hundred people", not "the release of 11 young men"
    assert (power.place.name, power.event_date, power.time_precision) == ("Sidon", date(2026, 10, 18), 1)


def test_elders_detained_by_a_militant_group_are_civilians_abducted(settings):
    text = (DATA / "aj5-somalia.txt").read_text(encoding="utf-8")  # "MOGADISHU, Nov 7 (Reuters)": no year
    abduction, arrests = dateline.extract(text, date=date(2026, 11, 7), settings=settings).events
    assert (abduction.sub_event_type, abduction.actor1, abduction.actor2) == (
        "Abduction/forced disappearance", "Al Shabaab", "Civilians (Somalia)")  # "four clan elders"
    assert (arrests.sub_event_type, arrests.actor1) == ("Arrests", "Police Forces of Somalia (2022-)")


def test_a_toll_of_police_officers_in_the_next_paragraph_counts_for_the_fight(settings):
    fight, march = events_of("aj7-cauca.txt", settings)
    # "Police officers returned fire ... after a two-hour gunfight", then "One police officer was killed"
    assert (fight.sub_event_type, fight.place.name, fight.fatalities) == ("Armed clash", "Suarez", 1)
    assert (march.sub_event_type, march.place.name) == ("Peaceful protest", "Jamundi")


def test_regression_batch_aj_reports_that_came_out_right(settings):
    (demolition,) = events_of("aj6-hebron.txt", settings)  # "Israeli army bulldozers demolished four homes"
    assert (demolition.sub_event_type, demolition.actor1) == ("Looting/property destruction",
                                                            "Military Forces of Israel (2022-)")


def test_the_taliban_governments_forces_arrest(settings):
    (arrests,) = events_of("ak1-kabul.txt", settings)  # "Taliban intelligence officers detained two ... activists"
    assert (arrests.sub_event_type, arrests.actor1, arrests.place.name) == (
        "Arrests", "Military Forces of Afghanistan (2021-)", "Kabul")


def test_vigilantes_ambushed_pursuing_abductors_is_a_battle_of_its_own(settings):
    abduction, ambush = events_of("ak2-zamfara.txt", settings)
    assert (abduction.sub_event_type, abduction.fatalities, abduction.actor2) == (
        "Abduction/forced disappearance", 0, "Civilians (Nigeria)")
    # "Vigilantes who tried to pursue the attackers were ambushed ..., and four of them were killed"
    assert (ambush.sub_event_type, ambush.fatalities, ambush.place.name) == ("Armed clash", 4, "Maru")


def test_a_township_the_gazetteer_lacks_named_as_neighbouring_and_an_outlet_named_after_a_country(settings):
    battle, bombing = events_of("ak3-mandalay.txt", settings)
    assert (battle.sub_event_type, battle.fatalities) == ("Armed clash", 5)  # "troops returned fire"
    # "a military aircraft bombed a monastery in neighbouring Singu township, killing six civilians ...,
    # residents told Myanmar Now": Singu is no Japanese Shingu, nor the outlet's "Myanmar" a place
    assert (bombing.sub_event_type, bombing.place.name, bombing.place.geo_precision, bombing.fatalities) == (
        "Air/drone strike", "Madaya", 2, 6)
    assert bombing.actor1 == "Military Forces of Myanmar (2021-)" and bombing.actor2 == "Civilians (Myanmar)"


def test_a_family_shot_is_civilians_not_the_cartel_whose_feud_goes_on(settings):
    attack, clash = events_of("ak5-culiacan.txt", settings)
    # "killing a man and his two sons, ..., as fighting between rival factions of the Sinaloa Cartel continued"
    assert (attack.sub_event_type, attack.actor2, attack.fatalities) == ("Attack", "Civilians (Mexico)", 3)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 3)


def test_a_curfew_until_sunday_is_imposed_on_the_report_day(settings):
    riot, curfew = events_of("ak6-kirkuk.txt", settings)
    assert (riot.sub_event_type, riot.assoc_actor_1) == (
        "Violent demonstration", "Kurdish Ethnic Group (Iraq); Arab Ethnic Group (Iraq)")  # "Kurdish and Arab residents"
    assert (curfew.sub_event_type, curfew.event_date) == ("Change to group/activity", date(2026, 9, 26))


def test_assaults_repelled_name_the_nation_that_assaulted(settings):
    strike, battle = events_of("ak7-kharkiv.txt", settings)
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 2)
    # "Ukrainian forces repelled 14 Russian assaults near Kupiansk"
    assert (battle.actor1, battle.actor2) == ("Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)")


def test_regression_batch_ak_reports_that_came_out_right(settings):
    (intervention,) = events_of("ak4-karachi.txt", settings)  # "police baton-charged ... protesters"
    assert (intervention.sub_event_type, intervention.event_date, intervention.source) == (
        "Protest with intervention", date(2026, 11, 19), "Dawn")


def test_air_defences_that_shot_down_drones_disrupted_the_attackers_weapons(settings):
    strike, disrupted = events_of("al1-fasher.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.fatalities) == ("Air/drone strike", "RSF: Rapid Support Forces", 19)
    # "The army said its air defences shot down four other drones": the army disrupted, the RSF's drones
    assert (disrupted.sub_event_type, disrupted.actor1, disrupted.actor2) == (
        "Disrupted weapons use", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")


def test_looting_in_the_cities_a_protest_spread_to_makes_each_a_riot(settings):
    events = events_of("al2-nairobi.txt", settings)
    assert coded(events) == {"Nairobi": "Excessive force against protesters", "Mombasa": "Violent demonstration",
                             "Kisumu": "Violent demonstration", "Nakuru": "Violent demonstration"}
    # ("NAIROBI, June 11, 2026 (Reuters) - ... Protests": the dateline's year is no "2020 protests")


def test_an_unknown_town_before_its_province_is_placed_in_the_province(settings):
    (clash,) = events_of("al4-samar.txt", settings)
    # "in the hinterlands of Matuguinao, Samar": no Maguinao of Central Luzon, nor the dateline's city
    assert (clash.place.name, clash.place.admin1, clash.fatalities) == ("Samar", "Eastern Visayas", 2)


def test_a_dateline_town_in_two_countries_is_the_one_of_the_parties_named(settings):
    text = (DATA / "al5-gopalganj.txt").read_text(encoding="utf-8")  # "Gopalganj, Oct 29 (bdnews24.com)": no year
    riot, curfew = dateline.extract(text, date=date(2026, 10, 29), settings=settings).events
    assert (riot.place.country, riot.sub_event_type, riot.fatalities) == ("Bangladesh", "Violent demonstration", 4)
    # "At least four people were killed as supporters of the Awami League attacked a rally": the doers
    assert riot.assoc_actor_1 == "AL: Bangladesh Awami League"
    assert (curfew.actor1, curfew.sub_event_type) == ("Government of Bangladesh (2024-)", "Change to group/activity")


def test_the_crowd_a_sentence_opens_with_is_the_group_the_police_detained_from(settings):
    text = (DATA / "al7-paris.txt").read_text(encoding="utf-8")  # "PARIS, May 8 (AP)": no year
    paris, lyon = dateline.extract(text, date=date(2026, 5, 8), settings=settings).events
    # "Hundreds of farmers drove tractors into central Paris ..., and police detained 15 people"
    assert (paris.sub_event_type, paris.assoc_actor_1, paris.actor2) == (
        "Protest with intervention", "Farmers (France)", "Police Forces of France (2017-)")
    assert (lyon.sub_event_type, lyon.assoc_actor_1) == ("Peaceful protest", "Farmers (France)")


def test_un_peacekeepers_of_a_mission_are_the_mission_alone(settings):
    attack, clash = events_of("al8-ituri.txt", settings)
    assert (attack.sub_event_type, attack.assoc_actor_2, attack.fatalities) == (
        "Attack", "Refugees/IDPs (Democratic Republic of Congo)", 12)
    assert clash.actor1.startswith("MONUSCO") and clash.assoc_actor_1 == ""  # "UN peacekeepers from MONUSCO"
    assert clash.actor2 == "CODECO: Cooperative for the Development of Congo"


def test_regression_batch_al_reports_that_came_out_right(settings):
    (battle,) = events_of("al3-djibo.txt", settings)
    assert (battle.sub_event_type, battle.actor1, battle.place.name) == (
        "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Djibo")
    (strike,) = events_of("al6-sinjar.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == (
        "Military Forces of Turkey (2016-)", "YBS: Sinjar Resistance Units", 2)


def test_a_bulletins_items_headed_by_their_places_and_dated_by_a_numeric_date(settings):
    events = events_of("am1-zaporizhzhia.txt", settings)
    # "09.10.2026", then "- Huliaipole: an artillery strike damaged a private house, ..."
    assert coded(events) == {"Hulyaypole": "Shelling/artillery/missile attack", "Orikhiv": "Air/drone strike",
                             "Stepnohirsk": "Air/drone strike"}
    assert all(e.event_date == date(2026, 10, 9) for e in events)
    # "Over the past day, Russian troops carried out 412 strikes": whose drones and shells they were
    assert all(e.actor1 == "Military Forces of Russia (2000-)" for e in events)


def test_a_closing_published_line_with_a_numeric_date_and_a_landmark_in_the_city(settings):
    (protest,) = events_of("am2-abuja.txt", settings)  # "Published: 14/07/2026"; "Police on Monday fired tear gas"
    assert (protest.event_date, protest.time_precision) == (date(2026, 7, 13), 1)
    # "at the Unity Fountain in Abuja": a landmark in the city, not an unknown village near it
    assert (protest.place.name, protest.place.geo_precision, protest.sub_event_type) == (
        "Abuja", 1, "Protest with intervention")


def test_a_rights_groups_bracketed_dateline_and_release(settings):
    (force,) = events_of("am3-zahedan.txt", settings)
    # "(Beirut, October 12, 2026) – ... after Friday prayers on October 9, Human Rights Watch said today"
    assert (force.event_date, force.place.name, force.source) == (date(2026, 10, 9), "Zahedan", "Human Rights Watch")
    assert (force.sub_event_type, force.assoc_actor_1) == ("Excessive force against protesters", "Baloch Ethnic Group (Iran)")


def test_a_liveblog_strike_told_in_its_heading_and_its_entry_is_one_event_across_the_border(settings):
    strike, rally = events_of("am4-liveblog.txt", settings)
    # "Israeli strike kills five in Khan Younis", then "An Israeli air strike ... west of Khan Younis
    # killed five": one strike, and Khan Younis no stray namesake beside Tel Aviv
    assert (strike.sub_event_type, strike.place.name, strike.fatalities, strike.event_date) == (
        "Air/drone strike", "Khan Yunis", 5, date(2026, 11, 6))
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "Tel Aviv")


def test_a_militant_killed_in_an_encounter_fought_the_forces(settings):
    text = (DATA / "am6-shopian.txt").read_text(encoding="utf-8")  # "SRINAGAR, Sept 26 (PTI)": no year
    (encounter,) = dateline.extract(text, date=date(2026, 9, 26), settings=settings).events
    # "A militant was killed in an encounter with security forces": the forces, then the militant's group
    assert (encounter.actor1, encounter.actor2, encounter.fatalities) == (
        "Police Forces of India (2014-)", "Unidentified Armed Group (India)", 1)


def test_regression_batch_am_reports_that_came_out_right(settings):
    (riot,) = events_of("am5-chilpancingo.txt", settings)  # "rammed a truck into the gate ... set fire to the doors"
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Chilpancingo")
    taken, strike = events_of("am7-amhara.txt", settings)
    # ("took control ... after federal troops withdrew": no battle for the town, so ACLED's codebook
    # makes it a non-violent transfer; this test expected a non-state actor's overtaking until batch dt)
    assert (taken.sub_event_type, taken.actor1, taken.place.name) == (
        "Non-violent transfer of territory", "Fano Militia", "Debre Mark'os")
    assert (strike.sub_event_type, strike.place.name, strike.fatalities) == ("Air/drone strike", "Bichena", 11)


def test_fans_who_fought_each_other_are_mob_violence(settings):
    (fight,) = events_of("an1-belgrade.txt", settings)
    # "Supporters of Red Star and Partizan fought each other ..., and police used batons to separate them"
    assert (fight.sub_event_type, fight.actor1, fight.place.name) == ("Mob violence", "Rioters (Serbia)", "Belgrade")


def test_a_village_in_a_local_government_area_of_a_state_and_a_retaliation_that_burnt_vehicles(settings):
    attack, retaliation = events_of("an3-plateau.txt", settings)
    # "Dogo Nahawa village in Jos South local government area of Plateau State": somewhere in the LGA
    assert (attack.place.name, attack.place.geo_precision, attack.fatalities) == ("Jos South", 2, 14)
    assert attack.actor1 == "Fulani Ethnic Militia (Nigeria)"
    # "youths ... blocked the Jos-Abuja highway and attacked travellers, setting two vehicles ablaze"
    assert (retaliation.event_type, retaliation.actor1) == ("Riots", "Rioters (Nigeria)")


def test_a_ship_taken_by_pirates_is_no_territory_at_the_datelines_city(settings):
    text = (DATA / "an4-aden-gulf.txt").read_text(encoding="utf-8")  # "DUBAI, Sept 15 (Reuters)": no year
    events = dateline.extract(text, date=date(2026, 9, 15), settings=settings).events
    # "boarded a bulk carrier about 200 nautical miles east of Eyl ... and took control of the vessel"
    assert not any(e.place.country == "United Arab Emirates" or "territory" in e.sub_event_type for e in events)


def test_a_street_vendor_who_set_himself_on_fire_protested(settings):
    (protest,) = events_of("an5-tunis.txt", settings)  # "set himself on fire outside the governorate headquarters"
    assert (protest.sub_event_type, protest.place.name, protest.event_date) == (
        "Peaceful protest", "Kasserine", date(2026, 5, 19))


def test_voters_beaten_and_a_doctor_abducted_are_civilians(settings):
    (attack,) = events_of("an6-lagos-election.txt", settings)  # "snatching ballot boxes and beating voters"
    assert (attack.sub_event_type, attack.actor2, attack.place.name) == ("Attack", "Civilians (Nigeria)", "Surulere")
    (abduction,) = events_of("an8-karachi-kidnap.txt", settings)  # "abducted a senior government doctor"
    assert (abduction.actor2, abduction.assoc_actor_2, abduction.place.name) == (
        "Civilians (Pakistan)", "Health Workers (Pakistan)", "Kharan")


def test_regression_batch_an_reports_that_came_out_right(settings):
    (riot,) = events_of("an2-kinshasa.txt", settings)  # "Inmates ... rioted ..., killing at least seven prisoners"
    assert (riot.event_type, riot.fatalities, riot.assoc_actor_1) == (
        "Riots", 7, "Prisoners (Democratic Republic of Congo)")
    text = (DATA / "an7-seoul.txt").read_text(encoding="utf-8")  # "SEOUL, Nov 12 (Yonhap)": no year
    (rally,) = dateline.extract(text, date=date(2026, 11, 12), settings=settings).events
    # (the union's workers are its Labour Group, ACLED's associate too: batch mx)
    assert (rally.sub_event_type, rally.assoc_actor_1) == (
        "Peaceful protest", "Korean Confederation of Trade Unions; Labour Group (South Korea)")


def test_the_dead_of_both_sides_left_and_a_curfew_by_the_defence_ministry(settings):
    clash, curfew = events_of("ao1-jableh.txt", settings)
    # "leaving six security personnel and at least 10 gunmen dead"
    assert (clash.sub_event_type, clash.fatalities, clash.place.name) == ("Armed clash", 16, "Jablah")
    # "The defence ministry sent reinforcements ... and imposed a curfew in Jableh"
    assert (curfew.sub_event_type, curfew.actor1) == ("Change to group/activity", "Military Forces of Syria (2024-)")


def test_a_capital_that_stands_for_its_state_is_no_event_place_and_its_campaigns_start_is_no_date(settings):
    text = (DATA / "ao3-ras-isa.txt").read_text(encoding="utf-8")  # "SANAA, April 18 (Reuters)": no year
    (strike,) = dateline.extract(text, date=date(2026, 4, 18), settings=settings).events
    # "... since Washington began its campaign against the group last month": not in Washington, not last month
    assert (strike.place.country, strike.sub_event_type, strike.fatalities) == ("Yemen", "Air/drone strike", 74)
    assert strike.actor1 == "Military Forces of the United States (2025-)" and strike.actor2 == "Civilians (Yemen)"


def test_explosives_dropped_by_a_drone_and_a_protest_on_an_avenue(settings):
    (drone,) = events_of("ao6-jamundi.txt", settings)  # "A drone dropped explosives on a police station"
    assert (drone.sub_event_type, drone.place.name, drone.actor2) == (
        "Air/drone strike", "Jamundi", "Police Forces of Colombia (2022-)")
    (rally,) = events_of("ao7-tbilisi.txt", settings)  # "on Rustaveli Avenue in Tbilisi": in the city
    assert (rally.place.name, rally.place.geo_precision, rally.sub_event_type) == (
        "Tbilisi", 1, "Protest with intervention")


def test_regression_batch_ao_reports_that_came_out_right(settings):
    (storming,) = events_of("ao2-mirebalais.txt", settings)
    assert (storming.actor1, storming.place.name) == ("Viv Ansanm", "Mirebalais")
    (beheading,) = events_of("ao4-macomia.txt", settings)
    assert (beheading.sub_event_type, beheading.actor1, beheading.fatalities) == (
        "Attack", "Islamic State (Mozambique)", 5)
    (clash,) = events_of("ao5-tripoli-libya.txt", settings)  # "the Abu Salim district of Tripoli"
    assert (clash.place.name, clash.place.country, clash.fatalities) == ("Tripoli", "Libya", 8)
    (fight,) = events_of("ao8-bishnupur.txt", settings)  # militants fired at farmers, forces returned fire
    assert (fight.sub_event_type, fight.place.name, fight.place.geo_precision) == ("Armed clash", "Bishnupur", 2)


def test_roads_blocked_by_count_and_a_blockade_police_tried_to_clear(settings):
    (blockade,) = events_of("ap1-bolivia.txt", settings)
    # "blocked at least 15 roads in the central region of Cochabamba", then "Clashes broke out near
    # the town of Parotani when police tried to clear a blockade": no attack at the dateline's La Paz
    assert (blockade.place.name, blockade.event_type, blockade.sub_event_type) == (
        "Cochabamba", "Protests", "Protest with intervention")
    assert blockade.actor2 == "Police Forces of Bolivia (2025-)"


def test_a_province_in_the_spelling_of_kurdish_news(settings):
    (strike,) = events_of("ap3-khurmala.txt", settings)  # "the Khor Mor gas field in Sulaimani province"
    assert (strike.place.name, strike.place.country, strike.sub_event_type) == ("Sulaymaniyah", "Iraq", "Air/drone strike")
    assert strike.actor1 == "Unidentified Armed Group (Iraq)"  # "No group claimed responsibility"


def test_regression_batch_ap_reports_that_came_out_right(settings):
    force, riot = events_of("ap2-maputo.txt", settings)
    assert (force.sub_event_type, force.fatalities, riot.place.name, riot.event_type) == (
        "Excessive force against protesters", 2, "Matola", "Riots")
    (march,) = events_of("ap4-magdeburg.txt", settings)
    assert (march.place.name, march.event_type) == ("Magdeburg", "Riots")
    (intervention,) = events_of("ap5-losangeles.txt", settings)
    assert (intervention.sub_event_type, intervention.place.name) == ("Protest with intervention", "Los Angeles")
    (ambush,) = events_of("ap6-tillaberi.txt", settings)  # twelve soldiers, "around 20 assailants"
    assert (ambush.sub_event_type, ambush.fatalities, ambush.place.geo_precision) == ("Armed clash", 32, 2)
    (shooting,) = events_of("ap7-musakhel.txt", settings)
    assert (shooting.actor1, shooting.fatalities) == ("BLA: Balochistan Liberation Army", 9)
    (blockade,) = events_of("ap8-dhaka.txt", settings)  # students blocked an intersection, peacefully
    assert (blockade.sub_event_type, blockade.place.name) == ("Peaceful protest", "Dhaka")


def test_the_dead_of_the_event_an_anniversary_recalls_are_not_its_own(settings):
    riot, mombasa, kisumu = events_of("aq3-kenya-long.txt", settings)
    # "... the second anniversary of the 2024 storming of parliament, in which more than 60 people
    # were killed", then "at least three people were shot dead by police in Nairobi's Kitengela suburb"
    assert (riot.place.name, riot.event_type, riot.fatalities) == ("Nairobi", "Riots", 3)
    assert {mombasa.place.name, kisumu.place.name} == {"Mombasa", "Kisumu"}


def test_the_army_in_the_west_bank_is_israels(settings):
    killing, clash, arson = events_of("aq4-west-bank-long.txt", settings)
    assert (killing.actor1, killing.fatalities) == ("Military Forces of Israel (2022-)", 2)
    # "The army said its troops exchanged fire with gunmen in the camp": no "Military Forces of Palestine"
    assert (clash.sub_event_type, clash.actor1) == ("Armed clash", "Military Forces of Israel (2022-)")
    assert (arson.actor1, arson.place.name) == ("Settlers (Israel)", "Turmusayya")


def test_the_place_of_an_earlier_ambush_the_attack_came_after_is_not_its_place(settings):
    (attack,) = events_of("aq5-niger-long.txt", settings)
    # "... Takoubatt in western Niger's Tillaberi region on Friday", then "The attack came a week after
    # 20 soldiers were killed in an ambush near Tera": no move to Tera, no clash there
    assert (attack.place.name, attack.fatalities, attack.event_date) == ("Tillabéri", 15, date(2026, 7, 31))


def test_a_strike_named_again_elsewhere_is_not_the_arrests_that_met_it(settings):
    events = events_of("aq6-iran-long.txt", settings)
    assert coded(events) == {"Bandar Abbas": "Peaceful protest", "Isfahan": "Peaceful protest",
                             "Shiraz": "Protest with intervention", "Ahvaz": "Peaceful protest",
                             "Kermanshah": "Peaceful protest"}  # "The strike began on Saturday in Ahvaz and Kermanshah"
    assert {e.event_date for e in events if e.place.name in ("Ahvaz", "Kermanshah")} == {date(2026, 9, 26)}


def test_regression_batch_aq_reports_that_came_out_right(settings):
    shelling, strike = events_of("aq1-sudan-long.txt", settings)  # background paragraphs give no events
    assert (shelling.place.name, shelling.fatalities, strike.place.name, strike.place.geo_precision) == (
        "El Obeid", 14, "Barah", 2)
    strike, ambush = events_of("aq2-myanmar-long.txt", settings)
    assert (strike.sub_event_type, strike.fatalities, ambush.sub_event_type, ambush.fatalities) == (
        "Air/drone strike", 17, "Armed clash", 8)


def test_a_prison_gang_fight_parsed_as_a_participle_and_the_toll_it_left(settings):
    (fight,) = events_of("ar1-guayaquil.txt", settings)
    # "Inmates from rival gangs fought with guns and knives ..., leaving at least 17 prisoners dead,
    # Ecuador's prison agency said": the fight, not the soldiers' regaining control; not the teller's country
    assert (fight.sub_event_type, fight.fatalities, fight.place.name) == ("Armed clash", 17, "Guayaquil")
    assert not fight.actor1.startswith("Military Forces")


def test_a_strike_on_a_town_the_gazetteer_lacks_stays_and_a_syrian_namesake_is_astray(settings):
    events = events_of("ar3-nabatieh.txt", settings)
    # "in the southern Lebanese town of Kfar Roummane": an event in Lebanon, not a summary of the others;
    # "the outskirts of Kfar Kila and Hula, near the border": Hula is no Kafr Laha near Homs
    assert [(e.place.name, e.sub_event_type, e.fatalities) for e in events] == [
        ("Lebanon", "Air/drone strike", 2), ("Kfar Kila", "Shelling/artillery/missile attack", 0)]
    # "The Israeli military said it had targeted a Hezbollah commander": whom the strike was aimed at
    assert events[0].actor2 == "Hezbollah"


def test_police_attacked_by_youths_throwing_petrol_bombs_is_a_riot(settings):
    (riot,) = events_of("ar5-belfast.txt", settings)  # "Police came under attack from youths throwing petrol bombs"
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (United Kingdom)", "Police Forces of the United Kingdom (2024-)")


def test_a_country_inside_a_towns_name_and_a_province_the_model_tagged_as_an_organisation(settings):
    (bombing,) = events_of("ar7-mindanao.txt", settings)
    # "in Datu Saudi Ampatuan, Maguindanao del Sur": no Saudi Arabia, and the province is a place
    assert (bombing.place.country, bombing.sub_event_type) == ("Philippines", "Remote explosive/landmine/IED")
    assert bombing.actor1 == "Unidentified Armed Group (Philippines)" and "Maguindanao" not in bombing.actor2


def test_regression_batch_ar_reports_that_came_out_right(settings):
    (abduction,) = events_of("ar2-bamenda.txt", settings)
    assert (abduction.sub_event_type, abduction.place.name) == ("Abduction/forced disappearance", "Bamenda")
    (riot,) = events_of("ar4-mitrovica.txt", settings)
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Zvecan")
    (clash,) = events_of("ar6-sweida.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Druze Ethnic Militia (Syria)", "Bedouin Tribal Militia (Syria)", 12)
    (force,) = events_of("ar8-ndjamena.txt", settings)
    assert (force.sub_event_type, force.fatalities) == ("Excessive force against protesters", 1)


def test_a_recapture_the_army_said_it_had_made_last_week(settings):
    (recapture,) = events_of("as2-lastweek.txt", settings)
    # "Sudan's army said on Monday it had recaptured the town of Um Rawaba in North Kordofan ... last week"
    assert (recapture.sub_event_type, recapture.actor1, recapture.actor2) == (
        "Government regains territory", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")
    assert (recapture.event_date, recapture.time_precision, recapture.place.name) == (
        date(2026, 4, 6), 2, "North Kordofan")


def test_a_highway_with_a_two_word_name_blocked_for_three_days(settings):
    # "Miners blocked the Panamericana Sur highway in Chala ... from Thursday to Saturday ... Police cleared the
    # road on Saturday evening": a blockade on each day (ACLED codes one event a day), met on the last
    thursday, friday, saturday = events_of("as3-multiday.txt", settings)
    assert [e.event_date for e in (thursday, friday, saturday)] == [date(2026, 5, 28), date(2026, 5, 29), date(2026, 5, 30)]
    assert {e.place.name for e in (thursday, friday, saturday)} == {"Chala"} and thursday.time_precision == 1
    assert (thursday.sub_event_type, saturday.sub_event_type, saturday.assoc_actor_1) == (
        "Peaceful protest", "Protest with intervention", "Labour Group (Peru)")


def test_cattle_stolen_are_no_dead(settings):
    raid, shooting = events_of("as7-two-days.txt", settings)
    # "Bandits stole more than 300 head of cattle and killed two herders ... on Sunday"
    assert (raid.place.name, raid.fatalities, raid.event_date) == ("Turkana", 2, date(2026, 11, 29))
    assert (shooting.place.name, shooting.fatalities, shooting.event_date) == ("Baringo", 1, date(2026, 11, 28))


def test_regression_batch_as_reports_that_came_out_right(settings):
    (attacks,) = events_of("as1-weekend.txt", settings)  # "over the weekend"
    assert (attacks.event_date, attacks.time_precision, attacks.fatalities) == (date(2026, 3, 7), 2, 32)
    text = (DATA / "as4-yesterday.txt").read_text(encoding="utf-8")  # "Karachi, July 27:": no year
    (shooting,) = dateline.extract(text, date=date(2026, 7, 27), settings=settings).events
    assert (shooting.fatalities, shooting.event_date) == (2, date(2026, 7, 26))  # "martyred ... yesterday"
    (taken,) = events_of("as5-earlier-month.txt", settings)
    assert (taken.sub_event_type, taken.actor1) == ("Non-state actor overtakes territory", "M23: March 23 Movement")
    events = events_of("as6-tonight.txt", settings)
    assert {e.place.name for e in events} == {"Tehran", "Karaj", "Rasht"}


def test_a_rights_monitor_opening_its_report_is_the_source(settings):
    (arrests,) = events_of("at3-hrw-iran.txt", settings)  # "Iran Human Rights Monitor" on a line of its own
    assert (arrests.source, arrests.place.name, arrests.sub_event_type) == ("Iran Human Rights Monitor", "Shiraz", "Arrests")


def test_paint_sprayed_on_a_factory_is_a_riot_where_it_was_not_at_the_agencys_initials(settings):
    (riot,) = events_of("at5-samidoun.txt", settings)
    # "LONDON, Aug 24, 2026 (PA) - Activists from Palestine Action sprayed red paint on ... a factory in Bristol"
    assert (riot.sub_event_type, riot.place.name, riot.assoc_actor_1) == ("Violent demonstration", "Bristol", "Palestine Action")


def test_supporters_of_two_parties_who_clashed_are_mob_violence_though_one_party_is_called_fighters(settings):
    (fight,) = events_of("at7-anc.txt", settings)
    # "Supporters of the Economic Freedom Fighters (EFF) and the African National Congress (ANC) clashed"
    assert (fight.sub_event_type, fight.actor1, fight.actor2) == ("Mob violence", "Rioters (South Africa)", "Rioters (South Africa)")
    assert (fight.assoc_actor_1, fight.assoc_actor_2) == ("EFF: Economic Freedom Fighters", "ANC: African National Congress")


def test_regression_batch_at_reports_that_came_out_right(settings):
    (attack,) = events_of("at1-ttp.txt", settings)
    assert (attack.actor1, attack.fatalities, attack.place.geo_precision) == ("TTP: Tehreek-e-Taliban Pakistan", 3, 2)
    (clash,) = events_of("at2-pmf.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Military Forces of Iraq (2022-) Popular Mobilization Forces", "Islamic State (Iraq)", 4)
    (ambush,) = events_of("at4-cjng.txt", settings)
    assert (ambush.actor1, ambush.place.name, ambush.fatalities) == ("CJNG: Jalisco New Generation Cartel", "El Salto", 4)
    (rally,) = events_of("at6-ansar.txt", settings)
    assert (rally.sub_event_type, rally.assoc_actor_1) == ("Peaceful protest", "Ansar Allah (Houthis)")


def test_a_crowd_dispersed_with_tear_gas_and_water_cannon_keeps_its_group_at_a_landmark(settings):
    (intervention,) = events_of("au4-sri-lanka.txt", settings)
    # "used tear gas and water cannon to disperse thousands of university students marching towards the
    # Presidential Secretariat in Colombo"
    assert (intervention.assoc_actor_1, intervention.place.name, intervention.place.geo_precision) == (
        "Students (Sri Lanka)", "Colombo", 1)


def test_olive_harvesters_attacked_by_settlers_are_civilian_farmers(settings):
    (attack,) = events_of("au6-israel-settlers.txt", settings)
    assert (attack.actor1, attack.actor2, attack.assoc_actor_2) == (
        "Settlers (Israel)", "Civilians (Palestine)", "Farmers (Palestine)")


def test_a_dateline_town_before_a_province_of_its_name(settings):
    (riot,) = events_of("au7-chile.txt", settings)  # "SANTIAGO, Nov 25, 2026 (AP)": Chile's capital
    assert (riot.place.country, riot.event_type, riot.actor1) == ("Chile", "Riots", "Rioters (Chile)")


def test_regression_batch_au_reports_that_came_out_right(settings):
    (mine,) = events_of("au1-sahel-ied.txt", settings)
    assert (mine.sub_event_type, mine.fatalities, mine.actor2) == (
        "Remote explosive/landmine/IED", 5, "Military Forces of Mali (2021-)")
    (strike,) = events_of("au2-goma-protest.txt", settings)  # a "ville morte" strike
    assert (strike.sub_event_type, strike.place.name) == ("Peaceful protest", "Goma")
    (lynching,) = events_of("au3-pakistan-mob.txt", settings)
    assert (lynching.sub_event_type, lynching.fatalities) == ("Mob violence", 1)
    (drone,) = events_of("au5-ethiopia-drone.txt", settings)
    assert (drone.place.name, drone.fatalities) == ("Finote Selam", 20)


def test_a_district_of_the_city_just_named_is_that_city(settings):
    (strike,) = events_of("av4-kharkiv-strike.txt", settings)
    # "A Russian missile strike on Kharkiv ... The missile hit a residential building in the city's
    # Kyivskyi district": no second strike in Poltava's Kyivskyi
    assert (strike.place.name, strike.fatalities, strike.actor1) == ("Kharkiv", 3, "Military Forces of Russia (2000-)")


def test_people_displaced_by_a_war_who_marched_are_idps(settings):
    (march,) = events_of("av3-tigray.txt", settings)  # "Thousands of people displaced by the war in Tigray marched"
    assert (march.place.name, march.assoc_actor_1) == ("Mek'ele", "Refugees/IDPs (Ethiopia)")


def test_regression_batch_av_reports_that_came_out_right(settings):
    (bombing,) = events_of("av1-mogadishu.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1, bombing.fatalities) == ("Suicide bomb", "Al Shabaab", 9)
    (blockade,) = events_of("av2-pune.txt", settings)  # "blocked the Pune-Bengaluru highway near Satara"
    assert (blockade.place.name, blockade.place.geo_precision, blockade.sub_event_type) == ("Satara", 2, "Peaceful protest")
    events = events_of("av5-dhaka-jail.txt", settings)
    assert {(e.place.name, e.sub_event_type) for e in events} == {("Dhaka", "Arrests"), ("Gopalganj", "Arrests")}
    (march,) = events_of("av6-lima-congress.txt", settings)
    assert (march.sub_event_type, march.assoc_actor_1) == ("Protest with intervention", "Labour Group (Peru)")


def test_a_drone_launched_by_terrorist_groups_is_theirs_not_the_states(settings):
    (strike,) = events_of("aw5-idlib-drone.txt", settings)
    # 'A drone launched by "terrorist groups" targeted a bakery in ... Saraqib' (SANA)
    assert (strike.actor1, strike.actor2, strike.place.name) == (
        "Unidentified Armed Group (Syria)", "Civilians (Syria)", "Saraqib")


def test_regression_batch_aw_reports_that_came_out_right(settings):
    (massacre,) = events_of("aw1-bunia.txt", settings)  # "the village of Mayi-Moya in North Kivu's Beni territory"
    assert (massacre.actor1, massacre.fatalities, massacre.place.name, massacre.place.geo_precision) == (
        "ADF: Allied Democratic Forces", 23, "Beni", 2)
    events = events_of("aw2-cairo.txt", settings)
    assert coded(events) == {"Cairo": "Protest with intervention", "Alexandria": "Protest with intervention"}
    events = events_of("aw3-tehran-strike.txt", settings)
    assert coded(events) == {"Tehran": "Peaceful protest", "Tabriz": "Peaceful protest", "Mashhad": "Peaceful protest"}
    (looting,) = events_of("aw4-darfur.txt", settings)  # looted, set fire, two traders shot dead: an attack
    assert (looting.sub_event_type, looting.actor1, looting.fatalities) == ("Attack", "RSF: Rapid Support Forces", 2)
    (force,) = events_of("aw6-nepal.txt", settings)
    assert (force.sub_event_type, force.place.name) == ("Protest with intervention", "Kathmandu")


def test_a_city_marched_through_that_the_model_tagged_as_a_person(settings):
    (march,) = events_of("ax2-novi-sad.txt", settings)  # "marched through Novi Sad" (tagged PERSON)
    assert (march.place.name, march.place.geo_precision, march.assoc_actor_1) == ("Novi Sad", 1, "Students (Serbia)")


def test_regression_batch_ax_reports_that_came_out_right(settings):
    (rally,) = events_of("ax1-istanbul.txt", settings)
    assert (rally.sub_event_type, rally.place.name) == ("Protest with intervention", "Istanbul")
    (riot,) = events_of("ax3-jakarta.txt", settings)  # "throwing rocks and setting fire to a police post"
    assert (riot.sub_event_type, riot.assoc_actor_1) == ("Violent demonstration", "Students (Indonesia)")
    (feud,) = events_of("ax4-basra.txt", settings)
    assert (feud.actor1, feud.actor2, feud.fatalities) == (
        "Unidentified Clan Militia (Iraq)", "Unidentified Clan Militia (Iraq)", 3)
    (rally,) = events_of("ax5-bangkok.txt", settings)
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "Bangkok")
    (riot,) = events_of("ax6-pemba.txt", settings)
    assert (riot.place.name, riot.fatalities) == ("Pemba", 1)


def test_a_roadside_bomb_on_army_officers_is_not_the_armys(settings):
    (bomb,) = events_of("ay3-mosul.txt", settings)  # "struck a vehicle carrying Iraqi army officers"
    # ("The Islamic State group is suspected.": the group suspected is coded, as "Gunmen suspected to be Fulani
    # herdsmen" are the Fulani militia)
    assert (bomb.actor1, bomb.actor2, bomb.fatalities) == (
        "Islamic State (Iraq)", "Military Forces of Iraq (2022-)", 1)


def test_herders_and_farmers_who_clashed_are_communal_militias(settings):
    (clash,) = events_of("ay4-chad.txt", settings)  # "Clashes between herders and farmers ... killed at least 20"
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Unidentified Communal Militia (Chad)", "Unidentified Communal Militia (Chad)", 20)


def test_regression_batch_ay_reports_that_came_out_right(settings):
    (blast,) = events_of("ay1-kabul-blast.txt", settings)
    assert (blast.sub_event_type, blast.fatalities, blast.place.name) == ("Remote explosive/landmine/IED", 7, "Kabul")
    (protest,) = events_of("ay2-lagos-protest.txt", settings)  # "at the Lagos State Secretariat in Alausa, Ikeja"
    assert (protest.assoc_actor_1, protest.place.name) == ("Health Workers (Nigeria)", "Ikeja")
    (strike,) = events_of("ay5-kyiv.txt", settings)
    assert (strike.sub_event_type, strike.place.name, strike.actor1) == (
        "Air/drone strike", "Kyiv", "Military Forces of Russia (2000-)")


def test_settlers_who_attacked_farmers_with_stones_attacked_civilians(settings):
    (attack,) = events_of("az5-turmus-ayya.txt", settings)
    # "attacked Palestinian farmers with stones ... on land belonging to residents of Turmus Ayya"
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.place.name) == (
        "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Turmusayya")


def test_an_activist_shot_dead_is_a_civilian_victim(settings):
    (attack,) = events_of("az3-amarah.txt", settings)  # "shot and killed a civil activist"
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 1)


def test_the_syrian_national_army_under_acleds_name(settings):
    (ied,) = events_of("az2-al-bab.txt", settings)
    assert (ied.sub_event_type, ied.actor2, ied.fatalities, ied.place.name) == (
        "Remote explosive/landmine/IED", "JWS: Syrian National Army", 2, "Al Bab")


def test_a_bracketed_province_named_by_a_common_word(settings):
    (riot,) = events_of("az9-tripoli-north.txt", settings)  # "in Tripoli (North)": Lebanon's North, not Libya
    assert (riot.place.name, riot.place.iso3, riot.place.admin1, riot.actor1) == (
        "Tripoli", "LBN", "North", "Rioters (Lebanon)")


def test_regression_batch_az_reports_that_came_out_right(settings):
    (shelling,) = events_of("az1-hays.txt", settings)  # "east of Hays town (Hays, Al Hudaydah)"
    assert (shelling.sub_event_type, shelling.actor1, shelling.place.name, shelling.place.geo_precision) == (
        "Shelling/artillery/missile attack", "Military Forces of Yemen (2016-) Supreme Political Council", "Hays", 2)
    (riot,) = events_of("az4-saida.txt", settings)  # "threw eggs at the building's facade"
    assert (riot.place.iso3, riot.sub_event_type) == ("LBN", "Violent demonstration")
    (sit_in,) = events_of("az6-shush.txt", settings)
    assert (sit_in.place.name, sit_in.sub_event_type, sit_in.assoc_actor_1) == (
        "Shush", "Peaceful protest", "Labour Group (Iran)")
    (clash,) = events_of("az7-cukurca.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", 2)
    (arrests,) = events_of("az8-sanamayn.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name) == ("Arrests", "As Sanamayn")


def test_unnamed_syrian_rebels_are_opposition_rebels_and_regime_positions_the_army(settings):
    (shelling,) = events_of("ba1-kafr-nabl.txt", settings)  # "in the vicinity of Kafr Nabl (Idleb)", tagged ORG
    assert (shelling.actor1, shelling.actor2, shelling.place.name, shelling.place.geo_precision) == (
        "Opposition Rebels (Syria)", "Military Forces of Syria (2000-)", "Kafranbel", 2)


def test_a_named_force_backed_by_a_known_group_keeps_its_name(settings):
    (clash,) = events_of("ba2-jarabulus.txt", settings)  # "Civil Police Forces, supported by fighters of the SNA"
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2, clash.place.name, clash.place.geo_precision) == (
        "Civil Police Forces", "JWS: Syrian National Army", "Ahrar al Sharqiyah", "Jarabulus", 1)


def test_a_province_in_a_bracket_the_model_cut_into_an_organisation(settings):
    (clash,) = events_of("ba3-arab-saeed.txt", settings)  # "near Arab Saeed (Idleb" tagged ORG
    assert (clash.actor1, clash.actor2, clash.place.admin1, clash.fatalities) == (
        "HTS: Hayat Tahrir al Sham", "Hurras al Din", "Idlib", 2)


def test_militias_named_by_their_patron_are_no_named_militia(settings):
    (rockets,) = events_of("ba4-balad.txt", settings)  # "Iranian-backed militias fired three Katyusha rockets"
    assert (rockets.sub_event_type, rockets.actor1, rockets.place.name) == (
        "Shelling/artillery/missile attack", "Militia (Iraq)", "Balad")


def test_is_militants_are_the_islamic_state_however_the_model_parses_is(settings):
    (attack,) = events_of("bc2-tarmiyah.txt", settings)  # "IS militants attacked a PMF checkpoint"
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "Islamic State (Iraq)", "Military Forces of Iraq (2020-) Popular Mobilization Forces", 2)


def test_a_village_raided_northwest_of_a_town_is_the_village(settings):
    (arrests,) = events_of("bc3-nabi-saleh.txt", settings)  # "during a raid on Nabi Saleh village, northwest of Ramallah"
    assert (arrests.sub_event_type, arrests.place.name, arrests.place.geo_precision, arrests.actor1) == (
        "Arrests", "An Nabi Salih", 1, "Military Forces of Israel (2009-)")


def test_a_square_named_after_a_district_is_in_the_town_after_it(settings):
    (protest,) = events_of("bc5-izmir.txt", settings)  # "in Konak square in Izmir (Izmir)": one event, not two
    assert (protest.place.name, protest.sub_event_type, protest.assoc_actor_1) == (
        "Izmir", "Protest with intervention", "Women (Turkey)")


def test_two_tribes_listed_are_two_tribal_militias(settings):
    (clash,) = events_of("bc7-basra-tribes.txt", settings)  # "between members of the Al Bu Mohammed and Al Garamsha tribes"
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2, clash.fatalities) == (
        "Al Bu Mohammed Tribal Militia (Iraq)", "", "Al Garamsha Tribal Militia (Iraq)", 1)


def test_regression_batch_bc_reports_that_came_out_right(settings):
    (strikes,) = events_of("bc1-saada-airstrike.txt", settings)
    assert (strikes.sub_event_type, strikes.actor1, strikes.place.name, strikes.place.geo_precision) == (
        "Air/drone strike", "Operation Restoring Hope", "Kitaf", 2)
    (arrests,) = events_of("bc4-ahvaz-arrests.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name, arrests.actor1) == ("Arrests", "Ahvaz", "Police Forces of Iran (1989-)")
    (missile,) = events_of("bc6-jazan.txt", settings)  # "fired a ballistic missile towards Jazan city"
    # ("The missile was intercepted by Saudi air defences": a disrupted weapon, by who stopped it)
    assert (missile.sub_event_type, missile.actor1, missile.actor2, missile.place.iso3) == (
        "Disrupted weapons use", "Military Forces of Saudi Arabia (2015-)",
        "Military Forces of Yemen (2016-) Supreme Political Council", "SAU")
    (sit_in,) = events_of("bc8-amman.txt", settings)
    assert (sit_in.sub_event_type, sit_in.assoc_actor_1, sit_in.place.name) == ("Peaceful protest", "Teachers (Jordan)", "Amman")


def test_a_span_of_days_is_dated_from_the_first_at_week_precision(settings):
    (shelling,) = events_of("bd2-week.txt", settings)  # "Between 5 and 11 April 2020, regime forces shelled ..."
    assert (shelling.event_date, shelling.time_precision, shelling.actor1) == (
        date(2020, 4, 5), 2, "Military Forces of Syria (2000-)")


def test_homes_demolished_are_civilians_property(settings):
    (demolition,) = events_of("bd4-property.txt", settings)  # "demolished two residential structures in Masafer Yatta"
    assert (demolition.sub_event_type, demolition.actor1, demolition.actor2) == (
        "Looting/property destruction", "Military Forces of Israel (2009-)", "Civilians (Palestine)")


def test_an_iraqi_kurdish_party_is_known(settings):
    (grenade,) = events_of("bd5-grenade.txt", settings)  # "at the house of a PUK official in Kalar"
    assert (grenade.sub_event_type, grenade.actor2, grenade.place.name) == (
        "Grenade", "PUK: Patriotic Union of Kurdistan", "Kelar")


def test_regression_batch_bd_reports_that_came_out_right(settings):
    (defused,) = events_of("bd1-defused.txt", settings)
    assert (defused.sub_event_type, defused.actor1, defused.place.geo_precision) == (
        "Disrupted weapons use", "Military Forces of Iraq (2018-)", 2)
    (kidnap,) = events_of("bd3-as-reported.txt", settings)  # "As reported on 22 April 2020 ... in recent days"
    assert (kidnap.sub_event_type, kidnap.event_date, kidnap.time_precision) == (
        "Abduction/forced disappearance", date(2020, 4, 22), 2)
    (taken,) = events_of("bd6-regains.txt", settings)
    assert (taken.sub_event_type, taken.actor2) == ("Government regains territory", "Al Humayqani Tribal Militia (Yemen)")
    (rape,) = events_of("bd7-sexual.txt", settings)
    assert (rape.sub_event_type, rape.place.name) == ("Sexual violence", "Kafr Takharim")
    (funeral,) = events_of("bd8-funeral.txt", settings)
    assert (funeral.sub_event_type, funeral.place.name) == ("Peaceful protest", "Baneh")


def test_a_landmine_planted_by_a_group_hit_civilians_not_the_groups_foes(settings):
    (mine,) = events_of("be2-hays-landmine.txt", settings)  # "a landmine planted by Houthi forces exploded on a civilian vehicle"
    assert (mine.actor1, mine.actor2, mine.fatalities) == (
        "Military Forces of Yemen (2016-) Supreme Political Council", "Civilians (Yemen)", 2)


def test_a_named_zone_of_a_city_is_the_city(settings):
    (rockets,) = events_of("be4-green-zone.txt", settings)  # "near the US embassy in the Green Zone in Baghdad city"
    assert (rockets.sub_event_type, rockets.place.name, rockets.place.geo_precision) == (
        "Shelling/artillery/missile attack", "Baghdad", 1)


def test_regression_batch_be_reports_that_came_out_right(settings):
    (sniper,) = events_of("be1-dhale-sniper.txt", settings)
    assert (sniper.sub_event_type, sniper.actor2, sniper.fatalities, sniper.place.geo_precision) == (
        "Attack", "Civilians (Yemen)", 1, 2)
    (strike,) = events_of("be3-khan-younis.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.actor2) == (
        "Air/drone strike", "Military Forces of Israel (2009-)", "Hamas Movement")
    (march,) = events_of("be5-kafr-qaddum.txt", settings)
    assert (march.sub_event_type, march.actor2, march.place.name) == (
        "Protest with intervention", "Military Forces of Israel (2009-)", "Kafr Qaddum")
    (sit_in,) = events_of("be6-ahvaz-retirees.txt", settings)
    assert (sit_in.place.name, sit_in.sub_event_type) == ("Ahvaz", "Peaceful protest")
    (shooting,) = events_of("be7-nowsud.txt", settings)
    assert (shooting.actor1, shooting.fatalities) == (
        "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command", 1)
    (arrests,) = events_of("be8-diyarbakir.txt", settings)
    assert (arrests.sub_event_type, arrests.actor2) == ("Arrests", "HDP: Peoples Democratic Party")


def test_a_detainee_tortured_to_death_in_a_state_branch_was_killed_by_the_state(settings):
    (death,) = events_of("bf1-damascus-torture.txt", settings)  # "tortured to death in a Military Intelligence branch"
    assert (death.sub_event_type, death.actor1, death.actor2, death.fatalities) == (
        "Attack", "Military Forces of Syria (2000-)", "Civilians (Syria)", 1)


def test_work_continued_to_establish_a_post_and_a_district_named_after_its_town(settings):
    (post,) = events_of("bf2-qminas.txt", settings)  # "continued work to establish a new military point near Qminas"
    assert (post.sub_event_type, post.actor1) == ("Headquarters or base established", "Military Forces of Turkey (2016-)")
    (tower,) = events_of("bf3-marjayoun.txt", settings)  # "in the Marjayoun District" (no such division known)
    assert (tower.place.name, tower.place.geo_precision, tower.actor2) == ("Marjayoun", 2, "")


def test_a_city_named_like_its_province_and_said_to_be_a_city(settings):
    (protest,) = events_of("bf4-sweida.txt", settings)  # "in As-Sweida city (As-Sweida)"
    assert (protest.place.name, protest.place.geo_precision) == ("As-Suwayda", 1)


def test_a_front_northwest_of_a_city_is_near_it_and_a_family_killed_are_civilians(settings):
    (clash,) = events_of("bf5-marib.txt", settings)  # "in the Al Kasara front, northwest of Marib city"
    assert (clash.place.geo_precision, clash.fatalities, clash.actor2) == (2, 9, "Military Forces of Yemen (2012-)")
    (attack,) = events_of("bf7-kirkuk-is.txt", settings)  # "killing a father and his two sons"
    assert (attack.actor1, attack.actor2, attack.fatalities) == ("Islamic State (Iraq)", "Civilians (Iraq)", 3)


def test_regression_batch_bf_reports_that_came_out_right(settings):
    (drone,) = events_of("bf6-erbil-drone.txt", settings)
    assert (drone.sub_event_type, drone.place.name, drone.actor1) == (
        "Air/drone strike", "Erbil", "Unidentified Armed Group (Iraq)")


def test_a_township_owned_by_a_region_is_the_township(settings):
    (strike,) = events_of("bg5-myanmar.txt", settings)  # "on a monastery in Sagaing region's Kanbalu township"
    assert (strike.place.name, strike.place.geo_precision, strike.actor1, strike.fatalities) == (
        "Kanbalu", 2, "Military Forces of Myanmar (2021-)", 9)


def test_a_named_palestinian_armed_group_and_an_abducted_professor(settings):
    (clash,) = events_of("bg6-nablus-note.txt", settings)  # "clashed with Palestinian gunmen of the Lions' Den group"
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Military Forces of Israel (2022-)", "Lions' Den", 1)
    (abduction,) = events_of("bg7-sanaa-note.txt", settings)  # "abducted a university professor from his house"
    assert (abduction.sub_event_type, abduction.actor2) == ("Abduction/forced disappearance", "Civilians (Yemen)")


def test_regression_batch_bg_reports_that_came_out_right(settings):
    (massacre,) = events_of("bg1-maiduguri.txt", settings)
    assert (massacre.actor1, massacre.fatalities, massacre.event_date) == ("Boko Haram", 12, date(2026, 11, 28))
    (bomb,) = events_of("bg2-quetta.txt", settings)
    assert (bomb.actor1, bomb.actor2, bomb.fatalities) == (
        "BLA: Balochistan Liberation Army", "Police Forces of Pakistan (2024-)", 3)
    (taken,) = events_of("bg4-goma.txt", settings)
    assert (taken.sub_event_type, taken.actor1, taken.assoc_actor_2) == (
        "Non-state actor overtakes territory", "M23: March 23 Movement", "Wazalendo Militia")
    (shooting,) = events_of("bg8-deir-ez-zor-note.txt", settings)
    assert (shooting.place.name, shooting.fatalities) == ("Dhiban", 1)


def test_a_city_the_model_took_for_a_person_before_its_bracketed_province(settings):
    events = events_of("bh3-truckers.txt", settings)  # "including Tabriz (East Azerbaijan), Shiraz (Fars) and Kermanshah"
    assert coded(events) == {"Tabriz": "Peaceful protest", "Shiraz": "Peaceful protest", "Kermanshah": "Peaceful protest"}


def test_a_province_by_acleds_spelling(settings):
    (convoy,) = events_of("bh2-movement.txt", settings)  # "entered Idleb governorate through the Kafr Lusin border crossing"
    assert (convoy.sub_event_type, convoy.place.feature, convoy.place.admin1, convoy.actor1) == (
        "Change to group/activity", "admin1", "Idlib", "Military Forces of Turkey (2016-)")


def test_regression_batch_bh_reports_that_came_out_right(settings):
    events = events_of("bh1-hays-tuhayta.txt", settings)  # "in Hays and Al Tuhayta districts (Al Hudaydah)"
    assert {e.place.name for e in events} == {"Hays", "At Tuhayta"}
    (handover,) = events_of("bh4-transfer.txt", settings)
    assert (handover.sub_event_type, handover.actor1, handover.actor2) == (
        "Non-violent transfer of territory", "QSD: Syrian Democratic Forces", "Military Forces of Syria (2000-)")
    (shell,) = events_of("bh5-child-killed.txt", settings)  # "a child was killed and another was injured"
    assert (shell.fatalities, shell.actor2) == (1, "Civilians (Yemen)")
    (rally,) = events_of("bh7-solidarity.txt", settings)
    assert (rally.place.name, rally.assoc_actor_1) == ("Al Qamishli", "Kurdish Ethnic Group (Syria)")
    (sit_in,) = events_of("bh8-kuwait.txt", settings)
    assert (sit_in.sub_event_type, sit_in.actor2) == ("Protest with intervention", "Police Forces of Kuwait (2006-)")


def test_a_night_across_two_dates_is_one_day(settings):
    (grenade,) = events_of("bi1-night.txt", settings)  # "On the night of 5-6 July 2020"
    assert (grenade.event_date, grenade.time_precision, grenade.sub_event_type) == (date(2020, 7, 5), 1, "Grenade")


def test_who_counted_the_violations_did_not_commit_them(settings):
    (shelling,) = events_of("bi3-hodeidah-ceasefire.txt", settings)  # "the UN mission ... reported 22 ceasefire violations"
    assert (shelling.actor1, shelling.place.name) == ("Unidentified Armed Group (Yemen)", "Al Hudaydah")


def test_a_body_found_after_an_abduction_by_a_named_group(settings):
    (killing,) = events_of("bi6-mosul-body.txt", settings)
    # "the body of a shepherd who had been abducted by IS militants a week earlier was found near Al Hadar"
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities) == (
        "Attack", "Islamic State (Iraq)", "Civilians (Iraq)", 1)


def test_yemens_presidential_protection_forces(settings):
    (clash,) = events_of("bi7-aden-clash.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "STC: Southern Transitional Council", "Military Forces of Yemen (2012-) Presidential Protection Forces", 2)


def test_pictures_of_detained_leaders_raised_at_a_protest_are_no_arrest(settings):
    (rally,) = events_of("bi8-bahrain.txt", settings)  # "raising pictures of detained opposition leaders"
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "Sitrah")


def test_regression_batch_bi_reports_that_came_out_right(settings):
    (sit_in,) = events_of("bi2-tyre.txt", settings)
    assert (sit_in.place.name, sit_in.assoc_actor_1) == ("Tyre", "Fishermen (Lebanon)")
    (shelling,) = events_of("bi4-halabja.txt", settings)  # "shelled areas near Penjwen in Sulaymaniyah province"
    assert (shelling.actor1, shelling.place.geo_precision) == ("Military Forces of Iran (1989-)", 2)
    (protest,) = events_of("bi5-ashdod.txt", settings)
    assert (protest.sub_event_type, protest.place.name) == ("Protest with intervention", "Tel Aviv")


def test_the_citys_own_districts_in_the_next_sentence_go_on_about_its_protest(settings):
    (protest,) = events_of("bj5-aden-protest.txt", settings)
    # "Security forces fired into the air to disperse protesters who burned tyres ... in the Crater and
    # Al-Mansoura districts" (Aden's districts): the march in Aden met force, no second event (burning
    # tyres: ACLED's violent demonstration)
    assert (protest.place.name, protest.sub_event_type, protest.actor2) == (
        "Aden", "Violent demonstration", "Police Forces of Yemen (2012-)")


def test_syrias_general_security_and_lebanons_after_a_nationality(settings):
    (clash,) = events_of("bj8-daraa-note.txt", settings)  # "local gunmen clashed with General Security forces in Tafas"
    assert (clash.actor2, clash.place.name, clash.fatalities) == (
        "Police Forces of Syria (2024-) General Security Service", "Tafas", 1)
    (arrests,) = events_of("bj9-tripoli-arrests.txt", settings)  # "arrested five Syrians in Tripoli": no village "Syrians"
    assert (arrests.actor1, arrests.actor2, arrests.place.name, arrests.place.geo_precision) == (
        "Police Forces of Lebanon (2020-)", "Civilians (Syria)", "Tripoli", 1)


def test_regression_batch_bj_reports_that_came_out_right(settings):
    events = events_of("bj1-tehran-bazaar.txt", settings)
    assert coded(events) == {"Tehran": "Peaceful protest", "Isfahan": "Peaceful protest", "Tabriz": "Peaceful protest"}
    (strike,) = events_of("bj2-rafah.txt", settings)
    assert (strike.sub_event_type, strike.fatalities, strike.actor2) == ("Air/drone strike", 4, "Civilians (Palestine)")
    (drones,) = events_of("bj3-port-sudan.txt", settings)
    assert (drones.actor1, drones.place.name) == ("RSF: Rapid Support Forces", "Port Sudan")
    (strike,) = events_of("bj4-lebanon-strike.txt", settings)  # "near the southern Lebanese town of Bint Jbeil"
    assert (strike.actor2, strike.fatalities, strike.place.geo_precision) == ("Hezbollah", 2, 2)
    (drone,) = events_of("bj6-erbil-note.txt", settings)
    assert (drone.actor1, drone.actor2) == ("Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party")


def test_the_crowd_named_again_is_the_same_demonstration(settings):
    events = {e.place.name: e for e in events_of("bk2-isfahan-farmers.txt", settings)}
    # "farmers in eastern Isfahan province gathered ... The farmers ... were joined by residents of
    # Isfahan ... more than 3,000 people took part": one protest, at the city, with its crowd
    assert set(events) == {"Isfahan", "Shahr-e Kord", "Yazd", "Izeh"}
    isfahan = events["Isfahan"]
    assert (isfahan.place.geo_precision, isfahan.size, isfahan.assoc_actor_1) == (1, 3000, "Farmers (Iran)")


def test_an_agreements_name_is_no_place_of_the_event(settings):
    (shelling,) = events_of("bk3-durayhimi-note.txt", settings)  # "accused the Houthis of violating the Stockholm agreement"
    assert (shelling.place.name, shelling.sub_event_type, shelling.actor2) == (
        "Ad Durayhimi", "Shelling/artillery/missile attack", "Civilians (Yemen)")


def test_central_american_gangs(settings):
    text = (DATA / "bk4-tamara-prison.txt").read_text(encoding="utf-8")
    (riot,) = dateline.extract(text, date=date(2023, 6, 20), settings=settings).events
    # "members of the Barrio 18 gang stormed a cell block held by rivals, shooting inmates"
    assert (riot.actor1, riot.place.name, riot.fatalities, riot.event_date) == ("Barrio 18", "Tamara", 46, date(2023, 6, 20))


def test_a_killing_whose_victim_no_role_noun_names_is_against_civilians(settings):
    (killing,) = events_of("bk5-jasim-note.txt", settings)  # "shot and killed a former opposition commander"
    assert (killing.sub_event_type, killing.actor2, killing.place.name) == ("Attack", "Civilians (Syria)", "Jasim")


def test_the_tellers_office_places_nothing(settings):
    attack, clash = events_of("bk8-oicha-adf.txt", settings)
    # "set fire to several houses, said ..., the administrator of Beni territory": the attack's arson,
    # not a second event in Beni; "killed two of them in a clash near the village": the army's fight
    assert (attack.actor1, attack.fatalities, attack.place.geo_precision) == ("ADF: Allied Democratic Forces", 10, 2)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Military Forces of the Democratic Republic of Congo (2019-)", "ADF: Allied Democratic Forces", 2)
    assert clash.place.geonameid == attack.place.geonameid


def test_regression_batch_bk_reports_that_came_out_right(settings):
    (protest,) = events_of("bk1-nasiriyah-note.txt", settings)  # "fired tear gas to disperse them"
    assert (protest.event_type, protest.actor2, protest.place.name) == ("Protests", "Police Forces of Iraq (2018-)", "Nasiriyah")
    (uprooting,) = events_of("bk6-deir-istiya-note.txt", settings)
    assert (uprooting.sub_event_type, uprooting.actor1) == ("Looting/property destruction", "Settlers (Israel)")
    assert coded(events_of("bk7-van-mayors.txt", settings)) == {
        "Van": "Protest with intervention", "Hakkari": "Peaceful protest", "Diyarbakır": "Peaceful protest"}
    # a crowd counted elsewhere or nationwide is no size of the event just told
    assert {e.place.name: e.size for e in events_of("v8-farmers.txt", settings)}["Paris"] is None


def test_an_article_inside_a_name_before_a_sun_letter(settings):
    events = events_of("bl4-idlib-shelling-note.txt", settings)  # "shelled Jisr al-Shughur and Maarat al-Numan in Idleb"
    assert {(e.place.name, e.place.geo_precision) for e in events} == {("Jisr ash Shughur", 1), ("Maarrat an Numan", 1)}


def test_a_rights_groups_page_dated_on_a_line_with_its_name(settings):
    arrests, killing = events_of("bl8-hengaw-page.txt", settings)
    # "Hengaw - Tuesday, September 27, 2022 ... On Monday, security forces arrested ... in Sanandaj": the
    # Monday before; the headline tells the same two events again
    assert (arrests.event_date, arrests.sub_event_type, arrests.place.name) == (date(2022, 9, 26), "Arrests", "Sanandaj")
    # "a kolbar from Piranshahr was shot dead by border guards in the border area near the city"
    assert (killing.event_date, killing.place.name, killing.place.geo_precision, killing.fatalities) == (
        date(2022, 9, 26), "Piranshahr", 2, 1)


def test_regression_batch_bl_reports_that_came_out_right(settings):
    (riot,) = events_of("bl1-sidon-banks-note.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.place.name) == ("Violent demonstration", "Rioters (Lebanon)", "Sidon")
    (rocket,) = events_of("bl2-green-zone-rocket-note.txt", settings)  # "near the US embassy in the Green Zone in Baghdad"
    assert (rocket.actor1, rocket.place.name) == ("Unidentified Armed Group (Iraq)", "Baghdad")
    (drone,) = events_of("bl3-khamis-mushait.txt", settings)
    assert (drone.sub_event_type, drone.place.name, drone.actor2) == (
        "Disrupted weapons use", "Khamis Mushait", "Military Forces of Yemen (2016-) Supreme Political Council")
    taken = events_of("bl5-debre-tabor.txt", settings)[0]
    assert (taken.sub_event_type, taken.actor1, taken.place.name) == ("Non-state actor overtakes territory", "Fano Militia", "Debre Tabor")
    (demolition,) = events_of("bl6-beit-ummar-note.txt", settings)
    assert (demolition.sub_event_type, demolition.actor2) == ("Looting/property destruction", "Civilians (Palestine)")
    (mine,) = events_of("bl7-hays-mine-note.txt", settings)
    assert (mine.sub_event_type, mine.fatalities, mine.place.name) == ("Remote explosive/landmine/IED", 1, "Hays")


def test_the_dead_of_two_kinds_summed_after_a_dated_opening(settings):
    (bomb,) = events_of("bm3-samarra-ied-note.txt", settings)  # "On 5 May 2020, two policemen and a civilian were killed"
    assert (bomb.fatalities, bomb.actor1, bomb.sub_event_type) == (3, "Islamic State (Iraq)", "Remote explosive/landmine/IED")


def test_one_settler_is_a_settler(settings):
    (attack,) = events_of("bm5-kafr-malik-note.txt", settings)  # "an Israeli settler ran over a Palestinian child"
    assert (attack.actor1, attack.actor2, attack.place.name) == ("Settlers (Israel)", "Civilians (Palestine)", "Kafr Malik")


def test_sexual_violence_against_women_and_what_a_state_has_seen_this_year(settings):
    (rape,) = events_of("bm6-leer-rape.txt", settings)
    # "Unity State has seen repeated clashes between armed youth groups this year": background, no battle
    assert (rape.sub_event_type, rape.assoc_actor_2, rape.place.name) == ("Sexual violence", "Women (South Sudan)", "Leer")


def test_regression_batch_bm_reports_that_came_out_right(settings):
    assert events_of("bm1-kenya-strike-plan.txt", settings) == []  # a strike threatened for next week
    assert events_of("bm2-dakar-march-banned.txt", settings) == []  # a march called off after a ban
    (bomb,) = events_of("bm4-kunduz-mosque.txt", settings)
    assert (bomb.sub_event_type, bomb.actor1, bomb.fatalities) == ("Suicide bomb", "Islamic State (Afghanistan)", 46)
    (sit_in,) = events_of("bm8-amman-teachers-note.txt", settings)
    assert (sit_in.place.name, sit_in.assoc_actor_1) == ("Amman", "Teachers (Jordan)")


def test_journalists_attacked_covering_a_protest_and_the_protest_dispersed(settings):
    attack, protest = events_of("bm7-kampala-journalists.txt", settings)
    # "Supporters of Uganda's ruling National Resistance Movement (NRM) attacked journalists covering an
    # opposition protest in Kampala": an attack on the reporters (the protest only where they were),
    # not the Yemeni "National Resistance" inside the party's name
    assert (attack.sub_event_type, attack.actor1, attack.assoc_actor_2) == (
        "Attack", "NRM: National Resistance Movement", "Journalists (Uganda)")
    # "Police fired tear gas to disperse the protesters": the protest, met by force, there too
    assert (protest.sub_event_type, protest.actor2, protest.place.name) == (
        "Protest with intervention", "Police Forces of Uganda (1986-)", "Kampala")


def test_a_sit_in_under_way_since_friday_was_dispersed_on_monday(settings):
    (sit_in,) = events_of("bn3-turbat-sitin.html", settings)  # "Published in Dawn, January 20th, 2026"
    # "Police on Monday baton-charged ... a sit-in ... outside the Turbat press club and detained at least
    # 15 protesters, including two women ... The sit-in had been under way since Friday"
    assert (sit_in.event_date, sit_in.sub_event_type, sit_in.place.geo_precision, sit_in.size) == (
        date(2026, 1, 19), "Protest with intervention", 1, None)


def test_a_raid_that_killed_and_abducted_is_coded_by_its_killings(settings):
    (raid,) = events_of("bn4-kankara.txt", settings)  # "killed at least 15 people and abducted several others"
    assert (raid.sub_event_type, raid.fatalities, raid.event_date) == ("Attack", 15, date(2022, 7, 23))


def test_explosives_dropped_from_a_drone_and_an_earlier_bombing_recalled(settings):
    (strike,) = events_of("bn5-tame-drone.txt", settings)
    # "Explosives dropped from a drone wounded three soldiers at an army base ..., blaming the ELN";
    # "The attack came two days after a car bomb exploded ... in Cucuta": no event of this day
    assert (strike.sub_event_type, strike.actor1, strike.actor2, strike.place.name) == (
        "Air/drone strike", "ELN: National Liberation Army", "Military Forces of Colombia (2018-)", "Tame")


def test_a_headline_above_the_dateline_is_no_second_event(settings):
    (strike,) = events_of("bn7-gaza-shelter.txt", settings)
    # "killing at least six people who had taken shelter there", far into a long sentence
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Israel (2022-)", "Civilians (Palestine)", 6)


def test_the_army_that_dispersed_rioters_is_the_army(settings):
    (riot,) = events_of("bn8-tripoli-lb-note.txt", settings)  # "The Lebanese army fired rubber bullets to disperse them"
    assert (riot.place.country, riot.actor2) == ("Lebanon", "Military Forces of Lebanon (2020-)")
    (eggs,) = events_of("az4-saida.txt", settings)  # "before the army dispersed them"
    assert eggs.actor2 == "Military Forces of Lebanon (2020-)"


def test_regression_batch_bn_reports_that_came_out_right(settings):
    assert coded(events_of("bn1-iraq-graduates-note.txt", settings)) == {
        "Nasiriyah": "Peaceful protest", "Al Diwaniyah": "Peaceful protest", "Al-Kut": "Peaceful protest"}
    (shooting,) = events_of("bn2-shuhail-note.txt", settings)  # Al-Shuhail is not in the gazetteer
    assert (shooting.actor2, shooting.place.name, shooting.place.geo_precision) == (
        "QSD: Syrian Democratic Forces", "Deir ez-Zor", 2)
    (shelling,) = events_of("bn6-tal-tamr-note.txt", settings)  # "Um al-Kaif and Tal Jumaa villages near Tal Tamr"
    assert (shelling.actor1, shelling.place.name, shelling.place.geo_precision) == ("Military Forces of Turkey (2016-)", "Tall Tamr", 2)


def test_a_weekly_roundup_of_dated_items_and_a_list_held_by_its_province(settings):
    events = events_of("bo1-syria-weekly.txt", settings)
    # "regime forces shelled Kafr Nabl and Hass in southern Idleb" (Hass unknown): Kafranbel, in Idlib province
    assert [(e.event_date, e.place.name, e.sub_event_type) for e in events] == [
        (date(2020, 5, 4), "Kafranbel", "Shelling/artillery/missile attack"),
        (date(2020, 5, 5), "Izaz", "Remote explosive/landmine/IED"),
        (date(2020, 5, 6), "Tafas", "Attack"),
        (date(2020, 5, 7), "Al Busayrah", "Abduction/forced disappearance"),
    ]


def test_the_dead_of_fighting_between_the_two_sides_are_no_side(settings):
    events = {e.place.name: e for e in events_of("bo2-sudan-sixth-day.txt", settings)}
    # "at least 26 people were killed in fighting between the two sides on Wednesday"
    fasher = events["El Fasher"]
    assert (fasher.actor1, fasher.actor2, fasher.fatalities, fasher.event_date) == (
        "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", 26, date(2023, 4, 19))
    assert set(events) == {"Khartoum", "El Fasher", "El Obeid"}


def test_the_pmf_is_a_branch_of_iraqs_armed_forces(settings):
    (clash,) = events_of("bo7-tuz-note.txt", settings)  # "IS militants attacked a PMF checkpoint near Tuz Khurmatu"
    assert (clash.sub_event_type, clash.actor2, clash.fatalities, clash.place.geo_precision) == (
        "Armed clash", "Military Forces of Iraq (2018-) Popular Mobilization Forces", 2, 2)


def test_regression_batch_bo_reports_that_came_out_right(settings):
    # a page's "More from News" links tell no events
    assert coded(events_of("bo3-nairobi-page.html", settings)) == {
        "Nairobi": "Protest with intervention", "Mombasa": "Peaceful protest", "Kisumu": "Peaceful protest"}
    (sit_in,) = events_of("bo4-ahvaz-retirees-note.txt", settings)
    assert (sit_in.place.name, sit_in.assoc_actor_1) == ("Ahvaz", "Retirees (Iran)")
    assert {(e.place.name, e.place.geo_precision) for e in events_of("bo5-hays-jarrahi-note.txt", settings)} == {
        ("Hays", 1), ("Al Jarrahi", 2)}
    (raid,) = events_of("bo6-qabatiya-note.txt", settings)
    assert (raid.sub_event_type, raid.actor1, raid.actor2) == ("Arrests", "Military Forces of Israel (2009-)", "Civilians (Palestine)")
    (riot,) = events_of("bo8-mea-shearim-note.txt", settings)
    assert (riot.event_type, riot.actor2, riot.place.name) == ("Riots", "Police Forces of Israel (2009-)", "Jerusalem")


def test_a_town_taken_in_a_province_and_the_neighbours_it_lies_near(settings):
    (taken,) = events_of("bp6-paletwa.txt", settings)
    # "seized the town of Paletwa in the western state of Chin ..., a key border area near Bangladesh and
    # India" (Paletwa unknown): in Chin, not in the neighbouring countries nor at the Yangon dateline;
    # taken from the state's forces
    assert (taken.place.name, taken.place.geo_precision, taken.actor1, taken.actor2) == (
        "Chin", 3, "AA: Arakan Army", "Military Forces of Myanmar (2021-)")


def test_regression_batch_bp_reports_that_came_out_right(settings):
    (clash,) = events_of("bp1-semdinli-note.txt", settings)  # "in the rural area of Semdinli district"
    assert (clash.actor1, clash.fatalities, clash.place.name, clash.place.geo_precision) == (
        "Military Forces of Turkey (2016-) Gendarmerie", 2, "Semdinli", 2)
    (drone,) = events_of("bp2-kadhimi-drone.txt", settings)
    assert (drone.sub_event_type, drone.place.name) == ("Air/drone strike", "Baghdad")
    assert coded(events_of("bp3-france-pensions.txt", settings)) == {
        "Paris": "Violent demonstration", "Nantes": "Violent demonstration", "Lyon": "Peaceful protest"}
    (raid,) = events_of("bp4-di-khan.txt", settings)
    assert (raid.fatalities, raid.actor2, raid.place.geo_precision) == (4, "Police Forces of Pakistan (2022-)", 2)
    (missile,) = events_of("bp5-odesa.txt", settings)  # the drones shot down "over several regions" are nowhere
    assert (missile.place.name, missile.fatalities, missile.actor2) == ("Odesa", 3, "Civilians (Ukraine)")
    (market,) = events_of("bp7-fada-market.txt", settings)
    assert (market.sub_event_type, market.fatalities, market.place.geo_precision) == ("Attack", 15, 2)


def test_protesters_who_stormed_a_residence_and_looted_it_rioted(settings):
    (riot,) = events_of("bq1-dhaka-hasina.html", settings)
    # "Thousands of protesters stormed Ganabhaban, the official residence of Prime Minister Sheikh Hasina in
    # Dhaka" (a person's name before "in Dhaka", no unknown village); "Protesters carried away furniture
    # ..., while others set fire to the Awami League's central office in Gulistan" (no Uzbek town)
    assert (riot.event_date, riot.sub_event_type, riot.actor1, riot.place.name, riot.place.geo_precision) == (
        date(2024, 8, 5), "Violent demonstration", "Rioters (Bangladesh)", "Dhaka", 1)
    (raid,) = [e for e in events_of("jj7-makassar.txt", settings) if e.place.name == "Tangerang"]
    assert raid.place.geo_precision == 1  # "the home of lawmaker Ahmad Sahroni in Tangerang": a person's, in the town


def test_a_list_of_lines_each_headed_by_its_town(settings):
    events = {e.place.name: e for e in events_of("bq2-iranhrm-list.txt", settings)}
    # "Shush – Workers of ...", "Kermanshah – Nurses of Taleghani hospital ...", "Tehran – Security
    # forces dispersed a gathering of teachers ...": each line's town, its crowd and its force
    assert {name: e.sub_event_type for name, e in events.items()} == {
        "Shush": "Peaceful protest", "Ahvaz": "Peaceful protest", "Kermanshah": "Peaceful protest",
        "Tehran": "Protest with intervention"}
    assert (events["Kermanshah"].assoc_actor_1, events["Tehran"].assoc_actor_1, events["Tehran"].actor2) == (
        "Health Workers (Iran)", "Teachers (Iran)", "Police Forces of Iran (1989-)")
    assert all(e.event_date == date(2023, 2, 12) for e in events.values())  # "Iran HRM - February 12, 2023", "on Sunday"


def test_regression_batch_bq_reports_that_came_out_right(settings):
    (killing,) = events_of("bq3-amnesty-zahedan.txt", settings)  # "on 30 September, Amnesty International said today"
    assert (killing.event_date, killing.sub_event_type, killing.fatalities) == (
        date(2022, 9, 30), "Excessive force against protesters", 66)
    text = (DATA / "bq4-telegram-mogadishu.txt").read_text(encoding="utf-8")
    (blast,) = dateline.extract(text, date=date(2024, 3, 14), settings=settings).events
    assert (blast.event_type, blast.place.name, blast.time_precision) == ("Explosions/Remote violence", "Mogadishu", 2)


def test_the_islamic_states_provinces_by_their_own_names(settings):
    (bomb,) = events_of("br2-bir-al-abd-note.txt", settings)  # "Wilayat Sinai militants detonated an IED"
    assert (bomb.actor1, bomb.actor2, bomb.fatalities) == ("Islamic State (Egypt)", "Military Forces of Egypt (2014-)", 10)


def test_a_missile_fired_towards_a_city_and_intercepted(settings):
    (missile,) = events_of("br4-jizan-note.txt", settings)
    # "fired a ballistic missile towards Jizan city, which was intercepted by the Saudi air defences"
    assert (missile.sub_event_type, missile.place.name, missile.actor1, missile.actor2) == (
        "Disrupted weapons use", "Jizan", "Military Forces of Saudi Arabia (2015-)",
        "Military Forces of Yemen (2016-) Supreme Political Council")


def test_regression_batch_br_reports_that_came_out_right(settings):
    shooting, arrests = events_of("br1-baalbek-note.txt", settings)
    assert (shooting.actor2, arrests.sub_event_type, arrests.place.name) == (
        "Military Forces of Lebanon (2020-)", "Arrests", "Baalbek")
    (strikes,) = events_of("br3-sirwah-note.txt", settings)  # "in Sirwah district (Marib)"
    assert (strikes.actor1, strikes.place.geo_precision) == ("Operation Restoring Hope", 2)
    (arrests,) = events_of("br5-istanbul-is-note.txt", settings)
    assert (arrests.actor1, arrests.actor2) == ("Police Forces of Turkey (2016-)", "Islamic State (Turkey)")
    (rally,) = events_of("br6-tahrir-note.txt", settings)
    assert (rally.place.name, rally.sub_event_type) == ("Baghdad", "Peaceful protest")
    (arrest,) = events_of("br7-daraa-week-note.txt", settings)  # "Around 5 May 2020 (week of)"
    assert (arrest.event_date, arrest.time_precision, arrest.place.name) == (date(2020, 5, 5), 2, "Nawa")


def test_a_group_that_dispersed_a_protest_is_its_intervention(settings):
    (protest,) = events_of("bs5-kafr-takharim-note.txt", settings)  # "HTS members fired in the air to disperse them"
    assert (protest.sub_event_type, protest.actor2) == ("Protest with intervention", "HTS: Hayat Tahrir al Sham")


def test_confrontations_in_an_unknown_village_and_the_forces_that_met_them(settings):
    (riot,) = events_of("bs7-beita-note.txt", settings)
    # "confrontations broke out in Beita (Nablus) ... Israeli forces fired tear gas and rubber-coated bullets at
    # Palestinian youths who threw stones" (Beita unknown: near Nablus)
    assert (riot.sub_event_type, riot.actor1, riot.actor2, riot.place.name, riot.place.geo_precision) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2009-)", "Nablus", 2)


def test_the_previous_night_of_a_reported_day_and_fishermen_off_the_coast(settings):
    (kidnap,) = events_of("bs8-rifai-note.txt", settings)  # "As reported on 9 May 2020, ... the previous night"
    assert (kidnap.event_date, kidnap.time_precision, kidnap.sub_event_type) == (
        date(2020, 5, 8), 1, "Abduction/forced disappearance")
    (firing,) = events_of("bs3-khan-younis-navy-note.txt", settings)  # "off the coast of Khan Younis": near it
    assert (firing.place.name, firing.place.geo_precision, firing.assoc_actor_2) == ("Khan Yunis", 2, "Fishermen (Palestine)")


def test_regression_batch_bs_reports_that_came_out_right(settings):
    (grenade,) = events_of("bs1-basra-grenade-note.txt", settings)
    assert (grenade.sub_event_type, grenade.actor2) == ("Grenade", "Civilians (Iraq)")
    (strike,) = events_of("bs2-qamishli-drone-note.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities, strike.place.geo_precision) == (
        "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces", 2, 2)
    (abduction,) = events_of("bs4-mahwit-note.txt", settings)
    assert (abduction.sub_event_type, abduction.place.name) == ("Abduction/forced disappearance", "Al Mahwit")
    (bomb,) = events_of("bs6-afrin-vbied-note.txt", settings)  # the YPG blamed by Turkish authorities did not claim it
    assert (bomb.actor1, bomb.fatalities, bomb.place.name) == ("Unidentified Armed Group (Syria)", 40, "Afrin")


def test_a_lynching_counts_its_dead_and_the_baloch_liberation_army(settings):
    attack, lynching = events_of("bt1-petion-ville.txt", settings)
    # "Residents later lynched two suspected gang members": mob violence with two dead, no crowd of two
    assert (lynching.sub_event_type, lynching.fatalities, lynching.size) == ("Mob violence", 2, None)
    assert (attack.fatalities, attack.place.name, attack.place.geo_precision) == (12, "Port-au-Prince", 2)
    (bomb,) = events_of("bt4-quetta-station.txt", settings)  # "The separatist Baloch Liberation Army (BLA) claimed"
    assert (bomb.sub_event_type, bomb.actor1, bomb.fatalities) == ("Suicide bomb", "BLA: Balochistan Liberation Army", 26)


def test_regression_batch_bt_reports_that_came_out_right(settings):
    (killing,) = events_of("bt2-coyuca.txt", settings)  # "shot dead a mayoral candidate during a campaign event"
    assert (killing.actor2, killing.fatalities, killing.place.name) == ("Civilians (Mexico)", 1, "Coyuca de Benitez")
    (operation,) = events_of("bt3-tsafe.txt", settings)
    assert (operation.sub_event_type, operation.fatalities, operation.place.geo_precision) == ("Armed clash", 20, 2)
    (bomb,) = events_of("bt5-marawi.txt", settings)
    assert (bomb.actor1, bomb.fatalities, bomb.place.name) == ("Islamic State (Philippines)", 4, "Marawi City")
    (attack,) = events_of("bt6-mahas.txt", settings)  # Mahas is not in the gazetteer: the Hiiraan region
    assert (attack.actor1, attack.actor2, attack.place.geo_precision) == ("Al Shabaab", "Military Forces of Somalia (2022-)", 3)
    (abduction,) = events_of("bt7-ola-bus.txt", settings)
    assert (abduction.sub_event_type, abduction.actor1) == ("Abduction/forced disappearance", "OLA: Oromo Liberation Army")


def test_the_end_of_an_unknown_name_is_no_town_of_its_own(settings):
    (convoy,) = events_of("bu5-convoy-note.txt", settings)  # "... the Jabal al-Zawiya area": no Libyan Az Zawiyah
    assert (convoy.sub_event_type, convoy.actor1, convoy.place.country) == (
        "Change to group/activity", "Military Forces of Turkey (2016-)", "Syria")


def test_regression_batch_bu_reports_that_came_out_right(settings):
    (post,) = events_of("bu1-sarmada-note.txt", settings)  # Sarmada is not in the gazetteer
    assert (post.sub_event_type, post.actor1) == ("Headquarters or base established", "HTS: Hayat Tahrir al Sham")
    (deal,) = events_of("bu2-tafas-deal-note.txt", settings)
    assert (deal.sub_event_type, deal.place.name) == ("Agreement", "Tafas")
    (cache,) = events_of("bu3-hamrin-cache-note.txt", settings)  # "in the Hamrin mountains (Diyala)"
    assert (cache.sub_event_type, cache.place.name) == ("Disrupted weapons use", "Diyala")
    (arrest,) = events_of("bu4-arsal-note.txt", settings)
    assert (arrest.actor1, arrest.place.name) == ("Military Forces of Lebanon (2020-)", "Aarsal")
    (arson,) = events_of("bu6-tal-hamis-note.txt", settings)
    assert (arson.sub_event_type, arson.actor2, arson.assoc_actor_2) == (
        "Looting/property destruction", "Civilians (Syria)", "Farmers (Syria)")


def test_a_storm_and_a_road_accident_kill_but_are_no_events(settings):
    assert events_of("bv2-storm.txt", settings) == []  # "Cyclone Remal killed at least 12 people"
    assert events_of("bv4-bus-crash.txt", settings) == []  # "killed when a truck lost control and ploughed into vehicles"


def test_a_strike_a_day_before_its_condemnation(settings):
    (strike,) = events_of("bv5-condemn.txt", settings)
    # "Iran condemned on Tuesday an Israeli air strike that destroyed its consulate in Damascus a day earlier"
    assert (strike.event_date, strike.time_precision, strike.place.name, strike.fatalities) == (
        date(2024, 4, 1), 1, "Damascus", 7)


def test_rival_fans_who_clashed_after_a_derby(settings):
    (brawl,) = events_of("bv7-derby.txt", settings)  # "Galatasaray's attack tore Fenerbahce's defence apart" is play
    assert (brawl.sub_event_type, brawl.actor1, brawl.place.name) == ("Mob violence", "Rioters (Turkey)", "Istanbul")


def test_regression_batch_bv_reports_that_came_out_right(settings):
    assert events_of("bv1-analysis.txt", settings) == []  # 2019 and 2022 crackdowns, and unrest that "could" come
    assert events_of("bv3-court.txt", settings) == []  # a sentence over a 2022 bombing
    assert events_of("bv6-election.txt", settings) == []  # voters queued, police deployed nationwide


def test_a_partisan_page_with_a_menu_above_its_dateline(settings):
    events = {e.place.name: e for e in events_of("bw1-resistance-units.txt", settings)}
    # "Home | Iran News | Resistance Units | Videos" is a menu, so "Iran, Jan. 21, 2024 - On Saturday" is
    # found as the dateline (Saturday the 20th); "In Tehran, Karaj and Qazvin, Resistance Units installed
    # posters of the Iranian Resistance's leaders": Qazvin too, and those pictured are no actors
    assert set(events) == {"Tehran", "Karaj", "Qazvin", "Zanjan", "Ilam", "Lorestan", "Mazandaran",
                           "Bandar Abbas", "Orumiyeh", "Yasuj", "Bojnurd"}
    assert all(e.event_date == date(2024, 1, 20) and e.source_is_party for e in events.values())
    assert (events["Qazvin"].assoc_actor_1, events["Zanjan"].assoc_actor_1) == ("Resistance Units", "Resistance Unit 317")
    assert (events["Lorestan"].place.geo_precision, events["Tehran"].sub_event_type) == (3, "Peaceful protest")
    # "The strike was observed in Arequipa, Puno and Ayacucho regions" (tagged ORG): three regions
    assert {e.place.name for e in events_of("w6-peru.txt", settings)} == {"Chala", "Arequipa", "Puno", "Ayacucho"}


def test_a_province_in_rural_terms_a_government_house_and_an_operations_command(settings):
    (clash,) = events_of("bx3-deir-hafer-note.txt", settings)  # "near Deir Hafer in eastern rural Aleppo": the province
    assert (clash.place.name, clash.place.geo_precision) == ("Dayr Hafir", 2)
    (rally,) = events_of("bx4-nabatieh-note.txt", settings)  # "in front of Serail in Nabatieh": a building in the town
    assert (rally.place.name, rally.place.geo_precision) == ("Nabatiye et Tahta", 1)
    (bomb,) = events_of("bx5-ramadi-note.txt", settings)  # "a vehicle of the Anbar Operations Command"
    assert bomb.actor2 == "Military Forces of Iraq (2020-)"
    (raid,) = events_of("bx1-kirkuk-note.txt", settings)  # "killing him and his son"
    assert (raid.actor1, raid.fatalities) == ("Islamic State (Iraq)", 2)


def test_regression_batch_bx_reports_that_came_out_right(settings):
    (sniping,) = events_of("bx2-taizz-note.txt", settings)
    assert (sniping.sub_event_type, sniping.place.name, sniping.fatalities) == ("Attack", "Taiz", 1)
    assert {e.place.name for e in events_of("bx6-marib-note.txt", settings)} == {"Suq Sirwah", "Raghwan"}


def test_the_sides_a_fight_pitted_and_a_suburb_is_no_organisation(settings):
    (clash,) = events_of("by2-tripoli-libya.txt", settings)
    # "Clashes between two powerful armed groups ... killing at least nine people" (the dead are no side);
    # "The fighting pitted the Radaa Special Deterrence Force against the 444th Brigade"
    assert (clash.place.country, clash.actor1, clash.actor2, clash.fatalities) == (
        "Libya", "Radaa Special Deterrence Force", "444th Brigade", 9)
    (arrests,) = events_of("by4-harare.txt", settings)  # "at a private home in Harare's Avondale suburb"
    assert (arrests.sub_event_type, arrests.place.name) == ("Arrests", "Harare") and arrests.actor2 != "Avondale"


def test_regression_batch_by_reports_that_came_out_right(settings):
    shelling = events_of("by1-armenia.txt", settings)  # "shelled the Armenian towns of Jermuk, Goris and Kapan"
    assert {e.place.name for e in shelling} == {"Jermuk", "Goris", "Kapan"}
    assert sum(e.fatalities for e in shelling) == 49 and all(e.actor1 == "Military Forces of Azerbaijan (2003-)" for e in shelling)
    (force,) = events_of("by3-conakry.txt", settings)
    assert (force.sub_event_type, force.fatalities, force.place.name) == ("Excessive force against protesters", 2, "Conakry")


def test_a_march_planned_and_last_weeks_march_in_the_dateline_town(settings):
    # "expected hundreds of thousands of people to join a demonstration planned for Saturday": no event
    # yet; "Last week's march passed off largely peacefully, though police arrested 126 people" in the
    # second paragraph names no place, but the story named only London, the dateline's town
    (march,) = events_of("bz6-march-plan.txt", settings)
    assert (march.place.name, march.event_date, march.time_precision) == ("London", date(2023, 11, 14), 2)
    assert (march.sub_event_type, march.size) == ("Protest with intervention", None)


def test_a_truck_packed_with_explosives_driven_into_a_base(settings):
    (bombing,) = events_of("bz7-arauca.txt", settings)  # "... killed ... when ELN rebels drove a truck packed with explosives"
    assert (bombing.sub_event_type, bombing.actor1, bombing.actor2, bombing.fatalities) == (
        "Remote explosive/landmine/IED", "ELN: National Liberation Army", "Military Forces of Colombia (2022-)", 2)
    assert (bombing.place.name, bombing.place.geo_precision, bombing.event_date) == ("Arauca", 3, date(2024, 9, 17))


def test_regression_batch_bz_reports_that_came_out_right(settings):
    (force,) = events_of("bz2-shambhu.txt", settings)  # "at the Shambhu border near Ambala", a page with its headline
    assert (force.sub_event_type, force.place.name, force.place.geo_precision) == ("Protest with intervention", "Ambala", 2)
    (base,) = events_of("bz3-mansila.txt", settings)  # Mansila unknown: "in northern Burkina Faso"
    assert (base.actor1, base.fatalities, base.event_date) == ("JNIM: Group for Support of Islam and Muslims", 100, date(2024, 6, 11))
    (shelling,) = events_of("bz5-marib-note.txt", settings)
    assert (shelling.actor2, shelling.place.name) == ("Military Forces of Yemen (2012-)", "Suq Sirwah")


def test_a_fighter_of_a_named_armed_group_killed_is_a_clash(settings):
    (killing,) = events_of("ca1-dhiban-note.txt", settings)  # "gunmen ... shot and killed a member of the SDF"
    assert (killing.sub_event_type, killing.actor2) == ("Armed clash", "QSD: Syrian Democratic Forces")
    (former,) = events_of("bg8-deir-ez-zor-note.txt", settings)  # "a former SDF commander": no fighter then
    assert former.sub_event_type == "Attack"


def test_a_bracketed_province_with_its_article_and_the_force_a_bomb_targeted(settings):
    (bomb,) = events_of("ca3-tarmiyah-note.txt", settings)  # "an IED exploded targeting a vehicle of the Iraqi army"
    assert (bomb.actor1, bomb.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2018-)")
    assert (bomb.place.name, bomb.place.admin1, bomb.place.geo_precision) == ("At Tarmiyah", "Baghdad", 2)
    # "in the vicinity of Tarmiyah (Salah al-Din)" (tagged PERSON): the province is read, and the town's
    # reading in Baghdad is not inside it, so the province places the event
    (attack,) = events_of("bc2-tarmiyah.txt", settings)
    assert (attack.place.name, attack.place.geo_precision) == ("Saladin", 3)


def test_the_army_that_intervened_to_disperse_a_riot(settings):
    (riot,) = events_of("ca5-sidon-note.txt", settings)  # "the Lebanese army intervened to disperse them"
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Lebanon)", "Military Forces of Lebanon (2020-)")


def test_a_village_read_in_another_province_than_the_township_it_is_in(settings):
    # "The strike hit a monastery in Let Pan village of Kanbalu township": GeoNames' only Let Pan is in
    # Yangon, Kanbalu in Sagaing: a namesake, so the strike is near Kanbalu, one event
    (strike,) = events_of("ca8-sagaing.txt", settings)
    assert (strike.place.name, strike.place.geo_precision, strike.fatalities) == ("Kanbalu", 2, 11)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


def test_regression_batch_ca_reports_that_came_out_right(settings):
    (protest,) = events_of("ca2-mukalla-note.txt", settings)
    assert (protest.place.name, protest.sub_event_type) == ("Mukalla", "Peaceful protest")
    (strike,) = events_of("ca4-hakurk-note.txt", settings)  # "in the Hakurk region of northern Iraq (Erbil)"
    assert (strike.actor1, strike.actor2, strike.fatalities, strike.place.admin1) == (
        "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", 3, "Erbil")
    (retirees,) = events_of("ca6-ahvaz-note.txt", settings)
    assert (retirees.place.name, retirees.assoc_actor_1) == ("Ahvaz", "Retirees (Iran)")
    force, omdurman = events_of("ca7-khartoum.txt", settings)  # the dead "in the Burri neighborhood": Khartoum's
    assert (force.place.name, force.sub_event_type, force.fatalities) == ("Khartoum", "Excessive force against protesters", 1)
    assert omdurman.place.name == "Omdurman"


def test_a_landmine_near_a_town_spelt_without_its_final_h_and_a_detention_on_charges(settings):
    (mine,) = events_of("cb3-sukhna-note.txt", settings)  # "near Al-Sukhna (Homs)": GeoNames' As Sukhnah
    assert (mine.place.name, mine.place.geo_precision, mine.actor2, mine.fatalities) == ("As Sukhnah", 2, "Civilians (Syria)", 1)
    # "detained 3 civilians ... on charges of collaborating with the Saudi-led coalition": the coalition is no side
    (arrests,) = events_of("cb4-dhamar-note.txt", settings)
    assert (arrests.actor1, arrests.actor2) == ("Military Forces of Yemen (2016-) Supreme Political Council", "Civilians (Yemen)")


def test_regression_batch_cb_reports_that_came_out_right(settings):
    (strike,) = events_of("cb1-sinjar-note.txt", settings)
    assert (strike.sub_event_type, strike.actor2, strike.place.name) == ("Air/drone strike", "PKK: Kurdistan Workers Party", "Sinjar")
    (riot,) = events_of("cb2-hamra-note.txt", settings)  # roads blocked with burning tires: ACLED's riot in Lebanon
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Beirut")
    (stoning,) = events_of("cb5-turmus-ayya-note.txt", settings)
    assert (stoning.actor1, stoning.assoc_actor_2, stoning.place.geo_precision) == ("Settlers (Israel)", "Farmers (Palestine)", 2)
    (strike,) = events_of("cb6-haft-tappeh-note.txt", settings)
    assert (strike.place.name, strike.assoc_actor_1) == ("Shush", "Labour Group (Iran)")
    (fighting,) = events_of("cb7-debre-markos.txt", settings)
    assert (fighting.place.name, fighting.actor2) == ("Debre Mark'os", "Military Forces of Ethiopia (2018-)")
    (bombing,) = events_of("cb8-quetta.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1, bombing.fatalities) == ("Suicide bomb", "TTP: Tehreek-e-Taliban Pakistan", 3)


def test_villages_the_model_tagged_org_are_where_shells_fell_not_a_side(settings):
    # "shelled Kansafra and Ftireh in Idleb countryside", "Al Yatamah area ... (Khabb wa ash Shaaf, Al Jawf)"
    (shelling,) = events_of("ce5-kansafra-note.txt", settings)
    assert (shelling.actor2, shelling.assoc_actor_2, shelling.place.name) == ("", "", "Idlib")
    (shelling,) = events_of("ce4-yatamah-note.txt", settings)
    assert (shelling.actor2, shelling.assoc_actor_2, shelling.place.name) == ("", "", "Khabb wa ash Sha'af")


def test_a_towns_government_house_and_a_name_the_model_cut_short(settings):
    # "gathered outside the Saray and a bank in Joubb Janine (Bekaa)": the Saray is no Azeri town, and
    # "Joubb" (tagged alone) goes on to GeoNames' Joubb Jannine
    (riot,) = events_of("ce3-joubb-janine-note.txt", settings)
    assert (riot.place.name, riot.place.country, riot.actor1) == ("Joubb Jannine", "Lebanon", "Rioters (Lebanon)")


def test_regression_batch_ce_reports_that_came_out_right(settings):
    (shelling,) = events_of("ce1-bsaqla-note.txt", settings)
    assert (shelling.actor2, shelling.place.name, shelling.place.geo_precision) == ("", "Idlib", 2)
    (raid,) = events_of("ce2-mazariq-note.txt", settings)
    assert (raid.actor1, raid.actor2, raid.place.name) == ("Operation Restoring Hope", "", "Harad")


def test_two_factions_of_one_force_and_a_namesake_abroad_in_a_bracketed_province(settings):
    # "clashes broke out between two factions of the Security Belt Forces": the force on both sides
    (clash,) = events_of("cf1-factions-note.txt", settings)
    assert clash.actor1 == clash.actor2 == "Military Forces of Yemen (2012-) Security Belt Forces"
    # "in Yathrib subdistrict (Salah al-Din)": not Medina (once Yathrib), and "leaving him dead and
    # injuring a number of his relatives" is one dead, not ten
    (attack,) = events_of("cf3-yathrib-note.txt", settings)
    assert (attack.place.name, attack.place.country, attack.fatalities) == ("Saladin", "Iraq", 1)
    assert attack.actor1 == "Unidentified Armed Group (Iraq)"
    # "assassinated a former opposition rebel commander": one dead
    (killing,) = events_of("cf2-assassination-note.txt", settings)
    assert (killing.place.name, killing.fatalities) == ("Tafas", 1)


def test_the_death_that_set_off_riots_is_not_their_toll(settings):
    # "a second night of unrest after police shot dead a 17-year-old during a traffic stop"
    events = events_of("cg2-nanterre.txt", settings)
    assert [e.place.name for e in events] == ["Nanterre", "Paris"]
    assert all(e.sub_event_type == "Violent demonstration" and e.fatalities == 0 for e in events)


def test_an_encampment_in_the_lead_and_campuses_across_the_country_in_a_later_clause(settings):
    # "... remained in their tent encampment on Wednesday ..., while similar encampments spread to campuses
    # across the country": the lead's protest is in the dateline's city; "pro-Palestinian" is no nationality,
    # and "at Columbia University" is where they are
    camp, austin = events_of("cg5-columbia.txt", settings)
    assert (camp.place.name, camp.actor1, camp.assoc_actor_1) == ("New York City", "Protesters (United States)",
                                                                  "Students (United States)")
    assert (austin.place.name, austin.sub_event_type) == ("Austin", "Protest with intervention")


def test_a_state_force_and_an_armed_group_that_dispersed_a_crowd_together(settings):
    # "Turkish forces and HTS fighters jointly dispersed a demonstration by residents of An Nayrab town"
    (protest,) = events_of("cg6-idlib-note.txt", settings)
    assert (protest.actor1, protest.actor2, protest.assoc_actor_2) == (
        "Protesters (Syria)", "Military Forces of Turkey (2016-)", "HTS: Hayat Tahrir al Sham")


def test_regression_batch_cg_reports_that_came_out_right(settings):
    riots = events_of("cg1-dhaka.txt", settings)
    assert [e.place.name for e in riots] == ["Dhaka", "Chattogram", "Rangpur"]
    (beheading,) = events_of("cg3-cabo-delgado.txt", settings)  # "over the weekend"
    assert (beheading.actor1, beheading.fatalities, beheading.time_precision) == ("Islamic State (Mozambique)", 2, 2)
    (capture,) = events_of("cg4-goma.txt", settings)
    assert (capture.sub_event_type, capture.actor1, capture.event_date) == (
        "Non-state actor overtakes territory", "M23: March 23 Movement", date(2025, 1, 11))
    (riot,) = events_of("cg7-aden-note.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.size) == ("Violent demonstration", "Al Mansurah", 200)


def test_the_group_that_stormed_a_hotel_is_the_attackers_security_forces_fought(settings):
    # "Al Shabaab fighters stormed a hotel ..., and security forces were still fighting the attackers"
    (siege,) = events_of("ch6-mogadishu.txt", settings)
    assert (siege.sub_event_type, siege.actor1, siege.actor2, siege.fatalities) == (
        "Armed clash", "Al Shabaab", "Police Forces of Somalia (2022-)", 3)
    # "2 PKK militants were 'neutralized'": the quotes do not hide the toll
    (clash,) = events_of("ch2-semdinli-note.txt", settings)
    assert (clash.actor2, clash.fatalities, clash.place.geo_precision) == ("PKK: Kurdistan Workers Party", 2, 2)


def test_regression_batch_ch_reports_that_came_out_right(settings):
    (executions,) = events_of("ch1-qezel-hesar-note.txt", settings)
    assert (executions.place.name, executions.fatalities) == ("Karaj", 2)
    (arson,) = events_of("ch4-irbid-note.txt", settings)
    assert (arson.sub_event_type, arson.place.name) == ("Looting/property destruction", "Irbid")
    shelling, camp = events_of("ch5-el-fasher.txt", settings)
    assert (shelling.actor1, shelling.fatalities, camp.sub_event_type) == ("RSF: Rapid Support Forces", 27, "Attack")


def test_a_clauses_own_violence_and_the_toll_told_after_a_riot(settings):
    # an HTML page: "In Mombasa, protesters lit bonfires and blocked the Moi Avenue, while in Kisumu ...
    # youths engaged police in running battles. ... at least two people were shot dead in Kisumu"
    nairobi, mombasa, kisumu = events_of("ci2-kenya-html.txt", settings)
    assert (nairobi.sub_event_type, nairobi.size, nairobi.event_date) == ("Protest with intervention", 200, date(2024, 8, 6))
    assert (mombasa.place.name, mombasa.sub_event_type) == ("Mombasa", "Violent demonstration")
    assert (kisumu.place.name, kisumu.sub_event_type, kisumu.fatalities) == ("Kisumu", "Violent demonstration", 2)


def test_regression_batch_ci_reports_that_came_out_right(settings):
    ambush, mosque, march = events_of("ci1-roundup.txt", settings)  # a roundup of last week, country by country
    assert [e.event_date for e in (ambush, mosque, march)] == [date(2024, 2, 20), date(2024, 2, 23), date(2024, 2, 24)]
    assert (ambush.place.name, mosque.fatalities, march.place.name) == ("Niono", 12, "Niamey")
    strike, clash = events_of("ci3-gaza-note.txt", settings)
    assert (strike.sub_event_type, strike.fatalities, clash.actor1) == ("Air/drone strike", 50, "Hamas Movement")
    (drones,) = events_of("ci4-ukraine.txt", settings)  # "injuring 15 people": no dead
    assert (drones.place.name, drones.actor1, drones.fatalities) == ("Kropyvnytskyi", "Military Forces of Russia (2000-)", 0)


def test_a_bracketed_town_is_no_side_and_migrants_are_a_crowd(settings):
    # "demolished 4 Palestinian-owned structures in Al-Khader (Bethlehem)" with "Bethlehem" tagged ORG
    (demolition,) = events_of("cj2-between-note.txt", settings)  # "Between 23 and 25 May 2020"
    assert (demolition.place.name, demolition.actor2, demolition.time_precision) == ("Al Khadir", "Civilians (Palestine)", 2)
    (protest,) = events_of("cj4-week-note.txt", settings)  # "dozens of Afghan migrants protested ... in Tehran"
    assert (protest.actor1, protest.size, protest.time_precision) == ("Protesters (Afghanistan)", 24, 2)


def test_regression_batch_cj_reports_that_came_out_right(settings):
    (shooting,) = events_of("cj1-night-note.txt", settings)  # "On the night of 24 May 2020"
    assert (shooting.event_date, shooting.actor2, shooting.place.name) == (date(2020, 5, 24), "Military Forces of Iraq (2020-)", "At Tarmiyah")
    (shelling,) = events_of("cj3-two-places-note.txt", settings)
    assert (shelling.fatalities, shelling.actor2) == (1, "Civilians (Syria)")
    (protest,) = events_of("cj5-protest-arrest-note.txt", settings)
    assert (protest.sub_event_type, protest.actor2) == ("Protest with intervention", "Police Forces of Iraq (2020-)")


def test_riots_set_off_by_an_arrest_and_deaths_told_in_a_story_of_protests(settings):
    # "Supporters of former Prime Minister Imran Khan stormed the army's headquarters in Rawalpindi and set
    # fire to a top commander's residence in Lahore on Tuesday after Khan was arrested": riots, not arrests
    rawalpindi, lahore, quetta = events_of("ck2-islamabad.txt", settings)
    assert [e.sub_event_type for e in (rawalpindi, lahore)] == ["Violent demonstration"] * 2
    assert (rawalpindi.place.name, lahore.place.name, rawalpindi.actor1) == ("Rawalpindi", "Lahore", "Rioters (Pakistan)")
    assert (quetta.sub_event_type, quetta.fatalities) == ("Excessive force against protesters", 1)
    # "A human rights group said three people were killed in Nampula", after police fired on protesters
    maputo, nampula = events_of("ck1-maputo.txt", settings)
    assert (nampula.place.name, nampula.sub_event_type, nampula.fatalities) == ("Nampula", "Excessive force against protesters", 3)


def test_regression_batch_ck_reports_that_came_out_right(settings):
    (march,) = events_of("ck3-la.txt", settings)
    assert (march.place.name, march.sub_event_type, march.size) == ("Los Angeles", "Protest with intervention", 2000)
    (strike,) = events_of("ck4-idlib-drone-note.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Russia (2000-)", "HTS: Hayat Tahrir al Sham", 2)


def test_strikes_residents_saw_hit_towns_and_police_who_opened_fire_on_rioters(settings):
    # "Israeli airstrikes hit hundreds of targets across southern and eastern Lebanon ... Residents of the
    # southern city of Nabatieh and the Bekaa Valley town of Baalbek said strikes hit houses and farmland"
    events = events_of("cl3-lebanon-strikes.txt", settings)
    assert {e.place.name for e in events} == {"Nabatiye et Tahta", "Baalbek"}
    assert all(e.sub_event_type == "Air/drone strike" and e.actor1 == "Military Forces of Israel (2022-)" for e in events)
    # "Protesters stormed Kenya's parliament ... and police opened fire, killing at least five people"
    (riot,) = events_of("cl1-nairobi-parliament.txt", settings)
    assert (riot.sub_event_type, riot.actor2, riot.fatalities) == ("Violent demonstration", "Police Forces of Kenya (2022-)", 5)


def test_regression_batch_cl_reports_that_came_out_right(settings):
    (killing,) = events_of("cl2-marseille.txt", settings)
    assert (killing.place.name, killing.actor1, killing.fatalities) == ("Marseille", "Unidentified Armed Group (France)", 1)
    (raid,) = events_of("cl4-deir-ez-zor-note.txt", settings)  # detention by a non-state force: an abduction (ACLED)
    assert (raid.sub_event_type, raid.actor1, raid.place.name) == ("Abduction/forced disappearance", "QSD: Syrian Democratic Forces", "Al Busayrah")


def test_a_plane_crash_is_no_attack_unless_something_brought_it_down(settings):
    assert events_of("cm2-nepal.txt", settings) == []  # "A passenger plane ... crashed near ... Pokhara, killing 68"
    (strike,) = events_of("cm6-downed-plane.txt", settings)  # "A Russian missile hit a plane which then crashed"
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Russia (2000-)", 5)


def test_regression_batch_cm_reports_that_came_out_right(settings):
    capture, _ = events_of("cm1-damascus.txt", settings)
    assert (capture.sub_event_type, capture.place.name, capture.actor2) == (
        "Non-state actor overtakes territory", "Damascus", "Military Forces of Syria (2024-)")
    (arson,) = events_of("cm4-kirkuk-note.txt", settings)
    assert (arson.sub_event_type, arson.actor1, arson.assoc_actor_2) == ("Looting/property destruction", "Islamic State (Iraq)", "Farmers (Iraq)")
    (abduction,) = events_of("cm5-aden-note.txt", settings)
    assert (abduction.sub_event_type, abduction.assoc_actor_2) == ("Abduction/forced disappearance", "Journalists (Yemen)")


def test_weapons_cleared_found_or_intercepted_are_disrupted_weapons_use(settings):
    # "army engineers cleared more than 300 landmines and unexploded shells from farmland around Izium"
    demining, cache = events_of("cn3-demining.txt", settings)
    assert [e.sub_event_type for e in (demining, cache)] == ["Disrupted weapons use"] * 2
    assert (demining.place.name, cache.place.name) == ("Izyum", "Balakliya")
    # "Two hand grenades and 40 rounds of ammunition were discovered in a storm drain ..., police said"
    (found,) = events_of("cn12-grenades-found.txt", settings)
    assert (found.sub_event_type, found.actor1) == ("Disrupted weapons use", "Police Forces of Kenya (2022-)")
    # "arrested 14 men they suspect were plotting to launch attacks ... Explosives and two rifles were
    # recovered from a house": the arrests, once, and no attack
    (arrests,) = events_of("cn5-plot-arrests.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name) == ("Arrests", "Lahore")


def test_a_coalition_named_by_whom_it_fights_and_suspects_intercepted(settings):
    # "The U.S.-led international coalition fighting the Islamic State group withdrew ... from the K1
    # base ... and handed it over to Iraqi forces"; "intercepted six suspected members of the group who
    # were planning attacks on Shi'ite pilgrims in Samarra"
    handover, arrests = events_of("cn10-coalition.txt", settings)
    assert (handover.sub_event_type, handover.actor1, handover.actor2) == (
        "Non-violent transfer of territory", "Global Coalition Against Daesh", "Military Forces of Iraq (2022-)")
    assert (arrests.sub_event_type, arrests.place.name, arrests.actor2) == ("Arrests", "Samarra", "Civilians (Iraq)")


def test_an_unknown_town_in_a_story_filed_from_the_capital_is_somewhere_in_the_country(settings):
    # "BAMAKO - Militants attacked an army base in Boulkessi", Boulkessi not in the gazetteer
    (clash,) = events_of("cn6-base-attack.txt", settings)
    assert (clash.place.name, clash.place.geo_precision, clash.sub_event_type, clash.fatalities) == (
        "Mali", 3, "Armed clash", 11)


def test_flight_from_attacks_and_the_worst_violence_in_weeks(settings):
    # "Some 6,000 people have fled villages around the town of Gwoza because of Boko Haram attacks"
    events = events_of("cn8-fled.txt", settings)
    assert not [e for e in events if e.event_type == "Violence against civilians"]
    # "rocked ... by its worst violence in weeks after stone-throwing students clashed with riot police"
    (riot,) = events_of("cn13-worst-in-weeks.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor2) == ("Violent demonstration", "Quito", "Police Forces of Ecuador (2023-)")


def test_who_investigates_rapes_did_not_commit_them(settings):
    # "Police in Limpopo are investigating the gang rapes and murder of two teenage girls"
    (rapes,) = events_of("cn11-gang-rape.txt", settings)
    assert (rapes.sub_event_type, rapes.actor1) == ("Sexual violence", "Unidentified Armed Group (South Africa)")


def test_regression_batch_cn_reports_that_came_out_right(settings):
    (gas,) = events_of("cn1-poison-gas.txt", settings)  # "shells filled with poisonous gas"
    assert (gas.sub_event_type, gas.place.name) == ("Chemical weapon", "As Salamiyah")
    (mine,) = events_of("cn2-landmine.txt", settings)  # "their armoured vehicle hit a landmine"
    assert (mine.sub_event_type, mine.fatalities) == ("Remote explosive/landmine/IED", 4)
    (handover,) = events_of("cn7-handover.txt", settings)
    assert (handover.sub_event_type, handover.actor2) == ("Non-violent transfer of territory", "Military Forces of Iraq (2022-)")
    (retaken,) = events_of("cn9-grt.txt", settings)  # government forces "seized control of ... Ahwar from the ... STC"
    assert (retaken.sub_event_type, retaken.place.name) == ("Government regains territory", "Ahwar")


def test_protests_that_did_not_happen_infighting_and_charges_are_no_events(settings):
    # "after a weekend free of any major anti-Japanese protests in China"; "no large-scale demonstrations
    # had taken place"
    assert events_of("co1-no-protests.txt", settings) == []
    assert events_of("co3-infighting.txt", settings) == []  # "in-fighting within the party's Gauteng branch"
    # "A rebel group ... has been accused of raping women and recruiting child soldiers, a ... report said"
    assert events_of("co4-accused.txt", settings) == []


def test_violence_between_rival_supporters_is_mob_violence_in_each_city(settings):
    events = events_of("co5-rival-supporters.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in events] == [("Kisangani", "Mob violence"), ("Mbandaka", "Mob violence")]


def test_regression_batch_co_reports_that_came_out_right(settings):
    (blockade,) = events_of("co2-rail-blockade.txt", settings)  # "blocked the railway tracks ..., demanding"
    assert (blockade.sub_event_type, blockade.place.name) == ("Peaceful protest", "Polykastro")


def test_no_one_injured_and_tear_gas_not_used(settings):
    # "'No-one was injured but it is not safe to drive there,' a traffic police spokesman said"
    assert events_of("cp1-no-one-injured.txt", settings) == []
    # "The police did not call in fire engines to disperse the crowd and tear gas was not used"
    (protest,) = events_of("cp2-not-used.txt", settings)
    assert (protest.sub_event_type, protest.actor2) == ("Peaceful protest", "")


def test_regression_batch_cp_reports_that_came_out_right(settings):
    # "found no weapons or explosives", "issued an arrest warrant", "face murder charges": the detentions alone
    (arrests,) = events_of("cp3-found-no-weapons.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name, arrests.actor1) == ("Arrests", "Brussels", "Police Forces of Belgium")


def test_a_district_named_with_its_word_is_coded_at_its_seat_town(settings):
    # "in clashes in the rural area of Lice district (Diyarbakir)": GeoNames' "Lice Ilcesi" is governed from Lice
    (clash,) = events_of("cq7-note.txt", settings)
    assert (clash.place.name, clash.place.geo_precision, clash.fatalities) == ("Lice", 2, 4)


def test_border_guards_of_the_state_their_demonym_names_and_a_funeral_for_the_dead(settings):
    # "Saudi border guards shot and killed 3 Yemeni migrants in Al Raqw area (Munabbih, Sadah)"
    (killing,) = events_of("cr2-note.txt", settings)
    assert killing.actor1.endswith("Forces of Saudi Arabia (2015-)") and killing.actor2 == "Civilians (Yemen)"
    # "took part in a funeral procession for a protester killed by security forces in Nasiriyah"
    (procession,) = events_of("cr5-note.txt", settings)
    assert (procession.sub_event_type, procession.fatalities, procession.actor2, procession.size) == (
        "Peaceful protest", 0, "", 300)


def test_regression_batch_cq_cr_notes_that_came_out_right(settings):
    (stones,) = events_of("cq4-note.txt", settings)  # a raid met by youths throwing stones
    assert (stones.sub_event_type, stones.actor1, stones.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2021-)")
    (missile,) = events_of("cq5-note.txt", settings)  # "fired a ballistic missile ..., which was intercepted"
    assert (missile.sub_event_type, missile.actor1) == ("Disrupted weapons use", "Military Forces of Yemen (2012-)")
    (tyres,) = events_of("cq6-note.txt", settings)  # "blocked the main road ... with burning tyres"
    assert (tyres.sub_event_type, tyres.place.name) == ("Violent demonstration", "Tyre")
    (strike,) = events_of("cr1-note.txt", settings)
    assert (strike.actor2, strike.fatalities) == ("Palestinian Islamic Jihad", 2)
    (clash,) = events_of("cr7-note.txt", settings)  # "left 4 Security Belt fighters and 2 AQAP militants dead"
    assert (clash.actor1, clash.fatalities, clash.place.name) == ("AQAP: Al Qaeda in the Arabian Peninsula", 6, "Mudiyah")
    (raid,) = events_of("cr6-note.txt", settings)  # arrests, and the weapons seized in the same raid
    assert (raid.sub_event_type, raid.actor1) == ("Arrests", "Military Forces of Lebanon (2020-)")


def test_strikes_in_an_unknown_township_are_no_summary_of_a_drone_shot_down_the_day_before(settings):
    # "air strikes on two villages in Kani township in the Sagaing region on Tuesday" (Kani unknown), then
    # "its fighters had shot down a junta drone near Monywa the previous day"
    strikes, drone = events_of("cs2-myanmar.txt", settings)
    assert (strikes.sub_event_type, strikes.place.name, strikes.fatalities) == ("Air/drone strike", "Sagaing", 12)
    assert (drone.sub_event_type, drone.place.name, drone.event_date) == ("Disrupted weapons use", "Monywa", date(2025, 9, 1))


def test_a_bomb_that_damaged_a_pipeline_and_the_day_of_an_anniversary_protest(settings):
    # "Dissidents of the former FARC ... kidnapped two police officers"; "an ELN bomb damaged the ... pipeline"
    kidnap, bomb = events_of("cs3-colombia.txt", settings)
    assert (kidnap.actor1, bomb.sub_event_type, bomb.place.name, bomb.actor1) == (
        "FARC dissidents", "Remote explosive/landmine/IED", "Saravena", "ELN: National Liberation Army")
    # "protesters marking the anniversary of last year's deadly demonstrations in Nairobi on Wednesday"
    events = events_of("cs4-kenya.txt", settings)
    assert [(e.place.name, e.time_precision) for e in events] == [("Nairobi", 1), ("Ol Kalou", 1), ("Kikuyu", 1)]


def test_regression_batch_cs_reports_that_came_out_right(settings):
    village, base, bomb = events_of("cs1-sahel.txt", settings)
    assert [e.event_date for e in (village, base, bomb)] == [date(2025, 8, 10), date(2025, 8, 11), date(2025, 8, 12)]
    assert (village.fatalities, base.place.name, bomb.sub_event_type) == (15, "Djibo", "Remote explosive/landmine/IED")
    (suicide,) = events_of("cs5-peshawar.txt", settings)
    assert (suicide.sub_event_type, suicide.fatalities) == ("Suicide bomb", 3)


def test_its_aircraft_are_the_tellers_and_a_district_the_model_left_untagged(settings):
    # "The Israeli military said on Tuesday its aircraft had struck a Hezbollah weapons depot near ... Nabatieh"
    (strike,) = events_of("ct3-idf.txt", settings)
    assert (strike.actor1, strike.actor2, strike.place.geo_precision) == ("Military Forces of Israel (2022-)", "Hezbollah", 2)
    # "Suspected militants ambushed a convoy of the Assam Rifles in Manipur's Chandel district"
    (ambush,) = events_of("ct4-india.txt", settings)
    assert (ambush.place.name, ambush.place.geo_precision, ambush.fatalities) == ("Chandel", 2, 2)
    # "abducted at least 40 worshippers from a mosque in Zurmi, Zamfara state": the town, not its district
    (abduction,) = events_of("ct5-nigeria.txt", settings)
    assert (abduction.place.name, abduction.place.geo_precision, abduction.event_date) == ("Zurmi", 1, date(2025, 6, 30))


def test_regression_batch_ct_reports_that_came_out_right(settings):
    nikopol, car = events_of("ct2-ukraine.txt", settings)
    assert (nikopol.fatalities, car.place.name, car.fatalities) == (0, "Velyka Pysarivka", 1)
    camp, repelled = events_of("ct6-sudan.txt", settings)
    assert (camp.assoc_actor_2, camp.fatalities, repelled.sub_event_type) == ("Refugees/IDPs (Sudan)", 11, "Armed clash")
    (rockets,) = events_of("ct7-hezbollah.txt", settings)  # "Hezbollah said its fighters fired rockets"
    assert (rockets.actor1, rockets.place.name) == ("Hezbollah", "Metula")


def test_a_partisan_page_whose_lead_sums_up_states_and_a_party_the_model_took_for_a_person(settings):
    # "Supporters of the opposition Vente Venezuela party took to the streets in several states": a summary,
    # not an event in Caracas; "activists of Vente Venezuela held a rally" (tagged PERSON): the party
    events = events_of("cu1-partisan-page.txt", settings)
    assert [e.place.name for e in events] == ["Maracaibo", "Valencia", "Barquisimeto", "Merida", "San Cristobal",
                                              "Lara", "Táchira"]
    valencia = events[1]
    assert (valencia.sub_event_type, valencia.assoc_actor_1) == ("Protest with intervention", "Vente Venezuela")


def test_a_monitors_html_list_and_a_village_spelt_without_its_final_h(settings):
    # "<li><b>Aleppo:</b> A Russian drone struck a motorcycle near Darat Izza" (GeoNames: Darat Izzah)
    events = events_of("cu2-monitor.html", settings)
    assert [(e.place.name, e.place.geo_precision) for e in events] == [
        ("Sarmin", 1), ("Darat Izzah", 2), ("Al Busayrah", 1), ("Tafas", 1)]
    assert [e.fatalities for e in events] == [1, 2, 0, 1]


def test_a_place_and_where_it_lies_tagged_as_one_organisation_is_no_side(settings):
    # "regime forces shelled Kafr Takharim and Armanaz in Idleb" with "Armanaz in Idleb" tagged ORG
    events = events_of("cv1-note.txt", settings)
    assert [(e.place.name, e.actor2) for e in events] == [("Kafr Takharim", ""), ("Armanaz", "")]


def test_force_met_in_an_unknown_town_is_not_the_listed_towns_and_districts_told_in_the_plural(settings):
    # "blocked roads with burning tyres in Sidon, Nabatieh and Jiyeh ... Army forces reopened the road in
    # Jiyeh" (Jiyeh unknown): no army in Sidon or Nabatieh
    events = events_of("cv2-note.txt", settings)
    assert [(e.place.name, e.actor2) for e in events] == [("Sidon", ""), ("Nabatiye et Tahta", "")]
    # "airstrikes on Houthi positions in Sirwah and Raghwan districts (Marib)": both at district precision
    events = events_of("cv6-note.txt", settings)
    assert [(e.place.name, e.place.geo_precision) for e in events] == [("Suq Sirwah", 2), ("Raghwan", 2)]


def test_regression_batch_cv_notes_that_came_out_right(settings):
    attack, ied = events_of("cv3-note.txt", settings)  # "Meanwhile, in Kirkuk, an IED exploded near a PMF vehicle"
    assert (attack.fatalities, ied.place.name, ied.sub_event_type) == (2, "Kirkuk", "Remote explosive/landmine/IED")
    (sitin,) = events_of("cv4-note.txt", settings)  # relatives "who disappeared in 2014 in Sinjar": no event there
    assert (sitin.place.name, sitin.assoc_actor_1) == ("Erbil", "Women (Iraq)")
    (demolition,) = events_of("cv5-note.txt", settings)  # "Around 16 August 2021 (between 15 and 17 August)"
    assert (demolition.sub_event_type, demolition.time_precision, demolition.place.name) == (
        "Looting/property destruction", 2, "Bayt Ummar")


def test_tribesmen_of_two_named_tribes_are_both_sides(settings):
    # "clashes erupted between Al Jadaan and Al Ashraf tribesmen near Sirwah (Marib)"
    (clash,) = events_of("cw1-note.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Al Jadaan Tribal Militia (Yemen)", "Al Ashraf Tribal Militia (Yemen)", 2)


def test_death_under_torture_in_regime_custody_and_its_prison(settings):
    # "a detainee from Douma died under torture in one of regime prisons in Damascus, two years after his
    # arrest at a checkpoint": the regime's forces, an attack (no clash with the checkpoint)
    (death,) = events_of("cw2-note.txt", settings)
    assert (death.sub_event_type, death.actor1, death.place.name, death.fatalities) == (
        "Attack", "Military Forces of Syria (2000-) Prison Guards", "Damascus", 1)  # harm in a prison: its guards
    # "died as a result of torture in the regime's Saydnaya military prison" (Saydnaya tagged ORG): the
    # prison's town, and no prison as a side
    (prison,) = events_of("cw4-note.txt", settings)
    assert (prison.place.name, prison.actor2) == ("Saydnaya", "Civilians (Syria)")
    # "three activists who had been arrested after a protest in Tripoli were subjected to beatings and
    # torture by the intelligence authorities (security forces) in Beirut": torture in Beirut, not a protest
    (torture,) = events_of("cw3-note.txt", settings)
    assert (torture.sub_event_type, torture.place.name, torture.actor1) == (
        "Attack", "Beirut", "Police Forces of Lebanon (2020-)")


def test_the_disaster_a_protest_is_over_is_no_place_of_it_and_towns_tagged_as_people(settings):
    # "the largest protest yet over the collapse of a railway station canopy in Novi Sad that killed 15"
    events = events_of("cx1-serbia.txt", settings)
    assert [e.place.name for e in events] == ["Belgrade", "Nis", "Kragujevac"]
    # "dumped manure and tyres in front of government buildings in Agen and Toulouse" (both tagged PERSON,
    # "agen" a dictionary word) "and set fire to hay bales outside a prefecture in Auch"
    events = events_of("cx6-france.txt", settings)
    assert [e.place.name for e in events] == ["Agen", "Toulouse", "Auch"]
    # "Supporters of rival factions of the Bangladesh Nationalist Party clashed": the party on both sides
    (clash,) = events_of("cx4-bangladesh.txt", settings)
    assert (clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2, clash.fatalities) == (
        "BNP: Bangladesh Nationalist Party", "Rioters (Bangladesh)", "BNP: Bangladesh Nationalist Party", 1)
    # "a polling station in Datu Odin Sinsuat town" (unknown, tagged ORG): no organisation
    (killing,) = events_of("cx5-philippines.txt", settings)
    assert (killing.actor2, killing.event_date) == ("Civilians (Philippines)", date(2025, 5, 12))


def test_regression_batch_cx_reports_that_came_out_right(settings):
    (tbilisi,) = events_of("cx2-georgia.txt", settings)
    assert (tbilisi.sub_event_type, tbilisi.actor2) == ("Violent demonstration", "Police Forces of Georgia (2012-)")
    (chala,) = events_of("cx3-peru.txt", settings)  # "one protester died after being hit by a tear gas canister"
    assert (chala.sub_event_type, chala.place.name, chala.fatalities) == ("Excessive force against protesters", "Chala", 1)


def test_unidentified_warplanes_a_raid_that_did_not_hold_a_base_and_a_patron_linked_to_a_group(settings):
    # "Unidentified warplanes struck a convoy of trucks near Albu Kamal": ACLED's Unidentified Military Forces
    (strike,) = events_of("cy7-warplanes.txt", settings)
    assert (strike.actor1, strike.fatalities, strike.place.name) == ("Unidentified Military Forces", 7, "Albu Kamal")
    # "overran a military base ... The militants withdrew hours later after seizing weapons and vehicles"
    (raid,) = events_of("cy2-somalia.txt", settings)
    assert (raid.sub_event_type, raid.fatalities) == ("Armed clash", 10)
    # "Jihadists of the al-Qaeda-linked JNIM set fire to around 40 fuel tankers"
    (tankers,) = events_of("cy6-mali.txt", settings)
    assert (tankers.actor1, tankers.assoc_actor_1) == ("JNIM: Group for Support of Islam and Muslims", "")
    # "retired steel workers gathered ... for the third week in a row to protest": who they are
    (pensions,) = events_of("cy4-iran.txt", settings)
    assert (pensions.assoc_actor_1, pensions.sub_event_type) == ("Labour Group (Iran)", "Protest with intervention")


def test_regression_batch_cy_reports_that_came_out_right(settings):
    (funeral,) = events_of("cy1-drc.txt", settings)  # "killed at least 60 people attending a funeral ... late Monday"
    assert (funeral.actor1, funeral.fatalities, funeral.event_date) == ("ADF: Allied Democratic Forces", 60, date(2025, 9, 8))
    (fano,) = events_of("cy3-ethiopia.txt", settings)
    assert (fano.actor1, fano.place.name, fano.fatalities) == ("Fano Militia", "Debre Mark'os", 12)


def test_a_front_named_by_its_village_the_state_force_in_a_pair_and_the_toll_the_coder_gives(settings):
    # "HTS fighters and regime forces exchanged heavy machine-gun fire on the frontlines of Kabani"
    # (Kabani tagged ORG) ... "Fatalities were reported on both sides, coded as 3."
    (clash,) = events_of("cz1-note.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "HTS: Hayat Tahrir al Sham", "Military Forces of Syria (2024-)", 3)
    # "demonstrated outside the Duhok governorate building": the province's seat
    (sitin,) = events_of("cz2-note.txt", settings)
    assert (sitin.place.name, sitin.place.geo_precision, sitin.assoc_actor_1) == ("Dihok", 1, "Refugees/IDPs (Iraq)")


def test_regression_batch_cz_notes_that_came_out_right(settings):
    (olives,) = events_of("cz3-note.txt", settings)
    assert (olives.sub_event_type, olives.place.name) == ("Looting/property destruction", "Qaryut")
    (drone,) = events_of("cz4-note.txt", settings)  # "killing 2 QSD members and a civilian"
    assert (drone.actor1, drone.actor2, drone.fatalities) == (
        "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces", 3)
    (kidnap,) = events_of("cz5-note.txt", settings)
    assert (kidnap.sub_event_type, kidnap.place.name) == ("Abduction/forced disappearance", "Tikrit")


def test_a_sides_fire_is_no_blaze(settings):
    # "Israeli fire killed at least five Palestinians waiting for aid near a distribution site in Rafah"
    (killing,) = events_of("da1-gaza.txt", settings)
    assert (killing.sub_event_type, killing.actor1, killing.place.name, killing.fatalities) == (
        "Attack", "Military Forces of Israel (2022-)", "Rafah", 5)


def test_regression_batch_da_reports_that_came_out_right(settings):
    (odesa,) = events_of("da2-odesa.txt", settings)
    assert (odesa.actor1, odesa.fatalities) == ("Military Forces of Russia (2000-)", 2)
    (market,) = events_of("da3-sudan.txt", settings)  # "local activists said, blaming the Sudanese army"
    assert (market.actor1, market.fatalities, market.place.name) == ("Military Forces of Sudan (2019-)", 20, "Kutum")
    (bus,) = events_of("da5-pakistan.txt", settings)
    assert (bus.actor1, bus.fatalities) == ("BLA: Balochistan Liberation Army", 7)


def test_a_gang_raid_a_turf_war_blamed_and_stones_thrown_by_the_crowd_met(settings):
    # "Members of the Viv Ansanm gang coalition attacked the town of Mirebalais ..., setting fire to homes"
    (raid,) = events_of("db1-haiti.txt", settings)
    assert (raid.sub_event_type, raid.actor1, raid.fatalities) == ("Attack", "Viv Ansanm", 10)
    # "Gunmen opened fire on a group of people watching a football match ..., police said, blaming a turf
    # war between the Los Lobos and Los Choneros gangs": either may have fired; the people were civilians
    (shooting,) = events_of("db2-ecuador.txt", settings)
    assert (shooting.actor1, shooting.actor2, shooting.assoc_actor_2) == (
        "Unidentified Armed Group (Ecuador)", "Civilians (Ecuador)", "")
    # "police fired tear gas at opposition supporters who threw stones in ... Kisumu": a riot
    kisumu, maseno = events_of("db3-kenya.txt", settings)
    assert (kisumu.sub_event_type, kisumu.actor2, maseno.place.name) == (
        "Violent demonstration", "Police Forces of Kenya (2022-)", "Maseno")


def test_regression_batch_db_reports_that_came_out_right(settings):
    assert [(e.place.name, e.sub_event_type) for e in events_of("db4-germany.txt", settings)] == [
        ("Berlin", "Peaceful protest"), ("Munich", "Peaceful protest")]
    (jakarta,) = events_of("db5-indonesia.txt", settings)
    assert (jakarta.sub_event_type, jakarta.assoc_actor_1) == ("Violent demonstration", "Students (Indonesia)")


def test_regression_batch_dc_reports_that_came_out_right(settings):
    (bokkos,) = events_of("dc2-earlierthismonth.txt", settings)  # "earlier this month": known to the month
    assert (bokkos.place.name, bokkos.fatalities, bokkos.time_precision) == ("Bokkos", 12, 3)
    (grenade,) = events_of("dc3-nightof.txt", settings)  # "On the night of 23 March 2026"
    assert (grenade.event_date, grenade.sub_event_type) == (date(2026, 3, 23), "Grenade")
    (kolbar,) = events_of("dc5-partisan-source.txt", settings)  # a rights group reports: no party to it
    assert (kolbar.source, kolbar.source_is_party, kolbar.fatalities) == ("Hengaw Organization for Human Rights", False, 1)


def test_supporters_arrested_after_clashes_fought_the_police(settings):
    # "Police ... arrested 45 supporters of jailed former prime minister Imran Khan after clashes in Lahore
    # last Friday": a violent demonstration, on that Friday
    (clash,) = events_of("dc1-lastfriday.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.event_date) == (
        "Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan (2024-)", date(2026, 3, 6))


def test_a_river_named_with_a_lowercase_head_is_no_town(settings):
    # "Russian artillery shelled the town of Nikopol across the Dnipro river": the river, not Dnipro city
    events = events_of("de8-twodays.txt", settings)
    assert [(e.place.name, e.event_date) for e in events] == [("Sumska", date(2026, 8, 3)), ("Nikopol", date(2026, 8, 2))]


def test_a_mob_that_beat_a_man_to_death(settings):
    # "A mob beat a man to death and set his body on fire in the Ikorodu area of Lagos": mob violence,
    # no armed group's attack; one dead, a civilian
    (mob,) = events_of("de2-mob.txt", settings)
    assert (mob.sub_event_type, mob.actor1, mob.actor2, mob.fatalities) == (
        "Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)", 1)


def test_a_town_taken_without_a_fight(settings):
    # "took control of the town of Douentza ... after the army withdrew from its base there"; the
    # fighters "entered the town without firing a shot": no battle and no shooting
    (taken,) = events_of("de3-takeover.txt", settings)
    assert (taken.sub_event_type, taken.place.name, taken.event_date) == (
        "Non-violent transfer of territory", "Douentza", date(2026, 7, 19))


def test_regression_batch_de_reports_that_came_out_right(settings):
    (bomb,) = events_of("de1-claim.txt", settings)  # claimed by IS "in a statement posted by its Aamaq news agency"
    assert (bomb.sub_event_type, bomb.actor1, bomb.place.name, bomb.place.geo_precision) == (
        "Suicide bomb", "Islamic State (Iraq)", "Tuz Khurmatu", 2)
    (missile,) = events_of("de5-note.txt", settings)
    assert missile.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"
    (sitin,) = events_of("de6-note.txt", settings)  # "in front of the governorate building in Shush": Shush itself
    assert (sitin.place.name, sitin.assoc_actor_1) == ("Shush", "Labour Group (Iran)")
    assert [e.place.name for e in events_of("de7-journalists.txt", settings)] == ["Istanbul", "Ankara"]


def test_riot_police_are_no_riot_and_an_earlier_event_counted_from_is_no_place_of_this_one(settings):
    # "Videos ... showed riot police dragging protesters into buses": the police's name, no riot
    (rally,) = events_of("df5-rally.txt", settings)
    assert (rally.sub_event_type, rally.actor1, rally.event_date) == (
        "Protest with intervention", "Protesters (Russia)", date(2026, 9, 13))
    # "repelled an attack ... on the city of El Obeid, a day after RSF drones struck a fuel depot in
    # Kosti": the fighting was in El Obeid only
    (clash,) = events_of("df7-repelled.txt", settings)
    assert (clash.sub_event_type, clash.place.name) == ("Armed clash", "El Obeid")
    # "A smaller group of youths hurled petrol bombs at riot police": a riot
    assert events_of("bb9-athens.txt", settings)[0].sub_event_type == "Violent demonstration"


def test_regression_batch_df_reports_that_came_out_right(settings):
    (ied,) = events_of("df1-note.txt", settings)  # "targeting a vehicle of the Popular Mobilization Forces"
    assert (ied.sub_event_type, ied.actor2) == (
        "Remote explosive/landmine/IED", "Military Forces of Iraq (2020-) Popular Mobilization Forces")
    (shelling,) = events_of("df2-note.txt", settings)  # "shelled the vicinity of Tal Tamr"
    assert (shelling.place.name, shelling.place.geo_precision) == ("Tall Tamr", 2)
    (strike,) = events_of("df4-note.txt", settings)  # "Saudi-led coalition airstrikes"
    assert (strike.actor1, strike.sub_event_type) == ("Operation Restoring Hope", "Air/drone strike")
    assert events_of("df6-calm.txt", settings) == []  # a call for protests, and calm streets


def test_olive_trees_uprooted_are_the_farmers_property(settings):
    # "Israeli settlers uprooted around 50 olive trees belonging to Palestinians in Turmusayya"
    (uprooting,) = events_of("dg3-note.txt", settings)
    assert (uprooting.sub_event_type, uprooting.actor1, uprooting.actor2, uprooting.place.name) == (
        "Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)", "Turmusayya")


def test_regression_batch_dg_reports_that_came_out_right(settings):
    (riot,) = events_of("dg2-note.txt", settings)  # tyres burnt, then live ammunition "to disperse them"
    assert (riot.sub_event_type, riot.actor2) == ("Violent demonstration", "Police Forces of Iraq (2020-)")
    (ambush,) = events_of("dg4-ambush.txt", settings)  # "Suspected ELN guerrillas killed two soldiers in an ambush"
    assert (ambush.actor1, ambush.fatalities, ambush.place.geo_precision, ambush.event_date) == (
        "ELN: National Liberation Army", 2, 3, date(2027, 3, 1))
    (drone,) = events_of("dg6-note.txt", settings)  # "in the outskirts of Kfar Chouba"
    assert (drone.place.name, drone.place.geo_precision, drone.actor1) == ("Kfar Shouba", 2, "Military Forces of Israel (2009-)")


def test_a_toll_summed_over_both_sides_a_patrol_hit_and_attackers_named_afterwards(settings):
    # "resulting in the killing of 5 Houthis and 2 pro-Hadi fighters": seven dead
    (clash,) = events_of("dh1-note.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 7)
    # "a Russian military police patrol was targeted with an IED near Ad Darbasiyah": the patrol was
    # hit; who planted the IED is unknown, and of the country it happened in
    (ied,) = events_of("dh2-note.txt", settings)
    assert (ied.actor1, ied.place.name) == ("Unidentified Armed Group (Syria)", "Ad Darbasiyah")
    assert ied.actor2.endswith("of Russia (2000-)")  # (Brazil's "military police" are police: the words alone do not tell)
    # "Police said the attackers belonged to the Pakistani Taliban (TTP)"
    (post,) = events_of("dh5-post.txt", settings)
    assert (post.actor1, post.fatalities) == ("TTP: Tehreek-e-Taliban Pakistan", 3)
    # "released 15 students who had been detained during protests ... Prosecutors had accused them of
    # violating a ban on demonstrations": no event, neither the release nor the ban
    assert events_of("dh6-released.txt", settings) == []


def test_regression_batch_dh_reports_that_came_out_right(settings):
    (kolbar,) = events_of("dh3-note.txt", settings)  # "IRGC forces shot and killed a kolbar near Baneh"
    assert (kolbar.sub_event_type, kolbar.place.geo_precision, kolbar.fatalities) == ("Attack", 2, 1)
    (bar,) = events_of("dh4-bar.txt", settings)  # "late on Sunday", told on a Tuesday
    assert (bar.event_date, bar.place.name, bar.fatalities) == (date(2027, 10, 3), "Celaya", 6)


def test_each_place_keeps_its_own_toll(settings):
    # "Israeli strikes killed at least 12 people in Khan Younis and eight in Deir al-Balah"
    assert [(e.place.name, e.fatalities) for e in events_of("di1-tolls.txt", settings)] == [
        ("Khan Yunis", 12), ("Dayr al Balah", 8)]


def test_regression_batch_di_reports_that_came_out_right(settings):
    (march,) = events_of("di2-teachers.txt", settings)  # and "threatened to call a national strike"
    assert (march.size, march.assoc_actor_1, march.sub_event_type) == (5000, "Teachers (Argentina)", "Peaceful protest")
    (sniper,) = events_of("di5-note.txt", settings)  # "a child was killed ... by a Houthi sniper"
    assert (sniper.actor1, sniper.actor2, sniper.fatalities) == (
        "Military Forces of Yemen (2016-) Supreme Political Council", "Civilians (Yemen)", 1)
    (post,) = events_of("di6-note.txt", settings)
    assert (post.sub_event_type, post.actor1) == ("Headquarters or base established", "Military Forces of Turkey (2016-)")
    (rally,) = events_of("di7-feared.txt", settings)  # "feared the protests could spread": no more events
    assert rally.place.name == "Odesa"


def test_regression_batch_dj_reports_that_came_out_right(settings):
    (clash,) = events_of("dj1-factions.txt", settings)  # "on Saturday night, police said on Sunday"
    assert (clash.sub_event_type, clash.event_date, clash.fatalities) == ("Mob violence", date(2027, 2, 13), 1)
    (bomb,) = events_of("dj2-market.txt", settings)
    assert (bomb.actor1, bomb.actor2, bomb.fatalities) == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 7)
    (mine,) = events_of("dj3-note.txt", settings)  # "a remnant of previous battles": no battle of its own
    assert (mine.sub_event_type, mine.fatalities, mine.place.geo_precision) == ("Remote explosive/landmine/IED", 2, 2)
    (arrests,) = events_of("dj5-note.txt", settings)
    assert (arrests.actor1, arrests.assoc_actor_2) == ("Police Forces of Iran (1989-)", "Baloch Ethnic Group (Iran)")
    assert [e.place.name for e in events_of("dj7-israel.txt", settings)] == ["Tel Aviv", "Jerusalem", "Haifa"]


def test_a_province_bracketed_after_an_unknown_town_and_the_town_is_no_actor(settings):
    # "Bahraini security forces dispersed a protest in Diraz (Northern)": Diraz unknown (tagged an
    # organisation), the Northern governorate by its very name
    (protest,) = events_of("dk3-note.txt", settings)
    assert (protest.sub_event_type, protest.place.name, protest.place.country, protest.place.geo_precision) == (
        "Protest with intervention", "Northern", "Bahrain", 3)
    # "Turkish warplanes bombarded PKK positions in the vicinity of Sidakan (Erbil)": a village, no side
    (strike,) = events_of("dk1-note.txt", settings)
    assert (strike.actor1, strike.actor2, strike.assoc_actor_2) == (
        "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", "")
    # "Saudi border guards shot and killed 2 Ethiopian migrants": civilians of their nation
    (shooting,) = events_of("dk5-note.txt", settings)
    assert (shooting.actor2, shooting.fatalities) == ("Civilians (Ethiopia)", 2)


def test_regression_batch_dk_reports_that_came_out_right(settings):
    (arrests,) = events_of("dk4-note.txt", settings)  # "police arrested 12 Bidoon protesters who gathered in Taima"
    assert (arrests.sub_event_type, arrests.actor2) == ("Protest with intervention", "Police Forces of Kuwait (2006-)")
    (raid,) = events_of("dk6-note.txt", settings)  # "Iraqi security forces later arrived at the scene"
    assert (raid.actor1, raid.fatalities, raid.place.name) == ("Islamic State (Iraq)", 3, "Khanaqin")


def test_an_approximate_date_glossed_in_brackets_and_an_attack_told_by_its_victim(settings):
    # "Around 3 May 2020 (between 1 - 3 May), regime forces and IS militants clashed": the note's date,
    # known to the week; the bracket glosses it
    (clash,) = events_of("dl1-note.txt", settings)
    assert (clash.event_date, clash.time_precision, clash.actor2) == (date(2020, 5, 3), 2, "Islamic State (Syria)")
    # "a Turkish soldier was killed as a result of an attack by PKK militants"
    (attack,) = events_of("dl3-note.txt", settings)
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "PKK: Kurdistan Workers Party", "Military Forces of Turkey (2016-)", 1)


def test_an_approximate_date_with_no_day_named_in_its_bracket(settings):
    # "Around 3 May 2020 (midweek)," opening a note once read as a dateline of a place "Around"
    text = "Around 3 May 2020 (midweek), regime forces clashed with IS in Homs."
    (clash,) = dateline.extract(text, date=date(2020, 5, 4), settings=settings).events
    assert (clash.event_date, clash.time_precision, clash.place.name) == (date(2020, 5, 3), 2, "Homs")


def test_regression_batch_dl_reports_that_came_out_right(settings):
    (demolition,) = events_of("dl2-note.txt", settings)  # under a "Property destruction:" heading
    assert (demolition.sub_event_type, demolition.actor2) == ("Looting/property destruction", "Civilians (Palestine)")
    (arrests,) = events_of("dl4-note.txt", settings)
    assert arrests.actor1 == "Military Forces of Turkey (2016-) Gendarmerie"
    (strike,) = events_of("dl5-note.txt", settings)  # "went on strike and gathered in front of the factory"
    assert (strike.sub_event_type, strike.assoc_actor_1) == ("Peaceful protest", "Labour Group (Iran)")
    (grenade,) = events_of("dl6-note.txt", settings)
    assert (grenade.sub_event_type, grenade.place.name) == ("Grenade", "Al Busayrah")


def test_a_building_named_house_is_in_its_city(settings):
    # "tried to march on Government House in Bangkok": a building in the city, not a village near it
    (march,) = events_of("dm5-watercannon.txt", settings)
    assert (march.sub_event_type, march.place.name, march.place.geo_precision) == ("Protest with intervention", "Bangkok", 1)


def test_students_rescued_after_a_gunfight_were_kidnapped_before(settings):
    # "Nigerian troops rescued 15 kidnapped students in Zamfara state on Sunday after a gunfight with
    # bandits": the gunfight is the event; the kidnapping was earlier
    (rescue,) = events_of("dm2-rescue.txt", settings)
    assert (rescue.sub_event_type, rescue.place.geo_precision) == ("Armed clash", 3)


def test_regression_batch_dm_reports_that_came_out_right(settings):
    assert coded(events_of("dm1-anniversary.txt", settings)) == {  # "Police fired tear gas in Nairobi and arrested 30"
        "Nairobi": "Protest with intervention", "Mombasa": "Peaceful protest", "Kisumu": "Peaceful protest"}
    assert events_of("dm3-speaker.txt", settings) == []  # a parliament's vote
    (shooting,) = events_of("dm4-journalist.txt", settings)  # "late on Friday, police said on Saturday"
    assert (shooting.event_date, shooting.assoc_actor_2) == (date(2027, 10, 22), "Journalists (Philippines)")
    (rockets,) = events_of("dm6-rockets.txt", settings)  # "late on Sunday", told on a Monday
    assert (rockets.event_date, rockets.actor1) == (date(2027, 1, 3), "Unidentified Armed Group (Iraq)")


def test_coalition_aircraft_a_village_tagged_with_its_province_and_a_brigade_hit_by_an_ied(settings):
    # "coalition warplanes struck IS hideouts" in Iraq: the Global Coalition, not Iraq's forces
    (strike,) = events_of("dm7-note.txt", settings)
    assert (strike.actor1, strike.actor2) == ("Global Coalition Against Daesh", "Islamic State (Iraq)")
    # "regime forces shelled Fleifel in Idleb" with "Fleifel in Idleb" tagged an organisation: a
    # village somewhere in Idlib, no side
    (shelling,) = events_of("dm8-note.txt", settings)
    assert (shelling.actor2, shelling.place.name, shelling.place.geo_precision) == ("", "Idlib", 2)
    # "six fighters of the Giants Brigades were reported killed ... in the explosion of an IED of
    # unknown origin": the brigade was hit, by an unknown group; six dead
    (ied,) = events_of("dm9-note.txt", settings)
    assert (ied.actor1, ied.actor2, ied.fatalities) == (
        "Unidentified Armed Group (Yemen)", "Military Forces of Yemen (2012-) Giants Brigades", 6)
    # ("a Saudi-led coalition air raid was reported": the strike itself, the coalition its doer)
    (raid,) = events_of("ce2-mazariq-note.txt", settings)
    assert (raid.actor1, raid.assoc_actor_1) == ("Operation Restoring Hope", "")


def test_a_claimed_toll_and_a_lower_one_armed_robbers_and_a_gas_explosion(settings):
    # "The Baloch Liberation Army said in a statement it had attacked a Frontier Corps camp ..., killing
    # 10 soldiers. The military said two soldiers were killed": the more conservative figure
    (attack,) = events_of("dn2-bla.txt", settings)
    assert (attack.actor1, attack.fatalities) == ("BLA: Balochistan Liberation Army", 2)
    # "Police shot dead three suspected armed robbers in a shootout": a fight with armed men
    (shootout,) = events_of("dn3-shootout.txt", settings)
    assert (shootout.sub_event_type, shootout.actor2, shootout.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Nigeria)", 3)
    # "A gas cylinder exploded in a crowded restaurant ... the blast was caused by a leak": an accident
    assert events_of("dn5-gas.txt", settings) == []


def test_regression_batch_dn_reports_that_came_out_right(settings):
    (raid,) = events_of("dn1-katsina.txt", settings)  # "The attack happened Sunday night in Kadisau village in Faskari"
    assert (raid.event_date, raid.place.name, raid.place.geo_precision, raid.fatalities) == (
        date(2027, 2, 7), "Faskari", 2, 12)
    (fire,) = events_of("dn4-kassala.txt", settings)
    assert (fire.sub_event_type, fire.fatalities) == ("Excessive force against protesters", 5)


def test_fishing_boats_fired_on_are_fishermen(settings):
    # "the Israeli navy opened fire at Palestinian fishing boats off the coast of Gaza City"
    (fire,) = events_of("do1-note.txt", settings)
    assert (fire.sub_event_type, fire.actor2, fire.assoc_actor_2) == ("Attack", "Civilians (Palestine)", "Fishermen (Palestine)")


def test_regression_batch_do_reports_that_came_out_right(settings):
    (drone,) = events_of("do2-note.txt", settings)  # "a drone of unknown affiliation ... killing 2 PMF members"
    assert (drone.actor1, drone.fatalities) == ("Unidentified Armed Group (Iraq)", 2)
    (abduction,) = events_of("do3-note.txt", settings)
    assert (abduction.sub_event_type, abduction.assoc_actor_2) == ("Abduction/forced disappearance", "Journalists (Yemen)")
    (raid,) = events_of("do5-note.txt", settings)  # "clashed with Palestinian youths who threw stones"
    assert (raid.sub_event_type, raid.actor1, raid.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2009-)")


def test_a_claim_the_other_side_denies(settings):
    # "The PKK said on Thursday its fighters had killed seven Turkish soldiers in clashes in the Metina
    # region of northern Iraq, a claim Turkey's defence ministry denied": Turkey's forces fought (not
    # Iraq's, where it happened), and a denied toll is no toll (ACLED: the most conservative figure)
    (clash,) = events_of("dp4-pkk.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities, clash.place.country) == (
        "PKK: Kurdistan Workers Party", "Military Forces of Turkey (2016-)", 0, "Iraq")


def test_regression_batch_dp_reports_that_came_out_right(settings):
    (rape,) = events_of("dp1-rape.txt", settings)  # "Soldiers raped at least 20 women during a raid on ... Kipupu"
    assert (rape.sub_event_type, rape.assoc_actor_2, rape.event_date) == (
        "Sexual violence", "Women (Democratic Republic of Congo)", date(2027, 4, 20))
    (shell,) = events_of("dp5-note.txt", settings)  # "an unknown projectile hit their house"
    assert (shell.actor1, shell.fatalities) == ("Unidentified Armed Group (Yemen)", 1)
    (border,) = events_of("dp6-note.txt", settings)  # "Iranian border guards shot at a group of kolbars"
    assert (border.sub_event_type, border.actor2, border.place.geo_precision) == ("Attack", "Civilians (Iran)", 2)


def test_the_tellers_clause_parsed_into_the_subject_hides_no_victims(settings):
    # "A Myanmar military air strike killed at least 20 people, including six children, in a village
    # ..., a local resistance group and residents said": civilians were killed
    strike, ambush = events_of("dq2-myanmar.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)", 20)
    # "In a separate incident, resistance fighters said they had ambushed a military convoy near the town
    # of Kalay on Sunday, killing 11 soldiers"
    assert (ambush.sub_event_type, ambush.event_date, ambush.place.geo_precision) == ("Armed clash", date(2027, 3, 7), 2)


def test_regression_batch_dq_a_long_report_that_came_out_right(settings):
    # six paragraphs: shelling on Monday, drone strikes "On Sunday", a protest "Separately", the war's
    # toll since 2023 and a resident's quote (no events)
    events = events_of("dq1-long.txt", settings)
    assert [(e.sub_event_type, e.place.name, e.event_date, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Babanusah", date(2027, 8, 16), 9),
        ("Air/drone strike", "An Nuhud", date(2027, 8, 15), 14),
        ("Protest with intervention", "Port Sudan", date(2027, 8, 16), 0)]


def test_words_reports_verdicts_and_feasts_are_no_events(settings):
    # "The opposition launched a fierce attack on the government's budget in parliament"
    assert events_of("dr1-budget.txt", settings) == []
    # "Amnesty International said in a report on Wednesday that security forces in Iran killed at least
    # 300 protesters during last year's unrest": last year's killings, reported today
    assert events_of("dr2-report.txt", settings) == []
    # "A court in Tehran sentenced three protesters to death ... over their role in the 2022 demonstrations"
    assert events_of("dr3-sentenced.txt", settings) == []
    # "Millions of Hindu pilgrims gathered in Prayagraj on Monday for the Kumbh Mela festival"
    assert events_of("dr5-pilgrims.txt", settings) == []


def test_regression_batch_dr_reports_that_came_out_right(settings):
    assert events_of("dr4-football.txt", settings) == []  # "Manchester United crushed Arsenal 4-0"
    # "imposed a curfew in Imphal on Friday after clashes between two communities left three people dead
    # on Thursday": the clashes, on Thursday
    (clash,) = events_of("dr6-curfew.txt", settings)
    assert (clash.event_date, clash.fatalities, clash.actor1) == (date(2027, 5, 13), 3, "Unidentified Communal Militia (India)")


def test_who_recovered_a_body_did_not_kill_and_eggs_thrown_at_parliament(settings):
    # "Police in Karachi recovered on Friday the body of a journalist ..., with signs of torture"
    (killing,) = events_of("ds3-body.txt", settings)
    assert (killing.actor1, killing.fatalities) == ("Unidentified Armed Group (Pakistan)", 1)
    # "blocking roads and pelting the European Parliament building with eggs": a riot
    (tractors,) = events_of("ds5-tractors.txt", settings)
    assert (tractors.sub_event_type, tractors.assoc_actor_1) == ("Violent demonstration", "Farmers (Belgium)")


def test_regression_batch_ds_reports_that_came_out_right(settings):
    assert events_of("ds1-offensive.txt", settings) == []  # "was preparing a major offensive"
    assert events_of("ds2-evacuated.txt", settings) == []  # "evacuated ... after officials warned of shelling"
    assert events_of("ds4-film.txt", settings) == []  # "A film about the 1988 massacre ... premiered"
    (church,) = events_of("ds6-church.txt", settings)  # "during Sunday mass", told on a Monday
    assert (church.sub_event_type, church.event_date) == ("Abduction/forced disappearance", date(2027, 4, 11))


def test_armed_miners_fought_the_police(settings):
    # "Illegal miners clashed with police near the town of Pataz ..., leaving two officers dead": a
    # battle's side is armed, whatever the words call them
    (clash,) = events_of("dt3-pataz.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Unidentified Armed Group (Peru)", "Police Forces of Peru (2022-)", 2)


def test_regression_batch_dt_reports_that_came_out_right(settings):
    (fire,) = events_of("dt1-maracaibo.txt", settings)  # "fired tear gas and rubber bullets ..., injuring at least 15"
    assert (fire.actor1, fire.place.name) == ("Protesters (Venezuela)", "Maracaibo")
    (raid,) = events_of("dt2-muidumbe.txt", settings)  # "beheaded five villagers", Muidumbe unknown
    assert (raid.fatalities, raid.place.name, raid.place.geo_precision) == (5, "Cabo Delgado", 3)
    (massacre,) = events_of("dt5-moura.txt", settings)  # Moura unknown, not Moura in Portugal or Australia
    assert (massacre.actor1, massacre.fatalities, massacre.place.name) == ("Military Forces of Mali (2021-)", 20, "Mali")


def test_a_front_is_no_side_allies_clash_with_a_third_and_an_unknown_number_dead(settings):
    # "HTS and National Liberation Front fighters clashed with regime forces on the Kabani front
    # (Latakia)": the two groups one side (the second associated), the regime the other; the front no actor
    (clash,) = events_of("du1-note.txt", settings)
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2, clash.fatalities) == (
        "HTS: Hayat Tahrir al Sham", "NLF: National Liberation Front", "Military Forces of Syria (2000-)", "", 4)
    # "an unknown number of people were killed in clashes between two clans": ACLED's vague toll, not one
    (clans,) = events_of("du3-note.txt", settings)
    assert (clans.actor1, clans.fatalities) == ("Unidentified Clan Militia (Yemen)", 10)


def test_regression_batch_du_reports_that_came_out_right(settings):
    (shelling,) = events_of("du2-note.txt", settings)  # "targeting PJAK positions"
    assert (shelling.actor1, shelling.actor2) == (
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "PJAK: Party of Free Life of Kurdistan")
    (sniper,) = events_of("du4-note.txt", settings)  # "killed by IS sniper fire"
    assert (sniper.actor1, sniper.actor2, sniper.fatalities) == ("Islamic State (Iraq)", "Police Forces of Iraq (2020-)", 1)
    metula, kfar_kila = events_of("du6-border.txt", settings)  # "and Israel responded with artillery fire on ..."
    assert (metula.actor1, metula.place.country, kfar_kila.actor1, kfar_kila.place.country) == (
        "Hezbollah", "Israel", "Military Forces of Israel (2022-)", "Lebanon")


def test_youths_who_stabbed_a_refugee_are_a_mob(settings):
    # "a 17-year-old Syrian refugee was stabbed to death by a group of Lebanese youths in Bsharri": a
    # mob's violence (no armed group's attack) against a Syrian civilian
    (killing,) = events_of("dv4-note.txt", settings)
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities) == (
        "Mob violence", "Rioters (Lebanon)", "Civilians (Syria)", 1)


def test_regression_batch_dv_reports_that_came_out_right(settings):
    (sitin,) = events_of("dv1-note.txt", settings)  # "Police intervened and detained 8 people"
    assert (sitin.sub_event_type, sitin.assoc_actor_1) == ("Protest with intervention", "HDP: Peoples Democratic Party")
    (rally,) = events_of("dv2-note.txt", settings)
    assert (rally.place.name, rally.size) == ("Tel Aviv", 2000)
    (arson,) = events_of("dv3-note.txt", settings)
    assert (arson.sub_event_type, arson.place.name) == ("Looting/property destruction", "Kafr Qasim")
    (teachers,) = events_of("dv5-note.txt", settings)  # "Security forces arrested dozens of teachers"
    assert (teachers.sub_event_type, teachers.assoc_actor_1, teachers.event_date) == (
        "Protest with intervention", "Teachers (Jordan)", date(2020, 7, 1))


def test_gunmen_of_rival_families_are_clan_militias(settings):
    # "Gunmen from rival families clashed in Tripoli's Bab al-Tabbaneh district ..., killing two people"
    (clash,) = events_of("dw5-tripoli.txt", settings)
    assert (clash.actor1, clash.actor2, clash.place.country, clash.fatalities) == (
        "Unidentified Clan Militia (Lebanon)", "Unidentified Clan Militia (Lebanon)", "Lebanon", 2)


def test_regression_batch_dw_namesakes_read_by_the_dateline_country(settings):
    firsts = [events_of(name, settings)[0] for name in ("dw1-hyderabad.txt", "dw2-valencia.txt", "dw3-santacruz.txt",
                                                        "dw4-cordoba.txt")]
    assert [(e.place.name, e.place.country) for e in firsts] == [
        ("Hyderabad", "Pakistan"), ("Valencia", "Venezuela"), ("Santa Cruz de la Sierra", "Bolivia"), ("Cordoba", "Argentina")]


def test_a_village_is_no_big_city_abroad_read_under_an_old_name(settings):
    # "Gunmen killed 12 civilians in the village of Tiba near the town of Djibo": Tiba unknown (GeoNames
    # lists "Tiba" among the old names of Chiba, Japan), so near Djibo
    (raid,) = events_of("dx3-villagenear.txt", settings)
    assert (raid.place.name, raid.place.geo_precision, raid.actor2, raid.fatalities) == (
        "Djibo", 2, "Civilians (Burkina Faso)", 12)


def test_regression_batch_dx_reports_that_came_out_right(settings):
    (bomb,) = events_of("dx1-km.txt", settings)  # "about 30 km north of Baidoa"
    assert (bomb.place.name, bomb.place.geo_precision, bomb.fatalities) == ("Baidoa", 2, 4)
    (ambush,) = events_of("dx2-between.txt", settings)  # "on the road between Tillaberi and Ayorou"
    assert (ambush.place.name, ambush.place.geo_precision) == ("Tillaberi", 2)
    (looting,) = events_of("dx5-outskirts.txt", settings)  # "on the outskirts of El Obeid"
    assert (looting.sub_event_type, looting.actor1, looting.place.geo_precision) == (
        "Looting/property destruction", "RSF: Rapid Support Forces", 2)


def test_a_bulletins_city_headings_all_count(settings):
    # "– Shush: Retirees of the Haft Tappeh sugarcane company joined the protests." (Shush is also an
    # English word) and "– Kermanshah, Shushtar, Rasht and Isfahan: Retirees staged similar rallies."
    # (the model tagged "Shushtar, Rasht and Isfahan: Retirees" an organisation): nine cities
    events = events_of("dy1-retirees.txt", settings)
    assert [e.place.name for e in events] == ["Tehran", "Ahvaz", "Shush", "Kermanshah", "Shushtar", "Rasht", "Isfahan",
                                              "Mashhad", "Tabriz"]
    assert {e.sub_event_type for e in events if e.place.name != "Mashhad"} == {"Peaceful protest"}
    assert all(e.source == "PMOI/MEK" and not e.source_is_party for e in events)  # retirees, not the PMOI's units


def test_holidays_date_events_and_an_attempted_march_met_by_arrests(settings):
    # "killed at least 16 villagers in an attack on Christmas Day", told on 27 December
    (attack,) = events_of("dz1-christmas.txt", settings)
    assert (attack.event_date, attack.time_precision, attack.fatalities) == (date(2026, 12, 25), 1, 16)
    # "Police detained 45 people who tried to march to Taksim Square on New Year's Eve": a protest met
    (march,) = events_of("dz2-newyear.txt", settings)
    assert (march.sub_event_type, march.event_date, march.actor2) == (
        "Protest with intervention", date(2026, 12, 31), "Police Forces of Turkey (2016-)")


def test_regression_batch_dz_reports_that_came_out_right(settings):
    (raid,) = events_of("dz3-dawn.txt", settings)  # "at dawn on Wednesday ... in an exchange of fire"
    assert (raid.sub_event_type, raid.event_date, raid.fatalities) == ("Armed clash", date(2027, 3, 10), 2)
    (drones,) = events_of("dz4-nightof.txt", settings)  # "on the night of Monday to Tuesday": from the Monday
    assert (drones.event_date, drones.place.name) == (date(2027, 3, 8), "Odesa")


def test_arrests_this_week_after_a_protest_turned_violent(settings):
    # "Police arrested 20 people earlier this week after protests against high fuel prices turned violent
    # in Mombasa": the riot, in Mombasa (not the Nairobi dateline), met by the police; "this week after"
    # counts no time from the protests
    (riot,) = events_of("dz5-earlier.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor2, riot.time_precision) == (
        "Violent demonstration", "Mombasa", "Police Forces of Kenya (2022-)", 2)


def test_a_street_fight_a_missile_test_and_rival_candidates_supporters(settings):
    # "a man was stabbed to death in a street fight outside a nightclub": interpersonal, ACLED codes none
    assert events_of("ea1-stabbing.txt", settings) == []
    # "North Korea fired a ballistic missile into the sea off its east coast": a test, no attack on Seoul
    assert events_of("ea3-missile.txt", settings) == []
    # "Supporters of rival candidates clashed in Nairobi's Kibera slum ..., leaving two people dead"
    (clash,) = events_of("ea2-kibera.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.fatalities) == ("Mob violence", "Rioters (Kenya)", 2)


def test_regression_batch_ea_drills_are_no_attack(settings):
    assert events_of("ea4-drills.txt", settings) == []  # "staged large-scale drills around Taiwan"


def test_provinces_bracketed_after_a_camp_or_countryside_and_a_state_force_named_first(settings):
    # "the Turkish army and the Syrian National Army shelled QSD positions in Ain Issa countryside
    # (Ar-Raqqa)", the province tagged an organisation: Turkey's forces, the SNA associated; Ayn Isa
    (shelling,) = events_of("eb1-note.txt", settings)
    assert (shelling.actor1, shelling.assoc_actor_1, shelling.actor2, shelling.place.name, shelling.place.geo_precision) == (
        "Military Forces of Turkey (2016-)", "JWS: Syrian National Army", "QSD: Syrian Democratic Forces", "Ayn Isa", 2)
    # "displaced people protested in Atmeh camp (Idleb)", both names tagged persons
    (protest,) = events_of("eb2-note.txt", settings)
    assert (protest.place.name, protest.place.geo_precision, protest.assoc_actor_1) == ("Idlib", 2, "Refugees/IDPs (Syria)")
    # ("the separatist Azawad Liberation Front (FLA)": an acronym, not Florida)
    (strike,) = events_of("ah6-kidal.txt", settings)
    assert (strike.place.country, strike.fatalities) == ("Mali", 11)


def test_regression_batch_eb_reports_that_came_out_right(settings):
    (grenade,) = events_of("eb4-note.txt", settings)
    assert (grenade.sub_event_type, grenade.actor2) == ("Grenade", "Military Forces of Iraq (2020-) Popular Mobilization Forces")
    (fire,) = events_of("eb5-note.txt", settings)  # "dispersed protesters with live ammunition ..., killing one"
    assert (fire.sub_event_type, fire.fatalities) == ("Excessive force against protesters", 1)
    assert events_of("eb3-note.txt", settings) == []  # "the Houthis released 3 detained tribesmen"


def test_cities_including_a_mob_that_torched_houses_and_teachers_met_with_tear_gas(settings):
    # "marched in Paris and other French cities including Lyon, Marseille and Toulouse": four places
    events = {e.place.name: e for e in events_of("ec8-pensions.txt", settings)}
    assert set(events) == {"Paris", "Lyon", "Marseille", "Toulouse"}
    assert events["Paris"].sub_event_type == "Violent demonstration"  # "In Paris, police fired tear gas at protesters who set fire ..."
    assert events["Lyon"].sub_event_type == "Peaceful protest"
    # "A mob torched three houses in Churachandpur district": no demonstration, a mob's violence
    mob, arrests = events_of("ec4-manipur.txt", settings)
    assert (mob.sub_event_type, mob.place.name, mob.event_date) == ("Mob violence", "Churachandpur", date(2023, 3, 22))
    assert (arrests.sub_event_type, arrests.place.name) == ("Arrests", "Imphal East")
    # "police fired tear gas on Wednesday at thousands of teachers who marched on Congress"
    (march,) = events_of("ec5-tegucigalpa.txt", settings)
    assert (march.sub_event_type, march.assoc_actor_1, march.actor2) == (
        "Protest with intervention", "Teachers (Honduras)", "Police Forces of Honduras (2022-)")


def test_missiles_fired_in_a_battle_are_the_battle(settings):
    # "its fighters fired anti-tank missiles at Israeli tanks advancing near Beit Hanoun ... and clashed
    # with Israeli soldiers there"
    (battle,) = events_of("ec7-qassam.txt", settings)
    assert (battle.sub_event_type, battle.actor1, battle.actor2, battle.place.name) == (
        "Armed clash", "Hamas Movement", "Military Forces of Israel (2022-)", "Bayt Hanun")


def test_regression_batch_ec_reports_that_came_out_right(settings):
    (shelling,) = events_of("ec1-note.txt", settings)  # "Houthi forces shelled residential areas in Hays district"
    assert (shelling.sub_event_type, shelling.actor2, shelling.fatalities) == (
        "Shelling/artillery/missile attack", "Civilians (Yemen)", 1)
    (ambush,) = events_of("ec2-djibo.txt", settings)  # "killed at least 12 soldiers in an ambush near ... Djibo"
    assert (ambush.sub_event_type, ambush.place.name, ambush.place.geo_precision, ambush.event_date, ambush.fatalities) == (
        "Armed clash", "Djibo", 2, date(2026, 2, 1), 12)
    assert events_of("ec3-planned.txt", settings) == []  # "plan to block roads ... next month", a strike called
    (ied,) = events_of("ec6-note.txt", settings)
    assert (ied.sub_event_type, ied.fatalities, ied.place.admin1) == ("Remote explosive/landmine/IED", 2, "Baghdad")


def test_a_partys_acronym_at_home_its_workers_and_the_police_they_pelted(settings):
    # "Police baton-charged hundreds of PTI supporters ..., officials said": the police did it (not the
    # officials who tell of it), PTI is Pakistan's party there (elsewhere the Press Trust of India)
    islamabad, lahore = events_of("ed5-dchowk.txt", settings)
    assert (islamabad.sub_event_type, islamabad.assoc_actor_1, islamabad.actor2) == (
        "Protest with intervention", "PTI: Pakistan Tehreek-i-Insaf", "Police Forces of Pakistan (2024-)")
    # "In Lahore, PTI workers torched a police van and pelted officers with stones": the party's
    # workers (no labour group), the police they attacked
    assert (lahore.sub_event_type, lahore.assoc_actor_1, lahore.actor2) == (
        "Violent demonstration", "PTI: Pakistan Tehreek-i-Insaf", "Police Forces of Pakistan (2024-)")
    (arrests,) = events_of("ec4-manipur.txt", settings)[1:]  # "(PTI)" in an Indian story: the agency
    assert arrests.source == "PTI" and "Tehreek" not in arrests.assoc_actor_1


def test_a_group_named_in_the_charge_is_no_victims_identity_and_protests_to_be_held(settings):
    # "detained 11 journalists ... over alleged links to the outlawed Kurdistan Workers' Party (PKK)"
    events = events_of("ed6-journalists.txt", settings)
    assert [e.place.name for e in events] == ["Istanbul", "Diyarbakır"]
    assert all(e.assoc_actor_2 == "Journalists (Turkey)" for e in events)
    # "labour unions said protests over the cost of living would be held next week in Lagos and Abuja"
    assert events_of("ed7-naira.txt", settings) == []


def test_regression_batch_ed_reports_that_came_out_right(settings):
    # "regime forces shelled Kansafra and Al-Bara in Jabal al-Zawiya (Idleb)" (villages the gazetteer
    # lacks: the province), then "HTS fighters responded by shelling regime positions in Kafr Nubl countryside"
    regime, hts = events_of("ed1-note.txt", settings)
    assert (regime.place.name, regime.place.geo_precision, regime.fatalities) == ("Idlib", 2, 1)
    assert (hts.actor1, hts.actor2, hts.place.name) == ("HTS: Hayat Tahrir al Sham", "Military Forces of Syria (2000-)", "Kafranbel")
    (fighting,) = events_of("ed2-masisi.txt", settings)  # "over the weekend", told on a Monday
    assert (fighting.sub_event_type, fighting.event_date, fighting.time_precision, fighting.fatalities) == (
        "Armed clash", date(2025, 7, 12), 2, 20)
    (killing,) = events_of("ed3-funeral.txt", settings)  # the funeral is no event; the killing "last week" is
    assert (killing.sub_event_type, killing.time_precision, killing.assoc_actor_2) == ("Attack", 2, "Journalists (Mexico)")
    (station,) = events_of("ed4-tame.txt", settings)
    assert (station.actor1, station.actor2, station.place.name) == (
        "ELN: National Liberation Army", "Police Forces of Colombia (2022-)", "Tame")
    (strike,) = events_of("ed8-fasher.txt", settings)  # "A drone strike by the Rapid Support Forces hit a mosque"
    assert (strike.sub_event_type, strike.actor1, strike.fatalities, strike.event_date) == (
        "Air/drone strike", "RSF: Rapid Support Forces", 75, date(2025, 9, 19))


def test_a_pages_related_posts_are_no_events_and_a_second_weapon_is_a_second_event(settings):
    # a Hengaw page whose "Related posts" list closes with "Arrest of a Kurdish teacher in Baneh"
    events = events_of("ef1-strike.txt", settings)
    assert [e.place.name for e in events] == ["Sanandaj", "Mahabad", "Saqqez", "Bukan", "Marivan"]
    assert [e.sub_event_type for e in events].count("Protest with intervention") == 1  # Saqqez's arrests
    # "The US-Saudi aggression warplanes launched five raids on Sahar district of Saada province ...
    # the Saudi enemy's artillery also shelled populated villages in Shada district": the coalition, twice
    strikes, shelling = events_of("ef2-saba.txt", settings)
    assert (strikes.sub_event_type, strikes.actor1, strikes.place.name, strikes.fatalities) == (
        "Air/drone strike", "Operation Restoring Hope", "Saada", 3)
    assert (shelling.sub_event_type, shelling.place.name, shelling.place.geo_precision) == (
        "Shelling/artillery/missile attack", "Shada'a", 2)


def test_soldiers_who_killed_suspected_rebels_in_a_firefight_and_trucks_burned(settings):
    # "MANILA, ... - Soldiers killed three suspected New People's Army rebels in a firefight in the
    # hinterlands of Las Navas town": the soldiers (parsed as the dateline city's apposition) fought the NPA
    (clash,) = events_of("ef4-samar.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Military Forces of the Philippines (2022-)", "NPA: New People's Army", 3)
    assert (clash.place.name, clash.place.geo_precision) == ("Las Navas", 2)
    # "Hooded attackers burned 12 trucks ... near Ercilla ... claimed the attack in leaflets left at the scene"
    (arson,) = events_of("ef6-ercilla.txt", settings)
    assert (arson.sub_event_type, arson.actor1, arson.place.name, arson.place.geo_precision) == (
        "Looting/property destruction", "Unidentified Armed Group (Chile)", "Ercilla", 2)


def test_regression_batch_ef_reports_that_came_out_right(settings):
    # a resistance committees' statement: shells on a Khartoum neighbourhood, warplanes over Omdurman
    shells, planes = events_of("ef3-khartoum.txt", settings)
    assert (shells.actor1, shells.fatalities, planes.actor1, planes.sub_event_type) == (
        "RSF: Rapid Support Forces", 7, "Military Forces of Sudan (2019-)", "Air/drone strike")
    (kidnap,) = events_of("ef5-kuriga.txt", settings)  # Kuriga is not in the gazetteer: the state
    assert (kidnap.sub_event_type, kidnap.place.admin1, kidnap.place.geo_precision, kidnap.event_date) == (
        "Abduction/forced disappearance", "Kaduna", 3, date(2024, 3, 7))


def test_the_wounded_in_one_city_are_no_toll_and_a_death_toll_that_rose(settings):
    # "killing four people in Kharkiv and wounding 11 in Dnipro"
    events = {e.place.name: e.fatalities for e in events_of("eg1-kharkiv.txt", settings)}
    assert events == {"Kharkiv": 4, "Dnipro": 0}
    # "The death toll from Monday's suicide bombing at a mosque inside a police compound in Peshawar
    # rose to 101 on Wednesday": Monday's bombing, its toll, the police its target (no doer)
    (bombing,) = events_of("eg2-peshawar.txt", settings)
    assert (bombing.sub_event_type, bombing.event_date, bombing.fatalities) == ("Suicide bomb", date(2023, 1, 30), 101)
    assert (bombing.actor1, bombing.actor2) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan (2022-)")


def test_regression_batch_eg_reports_that_came_out_right(settings):
    (killings,) = events_of("eg3-pontrouge.txt", settings)  # "between Friday and Sunday", told on Monday
    assert (killings.event_date, killings.time_precision, killings.fatalities) == (date(2024, 3, 8), 2, 30)
    (chief,) = events_of("eg4-ouallam.txt", settings)  # "late on Saturday", told on Sunday
    assert (chief.event_date, chief.place.name, chief.place.geo_precision, chief.fatalities) == (
        date(2025, 5, 10), "Ouallam", 2, 2)
    (fire,) = events_of("eg5-conakry.txt", settings)
    assert (fire.sub_event_type, fire.fatalities, fire.actor2) == (
        "Excessive force against protesters", 3, "Police Forces of Guinea (2021-)")
    (strike,) = events_of("eg6-lastmonth.txt", settings)  # "killed a senior Hamas commander ... last month"
    assert (strike.time_precision, strike.event_date.month, strike.actor2) == (3, 6, "Hamas Movement")
    (bomb,) = events_of("eg7-hodan.txt", settings)  # "Al Shabaab claimed responsibility for the attack"
    assert (bomb.actor1, bomb.fatalities, bomb.place.name) == ("Al Shabaab", 5, "Mogadishu")


def test_a_list_after_raids_on_a_shelling_answered_and_residents_of_a_town(settings):
    # "arrested 5 Palestinians in raids on Beit Ummar, Hebron and Nablus (West Bank)": three places,
    # Hebron an item of the list (not the governorate Beit Ummar lies in)
    events = events_of("eh1-note.txt", settings)
    assert [e.place.name for e in events] == ["Bayt Ummar", "Hebron", "Nablus"]
    assert all(e.sub_event_type == "Arrests" for e in events)
    # "Turkish forces shelled the vicinity of Tal Tamer ... QSD responded with mortar fire": a clash
    (clash,) = events_of("eh2-note.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.place.geo_precision) == (
        "Armed clash", "Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces", 2)
    # "residents of Khan Shaykhun protested in front of the local council building (Idleb)": their town
    (protest,) = events_of("eh4-note.txt", settings)
    assert (protest.place.name, protest.place.geo_precision) == ("Khan Shaykhun", 1)


def test_regression_batch_eh_notes_that_came_out_right(settings):
    (mine,) = events_of("eh3-note.txt", settings)  # "a landmine left over from the war exploded ..., killing a shepherd"
    assert (mine.sub_event_type, mine.actor2, mine.fatalities, mine.place.name) == (
        "Remote explosive/landmine/IED", "Civilians (Syria)", 1, "Al Bab")
    (aqap,) = events_of("eh6-note.txt", settings)
    assert (aqap.sub_event_type, aqap.actor1, aqap.actor2, aqap.fatalities) == (
        "Armed clash", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen (2012-) Security Belt Forces", 3)
    (checkpoint,) = events_of("eh7-note.txt", settings)  # "IS militants attacked a PMF checkpoint ... clashes ensued"
    assert (checkpoint.sub_event_type, checkpoint.actor1, checkpoint.fatalities) == ("Armed clash", "Islamic State (Iraq)", 2)


def test_an_ocha_update_a_live_blogs_headings_and_settlers_arson(settings):
    # "killed at least 12 people, according to the Ministry of Health in Gaza": where the teller is, no
    # second place; "settlers set fire to agricultural land near the village of Turmus'ayya": arson on
    # Palestinians' land, no riot
    strike, arson, demolition = events_of("ei1-ocha.txt", settings)
    assert (strike.place.name, strike.fatalities, strike.event_date) == ("An Nusayrat", 12, date(2024, 6, 9))
    assert (arson.sub_event_type, arson.actor1, arson.actor2, arson.event_date) == (
        "Looting/property destruction", "Settlers (Israel)", "Civilians (Palestine)", date(2024, 6, 8))
    assert (demolition.sub_event_type, demolition.actor1) == ("Looting/property destruction", "Military Forces of Israel (2022-)")
    # "11:40 GMT – Thousands protest in Tbilisi" over "Thousands of people rallied ... on Monday evening"
    drone, protest = events_of("ei2-liveblog.txt", settings)
    assert (drone.place.name, drone.actor1, drone.fatalities) == ("Sumy", "Military Forces of Russia (2000-)", 2)
    assert (protest.place.name, protest.event_date, protest.assoc_actor_1) == ("Tbilisi", date(2024, 5, 13), "")


def test_regression_batch_ei_an_anniversary_and_a_bare_headline(settings):
    # "Ten years after the Maidan protests in Kyiv, in which more than 100 people were killed ...,
    # Ukrainians laid flowers": the killings are the past (the flowers, at most, a commemoration today)
    events = events_of("ei3-anniversary.txt", settings)
    assert all(e.event_type == "Protests" and e.event_date == date(2024, 2, 20) and not e.fatalities for e in events)
    doc = dateline.extract((DATA / "ei4-headline.txt").read_text(encoding="utf-8"), settings=settings)
    assert doc.rejected and not doc.events  # "Gunmen kill five in Zamfara village raid": too short to be an article


def test_jawans_are_a_force_and_a_part_of_the_city_just_named(settings):
    # "Maoists blew up a vehicle carrying security personnel ..., killing eight jawans and their civilian driver"
    (blast,) = events_of("ej1-bijapur.txt", settings)
    assert (blast.sub_event_type, blast.actor1, blast.actor2, blast.fatalities) == (
        "Remote explosive/landmine/IED", "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India (2014-)", 9)
    # "A ... hartal ... paralysed Dhaka on Sunday, and party activists set fire to two buses in the city's
    # Motijheel area": one riot, in Dhaka
    (hartal,) = events_of("ej4-hartal.txt", settings)
    assert (hartal.sub_event_type, hartal.place.name, hartal.assoc_actor_1) == (
        "Violent demonstration", "Dhaka", "BNP: Bangladesh Nationalist Party")


def test_regression_batch_ej_reports_that_came_out_right(settings):
    (bar,) = events_of("ej2-salvatierra.txt", settings)  # a byline with the page's date, "late on Friday"
    assert (bar.event_date, bar.place.name, bar.fatalities) == (date(2024, 9, 20), "Salvatierra", 11)
    (burning,) = events_of("ej3-sagaing.txt", settings)  # "junta troops torched more than 300 houses"
    assert (burning.sub_event_type, burning.actor1, burning.place.admin1) == (
        "Looting/property destruction", "Military Forces of Myanmar (2021-)", "Sagaing")
    (raid,) = events_of("ej5-nyala.txt", settings)  # a village the gazetteer lacks: its state
    assert (raid.sub_event_type, raid.actor1, raid.fatalities, raid.place.geo_precision) == (
        "Attack", "RSF: Rapid Support Forces", 40, 3)


# Batch ek: the false events real local and world news gave (GeoWebNews and LGL articles, read
# unlabelled), each rewritten in the project's own words


@pytest.mark.parametrize("name", [
    "ek1-quarrel.txt",  # "John Kelly has clashed with the president's son-in-law": a quarrel, no battle
    "ek2-arms-sale.txt",  # "selling more than $1.3 billion in artillery", "the artillery would help": none fired
    "ek3-insider.txt",  # "arrested ... on federal charges that he had traded on inside information": ordinary crime
    "ek4-locker.txt",  # a criminal case of child abuse: no political violence
    "ek5-layup.txt",  # "lift the Houston Rockets to a 96-94 win": basketball
    "ek6-vigil.txt",  # "the Easter Vigil in St. Peter's Basilica": a liturgy, no protest (and no Saint Peter parish)
    "ek9-investment.txt",  # an investment agreement; "an agreement ... to create a joint venture to mine diamonds"
    "ek10-flood.txt",  # "the flood fighting effort", "used to protect soldiers ... from bullets and grenades"
    "ek11-fire.txt",  # "A fire destroyed the roof ..., injuring two firefighters. No residents were injured."
    "ek12-execution.txt",  # "asked the Ohio Supreme Court to delay his execution"
    "ek13-walk.txt",  # "The results demonstrate the influence ...", a charity's "March for Babies"
    "ek15-bees.txt",  # "A horse was killed after being attacked by a swarm of bees"
    "ek16-dinner.txt",  # "a sit-down dinner and a fashion show"
    "ek18-idioms.txt",  # "took a shot at the proposed border wall", "shot down rumors of a new engine"
])
def test_news_that_reports_no_political_event_codes_none(settings, name):
    assert events_of(name, settings) == []


def test_a_march_to_a_detention_centre_and_a_protest_recalled_from_years_ago(settings):
    # "set off on Wednesday on a march from Beijing to the No. 2 Detention Centre in Tianjin": a march, no arrest
    (march,) = events_of("ek14-tianjin.txt", settings)
    assert (march.sub_event_type, march.place.country) == ("Peaceful protest", "China")
    # "Douma was the main centre of street protests against the government that ignited the conflict
    # seven years ago": the past
    assert all(e.event_type != "Protests" for e in events_of("ek7-douma.txt", settings))


def test_regression_batch_ek_reports_that_came_out_right(settings):
    # "A US serviceman, 36-year-old Master Sgt John Doe of Austin, Texas, died alongside him": his home town is no place of it
    (bomb,) = events_of("ek8-hometown.txt", settings)
    assert (bomb.place.name, bomb.sub_event_type) == ("Manbij", "Remote explosive/landmine/IED")
    assert events_of("ek17-pleaded.txt", settings) == []  # "pleaded guilty in Kanawha Circuit Court ... to shooting his girlfriend"


def test_a_disease_and_its_culls_are_no_violence_but_an_attack_on_a_treatment_centre_is(settings):
    # "thousands of birds were killed in an attempt to contain the outbreak" (GeoVirus-style news)
    assert events_of("el2-cull.txt", settings) == []
    assert events_of("el1-h5n1.txt", settings) == []  # "The H5N1 bird flu virus has killed two more Egyptian women"
    (attack,) = events_of("el3-ebola-attack.txt", settings)  # "Gunmen attacked an Ebola treatment centre"
    assert (attack.event_type, attack.place.name) == ("Battles", "Butembo")


# Batch em: the false events and wrong fields that unlabelled GeoVirus and LGL articles showed,
# each rewritten in the project's own words


@pytest.mark.parametrize("name", [
    "em2-quake.txt",  # "the weekend's earthquake has killed more than 25,000 people", "More than 1,300 were killed in ..."
    "em4-heater.txt",  # "found dead of carbon monoxide poisoning", "bootleg liquor killed nine people"
    "em5-mourners.txt",  # mourners of children who died in a house fire: a funeral, no protest
    "em6-veterans.txt",  # "Twelve soldiers who were wounded in Afghanistan are being tested", "who negotiated the 1998 peace accord"
    "em7-idioms.txt",  # a legal battle, "engaged in a tug-of-war", "took over forty minutes", "beating her challenger", a plea deal
    "em8-idioms2.txt",  # "a warrant for his arrest", "a lull in the fighting", "chefs demonstrated spring recipes", inspectors deployed
    "em11-history.txt",  # "arrested in France during World War Two", "still haunts his family 15 years later"
    "em12-rumor.txt",  # "a gang initiation is supposedly going to take place involving the killing of three women"
    "em13-localcrime.txt",  # a boy served beer, drunk driving, "receiving stolen property"
])
def test_disasters_funerals_background_and_hearsay_code_no_event(settings, name):
    assert events_of(name, settings) == []


def test_a_flood_story_codes_only_the_villagers_clash_with_police_and_its_one_death(settings):
    # "swept away by flash floods", "The swollen river also destroyed hundreds of homes": the flood's
    (riot,) = events_of("em1-monsoon.txt", settings)
    assert (riot.place.name, riot.sub_event_type) == ("Muzaffarpur", "Violent demonstration")
    assert (riot.actor1, riot.actor2) == ("Rioters (India)", "Police Forces of India (2014-)")
    assert riot.fatalities == 1  # "left 14 villagers injured and one man dead"


def test_a_battle_keeps_its_own_toll_not_the_years_or_a_flus(settings):
    (battle,) = events_of("em3-cartel.txt", settings)
    # not "2,900 deaths in the first five months of this year" nor the flu's "102 deaths"
    assert (battle.sub_event_type, battle.place.name, battle.fatalities) == ("Armed clash", "Navolato", 11)


def test_supporters_fighting_police_riot_and_a_house_arrest_order_is_no_arrest(settings):
    (riot,) = events_of("em9-lahore.txt", settings)  # "where his supporters fought running battles with police"
    assert (riot.place.name, riot.sub_event_type, riot.actor1) == ("Lahore", "Violent demonstration", "Rioters (Pakistan)")
    assert riot.actor2 == "Police Forces of Pakistan"


def test_aid_workers_killed_in_an_ambush_are_attacked_civilians(settings):
    (attack,) = events_of("em14-aidworkers.txt", settings)
    assert (attack.sub_event_type, attack.actor2, attack.assoc_actor_2) == (
        "Attack", "Civilians (South Sudan)", "Aid Workers (South Sudan)")  # not "Pibor", the road's end
    assert attack.fatalities == 6  # not "twelve ... this year"


def test_regression_batch_em_reports_that_came_out_right(settings):
    # "6,000 have fled to neighbouring Uganda": where they fled is no place of the shooting
    (shooting,) = events_of("em10-kenya.txt", settings)
    assert (shooting.place.name, shooting.sub_event_type, shooting.fatalities) == (
        "Kisumu", "Excessive force against protesters", 3)


# Batch en: false and missed events the GLOCON train split's sentences showed, rewritten in the
# project's own words


@pytest.mark.parametrize("name", [
    "en1-meeting.txt",  # ministers "gathered in Brussels ... to discuss"; supporters who "dispersed late on Friday" by themselves
    "en2-habits.txt",  # "carries out frequent attacks", "has been conducting airstrikes ... since September 2014",
    #                    "a stinging attack on the summit", "took a pot shot at the selectors"
])
def test_meetings_habits_campaigns_and_verbal_attacks_code_no_event(settings, name):
    assert events_of(name, settings) == []


def test_stones_thrown_at_police_vehicles_and_drivers_who_stopped_reporting_for_duty(settings):
    by_place = {e.place.name: e for e in events_of("en3-strike.txt", settings)}
    # "residents also stoned police vehicles" in a nearby township the gazetteer lacks: a riot near Rustenburg
    riot = by_place["Rustenburg"]
    assert (riot.sub_event_type, riot.place.geo_precision) == ("Violent demonstration", 2)
    assert riot.actor2 == "Police Forces of South Africa (1994-)"
    # "About 125 bus drivers in Pretoria stopped reporting for duty": a strike
    strike = by_place["Pretoria"]
    assert (strike.sub_event_type, strike.size) == ("Peaceful protest", 125)


# Batch eo: protest typings the CASE 2021 train split's snippets showed, rewritten in the project's
# own words


def test_clashes_between_police_and_protesters_are_a_riot_whichever_side_is_named_first(settings):
    (riot,) = events_of("eo2-jerusalem.txt", settings)  # "clashes broke out between police and Palestinian protesters"
    assert (riot.sub_event_type, riot.actor2) == ("Violent demonstration", "Police Forces of Israel (2009-)")


def test_a_chase_is_an_intervention_and_a_march_that_turned_very_violent_a_riot(settings):
    by_place = {e.place.name: e for e in events_of("eo4-tunisia.txt", settings)}
    assert by_place["Tebourba"].sub_event_type == "Protest with intervention"  # "Riot police chased demonstrators"
    assert by_place["Sfax"].sub_event_type == "Violent demonstration"  # "turned very violent"


def test_regression_batch_eo_reports_that_came_out_right(settings):
    by_place = {e.place.name: e for e in events_of("eo1-karbala.txt", settings)}
    # "Four protesters died from gunfire overnight during a demonstration"
    assert (by_place["Karbala"].sub_event_type, by_place["Karbala"].fatalities) == ("Excessive force against protesters", 4)
    assert by_place["Baghdad"].sub_event_type == "Violent demonstration"  # "pulled down concrete barriers"
    (riot,) = events_of("eo3-bristol.txt", settings)  # "after projectiles were thrown at police"
    assert riot.sub_event_type == "Violent demonstration"


def test_projectiles_thrown_at_police_name_the_police_the_riot_met(settings):
    (riot,) = events_of("eo3-bristol.txt", settings)
    assert riot.actor2 == "Police Forces of the United Kingdom (2019-)"


# Batch ep: strategic developments the CASE 2021 train split's snippets showed, rewritten in the
# project's own words


def test_a_district_named_by_its_province_possessive_is_one_event_there(settings):
    # "destroyed a house-borne improvised explosive device ... in Kandahar's Arghandab district"
    (defused,) = events_of("ep1-ied.txt", settings)
    assert (defused.sub_event_type, defused.place.name) == ("Disrupted weapons use", "Arghandab")


def test_regression_batch_ep_a_release_in_exchange_for_soldiers_is_an_agreement(settings):
    # (came out right before the batch: the model types it; the cue now names it too)
    (swap,) = events_of("ep2-swap.txt", settings)  # "in exchange for the release of 16 soldiers"
    assert (swap.sub_event_type, swap.place.name) == ("Agreement", "Kidal")


def test_troops_moved_and_bases_set_up_are_changes_to_a_group(settings):
    by_place = {e.place.name: e.sub_event_type for e in events_of("ep3-moves.txt", settings)}
    assert by_place == {"Albu Kamal": "Change to group/activity", "Al Qamishli": "Headquarters or base established"}


def test_arrests_before_protests_that_may_come_are_arrests(settings):
    # "arrested dozens of activists ... in anticipation of mass protests": no protest was held
    (arrests,) = events_of("ep4-cairo.txt", settings)
    assert (arrests.sub_event_type, arrests.actor1) == ("Arrests", "Police Forces of Egypt (2014-)")


# Batch eq: territory taken, as the CASE 2021 train split's snippets told it (rewritten)


def test_villages_freed_and_a_neighbourhood_captured_by_government_forces_are_regained(settings):
    (freed,) = events_of("eq1-anbar.txt", settings)  # "freed several villages from Islamic State militants"
    assert (freed.sub_event_type, freed.place.admin1, freed.actor2) == (
        "Government regains territory", "Al Anbar", "Islamic State (Iraq)")
    (taken,) = events_of("eq2-aleppo.txt", settings)  # "captured a rebel-held neighbourhood in ... Aleppo"
    assert (taken.sub_event_type, taken.place.name) == ("Government regains territory", "Aleppo")


def test_villages_captured_by_a_jihadist_group_are_overtaken(settings):
    (taken,) = events_of("eq3-damboa.txt", settings)  # "captured two villages near Damboa ... and captured a soldier"
    assert (taken.sub_event_type, taken.actor1, taken.place.geo_precision) == (
        "Non-state actor overtakes territory", "ISWAP: Islamic State West Africa Province", 2)
    # ("Separately, al-Shabaab fighters captured two villages near Bulo Burte": missed before the batch;
    # "seized control of the town of Adan Yabaal ... after the militants withdrew overnight": unopposed)
    assert [(e.sub_event_type, e.place.name, e.actor1) for e in events_of("cn4-seized-town.txt", settings)] == [
        ("Non-violent transfer of territory", "Somalia", "Military Forces of Somalia (2022-)"),
        ("Non-state actor overtakes territory", "Buulobarde", "Al Shabaab")]


# Batch er: the session's disaster and agreement filters checked against violence told in their words


def test_rocket_fire_that_rains_down_is_no_rain_and_a_collapsed_ceasefire_no_agreement(settings):
    (shelling,) = events_of("er1-kherson.txt", settings)  # "Rocket fire rains down on Kherson every night"
    assert (shelling.place.name, shelling.fatalities) == ("Kherson", 3)
    # "The ceasefire collapsed on Wednesday. Three people were killed in Tripoli": the killing, no agreement
    assert [(e.sub_event_type, e.fatalities) for e in events_of("er2-tripoli.txt", settings)] == [("Attack", 3)]


# Batch es: the CASE 2021 and GLOCON train splits' typing errors, rewritten as reports


def test_villages_captured_by_government_forces_are_regained_without_a_word_of_control(settings):
    (taken,) = events_of("es1-idlib.txt", settings)  # "Syrian government forces captured two rebel-held villages"
    assert (taken.sub_event_type, taken.actor1, taken.place.admin1) == (
        "Government regains territory", "Military Forces of Syria (2000-)", "Idlib")


def test_suspects_jailed_by_the_police_are_arrests_and_convicts_jailed_by_a_court_no_event(settings):
    (held,) = events_of("es2-punjab.txt", settings)  # "Police in Punjab province have jailed 35 men suspected of ..."
    assert (held.sub_event_type, held.actor1, held.place.admin1) == (
        "Arrests", "Police Forces of Pakistan (2024-)", "Punjab")
    assert events_of("es3-court.txt", settings) == []  # "An anti-terrorism court jailed three men for 10 years"


def test_jets_scrambled_against_an_air_zone_incursion_are_no_air_strike(settings):
    # "entered South Korea's air defence identification zone ..., prompting the air force to scramble fighter jets"
    assert events_of("es4-kadiz.txt", settings) == []


def test_a_clash_at_a_city_gate_is_the_citys_not_a_namesake_countrys(settings):
    # "near the Damascus Gate" in a Jerusalem report: a gate of the city, not Syria's capital
    (riot,) = events_of("es5-damascus-gate.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor2) == (
        "Violent demonstration", "Jerusalem", "Police Forces of Israel (2009-)")


def test_an_ambassador_recalled_in_protest_is_no_protest_but_a_walkout_in_protest_is(settings):
    assert events_of("es6-kuwait.txt", settings) == []  # "recalled its ambassador ... in protest at the storming"
    # "Teachers ... walked out of their classes ... in protest over unpaid allowances, and two headmasters resigned"
    (walkout,) = events_of("es7-walkout.txt", settings)
    assert (walkout.sub_event_type, walkout.place.name, walkout.assoc_actor_1) == (
        "Peaceful protest", "Kisumu", "Teachers (Kenya)")


def test_funds_mobilised_and_a_mosques_reopening_ceremony_are_no_events(settings):
    assert events_of("es8-brussels-funds.txt", settings) == []  # "has mobilised more than 125 million euros"
    assert events_of("es9-ferhadija.txt", settings) == []  # "At the ceremony, Turkey's prime minister said ..."


# Batch et: reports written unseen (Pakistan, Mexico, Manipur, Colombia, Myanmar, Bangladesh, Somalia, Niger)


def test_a_killing_told_as_a_cartel_war_went_on_is_an_attack_not_the_war(settings):
    # "Gunmen killed five men ..., as fighting between rival factions of the Sinaloa Cartel entered its second week"
    (killing,) = events_of("et1-culiacan.txt", settings)
    assert (killing.sub_event_type, killing.actor2, killing.fatalities) == ("Attack", "Civilians (Mexico)", 5)


def test_regression_a_mob_storming_an_office_is_a_riot_whatever_suspension_set_it_off(settings):
    # "A mob of around 400 people stormed the office ... after a head constable was suspended" (right
    # with the shipped model; the model trained on the train splits alone took it for a strategic development)
    (riot,) = events_of("et2-churachandpur.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.size, riot.fatalities) == (
        "Violent demonstration", "Rioters (India)", 400, 2)


# Batch eu: reports written unseen (Georgia, Cameroon, Gaza, Sri Lanka, Ukraine, Haiti, Bangladesh, Nigeria)


def test_a_local_toll_after_strikes_placed_nowhere_is_theirs(settings):
    # "Russia struck ... power stations across the country overnight with more than 60 drones and 90 missiles
    # ... In Zaporizhzhia, at least one person was killed": the strikes' toll, by their attacker
    (strike,) = events_of("eu1-zaporizhzhia.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.place.name, strike.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)", "Zaporizhzhya", 1)
    assert strike.evidence_for("actor1").text == "Russia"


def test_a_gang_burning_down_a_police_station_is_property_destroyed_by_the_numbered_gang(settings):
    (burnt,) = events_of("eu2-mirebalais.txt", settings)  # "Members of the 5 Segond gang burned down a police station"
    assert (burnt.sub_event_type, burnt.actor1, burnt.place.name) == (
        "Looting/property destruction", "5 Segond Gang", "Mirebalais")


def test_a_weeks_toll_is_no_event_and_the_prison_fire_is(settings):
    # "At least 105 people have been killed this week ... On Friday, protesters set fire to a prison in Narsingdi"
    (riot,) = events_of("eu3-narsingdi.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.fatalities, riot.event_date) == (
        "Violent demonstration", "Narsingdi", 0, date(2024, 7, 19))


def test_a_namesake_district_in_another_state_yields_to_the_area_the_text_puts_it_in(settings):
    # "a military base in Sabon Gari, in Borno state's Damboa area": not the Sabon Gari district of Kaduna
    (clash,) = events_of("eu4-damboa.txt", settings)
    assert (clash.sub_event_type, clash.place.name, clash.place.admin1, clash.place.geo_precision, clash.fatalities) == (
        "Armed clash", "Damboa", "Borno", 2, 34)


# Batch ev: reports written unseen (Kurram, Darfur, Sinai, North Kivu, Iran, Minnesota)


def test_fighting_told_again_is_placed_and_dated_and_a_recalled_ambush_lends_no_toll(settings):
    # "Tribal clashes ... have killed at least 32 people since Friday, ..., two days after gunmen ambushed
    # a convoy ..., killing 42 people. The fighting between armed Sunni and Shiite tribes broke out on
    # Saturday in the Bagan and Alizai areas"
    (clash,) = events_of("ev1-kurram.txt", settings)
    assert (clash.place.name, clash.event_date, clash.fatalities) == ("Alizai", date(2024, 11, 23), 32)
    assert (clash.actor1, clash.actor2) == ("Unidentified Tribal Militia (Pakistan)", "Unidentified Tribal Militia (Pakistan)")


def test_the_paramilitary_group_named_again_is_the_looter(settings):
    # "The paramilitary group also attacked the village of Um Kadada ..., where residents said fighters looted livestock"
    shelling, looting = events_of("ev2-um-kadada.txt", settings)
    assert shelling.actor1 == looting.actor1 == "RSF: Rapid Support Forces"
    assert looting.evidence_for("actor1").text == "The paramilitary group"


def test_a_state_force_fighting_men_it_does_not_name_fights_an_unidentified_group(settings):
    (clash,) = events_of("ev3-rafah.txt", settings)  # "police shot dead a smuggler ... after an exchange of fire"
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Police Forces of Egypt (2014-)", "Unidentified Armed Group (Egypt)", 1)


def test_a_march_calling_for_a_ceasefire_in_gaza_is_no_protest_in_gaza(settings):
    (march,) = events_of("ev4-st-paul.txt", settings)  # "marched ... to call for a ceasefire in Gaza"
    assert (march.place.name, march.sub_event_type, march.size) == ("Saint Paul", "Peaceful protest", 200)


# Batch ew: reports written unseen (Zamfara, Samar, Arauca, Kunduz, Beni, Kenya, La Grande-Motte, Tigray)


def test_the_dead_in_one_of_two_cities_where_police_fired_on_protesters_are_that_citys_toll(settings):
    # "police fired tear gas and live rounds at thousands of protesters in Nairobi and Mombasa ... Two
    # people were shot dead in Nairobi": no separate attack by unknown men
    events = events_of("ew1-nairobi-mombasa.txt", settings)
    assert [(e.place.name, e.sub_event_type, e.fatalities) for e in events] == [
        ("Nairobi", "Excessive force against protesters", 2), ("Mombasa", "Excessive force against protesters", 0)]


# Batch ex: armed groups and their conventions, reports written unseen (Myanmar, Cauca, Jenin, Al-Qaim, Bamako, Amhara)


def test_a_camp_captured_after_days_of_fighting_is_territory_taken(settings):
    # "The Arakan Army said ... it had captured a military camp near Paletwa in Chin state after days of fighting"
    (taken,) = events_of("ex1-paletwa.txt", settings)
    assert (taken.sub_event_type, taken.actor1, taken.place.name) == (
        "Non-state actor overtakes territory", "AA: Arakan Army", "Chin")


def test_soldiers_who_later_killed_civilians_did_another_thing_than_the_battle(settings):
    # "Fano militiamen and federal troops fought for control of the town of Merawi ... Soldiers later killed
    # at least 45 civilians in house-to-house searches": the battle, then the killing of civilians
    clash, killing = events_of("ex2-merawi.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 0)
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities, killing.place.name) == (
        "Attack", "Military Forces of Ethiopia (2018-)", "Civilians (Ethiopia)", 45, clash.place.name)


# Batch ey: agreements, arrests, deployments and protests, reports written unseen


def test_the_parties_of_an_agreement_are_its_two_sides_and_fight_on_where_fighting_continues(settings):
    # "Representatives of the Sudanese army and the Rapid Support Forces signed an agreement in Jeddah ...
    # Fighting continued in Omdurman"
    deal, fighting = events_of("ey1-jeddah.txt", settings)
    assert (deal.sub_event_type, deal.actor1, deal.assoc_actor_1, deal.actor2) == (
        "Agreement", "Military Forces of Sudan (2019-)", "", "RSF: Rapid Support Forces")
    assert (fighting.sub_event_type, fighting.place.name, fighting.actor1, fighting.actor2) == (
        "Armed clash", "Omdurman", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")


def test_men_arrested_on_suspicion_of_starting_wildfires_are_no_political_arrests(settings):
    # "police arrested two men suspected of starting fires deliberately near Lindos": ordinary crime
    assert events_of("ey2-rhodes.txt", settings) == []


# Batch ez: bulletins and sentences that tell two things, reports written unseen


def test_regression_a_roundup_of_four_places_codes_each_paragraph(settings):
    events = events_of("ez1-somalia-roundup.txt", settings)
    assert [(e.place.name, e.sub_event_type, e.fatalities) for e in events] == [
        ("Ceelbuur", "Armed clash", 14), ("Afgooye", "Remote explosive/landmine/IED", 3),
        ("Mogadishu", "Arrests", 0), ("Baidoa", "Peaceful protest", 0)]


def test_a_toll_told_for_another_place_after_while_is_not_the_first_clauses(settings):
    # "Russian warplanes struck the outskirts of Jisr al-Shughur ..., while government forces shelled villages
    # ..., killing a woman and her son in Balyun"
    strike, rockets = events_of("ez2-jisr.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.fatalities) == (
        "Air/drone strike", "Military Forces of Russia (2000-)", 0)
    assert (rockets.place.name, rockets.actor1) == ("Saraqib", "Opposition Rebels (Syria)")


def test_fighting_that_erupted_on_monday_is_dated_monday_whatever_set_it_off(settings):
    # "... have killed 55 people, the emergency medicine centre said on Saturday ... The fighting erupted on
    # Monday night after the Special Deterrence Force detained a commander"
    (clash,) = events_of("ez3-tripoli.txt", settings)
    assert (clash.sub_event_type, clash.event_date, clash.fatalities) == ("Armed clash", date(2023, 8, 14), 55)


# Batch fa: datelines and dates in other shapes, reports written unseen


def test_the_mexican_city_of_celaya_is_celaya_not_a_town_called_mexicanos(settings):
    (attack,) = events_of("fa1-celaya.txt", settings)  # "at a bar in the Mexican city of Celaya late last Thursday"
    assert (attack.place.name, attack.place.admin1, attack.event_date, attack.fatalities) == (
        "Celaya", "Guanajuato", date(2024, 3, 7), 4)


def test_a_date_bar_place_dateline_dates_yesterday_and_a_kidnapping_gang_is_arrested_not_abducting(settings):
    # "2024-03-12 | LAGOS — Soldiers raided a house in Kano yesterday and arrested three suspected members
    # of a kidnapping gang"
    (arrests,) = events_of("fa2-kano.txt", settings)
    assert (arrests.sub_event_type, arrests.place.name, arrests.event_date, arrests.actor1) == (
        "Arrests", "Kano", date(2024, 3, 11), "Military Forces of Nigeria (2023-)")


# Batch fb: news that is no event in the words of events, reports written unseen


def test_shares_that_rallied_are_no_protest_but_traders_who_rallied_are(settings):
    assert events_of("fb1-shares.txt", settings) == []  # "Shares in defence firms rallied on Friday"
    (rally,) = events_of("fb2-traders.txt", settings)  # "Hundreds of traders rallied outside the Lagos state assembly"
    assert (rally.sub_event_type, rally.size) == ("Peaceful protest", 200)


def test_a_measure_that_attacked_free_speech_is_no_attack(settings):
    assert events_of("fb3-senate.txt", settings) == []  # "Critics said the measure attacked free speech"


def test_the_attackers_of_a_past_year_named_again_are_no_event(settings):
    # "A new film about the 2008 Mumbai attacks opened ... The attackers killed 166 people over four days"
    assert events_of("fb4-film.txt", settings) == []


def test_soldiers_deployed_to_help_evacuate_after_a_typhoon_are_no_development(settings):
    assert events_of("fb5-typhoon.txt", settings) == []  # "Soldiers were deployed to help evacuate residents"


# Batch fc: protests in several places, reports written unseen (Germany, France, Kenya, Bangladesh, Georgia)


def test_each_city_keeps_its_own_crowd_and_an_organisers_estimate_counts(settings):
    # "More than 100,000 people demonstrated in Munich ..., while organisers in Hamburg put their crowd at 180,000"
    events = events_of("fc1-munich-hamburg.txt", settings)
    assert [(e.place.name, e.size) for e in events] == [("Munich", 100000), ("Hamburg", 180000), ("Munich", 50)]


def test_a_strike_in_one_city_and_arson_at_another_citys_town_hall_are_two_events(settings):
    # "refuse collectors extended their strike ..., while protesters set fire to the entrance of Bordeaux
    # town hall. More than 450 people were arrested nationwide."
    strike, riot = events_of("fc2-paris-bordeaux.txt", settings)
    assert (strike.place.name, strike.sub_event_type, strike.actor2) == ("Paris", "Peaceful protest", "")
    assert (riot.place.name, riot.sub_event_type) == ("Bordeaux", "Violent demonstration")


# Batch fd: the Middle East in wire copy, reports written unseen (Iraq, Yemen, West Bank, Turkey, Lebanon)


def test_a_region_read_as_another_countrys_province_leaves_the_event_near_the_dateline_town(settings):
    # "ERBIL, Iraq - Turkish drones struck a vehicle near the town of Sidakan in the Kurdistan Region":
    # not Iran's Kurdistan province
    (strike,) = events_of("fd1-sidakan.txt", settings)
    assert (strike.place.name, strike.place.iso3, strike.place.geo_precision, strike.fatalities) == ("Erbil", "IRQ", 2, 2)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party")


def test_two_states_warplanes_are_a_force_and_its_ally_and_listed_provinces_are_provinces(settings):
    # "US and British warplanes carried out strikes on Houthi sites in Hodeidah and Saada provinces"
    events = events_of("fd2-hodeidah-saada.txt", settings)
    assert [(e.place.name, e.place.geo_precision) for e in events] == [("Al Hudaydah", 3), ("Saada", 3)]
    assert all((e.actor1, e.assoc_actor_1) == ("Military Forces of the United States (2021-)",
                                               "Military Forces of the United Kingdom (2022-)") for e in events)


def test_clashes_with_gunmen_are_a_battle_with_them_whoever_was_killed(settings):
    # "Israeli forces raided the Balata refugee camp near Nablus ..., sparking clashes with Palestinian
    # gunmen; a 17-year-old boy was killed"
    clash, arrests = events_of("fd3-balata.txt", settings)
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "Unidentified Armed Group (Palestine)", 1)
    assert arrests.sub_event_type == "Arrests"


# Batch fg: more regions in wire copy, reports written unseen (India, Ecuador, Mozambique, Thailand, Brazil)


def test_a_tv_studio_in_a_city_places_the_event_in_the_city(settings):
    # "Hooded gunmen stormed the studio of TC Television in Guayaquil": no unknown place inside the city
    (attack,) = events_of("fg1-guayaquil.txt", settings)
    assert (attack.place.name, attack.place.geo_precision, attack.event_date) == ("Guayaquil", 1, date(2024, 1, 9))


def test_a_favela_complex_is_no_actor(settings):
    # "Police killed eight suspected drug traffickers in a raid on the Complexo da Mare favelas": a fight
    # with the traffickers, whom the police say they killed (not the favelas)
    (raid,) = events_of("fg2-mare.txt", settings)
    assert (raid.actor1, raid.actor2, raid.fatalities) == ("Police Forces of Brazil (2023-)", "Unidentified Armed Group (Brazil)", 8)


# Batch fi: the rarer sub-types, reports written unseen (Goma, Middle Shabelle, Burundi, Azaz, Sennar, Omdurman)


def test_a_device_defused_near_a_market_has_no_civilian_target(settings):
    (defused,) = events_of("fi1-goma.txt", settings)  # "Police defused an explosive device found near a market"
    assert (defused.sub_event_type, defused.actor2) == ("Disrupted weapons use", "")


def test_who_moves_in_when_the_other_side_withdraws_takes_the_territory(settings):
    # "Al Shabaab militants withdrew from the town of Adan Yabaal ..., and government troops moved in hours later"
    (transfer,) = events_of("fi2-adan-yabaal.txt", settings)
    assert (transfer.sub_event_type, transfer.actor1, transfer.actor2) == (
        "Non-violent transfer of territory", "Military Forces of Somalia (2022-)", "Al Shabaab")


def test_activists_beaten_and_abducted_by_a_named_militia_are_an_abduction(settings):
    # "Members of the ruling party's youth wing, the Imbonerakure, beat and abducted two opposition activists"
    (abduction,) = events_of("fi3-gitega.txt", settings)
    assert (abduction.sub_event_type, abduction.actor1) == ("Abduction/forced disappearance", "Imbonerakure")


# Batch fj: protests told in passing, reports written unseen (Brussels, Muzaffarabad, Kenya, France)


def test_protest_leaders_who_will_march_are_no_protest_where_they_will(settings):
    # "A sit-in by traders in Muzaffarabad entered its fifth day ... The protest leaders said they would
    # march on Islamabad on Friday": one event, no march on Islamabad
    events = events_of("fj1-muzaffarabad.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in events] == [("Muzaffarabad", "Peaceful protest")]


def test_any_protest_declared_illegal_is_no_protest(settings):
    # "Police said on Monday that any protest in Nairobi's central business district would be illegal"
    assert events_of("fj2-nairobi-ban.txt", settings) == []


def test_a_mob_that_beat_a_man_to_death_set_on_a_civilian(settings):
    # "A suspected motorcycle thief was beaten to death by a mob in Namakwekwe, a suburb of Mbale city"
    (lynching,) = events_of("fk1-mbale.txt", settings)
    assert (lynching.sub_event_type, lynching.actor1, lynching.actor2) == (
        "Mob violence", "Rioters (Uganda)", "Civilians (Uganda)")


def test_a_name_the_text_puts_in_a_region_where_it_has_no_reading_stays_unread_when_named_again(settings):
    # "near Boni in central Mali's Mopti region", then "on the road between Boni and Hombori": not Bonn
    doc = dateline.extract((DATA / "fk3-boni.txt").read_text(encoding="utf-8"), settings=settings)
    assert [p.geonameid for p in doc.places if p.mention.text == "Boni"] == [None, None]
    (blast,) = doc.events
    assert (blast.sub_event_type, blast.place.name, blast.place.geo_precision) == (
        "Remote explosive/landmine/IED", "Mopti", 3)


def test_a_group_that_said_it_carried_out_the_attack_claimed_it(settings):
    # "Al Shabaab said in a statement on its Andalus radio that it carried out the attack."
    (bombing,) = events_of("fk6-mogadishu-claim.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1, bombing.fatalities) == ("Suicide bomb", "Al Shabaab", 13)


def test_protests_in_the_capital_are_in_the_capital_not_anywhere_in_the_country(settings):
    # "Security forces in Guinea shot dead ... during protests in the capital's Hamdallaye neighbourhood"
    (force,) = events_of("fk7-conakry.txt", settings)
    assert (force.place.name, force.place.geo_precision, force.sub_event_type) == (
        "Conakry", 1, "Excessive force against protesters")


def test_an_air_force_whose_jets_struck_bandits_in_a_forest(settings):
    # "The Nigerian Air Force said ... its jets had struck hideouts of bandits in the Kuduru forest"
    (strike,) = events_of("fk8-kuduru.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.actor2) == (
        "Air/drone strike", "Military Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)")


def test_rival_party_supporters_who_clashed_are_two_crowds(settings):
    # "supporters of the ruling ZANU-PF and the opposition Citizens Coalition for Change clashed"
    (clash,) = events_of("fk9-epworth.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2) == (
        "Mob violence", "Rioters (Zimbabwe)", "ZANU-PF", "Rioters (Zimbabwe)", "Citizens Coalition for Change")


def test_rockets_mostly_intercepted_still_struck_and_the_reply_hit_a_village_across_the_border(settings):
    # "Hezbollah fired about 30 rockets ... most were intercepted"; "Israeli artillery then shelled the
    # areas around the Lebanese village of Aitaroun" (Aitaroun unknown to the gazetteer)
    rockets, reply = events_of("fk10-aitaroun.txt", settings)
    assert (rockets.sub_event_type, rockets.actor1, rockets.place.name) == (
        "Shelling/artillery/missile attack", "Hezbollah", "Qiryat Shmona")
    assert (reply.sub_event_type, reply.actor1, reply.place.name, reply.place.geo_precision) == (
        "Shelling/artillery/missile attack", "Military Forces of Israel (2022-)", "Lebanon", 3)


def test_a_town_named_in_apposition_is_no_actor_and_the_spokesman_gives_the_day(settings):
    # "an attack on Madjoari, a town in eastern Burkina Faso" (tagged ORG); "Government spokesman Lionel
    # Bilgo said the assailants attacked residents fleeing the town on Wednesday"
    (attack,) = events_of("fk11-madjoari.txt", settings)
    assert (attack.actor2, attack.event_date) == ("Civilians (Burkina Faso)", date(2022, 5, 25))


def test_hostages_handed_over_are_no_territory_and_seized_at_a_roadblock_no_protest(settings):
    # "The soldiers were handed over to a humanitarian commission"; "ELN fighters had seized them at a
    # roadblock on June 12 near Saravena"
    (abduction,) = events_of("fk12-saravena.txt", settings)
    assert (abduction.sub_event_type, abduction.actor1, abduction.event_date, abduction.place.name) == (
        "Abduction/forced disappearance", "ELN: National Liberation Army", date(2024, 6, 12), "Saravena")


def test_a_lead_that_counts_two_attacks_in_a_state_yields_to_the_two_and_the_blame_goes_to_both(settings):
    # "killed at least nine farmers in two attacks in Borno State over the weekend"; Saturday near Mafa,
    # Sunday outside Dikwa "said Babakura Kolo, a leader of the anti-jihadist militia"; "The killings
    # are blamed on Islamic State West Africa Province (ISWAP)"
    events = events_of("fl1-borno.txt", settings)
    assert [(e.place.name, e.event_date, e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Mafa", date(2024, 4, 20), "Attack", "ISWAP: Islamic State West Africa Province", "Civilians (Nigeria)", 5),
        ("Dikwa", date(2024, 4, 21), "Attack", "ISWAP: Islamic State West Africa Province", "Civilians (Nigeria)", 4)]


def test_a_party_candidate_shot_dead_is_a_civilian_and_the_killing_named_again_gives_its_day(settings):
    # "A mayoral candidate of the Liberal Party was shot dead ..., police said on Tuesday. The killing of
    # Juan Carlos Mejia late on Monday is the third of a candidate this year."
    (killing,) = events_of("fl4-olanchito.txt", settings)
    assert (killing.actor2, killing.assoc_actor_2, killing.event_date) == (
        "Civilians (Honduras)", "Liberal Party", date(2024, 2, 26))


def test_the_detained_named_again_give_the_day_of_their_detention(settings):
    # "detained three journalists in ... Bahir Dar this week"; "The journalists ... were taken from their
    # homes on Monday night"
    (arrests,) = events_of("fl6-bahir-dar.txt", settings)
    assert (arrests.sub_event_type, arrests.event_date, arrests.time_precision) == ("Arrests", date(2024, 10, 7), 1)


def test_a_procession_that_came_under_attack_from_mobs_is_mob_violence(settings):
    # "Two home guards were killed ... when a religious procession came under attack in Haryana's Nuh
    # district"; "Mobs hurled stones at the procession and set fire to dozens of cars"
    (riot,) = events_of("fm1-nuh.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2, riot.fatalities) == (
        "Mob violence", "Rioters (India)", "Civilians (India)", 2)


def test_the_islamic_resistance_in_iraq_claimed_the_missile_attack(settings):
    # "Iran-backed militants fired several ballistic missiles ... The Islamic Resistance in Iraq ...
    # claimed the attack."
    (attack,) = events_of("fm4-ain-al-asad.txt", settings)
    assert (attack.sub_event_type, attack.actor1) == ("Shelling/artillery/missile attack", "Islamic Resistance in Iraq")


def test_the_bomb_named_again_places_it_at_the_district_seat(settings):
    # "A roadside bomb wounded four rangers ... in Thailand's southern province of Narathiwat"; "The bomb
    # was detonated as their pickup truck passed along a road in Rueso district"
    (bomb,) = events_of("fm5-rueso.txt", settings)
    assert (bomb.place.name, bomb.place.geo_precision, bomb.actor2) == ("Rueso", 2, "Military Forces of Thailand (2023-)")


def test_a_march_over_a_police_shooting_days_before_is_peaceful(settings):
    # "Several hundred protesters marched through downtown Minneapolis on Friday evening after a police
    # officer fatally shot a man during a traffic stop earlier in the week"
    (march,) = events_of("fm6-minneapolis.txt", settings)
    assert (march.sub_event_type, march.actor2) == ("Peaceful protest", "")


def test_the_national_resistance_front_is_no_yemeni_force(settings):
    # "Fighters of the National Resistance Front (NRF) attacked a Taliban checkpoint in ... Panjshir"
    (clash,) = events_of("fn1-panjshir.txt", settings)
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2) == (
        "NRF: National Resistance Front", "", "Military Forces of Afghanistan (2021-)")


def test_police_whose_vehicle_hit_an_improvised_explosive_device_and_the_group_blamed(settings):
    # "Four police officers were killed when their vehicle hit an improvised explosive device ..., police
    # said, blaming al Shabaab militants who cross from Somalia"
    (blast,) = events_of("fn2-mandera.txt", settings)
    assert (blast.sub_event_type, blast.actor1, blast.actor2, blast.fatalities) == (
        "Remote explosive/landmine/IED", "Al Shabaab", "Police Forces of Kenya (2022-)", 4)


def test_rebels_who_ambushed_a_patrol_are_the_first_side(settings):
    # "Two soldiers were killed and three wounded when New People's Army (NPA) rebels ambushed an army patrol"
    (ambush,) = events_of("fn7-mapanas.txt", settings)
    assert (ambush.sub_event_type, ambush.actor1, ambush.actor2) == (
        "Armed clash", "NPA: New People's Army", "Military Forces of the Philippines (2022-)")


def test_a_rights_group_that_said_on_monday_blaming_a_militia_names_the_doers(settings):
    # "Armed men raped at least 17 women ..., a local rights group said on Monday, blaming a Raia
    # Mutomboki militia faction"
    (rapes,) = events_of("fo2-kalonge.txt", settings)
    assert (rapes.sub_event_type, rapes.actor1, rapes.assoc_actor_2) == (
        "Sexual violence", "Raia Mutomboki Militia", "Women (Democratic Republic of Congo)")


def test_a_story_filed_from_a_regional_bureau_happens_where_it_tells(settings):
    # "DUBAI - A 22-year-old Kurdish woman died in hospital in Tehran ... Rights groups said she had been
    # beaten in custody": Tehran, not Dubai
    (beating,) = events_of("fo6-tehran-custody.txt", settings)
    assert (beating.place.name, beating.place.country, beating.actor2) == ("Tehran", "Iran", "Civilians (Iran)")


def test_a_ship_attacked_at_sea_is_placed_off_the_port_the_next_sentence_measures_from(settings):
    # "fired missiles at a British-owned cargo ship in the Gulf of Aden"; "abandoned the vessel about 35
    # nautical miles south of the port of Mokha"
    (attack,) = events_of("fp1-rubymar.txt", settings)
    assert (attack.sub_event_type, attack.place.name, attack.place.geo_precision, attack.actor1) == (
        "Shelling/artillery/missile attack", "Mocha", 2, "Military Forces of Yemen (2016-) Supreme Political Council")


def test_men_wanted_for_a_murder_killed_in_an_encounter_with_police(settings):
    # "Two men wanted for the murder of a lawyer were killed in an encounter with the Special Task Force";
    # "... were killed in the return fire"
    (encounter,) = events_of("fp2-jhansi.txt", settings)
    assert (encounter.sub_event_type, encounter.actor2, encounter.fatalities) == (
        "Armed clash", "Police Forces of India (2014-)", 2)


def test_a_town_where_no_protest_was_held_codes_none(settings):
    # "Hundreds of protesters marched in Nairobi and Kisumu ...; no protest was held in Mombasa"
    events = events_of("fq1-mombasa-calm.txt", settings)
    assert [e.place.name for e in events] == ["Nairobi", "Kisumu"]


def test_strikes_across_the_gaza_strip_are_the_strips_not_the_tellers_city(settings):
    # "Israeli air strikes across the Gaza Strip killed at least 50 people overnight, health officials in
    # Gaza said": the Strip, a first-level division of Palestine
    (strikes,) = events_of("fq2-gaza-strip.txt", settings)
    assert (strikes.place.name, strikes.place.feature, strikes.place.admin1, strikes.fatalities) == (
        "Gaza Strip", "admin1", "Gaza Strip", 50)


def test_a_strike_with_no_demonstration_codes_no_protest(settings):
    # "Truck drivers across France went on strike ... halting deliveries ... No demonstrations were reported."
    assert events_of("fr3-truckers.txt", settings) == []


def test_the_militants_police_killed_belonged_to_the_group_named_after(settings):
    # "Counter-terrorism police killed four militants in a raid ... The militants belonged to the banned
    # Tehreek-e-Taliban Pakistan (TTP)": the police fought the TTP
    (raid,) = events_of("fr5-manghopir.txt", settings)
    assert (raid.actor1, raid.actor2, raid.fatalities) == (
        "Police Forces of Pakistan (2024-)", "TTP: Tehreek-e-Taliban Pakistan", 4)


def test_a_raid_on_a_town_the_gazetteer_lacks_is_coded_in_the_storys_province(settings):
    # "RSF attacked army positions outside the town of Singa on Monday"; a resident's "We heard heavy
    # shelling" is that battle; "On Saturday, RSF fighters looted the market in Abu Hujar ... At least
    # seven civilians were killed" (Abu Hujar unknown): in Sennar state, not dropped
    events = events_of("fs1-sennar.txt", settings)
    assert [(e.place.name, e.place.geo_precision, e.event_date, e.sub_event_type, e.actor2, e.fatalities)
            for e in events] == [
        ("Singa", 2, date(2024, 9, 16), "Armed clash", "Military Forces of Sudan (2019-)", 0),
        ("Sennar", 3, date(2024, 9, 14), "Attack", "Civilians (Sudan)", 7),
        ("Port Sudan", 1, date(2024, 9, 16), "Peaceful protest", "", 0)]
    assert events[1].evidence_for("location").text == "Abu Hujar"


def test_the_doers_of_what_came_before_are_no_target(settings):
    # "Israeli air strikes across the Gaza Strip killed at least 232 people ..., after Hamas gunmen killed
    # hundreds of people in southern Israel on Saturday"
    (strikes,) = events_of("fs2-gaza-after.txt", settings)
    assert (strikes.place.name, strikes.actor2, strikes.fatalities) == ("Gaza Strip", "Civilians (Palestine)", 232)


def test_the_dead_since_the_protests_began_are_no_towns_toll(settings):
    # "Human Rights Watch said on Sunday that at least 11 people had been killed since the protests began
    # on Oct. 21": a tally, not the toll of the clashes in Nampula
    events = events_of("ft1-maputo.txt", settings)
    assert [(e.place.name, e.fatalities) for e in events] == [("Maputo", 2), ("Nampula", 0)]


def test_a_town_the_gazetteer_lacks_is_not_the_capital_the_wire_files_from(settings):
    # "PORT-AU-PRINCE - Gang members attacked the town of Petite-Riviere de l'Artibonite ..., killing at
    # least 10"; "The Gran Grif gang, which controls much of the Artibonite region, has carried out
    # repeated attacks on the town"
    attack = events_of("ft2-artibonite.txt", settings)[0]
    assert (attack.place.name, attack.place.geo_precision, attack.actor1, attack.fatalities) == (
        "Artibonite", 3, "Gran Grif Gang", 10)


def test_the_ensuing_exchange_of_fire_adds_the_attackers_dead(settings):
    # "Militants attacked a security post ..., killing seven soldiers"; a new paragraph: "In the ensuing
    # exchange of fire, six militants were killed"
    (battle,) = events_of("ft3-mir-ali.txt", settings)
    assert (battle.sub_event_type, battle.fatalities) == ("Armed clash", 13)


def test_party_activists_and_opposition_supporters_who_clashed_are_two_crowds(settings):
    # "Ruling party activists and opposition supporters clashed in Feni ... activists of the Awami League's
    # youth wing attacked a procession of the Bangladesh Nationalist Party (BNP)"
    (clash,) = events_of("ft4-feni.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2) == (
        "Mob violence", "Rioters (Bangladesh)", "AL: Bangladesh Awami League", "Rioters (Bangladesh)",
        "BNP: Bangladesh Nationalist Party")


def test_the_abducted_named_again_give_the_place_near_which_they_were_seized(settings):
    # "abducted three quarry workers in Mandera county"; "The workers were seized at a quarry near the
    # border town of El Wak"
    (abduction,) = events_of("fu3-el-wak.txt", settings)
    assert (abduction.place.name, abduction.place.geo_precision, abduction.assoc_actor_2) == (
        "El Wak", 2, "Labour Group (Kenya)")


def test_a_confession_obtained_under_torture_is_no_attack_of_the_day(settings):
    # "Iran hanged a man ... Rights groups said he was tortured into confessing."
    assert events_of("fu6-hanged.txt", settings) == []


def test_members_of_two_named_gangs_who_fought_are_the_two_sides(settings):
    # "At least 31 inmates were killed in clashes between rival gangs ... Members of Los Choneros and Los
    # Lobos fought with firearms and knives"
    (clash,) = events_of("fv2-litoral.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Los Choneros", "Los Lobos", 31)


def test_armed_miscreants_are_an_armed_group_and_the_dead_farmer_before_no_victim_of_the_arson(settings):
    # "Armed miscreants torched at least 15 houses ..., a day after a farmer was found dead there"
    (arson,) = events_of("fv4-jiribam.txt", settings)
    assert (arson.sub_event_type, arson.actor1, arson.actor2, arson.assoc_actor_2) == (
        "Looting/property destruction", "Unidentified Armed Group (India)", "Civilians (India)", "")


def test_a_one_word_spelling_of_a_two_word_district(settings):
    # "on a highway in Musakhel district": GeoNames' "Musa Khel District" of Pakistan, not the Afghan
    # district whose alternate name is "Musakhel"
    (massacre,) = events_of("fv5-musakhel.txt", settings)
    assert (massacre.place.country, massacre.place.admin1, massacre.fatalities) == ("Pakistan", "Balochistan", 23)


def test_a_riot_in_a_named_suburb_over_a_death_before_it(settings):
    # "Rioters torched cars and attacked a police station in the Paris suburb of Sevran ..., after a
    # teenager died in a police chase": Sevran, and the death is what they riot over, no toll of the riot
    (riot,) = events_of("fw1-sevran.txt", settings)
    assert (riot.place.name, riot.sub_event_type, riot.fatalities) == ("Sevran", "Violent demonstration", 0)


def test_a_strike_told_after_a_clash_in_an_unknown_village_is_typed_by_its_own_clause(settings):
    # "Israeli ground forces clashed with Hezbollah fighters in the southern Lebanese village of Maroun
    # al-Ras ..., and an Israeli strike on a building in central Beirut killed six people"
    beirut = [e for e in events_of("fx1-beirut.txt", settings) if e.place.name == "Beirut"]
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in beirut] == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Lebanon)", 6)]


def test_clashes_between_two_named_communities_are_their_militias(settings):
    # "Clashes between the Kusasi and Mamprusi communities in Bawku ... killed four people"
    (clash,) = events_of("fx5-bawku.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)", 4)


def test_armed_groups_that_clashed_after_a_dispute_between_two_named_groups_are_those_groups(settings):
    # "Armed groups clashed in Tripoli's Abu Salim district overnight ..., after a dispute between the
    # Stability Support Apparatus and the 444th Brigade"
    (clash,) = events_of("fy3-abu-salim.txt", settings)
    assert (clash.actor1, clash.actor2, clash.assoc_actor_2, clash.fatalities) == (
        "Stability Support Apparatus", "444th Brigade", "", 3)


def test_roads_blocked_with_no_reports_of_clashes_are_a_peaceful_protest(settings):
    # "Coca growers ... blocked at least a dozen roads in the Chapare region ... There were no reports of clashes."
    (blockade,) = events_of("fz3-chapare.txt", settings)
    assert (blockade.sub_event_type, blockade.actor1) == ("Peaceful protest", "Protesters (Bolivia)")


# Batch ga-gb: reports written unseen (16), 8 kept


def test_gunmen_of_rival_factions_of_one_cartel_are_that_cartel_on_both_sides(settings):
    # "Gunmen from rival factions of the Sinaloa Cartel fought a gun battle ..., leaving seven people dead"
    battle, arrests = events_of("ga2-culiacan.txt", settings)
    assert (battle.sub_event_type, battle.actor1, battle.actor2, battle.fatalities) == (
        "Armed clash", "Sinaloa Cartel", "Sinaloa Cartel", 7)
    assert (arrests.sub_event_type, arrests.place.name, arrests.event_date) == ("Arrests", "Navolato", date(2025, 5, 31))


def test_farmers_who_sat_on_the_road_and_a_march_dispersed_where_it_was_going(settings):
    # "In Bathinda, about 2,000 farmers sat on the road for four hours. Police used water cannon to
    # disperse farmers who tried to march towards the state assembly in Chandigarh, and detained 40"
    by_place = {e.place.name: e for e in events_of("ga3-punjab.txt", settings)}
    assert (by_place["Bathinda"].sub_event_type, by_place["Bathinda"].size) == ("Peaceful protest", 2000)
    assert (by_place["Chandigarh"].sub_event_type, by_place["Chandigarh"].actor2) == (
        "Protest with intervention", "Police Forces of India (2014-)")


def test_the_agency_that_tells_of_a_ship_attack_is_not_its_target(settings):
    # "A missile fired by Yemen's Houthi rebels struck a Liberian-flagged cargo ship ..., killing two crew
    # members, the British military's UKMTO agency said"
    (attack,) = events_of("ga5-red-sea.txt", settings)
    assert attack.sub_event_type == "Shelling/artillery/missile attack" and attack.fatalities == 2
    assert "United Kingdom" not in attack.actor2


def test_a_drone_used_to_drop_explosives_is_the_weapon_not_the_target(settings):
    # "A drone was also used to drop explosives on houses in the village, police said.": no one hurt, no
    # side named as its target (ACLED leaves actor2 blank for shells on houses that hurt no one)
    drone = [e for e in events_of("ga6-manipur.txt", settings) if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in drone] == [("Unidentified Armed Group (India)", "")]


def test_teargas_in_one_word_and_a_toll_of_last_years_protests(settings):
    # "Kenyan police fired teargas on Wednesday at hundreds of protesters ... Rights groups say police
    # killed more than 60 people during last year's protests."
    by_place = {e.place.name: e for e in events_of("ga7-nairobi.txt", settings)}
    assert by_place["Nairobi"].sub_event_type in ("Protest with intervention", "Excessive force against protesters")
    assert by_place["Nairobi"].actor2 == "Police Forces of Kenya (2022-)"
    assert [(by_place[p].sub_event_type, by_place[p].fatalities) for p in ("Mombasa", "Kisumu")] == [
        ("Peaceful protest", 0), ("Peaceful protest", 0)]


def test_a_paragraph_opening_with_another_day_tells_another_event(settings):
    # "... beheaded a village chief ... on Saturday ... On Sunday, Rwandan troops deployed in the area
    # pursued the insurgents and killed four of them near the village of Mbau"
    beheading, pursuit = events_of("gb1-cabo-delgado.txt", settings)
    assert (beheading.sub_event_type, beheading.fatalities, beheading.event_date) == ("Attack", 1, date(2025, 4, 5))
    assert (pursuit.sub_event_type, pursuit.actor1, pursuit.actor2, pursuit.fatalities, pursuit.event_date) == (
        "Armed clash", "Military Forces of Rwanda (2000-)", "Islamic State (Mozambique)", 4, date(2025, 4, 6))
    assert pursuit.place.name == "Mocimboa da Praia" and pursuit.place.geo_precision == 2


def test_a_second_act_in_a_while_clause_with_its_own_toll(settings):
    # "Israeli air strikes killed at least 11 Palestinians in Khan Younis ..., while Israeli troops shot
    # dead three people near an aid distribution site in Rafah"
    by_place = {e.place.name: e for e in events_of("gb2-khan-younis.txt", settings)}
    assert (by_place["Khan Yunis"].sub_event_type, by_place["Khan Yunis"].fatalities) == ("Air/drone strike", 11)
    assert (by_place["Rafah"].sub_event_type, by_place["Rafah"].fatalities) == ("Attack", 3)


def test_what_went_on_when_a_strike_came_is_no_second_strike(settings):
    # "The strike came as rescuers were still searching for survivors of Friday's earthquake in nearby Mandalay."
    (strike,) = events_of("gb5-sagaing.txt", settings)
    assert (strike.place.admin1, strike.fatalities, strike.event_date) == ("Sagaing", 23, date(2025, 3, 30))


# Batch gc: reports written unseen (8), 4 kept


def test_an_abduction_on_a_highway_in_a_state_is_near_the_roads_first_town(settings):
    # "abducted at least 20 passengers travelling on the Gusau-Funtua highway in Zamfara state"
    (abduction,) = events_of("gc2-zamfara.txt", settings)
    assert (abduction.sub_event_type, abduction.place.name, abduction.place.geo_precision) == (
        "Abduction/forced disappearance", "Gusau", 2)


def test_a_township_read_as_a_namesake_outside_the_state_named_after_it_is_set_aside(settings):
    # "outside Minbya township in Rakhine state", Minbya unknown and read as Mee Pya in Yangon
    (mine,) = events_of("gc5-minbya.txt", settings)
    assert (mine.sub_event_type, mine.place.name, mine.place.geo_precision, mine.fatalities) == (
        "Remote explosive/landmine/IED", "Rakhine", 3, 3)


def test_gangs_attacking_a_police_station_and_burning_it_fight_the_police(settings):
    # "Gang members attacked the police station ..., setting it ablaze ... Officers fought back"
    (attack,) = events_of("gc6-mirebalais.txt", settings)
    assert (attack.sub_event_type, attack.place.name, attack.actor1) == ("Armed clash", "Mirebalais", "Viv Ansanm")
    assert attack.actor2.startswith("Police Forces of Haiti")


def test_a_blockade_to_protest_deaths_last_month_is_dated_by_the_blockade(settings):
    # "blocked the Liberty Bridge in Novi Sad for three hours on Sunday to protest the deaths of 15 people
    # in the collapse of a railway station canopy last month. In Belgrade, students held a 15-minute silence"
    by_place = {e.place.name: e for e in events_of("gc7-novi-sad.txt", settings)}
    assert set(by_place) == {"Novi Sad", "Belgrade"}
    assert all(e.sub_event_type == "Peaceful protest" and e.event_date == date(2024, 12, 15) for e in by_place.values())


# Batch gd: reports written unseen (8), 2 kept


def test_a_ceasefire_signed_by_a_countrys_government_and_a_guerrilla_faction(settings):
    # "Colombia's government and the Comuneros del Sur faction of the ELN guerrilla signed a ceasefire
    # agreement in the southern city of Pasto"
    (deal,) = events_of("gd4-pasto.txt", settings)
    assert (deal.sub_event_type, deal.place.name, deal.actor1) == ("Agreement", "Pasto", "Government of Colombia (2022-)")
    assert deal.actor2 == "ELN: National Liberation Army"


def test_a_town_taken_hours_after_the_army_pulled_out_changed_hands_without_a_fight(settings):
    # "Al Shabaab fighters took control of the town of Moqokori ... hours after Somali troops and allied
    # clan militias pulled out"
    (taken,) = events_of("gd7-moqokori.txt", settings)
    assert (taken.sub_event_type, taken.actor1, taken.place.admin1) == (
        "Non-violent transfer of territory", "Al Shabaab", "Hiran")


# Batch ge: reports written unseen (8), 4 kept


def test_a_rally_to_condemn_a_war_elsewhere_is_held_where_the_crowd_is(settings):
    # "rallied outside the United States embassy in Jakarta on Monday to condemn US support for Israel's war in Gaza"
    assert [e.place.name for e in events_of("ge2-jakarta.txt", settings)] == ["Jakarta"]


def test_a_journalist_shot_dead_by_name_is_one_death(settings):
    # "Unidentified gunmen shot dead journalist Mauricio Cruz Solis in the city of Uruapan"
    (killing,) = events_of("ge3-uruapan.txt", settings)
    assert (killing.sub_event_type, killing.place.name, killing.fatalities) == ("Attack", "Uruapan", 1)
    assert killing.assoc_actor_2 == "Journalists (Mexico)"


def test_the_suburb_of_a_city_named_before_it_is_a_town_of_its_own(settings):
    # "in the Lyon suburb of Venissieux": Venissieux itself (precision 1), not near it
    (riot,) = events_of("ge5-venissieux.txt", settings)
    assert (riot.place.name, riot.place.geo_precision, riot.sub_event_type) == ("Venissieux", 1, "Violent demonstration")
    (sevran,) = events_of("fw1-sevran.txt", settings)  # "the Paris suburb of Sevran"
    assert sevran.place.geo_precision == 1


def test_the_side_an_area_was_taken_from_the_day_before_is_not_the_lootings_target(settings):
    # "Soldiers of the Sudanese army looted shops ... on Tuesday, a day after the army recaptured the area
    # from the Rapid Support Forces"
    (looting,) = events_of("ge7-omdurman.txt", settings)
    assert (looting.sub_event_type, looting.actor1, looting.actor2) == (
        "Looting/property destruction", "Military Forces of Sudan (2019-)", "Civilians (Sudan)")


# Batch gf: reports written unseen (8), 3 kept


def test_fire_exchanged_at_a_border_crossing_the_gazetteer_lacks_is_not_in_the_dateline_city(settings):
    # "PESHAWAR - Pakistani and Afghan border forces exchanged heavy fire at the Torkham border crossing
    # ... One Pakistani soldier and two Afghan guards were wounded.": Torkham unknown, the wounded are
    # that fight's, and neither is in Peshawar
    assert [e.place.name for e in events_of("gf1-torkham.txt", settings)] == []


def test_a_crowd_that_stormed_and_burned_parliament_is_a_riot_whatever_fire_met_it(settings):
    # "Protesters stormed Kenya's parliament building ... and set part of it on fire, while police opened
    # fire on the crowd outside, killing at least five people"
    by_place = {e.place.name: e for e in events_of("gf2-parliament.txt", settings)}
    assert (by_place["Nairobi"].sub_event_type, by_place["Nairobi"].actor1, by_place["Nairobi"].fatalities) == (
        "Violent demonstration", "Rioters (Kenya)", 5)
    assert by_place["Nairobi"].actor2 == "Police Forces of Kenya (2022-)"


def test_arrests_of_supporters_who_had_gathered_for_a_rally_are_the_rallys_intervention(settings):
    # "police on Thursday arrested four opposition members of parliament and dozens of their supporters
    # who had gathered for a rally in the Kawempe suburb of Kampala"
    (rally,) = events_of("gf5-kawempe.txt", settings)
    assert (rally.sub_event_type, rally.place.name, rally.actor1, rally.actor2) == (
        "Protest with intervention", "Kampala", "Protesters (Uganda)", "Police Forces of Uganda (1986-)")


def test_two_nations_border_forces_exchanging_fire_are_each_states_forces(settings):
    # "Indian and Pakistani border forces exchanged small-arms fire near the town of Poonch"
    (clash,) = events_of("gf9-poonch.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2) == (
        "Armed clash", "Military Forces of India (2014-)", "Military Forces of Pakistan (2024-)")


# Batch gh: reports written unseen (8), 2 kept


def test_a_family_of_five_killed_in_a_village_the_gazetteer_lacks_are_five_dead(settings):
    # "Separately, gunmen killed a family of five in their home in the village of Al-Mukhtariya"
    clash, killing = events_of("gh1-jableh.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 20)
    assert (killing.sub_event_type, killing.fatalities, killing.place.geo_precision) == ("Attack", 5, 2)


def test_a_drone_launched_from_another_country_is_not_the_targets_own_and_a_claim_names_it(settings):
    # "A drone launched from Yemen struck a hotel area in ... Eilat ... The Houthis said they had targeted
    # 'vital sites' in Eilat."
    (strike,) = events_of("gh6-eilat.txt", settings)
    assert (strike.sub_event_type, strike.place.name, strike.actor2) == ("Air/drone strike", "Eilat", "Civilians (Israel)")
    assert strike.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"


# Batch gi: reports written unseen (8), 2 kept


def test_police_who_clashed_with_rioters_are_the_force_they_met(settings):
    # "..., and police clashed with protesters who threw bottles and flares, arresting 79 people"
    (riot,) = events_of("gi4-belgrade.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Serbia)", "Police Forces of Serbia (2012-)")


def test_soldiers_and_a_militia_that_clashed_are_the_two_sides_state_first(settings):
    # "Congolese soldiers and allied Wazalendo militiamen clashed in the eastern town of Uvira ..., leaving
    # four people dead"
    (clash,) = events_of("gi5-uvira.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Military Forces of the Democratic Republic of Congo (2019-)", "Wazalendo Militia", 4)
    assert clash.evidence_for("actor1").text == "Congolese soldiers"


# Batch gj: reports written unseen (8), 2 kept


def test_roads_blocked_in_twelve_of_the_countrys_regions_are_not_in_the_dateline_city(settings):
    # "LIMA - Protesters blocked roads in at least 12 of Peru's 25 regions ... In the southern city of
    # Juliaca, about 3,000 people marched peacefully"
    assert [(e.place.name, e.size) for e in events_of("gj5-juliaca.txt", settings)] == [("Juliaca", 3000)]


def test_the_year_an_anniversary_recalls_does_not_make_the_days_killing_history(settings):
    # "Police shot dead two protesters in the town of Nakuru on Monday during demonstrations marking the
    # anniversary of the Saba Saba pro-democracy protests of 1990"
    by_place = {e.place.name: e for e in events_of("gj8-nakuru.txt", settings)}
    assert (by_place["Nakuru"].sub_event_type, by_place["Nakuru"].fatalities) == ("Excessive force against protesters", 2)
    assert by_place["Nairobi"].sub_event_type == "Protest with intervention"


# Batch gk: reports written unseen (8), 5 kept


def test_a_trend_since_an_offensive_months_ago_is_no_battle(settings):
    # "Fighting has intensified around Marib since the rebels launched an offensive on the oil-rich
    # province earlier this year."
    events = events_of("gk2-marib.txt", settings)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", 12), ("Armed clash", 8)]
    assert events[1].evidence_for("location").text == "Sirwah district"


def test_a_quarter_read_abroad_is_its_city_and_a_separate_sit_in_is_another_event(settings):
    # "stormed a branch ... in the Hamra district of Beirut" (Hamra read as a town in the Emirates);
    # "Separately, a smaller group of depositors held a sit-in outside the central bank"
    riot, sit_in = events_of("gk3-hamra.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.place.geo_precision) == ("Violent demonstration", "Beirut", 1)
    assert (sit_in.sub_event_type, sit_in.place.name, sit_in.actor1) == ("Peaceful protest", "Beirut", "Protesters (Lebanon)")


def test_an_unknown_village_named_as_one_is_near_the_storys_place(settings):
    # "Israeli settlers ... attacked shepherds grazing their sheep near the village of At-Tuwani", At-Tuwani
    # tagged nothing by the model and not in the gazetteer
    demolition, attack = events_of("gk4-tuwani.txt", settings)
    assert demolition.actor1 == "Military Forces of Israel (2009-)"
    assert (attack.place.name, attack.place.geo_precision, attack.actor2) == ("Hebron", 2, "Civilians (Palestine)")
    assert "Settlers (Israel)" in (attack.actor1, attack.assoc_actor_1)


def test_strikes_reported_in_a_list_of_cities_are_the_stoppage_in_each(settings):
    # "Strikes were reported in Tabriz, Isfahan, Bandar Abbas and Shiraz, among others."
    events = events_of("gk6-truckers.txt", settings)
    assert [e.place.name for e in events] == ["Tabriz", "Isfahan", "Bandar Abbas", "Shiraz", "Qazvin"]
    assert all(e.sub_event_type == "Peaceful protest" and e.event_date == date(2020, 5, 2) for e in events)


def test_no_group_having_claimed_the_attack_is_no_attack_of_its_own(settings):
    # "No group has claimed the attack, but the Al-Qaeda-linked Group to Support Islam and Muslims
    # (JNIM) is active in the area." (after the army's quote, whose "20 assailants" were also killed)
    (attack,) = events_of("gk7-boni.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Mali)", 29)


# Batch gl: reports written unseen (8), 2 kept


def test_an_adjective_the_model_tags_as_an_organisation_is_no_target(settings):
    # "Armed men shot dead an Indigenous community leader ..." with "Indigenous" tagged ORG
    (killing,) = events_of("gl4-toribio.txt", settings)
    assert (killing.sub_event_type, killing.actor2, killing.fatalities) == ("Attack", "Civilians (Colombia)", 1)


def test_a_fight_in_the_evening_after_the_days_shelling_is_another_event(settings):
    # "In the evening, army units deployed on the camp's northern edge exchanged fire with RSF fighters."
    shelling, clash = events_of("gl5-abushouk.txt", settings)
    assert (shelling.sub_event_type, shelling.fatalities) == ("Shelling/artillery/missile attack", 5)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.place.name) == (
        "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", "El Fasher")


# Batch gm: reports written unseen (8), 3 kept


def test_a_bombing_named_with_its_past_year_is_no_event_of_the_day(settings):
    # "A court in Kabul on Wednesday sentenced five men ... for their role in the November 2018 suicide
    # bombing of a wedding hall": no bombing; "Relatives of the victims gathered outside the court, some
    # holding photographs of the dead": their gathering, at the court of the story (changed in batch mv,
    # which places a crowd outside the story's court in the dateline town)
    (gathering,) = events_of("gm1-verdict.txt", settings)
    assert (gathering.sub_event_type, gathering.place.name) == ("Peaceful protest", "Kabul")


def test_promised_reinforcements_are_no_deployment(settings):
    # "General Salifou Mody met commanders in the town of Ouallam and promised reinforcements."
    assert events_of("gm3-visit.txt", settings) == []


def test_explosive_devices_recovered_in_an_arrest_raid_are_no_explosion(settings):
    # "Anti-terror police ... arrested three suspected al-Shabaab sympathisers and recovered improvised
    # explosive devices from a house in the Likoni area of Mombasa"
    (raid,) = events_of("gm6-likoni.txt", settings)
    assert (raid.event_type, raid.place.name) == ("Strategic developments", "Mombasa")
    assert raid.sub_event_type in ("Arrests", "Disrupted weapons use")


# Batch gn: reports written unseen (8), 4 kept


def test_killings_of_recent_months_are_a_tally_and_a_prominent_activist_a_civilian(settings):
    # "A prominent civil society activist was wounded on Monday when a magnetic bomb attached to his car
    # exploded ... Several activists have been killed or abducted in the capital in recent months."
    (bomb,) = events_of("gn3-zayouna.txt", settings)
    assert (bomb.sub_event_type, bomb.place.name, bomb.actor2, bomb.fatalities) == (
        "Remote explosive/landmine/IED", "Baghdad", "Civilians (Iraq)", 0)


def test_a_village_spelt_near_a_town_of_a_far_province_is_no_second_place(settings):
    # "... on the outskirts of Ain Issa in northern Raqqa countryside, after the factions tried to advance
    # on the village of Mushayrifa" (a fuzzy reading: Al Musayfirah, Daraa, 400 km south)
    (clash,) = events_of("gn5-ainissa.txt", settings)
    assert (clash.sub_event_type, clash.place.admin1, clash.fatalities) == ("Armed clash", "Al-Raqqah", 7)


def test_a_toll_told_after_where_is_that_places_own(settings):
    # "... set fire to the offices of several political parties in the towns of Ranya and Chamchamal on
    # Sunday, and clashed with security forces in Said Sadiq, where two protesters were shot dead."
    tolls = {e.evidence_for("location").text: e.fatalities for e in events_of("gn7-saidsadiq.txt", settings)
             if e.event_date == date(2020, 12, 20) and e.event_type == "Riots"}
    assert tolls == {"Ranya": 0, "Chamchamal": 0, "Said Sadiq": 2}


def test_a_death_from_an_earlier_nights_clashes_is_not_tonights_toll(settings):
    # "A 30-year-old man died on Thursday of wounds sustained during Wednesday's clashes", after the
    # riot the army told of on Sunday
    riot = next(e for e in events_of("gn8-tripoli.txt", settings) if e.event_date == date(2021, 1, 31))
    assert (riot.sub_event_type, riot.fatalities) == ("Violent demonstration", 0)


# Batch go: reports written unseen (8), 5 kept


def test_soldiers_who_paid_the_supreme_price_are_the_battles_dead_too(settings):
    # "... neutralising 11 of the insurgents ... Regrettably, two gallant soldiers paid the supreme price"
    (clash,) = events_of("go1-damboa.txt", settings)
    assert (clash.place.name, clash.actor2, clash.fatalities) == ("Damboa", "Boko Haram", 13)


def test_streets_blocked_in_six_states_are_not_in_the_dateline_city(settings):
    # "CARACAS - Residents blocked streets and burned rubbish in at least six states on Thursday ..."
    events = events_of("go2-fuel.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in events] == [
        ("Cumana", "Excessive force against protesters"), ("Barquisimeto", "Protest with intervention"),
        ("Maturin", "Protest with intervention")]


def test_a_highway_blocked_at_an_unknown_place_is_near_its_first_town_not_anywhere_in_the_country(settings):
    # "DHAKA - Police baton-charged ... garment workers who blocked the Dhaka-Tangail highway at Ashulia"
    (protest,) = events_of("go4-ashulia.txt", settings)
    assert (protest.sub_event_type, protest.place.name, protest.place.geo_precision) == (
        "Protest with intervention", "Dhaka", 2)


def test_a_countrys_possessive_tagged_as_an_organisation_is_no_target(settings):
    # "... killed 15 civilians in an attack on the village of Namsiguia in northern Burkina Faso's Bam
    # province" with "Burkina Faso's" tagged ORG
    (attack,) = events_of("go5-namsiguia.txt", settings)
    assert (attack.actor2, attack.fatalities) == ("Civilians (Burkina Faso)", 15)


def test_a_protest_against_a_police_killing_is_not_the_killings_crowd(settings):
    # "Police officers ... shot dead two young men on Saturday night ... Residents later gathered on the
    # main road to protest the killings, lighting bonfires before police dispersed them with tear gas."
    killing, protest = events_of("go6-mathare.txt", settings)
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities) == (
        "Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)", 2)
    assert (protest.event_type, protest.actor2, protest.fatalities) == ("Protests", "Police Forces of Kenya (2013-)", 0)


# Batch gp: reports written unseen (8), 2 kept


def test_the_attacking_groups_dead_told_by_a_ministry_add_to_the_battles_toll(settings):
    # "Taliban fighters attacked three police checkpoints ..., killing eight policemen ... The Interior
    # Ministry said 17 Taliban were killed when Afghan forces counter-attacked with air support."
    (clash,) = events_of("gp1-kunduz.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.fatalities) == ("Armed clash", "Taliban", 25)


def test_fighting_that_began_years_ago_is_no_battle_of_the_day(settings):
    # "The area has been contaminated by mines since fighting began there in 2015."
    (mine,) = events_of("gp8-maqbana.txt", settings)
    assert (mine.sub_event_type, mine.actor2, mine.fatalities) == ("Remote explosive/landmine/IED", "Civilians (Yemen)", 3)


# Batch gq: reports written unseen (8), 4 kept


def test_rebels_killed_in_a_clash_with_troops_fought_the_troops(settings):
    # "Two communist rebels were killed in a clash with government troops in a remote village in Las Navas"
    (clash,) = events_of("gq2-lasnavas.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.fatalities) == (
        "Armed clash", "Military Forces of the Philippines (2016-)", 2)
    assert clash.actor2 != clash.actor1 and not clash.actor2.startswith("Unidentified")


def test_a_rebel_group_that_burns_vehicles_by_its_own_name_is_no_riot(settings):
    # "Maoists set fire to seven vehicles and machinery engaged in road construction work in Dantewada"
    (burning,) = events_of("gq6-dantewada.txt", settings)
    assert (burning.sub_event_type, burning.actor1) == (
        "Looting/property destruction", "CPI (Maoist): Communist Party of India (Maoist)")


def test_the_toll_of_a_crackdown_named_with_its_year_is_not_the_marchs(settings):
    # "Thousands of people marched in Khartoum and Omdurman on Tuesday to demand justice for the victims of
    # the June 2019 crackdown on the sit-in outside army headquarters, in which more than 100 protesters
    # were killed."
    events = events_of("gq7-khartoum.txt", settings)
    assert [e.place.name for e in events] == ["Khartoum", "Omdurman"]
    assert all(e.fatalities == 0 and e.event_type == "Protests" for e in events)


def test_a_city_in_a_meanwhile_clause_and_a_day_in_a_where_clause_stay_there(settings):
    # "... opened fire on anti-coup protesters in Mandalay on Monday, killing two people, ..., as the military
    # declared martial law in more districts of Yangon. In Yangon's Hlaing Tharyar township, where dozens
    # were killed on Sunday, ... Protests were also held in Monywa, Myingyan and Bago."
    events = events_of("gq8-mandalay.txt", settings)
    mandalay = events[0]
    assert (mandalay.place.name, mandalay.fatalities, mandalay.sub_event_type) == (
        "Mandalay", 2, "Excessive force against protesters")
    assert not any(e.event_type == "Protests" and e.place.name == "Yangon" for e in events)
    later = {e.place.name: e.event_date for e in events if e.place.name in ("Monywa", "Myingyan", "Bago")}
    assert later == {"Monywa": date(2021, 3, 15), "Myingyan": date(2021, 3, 15), "Bago": date(2021, 3, 15)}


# Batch gr: reports written unseen (8), 4 kept


def test_the_force_that_tells_of_rockets_did_not_fire_them(settings):
    # "At least eight rockets were fired at the U.S. Embassy in Baghdad's heavily fortified Green Zone on
    # Sunday night ..., the Iraqi military said."
    (rockets,) = events_of("gr1-greenzone.txt", settings)
    assert (rockets.sub_event_type, rockets.actor1) == ("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)")


def test_protesters_named_again_with_their_night_date_the_clashes(settings):
    # "... deployed reinforcements ... on Thursday after a night of clashes between protesters and soldiers
    # ... Protesters angered by the collapse of the Lebanese pound hurled stones ... on Wednesday night."
    (riot,) = events_of("gr3-tripoli.txt", settings)
    assert (riot.sub_event_type, riot.event_date) == ("Violent demonstration", date(2020, 4, 15))


def test_the_prisoner_whose_funeral_set_off_the_clashes_is_not_their_dead(settings):
    # "Protesters clashed with riot police ... after a funeral for a political prisoner who died in custody"
    (riot,) = events_of("gr6-sitra.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.fatalities) == ("Violent demonstration", "Sitrah", 0)


def test_farmers_who_damaged_a_pipeline_rioted(settings):
    # "A day earlier, farmers in the eastern town of Varzaneh had damaged a pipeline carrying water to Yazd"
    rally, damage = events_of("gr7-varzaneh.txt", settings)
    assert (rally.sub_event_type, rally.place.name) == ("Peaceful protest", "Isfahan")
    assert (damage.sub_event_type, damage.place.name, damage.event_date) == (
        "Violent demonstration", "Varzaneh", date(2021, 3, 19))


# Batch gs: reports written unseen (8), 4 kept


def test_troops_loyal_to_the_president_named_second_are_the_other_side(settings):
    # "Forces of the Southern Transitional Council (STC) and troops loyal to President Abd-Rabbu Mansour
    # Hadi clashed on Saturday near the town of Shaqra", the parse ending the subject at "and"
    (clash,) = events_of("gs2-shaqra.txt", settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "STC: Southern Transitional Council", "Military Forces of Yemen (2012-)", 6)


def test_party_supporters_who_attack_protesters_are_a_mob_against_protesters(settings):
    # "Dozens of supporters of Hezbollah and Amal on motorbikes attacked anti-government protesters at the
    # Ring bridge ..., beating several of them and setting tents on fire"
    (mob,) = events_of("gs3-ringbridge.txt", settings)
    assert (mob.sub_event_type, mob.actor1, mob.assoc_actor_1, mob.actor2) == (
        "Mob violence", "Rioters (Lebanon)", "Hezbollah; Amal Movement", "Protesters (Lebanon)")


def test_a_settlements_whole_name_is_read_not_its_first_word(settings):
    # "at a checkpoint near the settlement of Ma'ale Adumim" ("Ma'ale" alone names a kibbutz near Jerusalem)
    (event,) = events_of("gs4-maaleadumim.txt", settings)
    assert (event.place.name, event.place.country_code) == ("Maale Adummim", "PS")


def test_a_gathering_that_dispersed_without_incident_met_no_force(settings):
    # "Police monitored the gathering, which dispersed after two hours without incident."
    (sit_in,) = events_of("gs8-bidoon.txt", settings)
    assert (sit_in.sub_event_type, sit_in.actor2, sit_in.place.name) == ("Peaceful protest", "", "Kuwait City")


# Batch gt: reports written unseen (8), 3 kept


def test_missiles_intercepted_that_still_wounded_soldiers_are_a_strike_whose_dead_are_told_after(settings):
    # "Syrian air defences intercepted Israeli missiles fired at targets south of Damascus ..., adding that
    # seven soldiers were wounded ... five pro-Iranian fighters were killed in the strikes, which hit
    # positions in the Al-Kiswah area."
    (strike,) = events_of("gt1-kiswah.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.place.name, strike.place.geo_precision, strike.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Israel (2009-)", "Al Kiswah", 2, 5)


def test_the_last_word_of_an_airports_name_is_no_town(settings):
    # "Two Katyusha rockets landed near Baghdad International Airport" ("Airport" is a town in Hawaii)
    (rockets,) = events_of("gt2-airport.txt", settings)
    assert (rockets.place.name, rockets.fatalities, rockets.actor2) == ("Baghdad", 5, "Civilians (Iraq)")


def test_the_ends_of_a_road_between_two_towns_are_places_though_tagged_as_persons(settings):
    # "kidnapped two employees ... on the road between Tal Tamr and Hasakah", both tagged PERSON
    (abduction,) = events_of("gt7-taltamr.txt", settings)
    assert (abduction.sub_event_type, abduction.place.name, abduction.place.geo_precision) == (
        "Abduction/forced disappearance", "Tall Tamr", 2)


# Batch gu: reports written unseen (8), 3 kept


def test_a_named_analyst_shot_dead_is_one_dead(settings):
    # "Gunmen on motorcycles shot dead prominent Iraqi security analyst Hisham al-Hashimi"
    (killing,) = events_of("gu1-hashimi.txt", settings)
    assert (killing.sub_event_type, killing.fatalities, killing.event_date) == ("Attack", 1, date(2020, 7, 6))


def test_a_man_shot_dead_told_in_the_next_paragraph_is_the_raids_dead(settings):
    # "... abducted at least 30 people ... in an overnight raid on Kadisau village ... One man who tried to
    # resist was shot dead, a resident said."
    (raid,) = events_of("gu7-kadisau.txt", settings)
    assert (raid.place.name, raid.fatalities) == ("Faskari", 1)


def test_the_protest_reporters_were_covering_named_again_is_an_event_of_its_own(settings):
    # "... detained four journalists ... as they were covering a protest by public employees ... in the
    # town of Zakho ... The protest, attended by about 200 people, was dispersed by security forces."
    events = events_of("gu8-zakho.txt", settings)
    protest = next(e for e in events if e.event_type == "Protests")
    assert (protest.sub_event_type, protest.place.name, protest.size) == ("Protest with intervention", "Zaxo", 200)


# Batch gv: reports written unseen (3), 2 kept


def test_what_the_next_sentence_tells_in_the_capital_is_the_capitals_march_only(settings):
    # "Tens of thousands of women marched in Mexico City, Guadalajara, Monterrey, Puebla ... In the capital,
    # a group of hooded protesters tore down metal barriers ... and clashed with police"
    coded_here = coded(events_of("gv2-womensday.txt", settings))
    assert coded_here == {"Mexico City": "Violent demonstration", "Guadalajara": "Peaceful protest",
                          "Monterrey": "Peaceful protest", "Puebla": "Peaceful protest"}


def test_a_roundups_string_of_attacks_is_no_event_and_its_group_does_the_regions_attacks(settings):
    # "Al-Shabaab militants carried out a string of attacks in southern and central Somalia on Thursday.
    # In Lower Shabelle, the militants attacked an army base ... In Hiraan, a roadside bomb struck a convoy
    # of African Union troops near Beledweyne ... In Galgaduud, the group's fighters briefly took over ..."
    battle, bomb, takeover = events_of("gv3-somaliaroundup.txt", settings)
    assert (battle.place.name, battle.actor1, battle.fatalities) == ("Lower Shebelle", "Al Shabaab", 11)
    assert (bomb.place.name, bomb.sub_event_type, bomb.actor2, bomb.fatalities) == (
        "Beledweyne", "Remote explosive/landmine/IED", "AMISOM: African Union Mission in Somalia (2007-2022)", 0)
    assert (takeover.place.name, takeover.actor1) == ("Galguduud", "Al Shabaab")


# Batch gw: reports written unseen (5), 1 kept


def test_a_flags_place_is_no_event_place_an_ethnic_crowd_is_the_countrys_and_a_counter_rally_its_own(settings):
    # "Hundreds of Turkmen and Arab residents demonstrated in front of the Kirkuk provincial council ...
    # against a decision to allow the Kurdistan flag to be raised ... A smaller group of Kurds held a
    # counter-rally nearby."
    rally, counter = events_of("gw2-kirkuk.txt", settings)
    assert (rally.place.name, rally.actor1, rally.assoc_actor_1) == (
        "Kirkuk", "Protesters (Iraq)", "Arab Ethnic Group (Iraq); Turkmen Ethnic Group (Iraq)")
    assert (counter.place.name, counter.assoc_actor_1) == ("Kirkuk", "Kurdish Ethnic Group (Iraq)")


# Batch gx: reports written unseen (5), 2 kept


def test_a_coast_guard_that_seizes_weapons_is_the_states_force(settings):
    # "Yemen's coast guard seized a boat carrying weapons and ammunition off the coast of Mahra province"
    (seizure,) = events_of("gx2-mahra.txt", settings)
    assert (seizure.sub_event_type, seizure.actor1) == ("Disrupted weapons use", "Military Forces of Yemen (2012-)")


def test_one_more_killed_in_the_clash_named_again_adds_to_its_toll(settings):
    # "... killed three members of a 'terrorist team' in a clash near the town of Saravan ... One Guards
    # member was also killed in the clash, the statement said."
    (clash,) = events_of("gx4-saravan.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 4)


# Batches gy-hh: reports written unseen (72), 24 kept


def test_damage_the_raids_did_is_no_destruction_of_its_own(settings):
    # "... carried out 14 air raids on Sunday on the districts of Razih and Shada ... The raids destroyed
    # two houses and a water tank in Razih"
    events = events_of("gy1-saada.txt", settings)
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"]
    razih = events[0]
    # the district's seat, told as a district opening the list ("the districts of Razih and ..."): precision 2
    assert (razih.place.name, razih.place.geo_precision) == ("An Nazir", 2)


def test_stones_thrown_after_a_demolition_are_a_riot_there(settings):
    # "Israeli forces demolished a two-storey house in the village of Beit Ummar ... After the demolition,
    # young men gathered and threw stones at the soldiers ... four people were treated for tear gas inhalation."
    demolition, riot = events_of("gy3-beit-ummar.txt", settings)
    assert demolition.sub_event_type == "Looting/property destruction"
    assert (riot.sub_event_type, riot.place.name, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Bayt Ummar", "Rioters (Palestine)", "Military Forces of Israel (2009-)")
    assert riot.size is None  # the four treated are no crowd


def test_angry_depositors_who_storm_banks_riot(settings):
    # "Angry depositors stormed two bank branches in Beirut's Hamra district on Wednesday"
    (riot,) = events_of("gy5-hamra.txt", settings)
    assert (riot.sub_event_type, riot.place.name, riot.actor1) == ("Violent demonstration", "Beirut", "Rioters (Lebanon)")


def test_the_town_of_a_name_is_the_town_not_its_district(settings):
    # "Russian warplanes struck the outskirts of the town of Maarat al-Numan ... Regime forces meanwhile
    # advanced on the town from the east after heavy fighting with jihadist and rebel groups"
    strike, battle = events_of("gy7-maarat.txt", settings)
    assert strike.place.name == battle.place.name == "Maarrat an Numan"
    assert strike.place.feature_code == "PPL" and strike.place.geo_precision == 2  # "the outskirts of"
    # "advanced" tagged as an adjective still has its subject: the regime's forces fought
    assert (battle.actor1, battle.actor2) == ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")


def test_a_front_that_claims_the_attack_is_its_doer(settings):
    # "Unidentified gunmen ... opened fire on a police checkpoint on the outskirts of Turbat ... The banned
    # Balochistan Liberation Front later claimed responsibility"
    (attack,) = events_of("gz4-turbat.txt", settings)
    assert (attack.actor1, attack.actor2, attack.fatalities) == (
        "BLF: Balochistan Liberation Front", "Police Forces of Pakistan (2018-)", 2)


def test_an_area_of_a_city_lies_in_that_city(settings):
    # "rival armed groups exchanged fire ... in the Salah al-Din area of southern Tripoli": Libya's
    # capital, not Iraq's Saladin province; the groups on both sides, the dead no side
    (clash,) = events_of("gz7-salah-al-din.txt", settings)
    assert (clash.place.name, clash.place.country_code) == ("Tripoli", "LY")
    assert clash.actor1 == clash.actor2 == "Unidentified Armed Group (Libya)"


def test_a_group_unknown_to_the_dictionary_that_claims_the_attack_by_its_name(settings):
    # "A little-known group calling itself the Ashab al-Kahf Brigade claimed responsibility"
    (rockets,) = events_of("ha1-katyusha.txt", settings)
    assert (rockets.sub_event_type, rockets.actor1) == ("Shelling/artillery/missile attack", "Ashab al-Kahf Brigade")


def test_a_dateline_spelt_like_a_provinces_capital_is_the_city(settings):
    # "SULAIMANI, Iraq ... took to the streets of Sulaimani": GeoNames knows that spelling only for the
    # province; its capital As Sulaymaniyah is meant
    (protest,) = events_of("ha4-sulaimani.txt", settings)
    assert (protest.place.name, protest.place.feature_code, protest.place.geo_precision) == ("Sulaymaniyah", "PPLA", 1)


def test_a_killing_by_security_forces_as_protests_go_on_is_force_against_them(settings):
    # "A young man was shot dead by security forces in the town of Shadegan overnight, as protests over
    # water shortages in Iran's Khuzestan province entered a fourth day"
    shadegan = events_of("hb1-shadegan.txt", settings)[0]
    assert (shadegan.place.name, shadegan.sub_event_type, shadegan.actor1, shadegan.actor2, shadegan.fatalities) == (
        "Shadegan", "Excessive force against protesters", "Protesters (Iran)", "Police Forces of Iran (1989-)", 1)


def test_the_days_wounded_across_the_city_are_no_attack_of_their_own(settings):
    # "... as protesters hurled bricks and petrol bombs ... At least 60 people were injured across the
    # city, the Hospital Authority said."
    (riot,) = events_of("hb3-sha-tin.txt", settings)
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Sha Tin")


def test_a_checkpoint_north_of_a_city_is_placed_by_it_not_in_it(settings):
    # "shot and wounded a Palestinian man near the Qalandiya checkpoint north of Jerusalem"
    (shooting,) = events_of("hc3-qalandiya.txt", settings)
    assert (shooting.place.name, shooting.place.geo_precision) == ("Qalandiya", 2)


def test_a_drone_blamed_on_militias_backed_by_a_state_is_no_states_strike(settings):
    # "An explosive-laden drone struck near Erbil International Airport ..., blaming Iran-backed militias"
    (drone,) = events_of("hc6-erbil-drone.txt", settings)
    assert (drone.sub_event_type, drone.actor1) == ("Air/drone strike", "Unidentified Armed Group (Iraq)")


def test_teachers_detained_as_they_tried_to_hold_a_sit_in_are_a_protest_met(settings):
    # "police detained dozens of teachers who tried to hold a sit-in outside the prime minister's office in Amman"
    amman = events_of("hc7-amman-teachers.txt", settings)[0]
    assert (amman.place.name, amman.sub_event_type, amman.actor1, amman.assoc_actor_1, amman.actor2) == (
        "Amman", "Protest with intervention", "Protesters (Jordan)", "Teachers (Jordan)", "Police Forces of Jordan (1999-)")


def test_conscripts_are_the_states_soldiers(settings):
    # "Militants attacked a security checkpoint near the town of Bir al-Abd ..., killing three conscripts"
    (attack,) = events_of("hc8-bir-al-abd.txt", settings)
    assert (attack.sub_event_type, attack.actor2, attack.fatalities) == ("Armed clash", "Military Forces of Egypt (2014-)", 7)


def test_a_gathering_to_denounce_the_attack_is_a_protest_of_its_own(settings):
    # "Unknown men set fire overnight to tents of anti-government protesters ... Dozens of demonstrators
    # gathered in the square on Monday morning to denounce the attack"
    attack, protest = events_of("hd2-nasiriyah-tents.txt", settings)
    assert attack.actor2 == "Protesters (Iraq)"
    assert (protest.sub_event_type, protest.place.name, protest.actor1) == ("Peaceful protest", "Nasiriyah", "Protesters (Iraq)")


def test_fire_near_an_unknown_border_community_is_not_in_the_capital_filed_from(settings):
    # "BEIRUT - Hezbollah fighters fired an anti-tank missile at an Israeli army vehicle near the border
    # community of Avivim": a place the gazetteer lacks, far from Beirut
    doc = dateline.extract((DATA / "hd5-avivim.txt").read_text(encoding="utf-8"), settings=settings)
    assert all(e.place.name != "Beirut" for e in doc.events)
    assert "Avivim" in [p.mention.text for p in doc.places]  # named a community: a place mention


def test_a_smaller_protest_in_an_unknown_village_does_not_escalate_the_first(settings):
    # "Dozens of Bahrainis marched in the village of Sitra ... Riot police fired tear gas to disperse a
    # smaller protest in the village of Diraz" (Diraz unknown)
    (march,) = events_of("hd8-sitra.txt", settings)
    assert (march.place.name, march.sub_event_type) == ("Sitrah", "Peaceful protest")


def test_a_peace_deal_is_coded_where_it_was_signed_between_its_parties(settings):
    # "The Sudanese government and the SPLM-North faction ... signed a peace agreement in the South Sudanese
    # capital Juba on Wednesday, ending nine years of conflict in South Kordofan and Blue Nile states"
    # ("Juba" tagged PERSON: a known name the text calls a capital)
    (deal,) = events_of("hf5-juba-agreement.txt", settings)
    assert (deal.sub_event_type, deal.place.name, deal.place.country_code) == ("Agreement", "Juba", "SS")
    assert (deal.actor1, deal.actor2) == ("Government of Sudan (2019-)", "SPLM-N: Sudan People's Liberation Movement-North")


def test_separately_another_kind_of_violence_is_another_event_about_the_place(settings):
    # "Houthi forces shelled the Hays district centre (Hays, Al Hudaydah) ... Separately, Joint Forces and
    # Houthi forces exchanged fire south of the district."
    shelling, clash = events_of("hg1-hays-note.txt", settings)
    assert (shelling.sub_event_type, clash.sub_event_type) == ("Shelling/artillery/missile attack", "Armed clash")
    assert clash.place.name == shelling.place.name == "Hays" and clash.place.geo_precision == 2


def test_an_assassinated_commander_described_at_length_is_one_dead(settings):
    # "unidentified gunmen on a motorcycle assassinated a former Free Syrian Army commander who had joined ..."
    (killing,) = events_of("hg2-busra-note.txt", settings)
    assert (killing.fatalities, killing.actor1) == (1, "Unidentified Armed Group (Syria)")


def test_the_driver_killed_with_the_officers_adds_one(settings):
    # "Turkish Armed Forces drones struck a vehicle ..., killing two officers and the driver"
    (strike,) = events_of("hg3-sidakan-note.txt", settings)
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 3)


def test_a_notes_list_of_villages_and_its_bracketed_province(settings):
    # "arrested 7 Palestinians in overnight raids in Beit Fajjar, Tuqu' and Al Khader (Bethlehem)": "Al
    # Khader" tagged PERSON and "Bethlehem" ORG by the small model; the list's last name is a place, and
    # the bracket after it says where the villages lie: no one arrested anybody called Bethlehem
    doc = dateline.extract((DATA / "hg5-bethlehem-note.txt").read_text(encoding="utf-8"), settings=settings)
    assert "Al Khadir" in [p.name for p in doc.places]
    arrests = doc.events[0]
    assert (arrests.place.name, arrests.sub_event_type, arrests.actor2) == ("Bayt Fajjar", "Arrests", "Civilians (Palestine)")


def test_a_bomb_planted_by_unknown_perpetrators_against_an_army_convoy(settings):
    # "an IED planted by unknown perpetrators exploded as a convoy of the Iraqi army passed on the road
    # between Tuz Khurmatu and Kifri"
    (bomb,) = events_of("hg6-tuz-note.txt", settings)
    assert (bomb.actor1, bomb.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2020-)")


def test_villages_shelled_in_a_list_the_gazetteer_lacks_are_no_side(settings):
    # "regime forces shelled Kansafra, Fulayfil and Al Bara in Jabal al-Zawiya (Ariha, Idleb)", "Kansafra"
    # tagged ORG: the first village of the list, not whom the shells were fired at
    (shelling,) = events_of("hh1-kansafra-note.txt", settings)
    assert (shelling.actor1, shelling.actor2, shelling.place.name) == ("Military Forces of Syria (2000-)", "", "Ariha")



# Batches hi-hm: reports written unseen (32), 9 kept


def test_overnight_saturday_into_sunday_is_saturdays_night(settings):
    # "NIAMEY, Sept 20, 2021 - Gunmen on motorbikes killed 12 villagers overnight Saturday into Sunday"
    (attack,) = events_of("hi1-tillaberi.txt", settings)
    assert (attack.event_date, attack.time_precision, attack.fatalities) == (date(2021, 9, 18), 1, 12)


def test_an_attack_whose_soldiers_died_in_the_fighting_was_a_battle(settings):
    # "Islamist insurgents attacked the district headquarters of Macomia ..., burning government buildings
    # and looting shops ... At least eight soldiers were killed in the fighting"
    (battle,) = events_of("hi5-macomia.txt", settings)
    assert (battle.sub_event_type, battle.actor2, battle.fatalities) == (
        "Armed clash", "Military Forces of Mozambique (1975-)", 8)


def test_a_bomb_between_two_towns_is_one_event_near_the_first(settings):
    # "a vehicle in a convoy ... struck a roadside bomb between Djibo and Bourzanga"
    (bomb,) = events_of("hi6-djibo.txt", settings)
    assert (bomb.place.name, bomb.place.geo_precision, bomb.fatalities) == ("Djibo", 2, 35)


def test_cities_the_model_tags_as_persons_but_the_text_calls_cities(settings):
    # "shelled Stepanakert, the main city of Nagorno-Karabakh" and "its second city, Ganja": not Yerevan,
    # the bureau the wire filed from
    shelling, ganja = events_of("hj2-stepanakert.txt", settings)
    assert (shelling.place.name, shelling.actor1, shelling.fatalities) == ("Khankendi", "Military Forces of Azerbaijan (2003-)", 1)
    assert (ganja.place.name, ganja.fatalities) == ("Ganja", 9)


def test_a_countrys_toll_told_again_city_by_city_keeps_its_kind_and_sides(settings):
    # "Police opened fire on protesters in several parts of Myanmar on Sunday, killing at least 18 ...
    # Five were killed in Yangon, three in Dawei and the rest in Mandalay, Myingyan and Bago."
    events = events_of("hj4-myanmar-cities.txt", settings)
    assert [e.place.name for e in events] == ["Yangon", "Dawei", "Mandalay", "Myingyan", "Bago"]
    assert all(e.sub_event_type == "Excessive force against protesters" and e.actor2.startswith("Police Forces of Myanmar")
               for e in events)
    assert [e.fatalities for e in events[:2]] == [5, 3]


def test_looters_are_rioters(settings):
    # "Looters ransacked shops at malls in Pietermaritzburg and Durban on Sunday night"
    events = events_of("hj7-kwazulu-looting.txt", settings)
    assert {e.place.name: e.actor1 for e in events if e.place.name in ("Pietermaritzburg", "Durban")} == {
        "Pietermaritzburg": "Rioters (South Africa)", "Durban": "Rioters (South Africa)"}


def test_rockets_and_the_air_strikes_that_answered_them_are_two_acts(settings):
    # "militants in Gaza fired rockets towards Jerusalem ..., and Israel responded with air strikes on the
    # Gaza Strip that health officials said killed 20 people": each act at its own place, by its own side,
    # with its own toll; "in Gaza" is where the rockets came from
    events = events_of("hj1-aqsa-gaza.txt", settings)
    rockets = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    strikes = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert (rockets.place.name, rockets.actor1, rockets.fatalities) == ("Jerusalem", "Unidentified Armed Group (Palestine)", 0)
    assert (strikes.place.name, strikes.actor1, strikes.fatalities) == ("Gaza Strip", "Military Forces of Israel (2009-)", 20)
    assert "Gaza" not in [e.place.name for e in events]


def test_the_place_of_what_a_strike_came_after_is_not_the_strikes(settings):
    # "its aircraft struck a Hamas rocket-launching site in Khan Younis early Thursday, hours after a rocket
    # fired from the Gaza Strip was intercepted over the city of Sderot"
    (strike,) = events_of("gy8-khan-younis.txt", settings)
    assert (strike.place.name, strike.actor1) == ("Khan Yunis", "Military Forces of Israel (2021-)")


def test_a_refugee_camp_south_of_a_city_is_placed_by_it(settings):
    # "A Turkish drone struck a vehicle near the Makhmour refugee camp south of Erbil ..., killing two members
    # of the Kurdistan Workers' Party (PKK)": one strike near the camp's town, with both dead
    (strike,) = events_of("hm1-makhmour.txt", settings)
    assert (strike.place.name, strike.place.geo_precision, strike.fatalities) == ("Mexmur", 2, 2)



# Batch hn: reports written unseen (8), 3 kept


def test_the_bodies_of_the_ambushs_missing_found_later_are_no_killing(settings):
    # "Twenty-two security personnel were killed ... when Maoists ambushed a joint team ... The bodies of the
    # last missing personnel were recovered on Sunday."
    (ambush,) = events_of("hn4-bijapur.txt", settings)
    assert (ambush.sub_event_type, ambush.fatalities, ambush.event_date) == ("Armed clash", 22, date(2021, 4, 3))


def test_a_death_toll_that_rose_is_no_event_of_the_day(settings):
    # "The death toll from communal riots in northeast Delhi rose to 46 on Sunday ... Police said 254 cases
    # had been registered and more than 900 people arrested or detained."
    doc = dateline.extract((DATA / "hn8-delhi-toll.txt").read_text(encoding="utf-8"), settings=settings)
    assert "TOLL_UPDATE" in [r.code for r in doc.rejections]
    assert not [e for e in doc.events if e.fatalities]
    # "more than 900 people arrested", the auxiliary left out: the people were arrested, by the police
    assert all(e.actor1.startswith("Police Forces of India") for e in doc.events if e.sub_event_type == "Arrests")


def test_a_partys_workers_are_no_labour_group(settings):
    # "Workers of Pakistan Tehreek-e-Insaf clashed with police outside the party's office"
    (clash,) = events_of("hn6-lahore-pti.txt", settings)
    assert "Labour Group" not in clash.assoc_actor_1


# Batches ho-hr: reports written unseen (38), 8 kept


def test_a_toll_told_again_for_one_of_the_listed_cities_is_that_citys(settings):
    # "Thousands of people marched in Bogota, Medellin and Cali on Monday ..., and three people were killed in
    # Cali when protesters clashed with riot police": the marches elsewhere were peaceful; Cali's riot has the dead
    by_place = {e.place.name: e for e in events_of("ho6-colombia-cali.txt", settings)}
    assert {n: (e.sub_event_type, e.fatalities) for n, e in by_place.items()} == {
        "Bogota": ("Peaceful protest", 0), "Medellin": ("Peaceful protest", 0), "Cali": ("Violent demonstration", 3)}


def test_residents_who_beat_a_suspected_thief_to_death_are_a_mob(settings):
    # "Residents of Kyabagenzi village in Bushenyi District beat to death a man they accused of stealing a goat"
    (lynching,) = events_of("ho4-bushenyi-mob.txt", settings)
    assert (lynching.sub_event_type, lynching.actor1, lynching.fatalities) == ("Mob violence", "Rioters (Uganda)", 1)


def test_a_town_entered_after_a_long_named_group_withdrew(settings):
    # "Malian soldiers entered the town of Tessit on Tuesday after fighters of the Islamic State in the Sahel
    # withdrew overnight": a transfer of territory, and the group's name is no place
    (entry,) = events_of("ho2-tessit.txt", settings)
    assert (entry.sub_event_type, entry.place.name) == ("Non-violent transfer of territory", "Tessit")
    assert (entry.actor1, entry.actor2) == ("Military Forces of Mali (2021-)", "Islamic State Sahel Province")


def test_a_shepherd_killed_with_his_sheep_is_no_animal_story(settings):
    # "A landmine exploded under a shepherd ..., killing him and three of his sheep"
    (mine,) = events_of("hp2-maqbanah-landmine.txt", settings)
    assert (mine.sub_event_type, mine.fatalities, mine.actor2) == (
        "Remote explosive/landmine/IED", 1, "Civilians (Yemen)")


def test_the_forces_a_firefight_was_with_are_their_countrys(settings):
    # "Two Armenian soldiers were killed ... in a firefight with Azerbaijani forces near the village of Sotk"
    (clash,) = events_of("hp10-sotk.txt", settings)
    assert {clash.actor1, clash.actor2} == {"Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)"}


def test_separatists_in_cameroon_are_ambazonian_separatists(settings):
    # "Separatist fighters killed two gendarmes at a checkpoint in Bali"; "soldiers shot dead three suspected
    # separatists in the town of Muyuka"
    by_place = {e.place.name: e for e in events_of("hq1-cameroon-two.txt", settings)}
    assert by_place["Bali"].actor1 == "Ambazonian Separatists" and by_place["Muyuka"].actor2 == "Ambazonian Separatists"


def test_the_force_whose_fire_killed_people_is_the_doer(settings):
    # "Two Palestinians were killed and eight wounded by Israeli army fire on Monday during a raid on the
    # Jenin refugee camp"
    jenin = next(e for e in events_of("hr2-jenin-burin.txt", settings) if e.place.name == "Janin")
    assert jenin.actor1 == "Military Forces of Israel (2009-)" and jenin.fatalities == 2


def test_later_the_same_day_another_kind_of_attack_is_another_event(settings):
    # "Unknown gunmen shot dead a member of the Syrian Democratic Forces in the town of Al-Busayrah ...
    # Later the same day, an explosive device went off near a vehicle of the SDF on the road to Al-Suwar"
    events = events_of("hr1-deir-ez-zor.txt", settings)
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (bomb.place.name, bomb.place.geo_precision, bomb.event_date) == ("Al Busayrah", 2, date(2022, 8, 8))


# Batches hs-hu: reports written unseen (26), 12 kept


def test_protests_during_which_a_crime_was_committed_are_no_protest_of_the_day(settings):
    # "Iran on Monday hanged two men convicted of killing a member of the Basij militia during protests in Karaj"
    assert events_of("hs3-iran-hanged.txt", settings) == []


def test_graduates_who_stormed_a_council_demanding_jobs_rioted(settings):
    # "Dozens of unemployed graduates stormed the building of the Basra provincial council on Monday, demanding jobs"
    (riot,) = events_of("hs9-basra-council.txt", settings)
    assert (riot.sub_event_type, riot.place.name) == ("Violent demonstration", "Basrah")


def test_the_strikes_of_a_story_told_town_by_town_with_each_towns_dead(settings):
    # "Russian air strikes hit several towns in Syria's Idlib province ... In Maarat Misrin, five people died
    # when a strike flattened a house. A strike on a vegetable market in Saraqib killed four, and three more
    # were killed in Ariha.": three strikes, each with its dead, who were civilians
    events = events_of("ht1-idlib-strikes.txt", settings)
    assert {e.place.name: (e.sub_event_type, e.fatalities) for e in events} == {
        "Maarratmisrin": ("Air/drone strike", 5), "Saraqib": ("Air/drone strike", 4), "Ariha": ("Air/drone strike", 3)}
    assert all(e.actor1 == "Military Forces of Russia (2000-)" and e.actor2 == "Civilians (Syria)" for e in events)


def test_fighting_between_two_peoples_armed_groups(settings):
    # "fighting between Tebu and Tuareg armed groups in the southern Libyan town of Ubari"
    (clash,) = events_of("ht3-ubari.txt", settings)
    assert (clash.actor1, clash.actor2) == ("Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)")


def test_a_city_named_before_its_road_is_no_actor(settings):
    # "A bomb planted on a motorcycle exploded in a crowded market on Quetta's Jinnah Road", "Quetta" tagged ORG
    (blast,) = events_of("ht4-quetta.txt", settings)
    assert (blast.actor2, blast.fatalities) == ("Civilians (Pakistan)", 3)


def test_air_strikes_that_answered_shelling_are_the_other_sides_event(settings):
    # "The paramilitary Rapid Support Forces shelled residential areas of El Fasher ... The army responded with
    # air strikes on RSF positions east of the city"
    shelling, strikes = events_of("ht5-el-fasher.txt", settings)
    assert (shelling.actor1, shelling.fatalities) == ("RSF: Rapid Support Forces", 9)
    assert (strikes.sub_event_type, strikes.place.name, strikes.place.geo_precision) == ("Air/drone strike", "El Fasher", 2)
    assert (strikes.actor1, strikes.actor2) == ("Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")


def test_the_suburb_of_a_town_is_the_town(settings):
    # "Gunmen from the Viv Ansanm coalition attacked the suburb of Gressier"
    assert {e.place.geo_precision for e in events_of("ht7-gressier.txt", settings)} == {1}


def test_students_protesting_who_clashed_with_party_activists(settings):
    # "Hundreds of students protesting against job quotas clashed with activists of the ruling Awami League's
    # student wing at Dhaka University"
    (clash,) = events_of("hu2-dhaka-quota.txt", settings)
    assert (clash.sub_event_type, clash.actor1) == ("Violent demonstration", "Rioters (Bangladesh)")


def test_insurgents_who_beheaded_villagers_and_burned_homes_attacked_them(settings):
    # "Islamist insurgents beheaded three villagers in Nangade district on Sunday and set fire to several homes"
    (attack,) = events_of("hu3-nangade.txt", settings)
    assert (attack.sub_event_type, attack.fatalities) == ("Attack", 3)


def test_a_rebel_group_that_bombed_a_pipeline_used_explosives(settings):
    # "Fighters of the National Liberation Army (ELN) bombed the Cano Limon-Covenas oil pipeline near the town of Saravena"
    (bombing,) = events_of("hu5-saravena.txt", settings)
    assert (bombing.sub_event_type, bombing.actor1) == ("Remote explosive/landmine/IED", "ELN: National Liberation Army")


def test_young_men_demanding_jobs_who_closed_an_oil_field_protested(settings):
    # "Dozens of young men demanding jobs closed the entrance of the Gharraf oil field in Dhi Qar province"
    (protest,) = events_of("hu6-gharraf.txt", settings)
    assert (protest.sub_event_type, protest.actor1) == ("Peaceful protest", "Protesters (Iraq)")


def test_fighting_that_continued_after_an_attack_is_the_attack(settings):
    # "Jihadists attacked an army post in Djibo on Sunday and fighting continued into Monday": the attack's day and doers
    (attack,) = events_of("hu8-djibo.txt", settings)
    assert (attack.event_date, attack.actor1) == (date(2023, 2, 26), "Unidentified Armed Group (Burkina Faso)")


# Batch hv: reports written unseen (6), 3 kept


def test_a_states_own_area_named_by_its_town(settings):
    # "opened fire on traders at a market in Zamfara state's Maru area on Sunday" ("maru" also a word)
    (attack,) = events_of("hv1-zamfara-maru.txt", settings)
    assert (attack.place.name, attack.place.geo_precision, attack.fatalities) == ("Maru", 2, 12)


def test_a_crowd_counted_by_its_nationality(settings):
    # "Tens of thousands of Israelis rallied in Tel Aviv on Sunday night"
    by_place = {e.place.name: e for e in events_of("hv2-tel-aviv.txt", settings)}
    assert by_place["Tel Aviv"].size == 20000 and by_place["Haifa"].size is None


def test_an_island_the_gazetteer_lacks_is_no_side_and_not_the_capital(settings):
    # "N'DJAMENA - Boko Haram militants attacked a military post on the island of Kaiga-Kindjiria on Lake Chad
    # overnight into Sunday": somewhere in Chad, on Sunday, against its army
    (attack,) = events_of("hv6-kaiga.txt", settings)
    assert (attack.place.name, attack.place.geo_precision, attack.event_date) == ("Chad", 3, date(2023, 11, 5))
    assert attack.actor2 == "Military Forces of Chad (2021-)"


def test_listed_towns_named_again_each_with_its_dead(settings):
    # "opened fire on protesters in the Kurdish cities of Mahabad and Bukan ..., killing two people in Mahabad
    # and one in Bukan"
    by_place = {e.place.name: e.fatalities for e in events_of("hx1-mahabad-bukan.txt", settings)}
    assert by_place == {"Mahabad": 2, "Bukan": 1}


# Batch hz: reports written unseen (4), 3 kept


def test_strikes_that_also_hit_cities_are_an_event_in_each(settings):
    # "Strikes also hit energy facilities in Lviv, Ternopil and Zhytomyr, where no casualties were reported"
    by_place = {e.place.name: e for e in events_of("hz1-ukraine-strikes.txt", settings)}
    assert {n: by_place[n].fatalities for n in ("Kyiv", "Dnipro", "Lviv", "Ternopil", "Zhytomyr")} == {
        "Kyiv": 5, "Dnipro": 4, "Lviv": 0, "Ternopil": 0, "Zhytomyr": 0}
    assert {by_place[n].actor1 for n in ("Lviv", "Ternopil", "Zhytomyr")} == {"Military Forces of Russia (2000-)"}


def test_the_group_that_led_the_offensive_and_a_village_near_an_unknown_town(settings):
    # "An alliance of ethnic armed groups said ... it had captured the town of Kunlong in northern Shan state ...
    # The Myanmar National Democratic Alliance Army (MNDAA), which led the offensive, said ... Junta aircraft
    # bombed a village near Kunlong": the capture by the group that led it; the bombing about the same place
    capture, strike = events_of("hz3-kunlong.txt", settings)
    assert capture.actor1 == "MNDAA: Myanmar National Democratic Alliance Army"
    assert (strike.sub_event_type, strike.place.name, strike.fatalities) == ("Air/drone strike", "Shan", 7)


def test_the_base_attacked_with_car_bombs_is_the_target(settings):
    # "Al Shabaab fighters attacked an African Union base in Bulo Marer ... with car bombs and gunfire, killing
    # at least six soldiers": the African Union mission of the day
    (attack,) = events_of("hz4-bulo-marer.txt", settings)
    assert (attack.actor1, attack.actor2) == ("Al Shabaab", "AMISOM: African Union Mission in Somalia (2007-2022)")


# Batch ib: reports written unseen (8), 4 kept


def test_the_killing_the_unrest_is_counted_since_is_no_event_of_the_night(settings):
    # "Rioters torched cars and looted shops in Marseille and Lyon on Saturday night, the fifth night of unrest
    # since police shot dead a 17-year-old in the Paris suburb of Nanterre"
    assert [e.place.name for e in events_of("ib1-france-riots.txt", settings)] == ["Marseille", "Lyon"]


def test_a_police_raid_against_traffickers_that_left_people_dead_is_a_fight(settings):
    # "A police raid against drug traffickers in the Vila Cruzeiro favela ... left at least 22 people dead"
    (raid,) = events_of("ib2-vila-cruzeiro.txt", settings)
    assert (raid.sub_event_type, raid.actor1, raid.actor2, raid.fatalities) == (
        "Armed clash", "Police Forces of Brazil (2019-)", "Unidentified Armed Group (Brazil)", 22)


def test_a_cartel_the_authorities_blamed_by_its_name(settings):
    # "Authorities blamed the Santa Rosa de Lima cartel."
    (attack,) = events_of("ib6-apaseo.txt", settings)
    assert (attack.actor1, attack.fatalities) == ("Santa Rosa de Lima Cartel", 10)


def test_a_convoy_of_tractors_through_a_city_is_a_protest_there(settings):
    # "In Munich, a convoy of some 500 tractors drove through the city centre", after farmers' blockades
    munich = [e for e in events_of("ib7-tractors.txt", settings) if e.place.name == "Munich"]
    assert [(e.sub_event_type, e.actor1) for e in munich] == [("Peaceful protest", "Protesters (Germany)")]


# Batch ic: reports written unseen (8), 3 kept


def test_fans_of_clubs_named_like_towns_fought_in_the_datelines_city(settings):
    # "BELGRADE - Supporters of Red Star and Partizan fought each other with flares and stones outside the
    # stadium": the clubs are no places (Partizan is also a Russian village); the fight was in Belgrade
    (fight,) = events_of("ic1-belgrade-derby.txt", settings)
    assert (fight.sub_event_type, fight.place.name, fight.actor1) == ("Mob violence", "Belgrade", "Rioters (Serbia)")


def test_a_fire_blamed_on_members_of_an_armed_group(settings):
    # "A fire that officials blamed on members of an armed Rohingya group swept through a refugee camp"
    (arson,) = events_of("ic5-coxs-bazar.txt", settings)
    assert (arson.actor1, arson.actor2) == ("Unidentified Armed Group (Bangladesh)", "Civilians (Bangladesh)")


def test_a_protester_shot_dead_the_day_before_is_no_force_of_the_day(settings):
    # "Security forces fired tear gas at thousands of protesters who marched towards the presidential palace
    # in Khartoum on Sunday, a day after a protester was shot dead in Omdurman"
    (march,) = events_of("ic6-khartoum.txt", settings)
    assert (march.place.name, march.sub_event_type, march.fatalities) == ("Khartoum", "Protest with intervention", 0)


# Batches id-if: reports written unseen (17), 1 kept


def test_the_armys_own_division_is_the_army(settings):
    # "The Rapid Support Forces said on Thursday they had taken control of the army's 16th Infantry Division
    # headquarters in Nyala"
    (capture,) = events_of("id6-nyala.txt", settings)
    assert (capture.actor1, capture.actor2, capture.event_date) == (
        "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)", date(2023, 10, 26))


# Batch ig: reports written unseen (6), 1 kept


def test_a_base_hit_is_the_forces_it_hosts(settings):
    # "Two rockets struck the Ain al-Asad air base in western Iraq's Anbar province, which hosts U.S. troops"
    (rockets,) = events_of("ig6-ain-al-asad.txt", settings)
    assert (rockets.actor1, rockets.actor2) == ("Islamic Resistance in Iraq", "Military Forces of the United States (2021-)")


# Batches ij-im: reports written unseen (24), 12 kept


def test_a_vigil_armed_men_stormed_is_where_they_attacked(settings):
    # "Fighters from the Allied Democratic Forces stormed a Catholic church ... during an overnight prayer
    # vigil, killing at least 38 people"; "An army spokesman in Ituri ... confirmed the attack": the
    # teller's seat, and the attack told before (no battle of its own)
    (attack,) = events_of("ij1-komanda.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Attack", "ADF: Allied Democratic Forces", 38)


def test_a_claim_names_the_group_its_patron_stood_for(settings):
    # "Militants linked to al Qaeda killed at least 100 ... JNIM claimed responsibility for the attack"
    (attack,) = events_of("ij4-barsalogho.txt", settings)
    assert (attack.actor1, attack.fatalities) == ("JNIM: Group for Support of Islam and Muslims", 100)


def test_gangs_that_clashed_with_police_fought_a_battle(settings):
    # "gang members attacked the central Haitian town of Mirebalais ... The gangs, part of the Viv Ansanm
    # coalition, clashed with police officers for hours ... At least ten people were killed"
    (fight,) = events_of("ij5-mirebalais.txt", settings)
    assert (fight.sub_event_type, fight.actor2, fight.place.name, fight.fatalities) == (
        "Armed clash", "Police Forces of Haiti", "Mirebalais", 10)


def test_a_group_that_said_it_had_seized_a_train_claims_it(settings):
    # "Separatist militants ... opened fire on a passenger train ... The Baloch Liberation Army (BLA) said it
    # had seized the Jaffar Express ...; forces had surrounded the train ... near the town of Mach"
    (hijack,) = events_of("ik3-jaffar-express.txt", settings)
    assert (hijack.actor1, hijack.place.name, hijack.place.geo_precision) == ("BLA: Balochistan Liberation Army", "Mach", 2)


def test_the_disaster_protesters_demand_accountability_for_is_not_where_they_marched(settings):
    # "filled the streets of Belgrade ... demanding accountability for the collapse of a railway station
    # canopy in Novi Sad that killed 15 people in November"
    (rally,) = events_of("ik6-belgrade.txt", settings)
    assert rally.place.name == "Belgrade"
    # "Tens of thousands of people ... estimated the crowd at between 275,000 and 325,000": the figure, its lower end
    assert rally.size == 275000


def test_drones_blamed_on_a_group_are_its_strike(settings):
    # "Drones struck a fuel depot ... in Port Sudan ..., in attacks the army blamed on the paramilitary Rapid
    # Support Forces": the group blamed struck, the army that blames it is no side
    (strike,) = events_of("il1-port-sudan.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.actor2) == ("Air/drone strike", "RSF: Rapid Support Forces", "")


def test_crowds_that_attacked_lawmakers_homes_rioted(settings):
    # "after angry crowds attacked the homes of several lawmakers ... Police fired tear gas to disperse the mobs"
    (riot,) = events_of("il2-imphal.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.place.name) == ("Violent demonstration", "Rioters (India)", "Imphal")


def test_rival_gangs_fighting_in_a_prison_is_a_battle(settings):
    # "At least 15 inmates were killed ... in a riot at the Litoral Penitentiary ... Rival gangs fought with
    # guns and explosives inside one of the prison's cellblocks for several hours before soldiers and police
    # regained control": the gangs' battle (no territory taken back)
    (fight,) = events_of("il3-guayaquil-prison.txt", settings)
    assert (fight.sub_event_type, fight.actor2, fight.fatalities) == ("Armed clash", "Unidentified Armed Group (Ecuador)", 15)


def test_the_lower_of_the_figures_told_after_thousands_is_the_size(settings):
    # "Thousands of people protested ... Organisers ... said about 15,000 people had taken part; police put
    # the number at 12,000"
    (protest,) = events_of("im2-riesa.txt", settings)
    assert (protest.place.name, protest.size) == ("Riesa", 12000)


def test_rebels_who_said_they_had_taken_a_city_took_it_and_a_toll_since_last_week_is_no_event(settings):
    # "M23 rebels said on Monday they had taken control of Goma ... At least 17 people, including peacekeepers
    # from South Africa, Malawi and Uruguay, have been killed in fighting around the city since last week"
    (capture,) = events_of("im3-goma.txt", settings)
    assert (capture.sub_event_type, capture.actor1, capture.place.name, capture.event_date) == (
        "Non-state actor overtakes territory", "M23: March 23 Movement", "Goma", date(2025, 1, 27))


def test_homes_a_mob_burnt_are_mob_violence_against_civilians(settings):
    # "Mobs attacked Hindu homes ... In the northwestern district of Dinajpur, about 40 Hindu homes were set on fire"
    (mob,) = events_of("im4-dinajpur.txt", settings)
    assert (mob.sub_event_type, mob.actor1, mob.actor2, mob.place.name) == (
        "Mob violence", "Rioters (Bangladesh)", "Civilians (Bangladesh)", "Dinajpur")


def test_an_airports_name_is_no_side(settings):
    # "fired several mortar shells at Mogadishu's Aden Adde international airport"
    (shelling,) = events_of("im6-mogadishu-airport.txt", settings)
    assert (shelling.actor1, shelling.place.name) == ("Al Shabaab", "Mogadishu")
    assert "Aden Adde" not in (shelling.actor2, shelling.assoc_actor_2)


# Batches in-ip: reports written unseen (18), 7 kept


def test_a_two_capital_dateline_and_the_kashmir_a_state_administers(settings):
    # "ISLAMABAD/NEW DELHI, May 7, 2025 (Reuters) - India launched missile strikes on nine sites in Pakistan
    # and Pakistan-administered Kashmir ..."; "... killed at least 12 civilians in the town of Poonch in
    # Indian-administered Kashmir"
    events = events_of("in1-india-pakistan.txt", settings)
    assert all(e.event_date == date(2025, 5, 7) for e in events)
    places = {(e.place.name, e.place.country_code) for e in events}
    assert ("Azad Kashmir", "PK") in places and ("Jammu and Kashmir", "IN") not in places
    assert ("Punch", "IN") in places


def test_police_on_protesters_a_paragraph_on_and_a_period_begun_on_another_day(settings):
    # "Tens of thousands of people rallied outside Istanbul's city hall ... on Sunday ... Riot police fired
    # pepper spray and rubber bullets at protesters who threw stones and fireworks near the Sarachane district,
    # and the interior ministry said 1,133 people had been detained across the country since the protests
    # began on Wednesday. Students also marched in the capital Ankara and in the western city of Izmir."
    events = {e.place.name: e for e in events_of("in2-istanbul.txt", settings)}
    rally = events["Istanbul"]
    assert (rally.sub_event_type, rally.actor2, rally.place.geo_precision) == (
        "Violent demonstration", "Police Forces of Turkey (2016-)", 1)
    assert events["Ankara"].event_date == events["Izmir"].event_date == date(2025, 3, 23)


def test_the_other_sides_dead_in_the_exchange_of_fire_are_added(settings):
    # "Security forces repelled an attack on the presidential palace ..., killing 18 of the 24 assailants ...
    # One member of the presidential guard was killed and three were wounded in the exchange of fire"
    (fight,) = events_of("in3-ndjamena.txt", settings)
    assert (fight.sub_event_type, fight.fatalities) == ("Armed clash", 19)


def test_a_dateline_country_votes_and_a_town_read_only_abroad_is_near_the_dateline(settings):
    # "LA PAZ, Bolivia - Hundreds of residents of the city of El Alto stormed the municipal building ...
    # Truck drivers have blocked highways near Cochabamba and Santa Cruz": El Alto is missing from the
    # gazetteer (only a Peruvian village has the name), Cochabamba is Bolivia's
    events = events_of("in6-el-alto.txt", settings)
    assert [(e.place.name, e.place.country_code, e.place.geo_precision) for e in events] == [
        ("La Paz", "BO", 2), ("Cochabamba", "BO", 2), ("Santa Cruz de la Sierra", "BO", 2)]
    assert events[0].sub_event_type == "Violent demonstration"


def test_shelling_by_a_group_and_its_drone_strike_also_told(settings):
    # "Shelling by the paramilitary Rapid Support Forces on the Abu Shouk displacement camp on the outskirts of
    # El Fasher killed at least 24 ... the RSF also carried out a drone strike on a mosque ..., killing six"
    events = events_of("io3-abu-shouk.txt", settings)
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", 24),
        ("Air/drone strike", "RSF: Rapid Support Forces", "Civilians (Sudan)", 6)]


def test_the_force_of_the_day_before_is_no_side_and_crowds_attacking_offices_riot(settings):
    # "Protesters set fire to Nepal's parliament building ... in Kathmandu on Tuesday, a day after police shot
    # dead 19 people ... Demonstrators also attacked government offices in Pokhara and Butwal"
    events = {(e.place.name, e.event_type): e for e in events_of("io4-kathmandu.txt", settings)}
    riot = events[("Kathmandu", "Riots")]
    assert (riot.sub_event_type, riot.actor2) == ("Violent demonstration", "")
    assert events[("Pokhara", "Riots")].sub_event_type == events[("Butwal", "Riots")].sub_event_type == "Violent demonstration"


def test_rubber_bullets_with_no_one_hurt_are_an_intervention_and_a_period_start_dates_nothing_after(settings):
    # "Security forces fired tear gas and rubber bullets at thousands of young protesters ... on Friday ... at
    # least 22 people had been killed ... since Thursday. A night-time curfew imposed on Thursday remained in
    # force, and shops were looted in the northern town of Antsiranana."
    events = {e.place.name: e for e in events_of("ip2-antananarivo.txt", settings)}
    assert events["Antananarivo"].sub_event_type == "Protest with intervention"
    assert (events["Antsiranana"].sub_event_type, events["Antsiranana"].event_date) == ("Violent demonstration", date(2025, 9, 26))


# Batches iq-ir: reports written unseen (12), 5 kept


def test_a_curfew_that_remained_in_force_is_no_new_event(settings):
    # "In Dhaka alone, 209 people were arrested on Sunday and Monday ... A curfew remained in force across
    # the country, with soldiers patrolling the capital's streets."
    events = events_of("iq2-dhaka-arrests.txt", settings)
    assert [(e.sub_event_type, e.place.name) for e in events] == [("Arrests", "Dhaka")]


def test_a_un_mission_in_the_country_that_tells_is_no_target(settings):
    # "Government soldiers raped at least 20 women and girls ..., the United Nations mission in South Sudan said"
    (rape,) = events_of("iq5-kajo-keji.txt", settings)
    assert (rape.sub_event_type, rape.actor2, rape.assoc_actor_2) == (
        "Sexual violence", "Civilians (South Sudan)", "Women (South Sudan)")


def test_hostages_handed_over_are_no_abduction(settings):
    # "Hamas handed three Israeli hostages to the Red Cross in Khan Younis ... in the sixth exchange under a
    # ceasefire deal"
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in events_of("iq6-khan-younis.txt", settings))


def test_a_curfew_imposed_and_officers_deployed_have_their_state_actor(settings):
    # "A curfew was imposed in Dar es Salaam"; "police said 15,000 officers had been deployed"
    (curfew,) = [e for e in events_of("ii9-dar.txt", settings) if e.sub_event_type == "Change to group/activity"]
    assert curfew.actor1 == "Government of Tanzania (2021-)"
    (deployed,) = [e for e in events_of("d3-farmers.txt", settings) if e.sub_event_type == "Change to group/activity"]
    assert deployed.actor1 == "Police Forces of France (2017-)"


def test_the_toll_of_strikes_on_a_place_is_that_places(settings):
    # "Israel struck Iran's main uranium enrichment facility at Natanz and killed the commander of the
    # Revolutionary Guards, Hossein Salami, in air strikes on Tehran"
    events = {e.place.name: e for e in events_of("ir1-natanz-tehran.txt", settings)}
    assert (events["Natanz"].fatalities, events["Tehran"].fatalities) == (0, 1)


def test_villages_around_unknown_places_are_no_side(settings):
    # "killed more than 200 people ... in three days of attacks on villages around Al-Kadaris and Al-Khelwat"
    (attack,) = events_of("ir5-white-nile.txt", settings)
    assert (attack.actor1, attack.actor2) == ("RSF: Rapid Support Forces", "Civilians (Sudan)")


# Batch is: reports written unseen (6), 3 kept (and one of them reworded)


def test_where_the_attack_took_place_and_a_passenger_convoys_escort(settings):
    # "Gunmen opened fire on a convoy of passenger vehicles travelling under police escort in the Kurram
    # district ... The attack took place near the town of Parachinar, where sectarian clashes ... have killed
    # dozens this year"
    (attack,) = events_of("is2-kurram.txt", settings)
    assert (attack.sub_event_type, attack.actor2, attack.place.name, attack.place.geo_precision, attack.fatalities) == (
        "Attack", "Civilians (Pakistan)", "Parachinar", 2, 42)


def test_the_latest_in_a_series_is_no_event(settings):
    # "It was the latest in a series of drone attacks on security forces in Cauca this year."
    (strike,) = events_of("is3-balboa.txt", settings)
    assert (strike.place.name, strike.actor1, strike.fatalities) == ("Balboa", "FARC dissidents", 2)


def test_provinces_listed_after_their_word_and_the_datelines_name_again(settings):
    # "BUENOS AIRES - Farmers blocked roads with tractors in the provinces of Buenos Aires, Cordoba and Santa Fe";
    # without "the provinces of", Buenos Aires is the dateline's city and Cordoba not the Mexican one near a
    # Mexican village called Buenos Aires
    provinces = events_of("is4-argentina-farmers.txt", settings)
    assert [(e.place.name, e.place.country_code, e.place.geo_precision) for e in provinces] == [
        ("Buenos Aires", "AR", 3), ("Córdoba", "AR", 3), ("Santa Fe", "AR", 3)]
    towns = events_of("is7-argentina-farmers-bare.txt", settings)
    assert [(e.place.country_code, e.place.geo_precision) for e in towns] == [("AR", 1)] * 3


# Batch it: reports written unseen (6), 3 kept


def test_armed_men_firing_at_protesters_attack_them(settings):
    # "Armed pro-government groups on motorcycles fired at protesters in the Caracas neighbourhood of Catia"
    attack = events_of("it2-caracas.txt", settings)[0]
    assert (attack.sub_event_type, attack.actor1, attack.actor2) == (
        "Attack", "Unidentified Armed Group (Venezuela)", "Protesters (Venezuela)")


def test_the_armys_regional_command_is_the_army(settings):
    # "captured the Myanmar military's Western Regional Command headquarters in the town of Ann"
    (capture,) = events_of("it3-ann.txt", settings)
    assert (capture.actor1, capture.actor2, capture.place.name) == (
        "AA: Arakan Army", "Military Forces of Myanmar (2021-)", "Ann")


def test_civilians_killed_allegedly_by_soldiers_and_their_militia(settings):
    # "dozens of bodies of civilians ... killed in and around the western town of Solenzo, allegedly by
    # soldiers and members of the government-backed Volunteers for the Defence of the Homeland (VDP)"
    (killing,) = events_of("it4-solenzo.txt", settings)
    assert (killing.sub_event_type, killing.actor1, killing.assoc_actor_1, killing.actor2) == (
        "Attack", "Military Forces of Burkina Faso (2022-)", "VDP: Volunteers for the Defense of the Homeland",
        "Civilians (Burkina Faso)")


# Batch iu: reports written unseen (6), 2 kept


def test_a_boat_struck_at_sea_is_off_the_country_not_at_the_dateline(settings):
    # "U.S. military strikes alleged drug boat off Venezuela" / "WASHINGTON - The U.S. military carried out a
    # strike on Tuesday against a boat in the southern Caribbean ..., killing 11 people aboard"
    (strike,) = events_of("iu1-caribbean-boat.txt", settings)
    assert (strike.place.name, strike.place.geo_precision, strike.actor1, strike.fatalities) == (
        "Venezuela", 3, "Military Forces of the United States (2025-)", 11)


def test_a_ceasefire_that_held_is_no_new_agreement(settings):
    # "Residents of border villages in Poonch and Rajouri districts returned home on Monday as a ceasefire
    # between India and Pakistan held for a second day ... Pakistani shelling had killed at least 16 civilians
    # in Poonch town last week"
    events = events_of("iu4-poonch-ceasefire.txt", settings)
    assert [(e.sub_event_type, e.place.name, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "Punch", 16)]


# Batch iv: reports written unseen (5), 4 kept


def test_fire_on_crowds_heading_to_an_aid_site_is_an_attack(settings):
    # "Israeli troops opened fire on crowds heading to an aid distribution site ... in Rafah ..., killing at least 31"
    (attack,) = events_of("iv1-rafah-aid.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Attack", "Military Forces of Israel (2022-)", "Civilians (Palestine)", 31)


def test_fighting_a_province_has_seen_since_sunday_is_the_reason_told(settings):
    # "Israel said it was acting to protect the Druze minority in the southern province of Sweida, where
    # government forces have been fighting Druze militias since Sunday"
    events = events_of("iv2-damascus.txt", settings)
    assert [(e.sub_event_type, e.place.name) for e in events] == [("Air/drone strike", "Damascus")]


def test_a_leader_killed_and_the_strike_told_again_with_its_toll(settings):
    # "Hezbollah leader Sayyed Hassan Nasrallah was killed in an Israeli air strike ... The strike flattened
    # several buildings ... Lebanon's health ministry said six people had been killed and 91 wounded."
    (strike,) = events_of("iv4-nasrallah.txt", settings)
    assert (strike.actor2, strike.fatalities, strike.event_date) == ("Hezbollah", 6, date(2024, 9, 27))


def test_protesters_who_scuffled_with_police(settings):
    # "as thousands of protesters gathered outside and scuffled with police"
    (protest,) = events_of("iv5-seoul.txt", settings)
    assert (protest.sub_event_type, protest.actor2) == ("Protest with intervention", "Police Forces of South Korea")


# Batches iw-ix: reports written unseen (9), 1 kept


def test_the_al_of_central_is_no_place_and_a_cause_of_a_statistic_no_event(settings):
    # "Gunmen opened fire inside a bar in the central Mexican city of Irapuato ... Guanajuato has the highest
    # number of homicides of any Mexican state, driven by fighting between the Santa Rosa de Lima and Jalisco
    # New Generation cartels."
    events = events_of("ix2-irapuato.txt", settings)
    assert [(e.sub_event_type, e.place.name, e.fatalities) for e in events] == [("Attack", "Irapuato", 8)]


# Batch iy: reports written unseen (4), 2 kept


def test_a_blast_officials_call_no_attack_is_no_event(settings):
    # "A huge explosion tore through the Shahid Rajaee port ... killing at least 25 people ... Officials said
    # the blast was caused by a fire in a container depot holding chemicals and was not an attack."
    assert events_of("iy1-bandar-abbas.txt", settings) == []


def test_protests_days_before_are_no_protest_of_the_day(settings):
    # "Mali's military government dissolved all political parties on Tuesday ..., days after rare protests in
    # the capital against plans to scrap them."
    events = events_of("iy3-bamako.txt", settings)
    assert not [e for e in events if e.event_type == "Protests"]
    assert [e.sub_event_type for e in events] == ["Change to group/activity", "Abduction/forced disappearance"]


# Batches iz-jb: reports written unseen (18), 10 kept


def test_a_group_blamed_for_strikes_told_by_their_drones_is_their_doer(settings):
    # "Drones struck a fuel depot and an air base in Port Sudan on Sunday, the army said ... Army spokesman
    # Nabil Abdallah blamed the paramilitary Rapid Support Forces for the strikes"
    (strike,) = events_of("iz1-port-sudan.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.place.name) == (
        "Air/drone strike", "RSF: Rapid Support Forces", "Port Sudan")


def test_residents_accused_of_supporting_a_group_are_civilians(settings):
    # "The ELN attacked communities in Tibu and El Tarra, accusing residents of supporting the dissident 33rd Front"
    events = events_of("iz4-catatumbo.txt", settings)
    attacks = {e.place.name: e.actor2 for e in events if e.sub_event_type == "Attack"}
    assert attacks == {"Tibu": "Civilians (Colombia)", "El Tarra": "Civilians (Colombia)"}


def test_a_group_named_after_group_that_claimed_the_attack_is_its_doer(settings):
    # "A little-known militant group, the Kashmir Resistance, claimed responsibility in a social media message."
    (attack,) = events_of("iz8-pahalgam.txt", settings)
    assert (attack.actor1, attack.actor2, attack.fatalities) == ("Kashmir Resistance", "Civilians (India)", 26)


def test_a_bare_toll_after_background_is_the_one_events(settings):
    # "Gang members stormed the central Haitian town of Mirebalais ... The Viv Ansanm gang coalition has been
    # expanding beyond the capital. At least five people were killed, including two police officers"
    (raid,) = events_of("iz10-mirebalais.txt", settings)
    assert (raid.place.name, raid.fatalities) == ("Mirebalais", 5)


def test_weapons_are_no_target_and_attacks_also_reported_are_the_storys(settings):
    # "Russia pounded Kyiv with missiles and drones overnight, killing at least 12 people ... Attacks were also
    # reported in Kharkiv, where two people were wounded, the regional governor said."
    kyiv, kharkiv = events_of("ja2-kyiv.txt", settings)
    assert (kyiv.actor2, kyiv.fatalities) == ("Civilians (Ukraine)", 12)
    assert (kharkiv.place.name, kharkiv.sub_event_type, kharkiv.actor1) == (
        "Kharkiv", "Shelling/artillery/missile attack", "Military Forces of Russia (2000-)")


def test_a_town_seized_after_troops_and_their_allies_withdrew_changed_hands_without_a_fight(settings):
    # "Al Shabaab fighters seized the town of Moqokori ... after government troops and allied clan militia withdrew"
    (taken,) = events_of("ja4-moqokori.txt", settings)
    assert (taken.sub_event_type, taken.actor1) == ("Non-violent transfer of territory", "Al Shabaab")


def test_the_dead_since_protests_began_are_a_tally(settings):
    # "killing at least three people ... The Plataforma Decide monitoring group said 30 people had been killed
    # since protests began on Oct. 21."
    (protest,) = events_of("ja5-maputo.txt", settings)
    assert (protest.place.name, protest.fatalities) == ("Maputo", 3)


def test_indian_kashmir_is_indias_part_and_last_months_attack_is_recalled(settings):
    # "groups it blamed for last month's attack in Pahalgam ... Pakistani shelling in the Poonch district of
    # Indian Kashmir killed 12 civilians"
    events = events_of("jb1-bahawalpur.txt", settings)
    assert "Pahalgam" not in {e.place.name for e in events}
    (shelling,) = [e for e in events if e.actor1.startswith("Military Forces of Pakistan")]
    assert (shelling.place.country_code, shelling.place.admin1, shelling.fatalities) == ("IN", "Jammu and Kashmir", 12)


def test_force_in_a_citys_district_meets_that_citys_crowd_only(settings):
    # "Tens of thousands gathered outside Istanbul city hall on Monday night, and smaller crowds marched in
    # Ankara and Izmir. Riot police used pepper spray ... against students in Istanbul's Besiktas district."
    events = events_of("jb3-istanbul.txt", settings)
    monday = {e.place.name: (e.sub_event_type, e.size) for e in events if e.event_date == date(2025, 3, 24)}
    assert monday == {"Istanbul": ("Protest with intervention", 20000), "Ankara": ("Peaceful protest", None),
                      "Izmir": ("Peaceful protest", None)}


def test_two_sides_dead_in_one_toll_are_summed(settings):
    # "48 members of the security forces and 28 gunmen were killed in the fighting near the town of Jableh"
    (battle,) = events_of("jb6-jableh.txt", settings)
    assert (battle.sub_event_type, battle.fatalities) == ("Armed clash", 76)


# Batches jc-jd: reports written unseen (14), 6 kept


def test_soldiers_fleeing_rebels_did_what_they_did(settings):
    # "Congolese soldiers fleeing the advance of M23 rebels raped at least 52 women in the town of Kalehe"
    (rapes,) = events_of("jd2-kalehe.txt", settings)
    assert (rapes.sub_event_type, rapes.actor1, rapes.actor2) == (
        "Sexual violence", "Military Forces of the Democratic Republic of Congo (2019-)",
        "Civilians (Democratic Republic of Congo)")


def test_a_toll_with_quoted_words_is_counted(settings):
    # 'The ministry said 13 "terrorists" were "neutralised" in the operation.'
    (strikes,) = events_of("jd3-metina.txt", settings)
    assert (strikes.sub_event_type, strikes.actor2, strikes.fatalities) == (
        "Air/drone strike", "PKK: Kurdistan Workers Party", 13)


def test_a_slogan_naming_protests_is_no_place(settings):
    # 'part of nationwide "No Kings" protests': not Kings County (Brooklyn)
    events = events_of("jd5-chicago.txt", settings)
    assert [e.place.name for e in events] == ["Chicago", "Milwaukee", "Indianapolis"]


def test_bahais_arrested_are_their_communitys(settings):
    # "Intelligence agents raided the homes of at least ten Baha'i citizens in Shiraz ..., arresting six of them"
    (arrests,) = events_of("jd6-shiraz.txt", settings)
    assert (arrests.sub_event_type, arrests.assoc_actor_2) == ("Arrests", "Bahai Group (Iran)")


def test_a_demonym_and_a_role_tagged_as_a_name_are_the_generic_actor(settings):
    # "Israeli Settlers uprooted about 50 olive trees"; "shot dead an IDP man"
    (uprooting,) = events_of("jd7-turmus-ayya.txt", settings)
    assert uprooting.actor1 == "Settlers (Israel)"
    (killing,) = events_of("jd8-sarmada.txt", settings)
    assert (killing.actor2, killing.assoc_actor_2) == ("Civilians (Syria)", "Refugees/IDPs (Syria)")


# Batches je-jf: reports written unseen (12), 4 kept


def test_arrests_of_a_crowd_told_after_are_a_protest_met_by_force(settings):
    # "British police arrested more than 40 people in Parliament Square on Saturday ... Demonstrators sat
    # quietly holding cardboard signs. Organisers said about 500 people took part."
    (protest,) = events_of("je2-parliament-square.txt", settings)
    assert (protest.sub_event_type, protest.actor1, protest.actor2, protest.size) == (
        "Protest with intervention", "Protesters (United Kingdom)", "Police Forces of the United Kingdom (2024-)", 500)


def test_a_quoted_member_the_army_says_it_struck_is_the_other_side(settings):
    # 'The Israeli military said it had struck "a Hezbollah terrorist" in the area.'
    (strike,) = events_of("je5-kfar-kila.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Israel (2022-)", "Hezbollah", 2)


def test_sirens_are_no_raid_and_the_claimant_of_a_stopped_missile_fired_it(settings):
    # "intercepted a ballistic missile fired from Yemen ..., after air raid sirens sounded in Tel Aviv ...
    # Yemen's Iran-aligned Houthis said they had targeted an Israeli military base near Tel Aviv."
    (stopped,) = events_of("jf3-tel-aviv.txt", settings)
    assert (stopped.sub_event_type, stopped.actor1, stopped.actor2) == (
        "Disrupted weapons use", "Military Forces of Israel (2022-)", "Military Forces of Yemen (2016-) Supreme Political Council")


def test_the_victims_named_again_give_the_day_and_not_their_destination(settings):
    # "Gunmen who abducted 20 medical students on a highway in Benue state last week have released them ...
    # The students were seized on Feb. 24 while travelling to a conference in Enugu."
    (abduction,) = events_of("jf5-benue.txt", settings)
    assert (abduction.place.name, abduction.event_date, abduction.time_precision) == ("Benue", date(2025, 2, 24), 1)


# Batch jg: reports written unseen (6), 3 kept


def test_a_town_captured_by_its_name_alone_is_taken(settings):
    # "M23 rebels said they had captured Goma, the largest city in eastern Congo, on Monday"
    (taken,) = events_of("jg1-goma.txt", settings)
    assert (taken.sub_event_type, taken.place.name, taken.actor1) == (
        "Non-state actor overtakes territory", "Goma", "M23: March 23 Movement")


def test_fighting_set_off_by_a_killing_is_a_battle(settings):
    # "Heavy fighting erupted in the Libyan capital on Monday night after the head of a powerful armed group,
    # the Stability Support Apparatus, was killed at a military camp"
    (fighting,) = events_of("jg2-tripoli.txt", settings)
    assert (fighting.sub_event_type, fighting.place.name, fighting.actor2) == (
        "Armed clash", "Tripoli", "Stability Support Apparatus")


def test_a_crowd_outside_a_countrys_parliament_is_in_its_capital(settings):
    # "Thousands of protesters gathered outside Georgia's parliament on Tuesday"
    (protest,) = events_of("jg6-tbilisi.txt", settings)
    assert (protest.place.name, protest.place.geo_precision, protest.sub_event_type) == (
        "Tbilisi", 1, "Protest with intervention")


# Batch ji: reports written unseen (3), 2 kept


def test_a_namesake_abroad_inside_the_datelines_province_is_no_reading(settings):
    # "RAQQA, Syria - ... in the town of Mansura in the western countryside of Raqqa": not Egypt's Mansoura
    (attack,) = events_of("ji1-mansura.txt", settings)
    assert (attack.place.country_code, attack.place.admin1, attack.actor1) == (
        "SY", "Al-Raqqah", "Unidentified Armed Group (Syria)")


def test_a_group_member_found_shot_dead_was_its_side_in_a_clash(settings):
    # "A member of the National Defence Forces was found shot dead inside his home in the town of Azaz"
    (killing,) = events_of("ji2-azaz.txt", settings)
    assert (killing.sub_event_type, killing.actor1, killing.actor2, killing.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Syria)", "NDF: National Defence Forces", 1)


# Batch jj: reports written unseen (6), 1 kept


def test_farmers_who_threw_bottles_at_police_rioted(settings):
    # "Riot police fired tear gas at hundreds of farmers who threw eggs and bottles at officers"
    (riot,) = events_of("jj3-thessaloniki.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.assoc_actor_1, riot.actor2) == (
        "Violent demonstration", "Rioters (Greece)", "Farmers (Greece)", "Police Forces of Greece")


# Batch jk: reports written unseen (6), 1 kept


def test_a_district_of_the_city_read_as_a_far_village_is_the_citys(settings):
    # "Turkish police detained dozens of women who tried to march to Taksim Square in Istanbul ... Thousands
    # of women rallied peacefully in the Kadikoy district on the Asian side of the city and in Ankara"
    events = events_of("jk1-kadikoy.txt", settings)
    assert [(e.place.name, e.sub_event_type) for e in events] == [
        ("Istanbul", "Protest with intervention"), ("Ankara", "Peaceful protest")]


def test_killing_all_six_is_six_dead():
    # "it had shot down a military helicopter near the town of Bhamo ..., killing all six people on board"
    from dateline.numbers import fatalities
    assert fatalities("it had shot down a military helicopter, killing all six people on board.").value == 6


# Batch jl: reports written unseen (6), 1 kept


def test_the_dead_the_story_counted_by_the_are_counted(settings):
    # "Soldiers had opened fire on a car near a checkpoint in the Baramulla district on Dec. 11, killing the
    # two men inside"
    killing = [e for e in events_of("jl5-srinagar.txt", settings) if e.sub_event_type == "Attack"]
    assert [(e.event_date, e.fatalities, e.actor1) for e in killing] == [
        (date(2025, 12, 11), 2, "Military Forces of India (2014-)")]


# Batch jm: reports written unseen (6), 1 kept


def test_strikes_on_a_capital_and_a_province_hit_both_and_a_ships_flag_is_no_place(settings):
    # "U.S. air strikes hit the Yemeni capital Sanaa and the northern province of Saada overnight ..., adding that
    # 53 people had been killed since the strikes began on Saturday ... The Houthis said they had fired
    # missiles at the U.S. aircraft carrier Harry S. Truman in the Red Sea in response."
    doc = dateline.extract((DATA / "jm1-sanaa.txt").read_text(encoding="utf-8"), settings=settings)
    assert [(e.place.name, e.fatalities) for e in doc.events] == [("Sanaa", 0), ("Saada", 0)]
    assert any(r.code == "NO_PLACE" and r.detail.startswith("sentence 1") for r in doc.rejections)


# Batch jn: reports written unseen (6), 1 kept


def test_orders_to_shoot_are_no_shooting_and_a_square_named_for_a_day_is_no_date(settings):
    # "Soldiers ... joined thousands of anti-government protesters ..., calling on security forces to disobey
    # orders to shoot ... Police had fired tear gas at the crowd earlier in the day at the May 13 Square."
    (protest,) = events_of("jn5-antananarivo.txt", settings)
    assert (protest.sub_event_type, protest.actor2, protest.fatalities) == (
        "Protest with intervention", "Police Forces of Madagascar (2019-)", 0)
    from dateline.dates import find_dates
    assert find_dates("at the May 13 Square", date(2025, 10, 11)) == []


# Batch jo: reports written unseen (6), 1 kept


def test_a_march_in_solidarity_with_people_elsewhere_is_where_it_marched(settings):
    # "Tens of thousands of Moroccans marched through the centre of Rabat on Friday in solidarity with
    # Palestinians in Gaza"
    events = events_of("jo1-rabat.txt", settings)
    assert [(e.place.name, e.size) for e in events] == [("Rabat", 20000), ("Casablanca", None), ("Tangier", None)]


# Batch jp: reports written unseen (6), 2 kept


def test_a_crowd_who_blocked_roads_with_burning_tyres_rioted_and_bodies_found_after_are_not_its_dead(settings):
    # "Security forces fired tear gas at young protesters who blocked roads with burning tyres ... Seven bodies
    # were found in a lagoon in the city after the protests"
    (riot,) = events_of("jp5-lome.txt", settings)
    assert (riot.sub_event_type, riot.fatalities) == ("Violent demonstration", 0)


def test_soldiers_who_dispersed_a_blockade_met_the_crowd(settings):
    # "A protester was killed ... when soldiers dispersed a road blockade by Indigenous groups"
    (met,) = events_of("jp6-imbabura.txt", settings)
    assert (met.actor2, met.fatalities) == ("Military Forces of Ecuador (2023-)", 1)


# Batches jr, js, jt: reports written unseen (19), 11 kept


def test_a_mob_that_beat_a_man_accused_of_theft_to_death_killed_him(settings):
    # "A crowd of traders beat a man accused of stealing a mobile phone to death at the main market in Naivasha"
    (mob,) = events_of("jr1-naivasha.txt", settings)
    assert (mob.sub_event_type, mob.actor1, mob.fatalities) == ("Mob violence", "Rioters (Kenya)", 1)


def test_pupils_taken_from_a_school_are_students(settings):
    # "abducted at least 25 pupils and a teacher"
    (taken,) = events_of("jr2-kuriga.txt", settings)
    assert taken.sub_event_type == "Abduction/forced disappearance"
    assert set(taken.assoc_actor_2.split("; ")) == {"Students (Nigeria)", "Teachers (Nigeria)"}


def test_an_army_and_a_paramilitary_sign_where_they_sign_not_where_the_truce_holds(settings):
    # "Representatives of Sudan's army and the paramilitary Rapid Support Forces signed an agreement in Jeddah
    # ... for a seven-day humanitarian truce around the besieged city of El Fasher"
    (deal,) = events_of("jr3-jeddah.txt", settings)
    assert (deal.sub_event_type, deal.place.name) == ("Agreement", "Jeddah")
    assert (deal.actor1, deal.actor2) == ("Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")


def test_an_army_deployed_where_another_withdrew_took_ground_without_a_fight(settings):
    # "The Lebanese army deployed troops in the villages of Khiam and Kfar Kila on Monday after Israeli forces
    # withdrew from positions there"
    (taken,) = events_of("jr4-kfar-kila.txt", settings)
    assert (taken.sub_event_type, taken.actor1) == ("Non-violent transfer of territory", "Military Forces of Lebanon (2020-)")


def test_a_countrys_own_army_named_by_its_possessive_is_that_countrys(settings):
    # "BEIRUT ... - Israel's army struck a car on the road between the southern towns of Nabatieh and Kfar Rumman"
    (strike,) = events_of("jr7-nabatieh.txt", settings)
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Israel (2022-)", 2)
    assert actor_lib.demonym_country("Sudan's army") == "Sudan"
    assert actor_lib.demonym_country("Sudan's people") is None


def test_fighting_the_displaced_fled_is_no_event_of_the_day(settings):
    # "The monastery ... had been housing about 150 people who fled fighting nearby"
    (strike,) = events_of("js1-sagaing.txt", settings)
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 18)


def test_a_court_that_jailed_leaders_is_what_the_crowd_marched_over(settings):
    # "Thousands of people marched through central Tbilisi ... after a court jailed three opposition leaders"
    events = events_of("js3-tbilisi.txt", settings)
    assert [(e.place.name, e.sub_event_type, e.actor2) for e in events] == [
        ("Tbilisi", "Peaceful protest", ""), ("Batumi", "Peaceful protest", ""), ("Kutaisi", "Peaceful protest", "")]


def test_two_communities_stoning_each_other_are_mob_violence_on_both_sides(settings):
    # "Hindu and Muslim groups hurled stones at each other and set vehicles on fire in the city of Nagpur"
    (riot,) = events_of("js6-nagpur.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.assoc_actor_1, riot.actor2, riot.assoc_actor_2, riot.fatalities) == (
        "Mob violence", "Rioters (India)", "Hindu Group (India)", "Rioters (India)", "Muslim Group (India)", 2)


def test_workers_of_a_party_are_its_members(settings):
    # "detained more than 300 workers of the Bharatiya Janata Party ... as they tried to march"
    (met,) = events_of("jt2-kolkata.txt", settings)
    assert (met.sub_event_type, met.assoc_actor_1) == ("Protest with intervention", "BJP: Bharatiya Janata Party")


def test_an_occupation_ended_by_police_the_next_day(settings):
    # "Dozens of pro-Palestinian students occupied a building ... on Monday"; "Riot police removed the students
    # in the early hours of Tuesday and detained 32 of them"
    occupied, ended = events_of("jt5-amsterdam.txt", settings)
    assert (occupied.sub_event_type, occupied.actor1, occupied.event_date) == (
        "Peaceful protest", "Protesters (Netherlands)", date(2026, 6, 8))
    assert (ended.sub_event_type, ended.actor1, ended.actor2, ended.event_date) == (
        "Protest with intervention", "Protesters (Netherlands)", "Police Forces of the Netherlands", date(2026, 6, 9))


def test_a_department_tagged_as_an_organisation_is_a_place(settings):
    # "attacked the town of Pont-Sonde in the Artibonite department" (the town not in the gazetteer)
    (attack,) = events_of("jt6-artibonite.txt", settings)
    assert (attack.place.admin1, attack.place.geo_precision, attack.actor1, attack.fatalities) == (
        "Artibonite", 3, "Gran Grif Gang", 20)


# Batches ju, jv: reports written unseen (12), 6 kept


def test_militants_the_military_described_as_members_of_a_group_are_its(settings):
    # "The military described the militants as members of 'Fitna al-Khawarij', the term it uses for the
    # Pakistani Taliban"
    (clash,) = events_of("ju2-waziristan.txt", settings)
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "TTP: Tehreek-e-Taliban Pakistan", 10)


def test_an_attack_told_in_an_after_clause_is_its_doers_at_its_place(settings):
    # "security forces arrested at least 40 people in the countryside of Latakia on Monday after gunmen loyal to
    # the former government attacked a checkpoint in the town of Jableh, killing three members of the security forces"
    (attack,) = events_of("ju5-jableh.txt", settings)
    assert (attack.place.name, attack.actor1, attack.actor2, attack.fatalities) == (
        "Jablah", "Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)", 3)


def test_graduates_who_stormed_offices_smashing_windows_rioted(settings):
    # "Hundreds of unemployed graduates stormed the offices of the Basra Oil Company on Monday, smashing windows
    # and furniture, to demand jobs"
    (riot,) = events_of("jv1-basra.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.assoc_actor_1, riot.size) == (
        "Violent demonstration", "Rioters (Iraq)", "Labour Group (Iraq)", 200)


def test_a_toll_told_before_an_adjective_and_city_of(settings):
    # "Russian shelling killed two people in the southern city of Kherson and one in the village of Bilozerka"
    events = events_of("jv2-dnipro.txt", settings)
    assert [(e.place.name, e.fatalities) for e in events] == [("Dnipro", 9), ("Kherson", 2), ("Bilozerka", 1)]


def test_workers_who_clashed_with_police_rioted(settings):
    # "Thousands of garment workers blocked a highway ... and clashed with police, who fired tear gas and rubber bullets"
    (riot,) = events_of("jv4-ashulia.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.assoc_actor_1, riot.actor2, riot.fatalities) == (
        "Violent demonstration", "Rioters (Bangladesh)", "Labour Group (Bangladesh)", "Police Forces of Bangladesh (2024-)", 1)


def test_sides_that_fought_for_control_of_a_town_clashed(settings):
    # "Congolese troops backed by allied Wazalendo militias fought M23 rebels for control of the town of Walikale"
    clash, monday = events_of("jv6-walikale.txt", settings)  # "on Sunday and Monday": one on each day
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "M23: March 23 Movement", 15)
    assert (monday.event_date, monday.fatalities) == (date(2026, 7, 20), 0)


# Batches jw, jy: reports written unseen (12), 3 kept


def test_a_march_on_two_days_is_a_demonstration_on_each(settings):
    # "Tens of thousands of people marched in Belgrade on Saturday and again on Monday"
    events = events_of("jw5-belgrade.txt", settings)
    assert [(e.place.name, e.event_date, e.time_precision) for e in events] == [
        ("Belgrade", date(2026, 2, 28), 1), ("Belgrade", date(2026, 3, 2), 1)]
    assert len({e.event_id for e in events}) == 2


def test_the_day_an_attack_of_last_week_took_place(settings):
    # "... during an attack on the village of Kishishe in North Kivu province last week ... The UN mission did not
    # say which group carried out the attack, which took place on Wednesday"
    (rape,) = events_of("jy2-kishishe.txt", settings)
    assert (rape.sub_event_type, rape.event_date, rape.time_precision) == ("Sexual violence", date(2025, 4, 23), 1)


def test_crowds_that_looted_and_burned_rioted_and_the_unrests_dead_are_theirs(settings):
    # "Crowds looted shops and set fire to several buildings in Port Moresby ... At least eight people were killed
    # in the unrest"
    (riot,) = events_of("jy3-port-moresby.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.fatalities) == ("Mob violence", "Rioters (Papua New Guinea)", 8)


# Batches ka, kb: reports written unseen (12), 4 kept


def test_the_polices_figure_for_tens_of_thousands_is_the_size(settings):
    # "Tens of thousands of people marched through central Madrid ..., organisers said, while police put the
    # number at 22,000"
    events = events_of("ka3-madrid.txt", settings)
    assert [(e.place.name, e.size) for e in events] == [("Madrid", 22000), ("Barcelona", None), ("Valencia", None), ("Sevilla", None)]


def test_a_raid_told_by_both_sides_is_one_clash_and_its_bulldozing_part_of_it(settings):
    # "Israeli troops killed three Palestinians during a raid on the Jenin refugee camp ... The Israeli military said
    # its forces had exchanged fire with gunmen and killed 'three terrorists'. Israeli bulldozers also destroyed roads"
    (raid,) = events_of("kb1-jenin.txt", settings)
    assert (raid.sub_event_type, raid.actor1, raid.fatalities) == ("Armed clash", "Military Forces of Israel (2022-)", 3)


def test_the_crowd_of_a_protest_by_teachers_that_police_broke_up(settings):
    # "riot police on Monday broke up a protest by about 200 teachers demanding higher pay ..., arresting 12 of them"
    (met,) = events_of("kb3-harare.txt", settings)
    assert (met.sub_event_type, met.assoc_actor_1, met.size) == ("Protest with intervention", "Teachers (Zimbabwe)", 200)


def test_a_commander_and_his_driver_are_two_dead(settings):
    # "killing a senior commander of the Kurdistan Workers' Party (PKK) and his driver"
    (strike,) = events_of("kb4-sinjar.txt", settings)
    assert (strike.sub_event_type, strike.actor2, strike.fatalities) == ("Air/drone strike", "PKK: Kurdistan Workers Party", 2)


# Batches kc, kd: notes written unseen in ACLED's style (16), 4 kept


def test_youths_who_clashed_with_a_raid_that_made_arrests_rioted(settings):
    # "Israeli forces arrested 3 Palestinians during a raid on Beit Ummar town ... Clashes broke out between
    # Palestinian youth and the Israeli forces during the raid; the youth threw stones"
    (riot,) = events_of("kc5-beit-ummar-note.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == ("Mob violence", "Rioters (Palestine)", "Military Forces of Israel (2009-)")


def test_a_member_of_a_group_named_with_its_initials_and_a_woman_are_two_dead(settings):
    # "killing a member of the Syrian Democratic Forces (SDF) and a civilian woman"
    (strike,) = events_of("kc6-kobani-note.txt", settings)
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 2)


def test_members_of_a_tribe_are_a_tribal_militia(settings):
    # "members of a tribe kidnapped two employees of a local oil company"
    (taken,) = events_of("kd2-marib-note.txt", settings)
    assert (taken.sub_event_type, taken.actor1) == ("Abduction/forced disappearance", "Unidentified Tribal Militia (Yemen)")


def test_the_side_that_responded_to_shelling_was_its_target(settings):
    # "Turkish forces shelled the vicinity of Tal Tamer town ..., and the SDF responded by targeting Turkish positions"
    (shelling,) = events_of("kd5-tal-tamer-note.txt", settings)
    assert (shelling.actor1, shelling.actor2) == ("Military Forces of Turkey (2016-)", "QSD: Syrian Democratic Forces")


# Batch ke: reports written unseen (6), 2 kept


def test_an_unnamed_village_in_a_town_is_somewhere_in_its_area(settings):
    # "killed in a clash with government troops in a village in the town of Las Navas in Northern Samar province"
    (clash,) = events_of("ke1-las-navas.txt", settings)
    assert (clash.place.name, clash.place.geo_precision, clash.fatalities) == ("Las Navas", 2, 5)


def test_a_town_captured_after_more_than_a_week_of_fighting_was_taken(settings):
    # "captured the town of Kawlin in Myanmar's Sagaing region on Sunday after more than a week of fighting"
    capture, strike = events_of("ke6-kawlin.txt", settings)
    assert (capture.sub_event_type, capture.actor1) == ("Non-state actor overtakes territory", "PDF: People's Defense Force")
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 4)


# Batch kf: reports written unseen (6), 2 kept


def test_a_verdict_for_shooting_a_protester_years_ago_is_no_event(settings):
    # "sentenced a former police officer to life in prison for shooting dead a protester in Baghdad's Tahrir Square
    # during the 2019 demonstrations"
    assert events_of("kf1-baghdad-verdict.txt", settings) == []


def test_rival_fans_who_fought_are_mob_violence_and_their_clubs_no_actors(settings):
    # "rival fans of Boca Juniors and River Plate fought in the stands and outside the Monumental stadium"
    (fight,) = events_of("kf3-buenos-aires.txt", settings)
    assert (fight.sub_event_type, fight.actor1, fight.assoc_actor_1, fight.actor2) == (
        "Mob violence", "Rioters (Argentina)", "", "Police Forces of Argentina (2023-)")


# Batch kg: pages written unseen (3), 3 kept


def test_a_group_blamed_for_a_drone_strike_on_a_scraped_page_is_its_doer(settings):
    # "A drone strike hit the crowded Sabreen market in Omdurman ... The volunteer group blamed the Rapid Support
    # Forces, which did not respond" (the drone had been read as the army's)
    (strike,) = events_of("kg1-omdurman-page.txt", settings)
    assert (strike.actor1, strike.fatalities) == ("RSF: Rapid Support Forces", 36)


def test_a_live_blogs_entries_told_in_full_are_events_not_headings(settings):
    # "LIVE: Protests across Serbia"; "21:40 - Police in Novi Sad fired tear gas at protesters who threw flares ..."
    events = events_of("kg2-serbia-live.txt", settings)
    assert [(e.place.name, e.sub_event_type, e.actor2, e.assoc_actor_1) for e in events] == [
        ("Novi Sad", "Violent demonstration", "Police Forces of Serbia (2012-)", ""),
        ("Belgrade", "Peaceful protest", "", ""), ("Kragujevac", "Peaceful protest", "", "Students (Serbia)")]


def test_a_pages_date_line_with_its_place_dates_the_story_and_its_headline_is_no_second_event(settings):
    # "March 24, 2026\nGusau" over "Armed bandits on Sunday attacked Kadawa village in Gusau ...", headed
    # "Nigeria: Bandits kill 12 villagers in Zamfara attack"
    (attack,) = events_of("kg3-zamfara-page.txt", settings)
    assert (attack.event_date, attack.place.name, attack.fatalities) == (date(2026, 3, 22), "Gusau", 12)


# Batches kh, ki: reports written unseen (9), 1 kept


def test_a_toll_told_for_a_site_in_each_town_is_that_towns(settings):
    # "killed at least 25 Palestinians across the Gaza Strip on Monday, including 11 in a strike on a house in Deir
    # al-Balah and six in a school sheltering displaced families in Gaza City"
    events = events_of("ki4-gaza-strikes.txt", settings)
    assert [(e.place.name, e.fatalities) for e in events] == [("Dayr al Balah", 11), ("Gaza", 6)]


# Batches kj, kl: reports written unseen (12), 2 kept


def test_a_toll_told_by_a_countrys_agency_a_paragraph_on_is_the_strikes(settings):
    # "Israeli warplanes then struck ... near the southern Lebanese village of Yaroun ... Lebanon's state news
    # agency said one person was killed in the Israeli strikes"
    rockets, strikes = events_of("kj1-yaroun.txt", settings)
    assert (rockets.actor1, rockets.fatalities) == ("Hezbollah", 0)
    assert (strikes.actor1, strikes.fatalities) == ("Military Forces of Israel (2022-)", 1)


def test_a_states_soldiers_and_the_fighters_beside_them_are_the_state_and_its_associate(settings):
    # "Malian soldiers and Russian fighters from the Africa Corps killed at least 20 civilians"
    (attack,) = events_of("kl6-diafarabe.txt", settings)
    assert (attack.actor1, attack.assoc_actor_1, attack.fatalities) == ("Military Forces of Mali (2021-)", "Africa Corps", 20)


# Batch km: reports written unseen (6), 2 kept


def test_gunmen_who_fired_on_a_convoy_wounding_guards_attacked(settings):
    # "Gunmen fired on the convoy of a senior interior ministry official in the Tripoli district of Souq al-Juma
    # on Monday, wounding two of his guards"
    (attack,) = events_of("km1-souq-al-juma.txt", settings)
    assert (attack.place.name, attack.actor1, attack.fatalities) == ("Tripoli", "Unidentified Armed Group (Libya)", 0)


def test_a_death_in_custody_the_crowd_rioted_over_is_no_toll_of_the_riot(settings):
    # "Angry residents set fire to a police station in the Ikorodu area of Lagos on Monday after a young man died in
    # police custody"
    (riot,) = events_of("km2-ikorodu.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.fatalities) == ("Violent demonstration", "Rioters (Nigeria)", 0)


# Batch kn: reports written unseen (6), 1 kept


def test_settlers_who_beat_and_stoned_farmers_attacked_them(settings):
    # "Israeli settlers attacked Palestinian farmers harvesting olives near the village of Burin ..., injuring six of
    # them with clubs and stones" (a rampage that burns homes stays a mob's violence: Huwara)
    (attack,) = events_of("kn5-burin.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2) == ("Attack", "Settlers (Israel)", "Civilians (Palestine)")


# Batch ko: reports written unseen (6), 1 kept


def test_bodies_dumped_amid_a_cartel_war_are_an_attack_not_an_ordinary_crime(settings):
    # "Police found the bodies of 11 men, some with gunshot wounds, dumped on a road on the outskirts of Culiacan
    # ..., state prosecutors said. Culiacan has been the scene of a war between rival factions of the Sinaloa Cartel"
    (attack,) = events_of("ko6-culiacan.txt", settings)
    assert (attack.sub_event_type, attack.place.name, attack.place.geo_precision, attack.fatalities) == (
        "Attack", "Culiacan", 2, 11)


# Batches kp, kq, kr: reports written unseen (18), 6 kept


def test_masked_protesters_who_smashed_windows_make_the_march_a_riot_met_by_police(settings):
    # "Police said they detained 33 people after a group of masked protesters smashed shop windows near the Bastille
    # and threw bottles at officers, who responded with tear gas"; Lyon "marched peacefully"
    paris, lyon, marseille, nantes = events_of("kp1-france-budget.txt", settings)
    assert (paris.place.name, paris.sub_event_type, paris.actor1, paris.actor2) == (
        "Paris", "Violent demonstration", "Rioters (France)", "Police Forces of France (2017-)")
    assert (lyon.sub_event_type, lyon.size, marseille.sub_event_type) == ("Peaceful protest", 12000, "Peaceful protest")
    assert (nantes.sub_event_type, nantes.actor2) == ("Violent demonstration", "Police Forces of France (2017-)")


def test_unnamed_separatists_are_the_one_rebel_group_of_the_country_the_story_names(settings):
    # "Tuareg-led separatist fighters took control of the town of Ber ... a spokesman for the Strategic Framework
    # for the Defence of the People of Azawad (CSP-DPA)" (ACLED has no generic separatists in Mali)
    (taken,) = events_of("kp5-ber.txt", settings)
    assert (taken.sub_event_type, taken.actor1) == (
        "Non-violent transfer of territory", "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad")
    assert any(e.field == "actor1" and e.text == "Strategic Framework for the Defence of the People of Azawad"
               for e in taken.evidence)


def test_people_shot_dead_in_other_towns_of_a_protest_story_are_its_excessive_force(settings):
    # "Kenyan police shot dead at least eight people ... as tens of thousands of protesters took to the streets ...
    # Two people were shot dead in the town of Matuu, east of Nairobi, and another two in Kiambu"
    nairobi, matuu, kiambu, mombasa = events_of("kq2-kenya.txt", settings)
    for event in (nairobi, matuu, kiambu):
        assert (event.sub_event_type, event.actor1, event.actor2) == (
            "Excessive force against protesters", "Protesters (Kenya)", "Police Forces of Kenya (2022-)")
    assert (nairobi.fatalities, matuu.fatalities, kiambu.fatalities) == (3, 2, 2)
    assert mombasa.sub_event_type == "Peaceful protest"


def test_the_tellers_place_in_its_name_is_not_where_the_shooting_was(settings):
    # "... heading to an aid distribution site in the southern Gaza Strip on Sunday, killing 31 people ..., the Gaza
    # health ministry said. The shooting happened about a kilometre from the site in Rafah": one event, at Rafah
    (shooting,) = events_of("kq3-gaza-aid.txt", settings)
    assert (shooting.place.name, shooting.sub_event_type, shooting.fatalities) == ("Rafah", "Attack", 31)


def test_a_countrys_defence_ministry_tells_of_its_own_forces(settings):
    # "Russia's defence ministry said on Thursday its forces had taken control of the village of Novoocheretuvate
    # in the neighbouring Donetsk region" (a Ukrainian story: Russia's forces, a foreign state's capture)
    strike, capture = events_of("kq6-zaporizhzhia.txt", settings)
    assert (strike.sub_event_type, strike.actor1, strike.fatalities) == ("Air/drone strike", "Military Forces of Russia (2000-)", 2)
    assert (capture.sub_event_type, capture.actor1) == ("Non-state actor overtakes territory", "Military Forces of Russia (2000-)")


def test_party_supporters_who_beat_students_blocking_a_road_are_a_mob_against_protesters(settings):
    # "Supporters of the ruling Serbian Progressive Party (SNS) attacked students who were blocking a road in ...
    # Cacak on Saturday, beating several of them with sticks"
    (attack,) = events_of("kr4-cacak.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.assoc_actor_1, attack.actor2, attack.assoc_actor_2) == (
        "Mob violence", "Rioters (Serbia)", "SNS: Serbian Progressive Party", "Protesters (Serbia)", "Students (Serbia)")


# Batches ks, kt, ku: notes in ACLED's style (14) and reports (12) written unseen, 5 reports kept


def note_events(text: str, on: date, settings) -> list:
    return list(dateline.extract(text, date=on, settings=settings).events)


def test_a_notes_town_spelt_nearly_as_the_gazetteer_does_is_the_town_not_its_district(settings):
    (arrests,) = note_events("On 11 November 2020, Iraqi security forces arrested three suspected IS members in a raid "
                             "on a house in Al-Hawija town (Kirkuk).", date(2020, 11, 12), settings)
    assert (arrests.place.name, arrests.place.feature, arrests.place.geo_precision) == ("Al Hawijah", "city", 1)


def test_the_province_of_a_roads_unknown_end_is_no_second_place(settings):
    (blast,) = note_events("On 19 August 2020, an IED exploded targeting a vehicle of the Iraqi army on the road between "
                           "Tarmiyah and Mushahada (Baghdad). Two soldiers were wounded.", date(2020, 8, 20), settings)
    assert (blast.place.name, blast.place.geo_precision, blast.sub_event_type) == (
        "At Tarmiyah", 2, "Remote explosive/landmine/IED")


def test_overnight_in_a_dated_sentence_is_the_night_of_that_date(settings):
    (riot,) = note_events("On 30 April 2020, the Lebanese army deployed in Tripoli after rioters set fire to several "
                          "banks overnight during protests over the deteriorating economy.", date(2020, 5, 1), settings)
    assert (riot.sub_event_type, riot.event_date, riot.time_precision) == ("Violent demonstration", date(2020, 4, 30), 1)


def test_al_qaeda_linked_fighters_in_burkina_faso_are_jnim_and_a_trend_is_no_event(settings):
    # "Al Qaeda-linked fighters attacked a military post in the town of Diapaga ... JNIM, al Qaeda's affiliate in the
    # Sahel, has stepped up attacks in Burkina Faso this year" ("Sahel" had been coded as an attack in that region)
    (attack,) = events_of("kt1-diapaga.txt", settings)
    assert (attack.place.name, attack.actor1, attack.actor2) == (
        "Diapaga", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)")


def test_two_parties_activists_who_fought_are_each_a_side(settings):
    # "supporters of the Bangladesh Nationalist Party (BNP) and activists of Jamaat-e-Islami fought with sticks and
    # machetes over control of a bus terminal"
    (riot,) = events_of("kt3-narayanganj.txt", settings)
    assert (riot.sub_event_type, riot.assoc_actor_1, riot.actor2, riot.assoc_actor_2, riot.fatalities) == (
        "Mob violence", "BNP: Bangladesh Nationalist Party", "Rioters (Bangladesh)", "JIB: Jamaat-e-Islami Bangladesh", 1)


def test_a_drone_no_one_is_named_as_flying_is_the_blamed_states_and_its_dead_the_groups(settings):
    # "A drone struck a car near the city of Sulaymaniyah ..., Kurdish security officials said, blaming Turkey. ...
    # said the three were members of the Kurdistan Workers' Party (PKK)"
    (strike,) = events_of("kt6-sulaymaniyah.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == (
        "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", 3)


def test_retreating_soldiers_who_looted_are_the_looters(settings):
    # "Retreating Congolese soldiers looted shops and a fuel depot in the eastern city of Bukavu on Tuesday as M23
    # rebels advanced towards the city, residents and a local official said"
    (looting,) = events_of("ku1-bukavu.txt", settings)
    assert (looting.sub_event_type, looting.actor1, looting.actor2) == (
        "Looting/property destruction", "Military Forces of the Democratic Republic of Congo (2019-)",
        "Civilians (Democratic Republic of Congo)")


def test_police_who_arrested_a_journalist_by_name_arrested_him(settings):
    # "Zimbabwean police arrested journalist Blessed Mhlanga at his office in Harare on Wednesday" (no event had been
    # coded: "arrested journalists" read as an adjective)
    (arrest,) = events_of("ku2-harare.txt", settings)
    assert (arrest.sub_event_type, arrest.place.name, arrest.actor1, arrest.event_date) == (
        "Arrests", "Harare", "Police Forces of Zimbabwe (2017-)", date(2025, 6, 11))


# Batches kv, kw: notes in ACLED's style (10) and reports (6) written unseen, 3 reports kept


def test_unexploded_ordnance_that_went_off_is_a_remote_explosive(settings):
    (blast,) = note_events("On 30 May 2020, two children were killed and another injured when an unexploded ordnance left "
                           "by IS went off while they were playing in a field near Qayyarah (Ninewa).", date(2020, 5, 31), settings)
    assert (blast.sub_event_type, blast.actor1, blast.actor2, blast.fatalities) == (
        "Remote explosive/landmine/IED", "Islamic State (Iraq)", "Civilians (Iraq)", 2)


def test_where_a_spokesperson_spoke_is_not_where_the_strike_hit_and_the_strike_named_again_has_its_day(settings):
    # "GENEVA ... said on Tuesday that a Myanmar military air strike on a village in western Rakhine state last week
    # killed at least 40 people ... The strike hit Kyauk Ni Maw village on Ramree Island on Wednesday, a spokesperson
    # said in Geneva" (a second strike had been coded in Geneva)
    (strike,) = events_of("kw1-rakhine-geneva.txt", settings)
    assert (strike.place.name, strike.event_date, strike.time_precision, strike.fatalities) == (
        "Rakhine", date(2025, 3, 12), 1, 40)


def test_government_reinforcements_sent_in_are_the_states_forces(settings):
    # "Government reinforcements were sent to Latakia province and a curfew was imposed in the city of Latakia"
    ambush, reinforcement = events_of("kw3-jableh.txt", settings)
    assert (ambush.sub_event_type, ambush.fatalities) == ("Armed clash", 13)
    assert (reinforcement.sub_event_type, reinforcement.actor1) == ("Change to group/activity", "Military Forces of Syria (2024-)")


def test_men_who_bundled_a_critic_into_a_car_abducted_him(settings):
    # "Men in plain clothes bundled a young cartoonist ... into a car outside his home in Embu town on Tuesday evening"
    (abduction,) = events_of("kw4-embu.txt", settings)
    assert (abduction.sub_event_type, abduction.place.name, abduction.event_date) == (
        "Abduction/forced disappearance", "Embu", date(2025, 12, 23))


# Batches kx, ky: reports written unseen (12), 4 kept


def test_an_attack_by_a_named_force_told_by_a_survivor_is_that_forces(settings):
    # '"They fired at everyone, even the children," said Amna Ibrahim, 34, who survived an attack on Sunday by Rapid
    # Support Forces fighters on the main market in the town of Um Kadada' (had been a battle of an unnamed group with the RSF)
    (attack,) = events_of("kx1-um-kadada.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)", 45)


def test_a_province_named_by_its_capitals_spelling_is_the_province(settings):
    # "strikes overnight on the port of Ras Isa and a fuel terminal in Hodeidah province" (GeoNames' province is
    # "Al Hudaydah"; the city had been taken, precision 1)
    (strikes,) = events_of("kx3-ras-isa.txt", settings)
    assert (strikes.place.name, strikes.place.feature, strikes.place.geo_precision) == ("Al Hudaydah", "admin1", 3)


def test_prison_guards_are_the_states_and_freed_inmates_no_side(settings):
    # "Gunmen attacked the central prison in the town of Butembo ..., freeing more than 200 inmates after a shootout
    # with guards that left two guards dead ... The army blamed Mai-Mai militiamen"
    (attack,) = events_of("ky2-butembo.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Armed clash", "Mai-Mai Militia", "Police Forces of the Democratic Republic of Congo (2019-)", 2)


def test_supporters_of_rival_candidates_who_fought_are_rioters_on_both_sides(settings):
    # "supporters of rival candidates fought with machetes and stones outside a polling station in Mangochi district"
    (riot,) = events_of("ky5-mangochi.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2, riot.fatalities) == (
        "Mob violence", "Rioters (Malawi)", "Rioters (Malawi)", 1)


def test_students_the_police_cleared_are_the_crowds_associates(settings):
    # "Serbian riot police fired tear gas and stun grenades on Saturday to clear students who had blocked a main
    # highway in Belgrade" (no year in the dateline: the publication date is given)
    text = (DATA / "kz3-belgrade-highway.txt").read_text(encoding="utf-8")
    (protest,) = dateline.extract(text, date=date(2025, 6, 29), settings=settings).events
    assert (protest.sub_event_type, protest.assoc_actor_1, protest.actor2, protest.event_date) == (
        "Protest with intervention", "Students (Serbia)", "Police Forces of Serbia (2012-)", date(2025, 6, 28))


def test_a_force_backed_by_militias_has_them_associated(settings):
    # "Somali government forces backed by local clan militias recaptured the town of Adan Yabaal ..."
    (retaken,) = events_of("kz5-adan-yabaal.txt", settings)
    assert (retaken.sub_event_type, retaken.actor1, retaken.assoc_actor_1, retaken.actor2) == (
        "Government regains territory", "Military Forces of Somalia (2022-)", "Militia (Somalia)", "Al Shabaab")


# Batches la, lb: scraped pages (2) and notes in ACLED's style from Africa and Asia (8) written unseen


def test_a_rebel_group_and_the_state_force_that_clashed_are_the_two_sides(settings):
    (clash,) = note_events("On 22 March 2024, M23 rebels and FARDC clashed in Kibirizi (Rutshuru, North Kivu). "
                           "Casualties unknown.", date(2024, 3, 23), settings)
    assert (clash.actor1, clash.assoc_actor_1, clash.actor2) == (
        "Military Forces of the Democratic Republic of Congo (2019-)", "", "M23: March 23 Movement")


def test_a_qualifier_tagged_as_one_place_is_its_town_and_province(settings):
    # "(Kachia, Kaduna)" had been one unknown place, and the road's end, Abuja, 150 km away, the event's
    (kidnap,) = note_events("On 25 March 2024, unidentified gunmen kidnapped 15 passengers travelling on the Abuja-Kaduna "
                            "highway near Katari (Kachia, Kaduna).", date(2024, 3, 26), settings)
    assert (kidnap.place.name, kidnap.place.admin1, kidnap.place.geo_precision) == ("Kachia", "Kaduna", 2)


def test_rebels_who_burned_a_companys_equipment_destroyed_property(settings):
    (burning,) = note_events("On 29 March 2024, NPA rebels burned two heavy equipment units of a construction company in "
                             "Barangay Mabini, Esperanza (Sultan Kudarat) for refusing to pay revolutionary taxes.",
                             date(2024, 3, 30), settings)
    assert (burning.sub_event_type, burning.actor1, burning.place.name) == (
        "Looting/property destruction", "NPA: New People's Army", "Esperanza")


# Batches lc, ld: reports (4) and notes in ACLED's style (8) written unseen, 1 report kept


def test_rockets_fired_into_a_countrys_territory_hit_its_province_not_a_namesake_abroad(settings):
    # "Cambodian forces fired rockets into Thai territory, hitting a petrol station in Sisaket province, and that Thai
    # F-16 jets struck Cambodian military targets in response" ("Thai territory" had been Alor Setar in Malaysia, and the
    # rockets coded as the jets' strike by "Thai F-16")
    (rockets,) = events_of("lc4-thai-cambodian.txt", settings)
    assert (rockets.sub_event_type, rockets.actor1, rockets.place.name, rockets.place.country_code) == (
        "Shelling/artillery/missile attack", "Military Forces of Cambodia", "Si Sa Ket", "TH")


def test_a_settler_who_ran_over_a_man_attacked_him(settings):
    (attack,) = note_events("On 2 June 2020, an Israeli settler ran over a Palestinian man with his car near Kafr ad Dik "
                            "(Salfit) and fled the scene. The man was moderately injured.", date(2020, 6, 3), settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.place.name) == (
        "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Kafr ad Dik")


def test_a_house_blown_up_is_destroyed_property_and_a_sound_bomb_a_remote_explosive(settings):
    (house,) = note_events("On 4 June 2020, Houthi forces detonated the house of a pro-Hadi tribal leader in Al Abdiyah "
                           "district (Marib).", date(2020, 6, 5), settings)
    assert (house.sub_event_type, house.actor1) == (
        "Looting/property destruction", "Military Forces of Yemen (2016-) Supreme Political Council")
    (bomb,) = note_events("On 13 June 2020, two unidentified men on a motorbike threw a sound bomb at the house of an "
                          "activist in Al-Amarah city (Maysan). No injuries were reported.", date(2020, 6, 14), settings)
    assert (bomb.sub_event_type, bomb.place.name) == ("Remote explosive/landmine/IED", "Al Amarah")


# Batch le: notes in ACLED's style (8) written unseen


def test_a_member_killed_by_an_ied_is_of_the_group_hit_not_its_doer(settings):
    (blast,) = note_events("On 9 July 2020, a member of Kataib Hezbollah was killed by an explosion of an IED targeting his "
                           "vehicle on the Baghdad airport road. The group accused US forces of being behind the attack.",
                           date(2020, 7, 10), settings)
    assert (blast.sub_event_type, blast.actor1, blast.actor2, blast.fatalities) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Kataib Hezbollah", 1)


def test_a_neighbourhood_of_a_city_is_the_city_itself(settings):
    (riot,) = note_events("On 12 July 2020, residents of Al-Hadi neighbourhood in Kirkuk city blocked the main road with "
                          "burning tyres to protest power outages.", date(2020, 7, 13), settings)
    assert (riot.place.name, riot.place.geo_precision) == ("Kirkuk", 1)


def test_role_nouns_tagged_as_organisations_are_civilians(settings):
    (attack,) = note_events("On 7 July 2020, Kolbars were shot at by Iranian border guards near Baneh (Kordestan). One "
                            "kolbar was killed and another was injured.", date(2020, 7, 8), settings)
    assert (attack.actor2, attack.fatalities, attack.place.name) == ("Civilians (Iran)", 1, "Baneh")


# Batch lf: reports written unseen (4), 3 kept


def test_people_shot_dead_by_police_during_a_riot_make_the_police_its_other_side(settings):
    # "Protesters set fire to offices of the ruling Frelimo party in the northern city of Nampula ... Two people were
    # shot dead by police during the unrest"
    nampula, maputo = events_of("lf1-nampula.txt", settings)
    assert (nampula.sub_event_type, nampula.actor2, nampula.fatalities) == (
        "Violent demonstration", "Police Forces of Mozambique (1975-)", 2)
    assert (maputo.sub_event_type, maputo.actor2) == ("Violent demonstration", "Police Forces of Mozambique (1975-)")


def test_a_countrys_division_that_is_also_a_common_word_is_found_after_the_countrys_name(settings):
    # "from the village of Bali Nyonga in Cameroon's Northwest region" (had been placed in Cameroon only)
    (kidnap,) = events_of("lf3-bali-nyonga.txt", settings)
    assert (kidnap.place.name, kidnap.place.feature, kidnap.actor1) == ("Northwest", "admin1", "Ambazonian Separatists")


def test_the_holder_of_a_place_tagged_as_an_organisation_is_no_side_by_that_name(settings):
    # "Israeli warplanes struck the Houthi-held port of Hodeidah" with "Houthi" tagged ORG (had been actor2 "Houthi")
    (strike,) = events_of("lf4-hodeidah-port.txt", settings)
    assert (strike.actor1, strike.actor2, strike.fatalities) == ("Military Forces of Israel (2022-)", "", 1)


# Batch lg: notes in ACLED's style (6) written unseen


def test_a_bracketed_town_that_names_its_governorate_places_an_unknown_village(settings):
    # "Khirbet Humsa (Tubas)", both tagged ORG and the village unknown (no event had been coded)
    (demolition,) = note_events("On 20 August 2020, Israeli forces demolished two residential structures in Khirbet Humsa "
                                "(Tubas) citing lack of building permits, displacing 10 Palestinians including children.",
                                date(2020, 8, 21), settings)
    assert (demolition.sub_event_type, demolition.actor1, demolition.place.name, demolition.place.geo_precision) == (
        "Looting/property destruction", "Military Forces of Israel (2009-)", "Tubas", 2)


def test_clashes_that_erupted_between_two_families_are_a_clan_battle(settings):
    (clash,) = note_events("On 28 August 2020, clashes erupted between two families in Al-Mudaina area north of Basra over "
                           "a land dispute, leaving two dead. Security forces intervened to stop the fighting.",
                           date(2020, 8, 29), settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Unidentified Clan Militia (Iraq)", "Unidentified Clan Militia (Iraq)", 2)


# Batch li-ll: wire reports (4) and notes in ACLED's style (5) written unseen


def test_a_teller_named_by_its_place_is_no_second_event_of_the_story(settings):
    # "The attackers fled ..., the Guanajuato state attorney general's office said" (had been a second attack
    # in the city of Guanajuato)
    (attack,) = events_of("li1-celaya.txt", settings)
    assert (attack.place.name, attack.fatalities, attack.event_date) == ("Celaya", 5, date(2024, 3, 13))
    # "Haryana police said protesters threw stones ..." after the farmers' march at the Punjab-Haryana border
    # (had been a riot in Haryana)
    (march,) = events_of("li5-shambhu.txt", settings)
    assert (march.place.name, march.actor2, march.event_date) == ("Punjab", "Police Forces of India (2014-)", date(2024, 2, 19))


def test_attackers_also_killed_in_the_exchange_of_fire_leave_the_soldiers_killed_the_other_side(settings):
    # "Militants attacked a military post ..., killing four soldiers, the army said, adding that three attackers
    # were also killed in the exchange of fire" (had no actor2)
    (clash,) = events_of("li4-north-waziristan.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan (2024-)", 7)


def test_a_commander_and_another_member_killed_are_two(settings):
    # "killed a Hezbollah field commander and another member of the group" (had been 1)
    strike, _ = events_of("li6-nabatieh.txt", settings)
    assert (strike.sub_event_type, strike.actor2, strike.fatalities) == ("Air/drone strike", "Hezbollah", 2)


def test_sna_in_somalia_is_the_somali_national_army(settings):
    (clash,) = note_events("On 8 January 2022, Al Shabaab militants attacked SNA positions in Bacadweyne (Mudug) with "
                           "mortars and small arms fire. The SNA repulsed the attack; 3 militants were killed.",
                           date(2022, 1, 9), settings)
    assert (clash.actor1, clash.actor2) == ("Al Shabaab", "Military Forces of Somalia (2017-)")


def test_settlers_stoning_palestinian_cars_are_a_mob_against_civilians(settings):
    (mob,) = note_events("On 6 May 2022, Israeli settlers from Yitzhar settlement threw stones at Palestinian vehicles on "
                         "the Huwwara checkpoint road near Huwwara (Nablus), damaging at least 5 cars.",
                         date(2022, 5, 7), settings)
    assert (mob.sub_event_type, mob.actor1, mob.assoc_actor_1, mob.actor2) == (
        "Mob violence", "Rioters (Israel)", "Settlers (Israel)", "Civilians (Palestine)")


def test_a_group_named_before_the_state_force_it_acted_with_is_associated(settings):
    (arrests,) = note_events("On 11 February 2023, Wagner Group forces and the Malian army conducted an operation in the "
                             "village of Sofara (Djenne, Mopti), arresting around 20 men suspected of collaborating "
                             "with JNIM. Two of the detainees were later found dead.", date(2023, 2, 12), settings)
    assert (arrests.sub_event_type, arrests.actor1, arrests.assoc_actor_1) == (
        "Arrests", "Military Forces of Mali (2021-)", "Wagner Group")
    # (and an associate is no other side: "Hezbollah fighters and the Syrian army attacked opposition positions")
    (attack,) = note_events("On 3 March 2023, Hezbollah fighters and the Syrian army attacked opposition positions in "
                            "Kafr Nabl (Idleb).", date(2023, 3, 4), settings)
    assert (attack.actor1, attack.assoc_actor_1) == ("Military Forces of Syria (2000-)", "Hezbollah")
    assert attack.actor2 != "Hezbollah"


def test_an_ambush_with_an_ied_alone_is_a_remote_explosive_on_a_force_named_by_its_country(settings):
    (ied,) = note_events("On 2 May 2023, Al Shabaab militants ambushed a convoy of Kenya Defence Forces (KDF) with an IED "
                         "on the road between Mandera and Elwak (Mandera). 4 KDF soldiers were killed.",
                         date(2023, 5, 3), settings)
    assert (ied.sub_event_type, ied.actor1, ied.actor2, ied.fatalities) == (
        "Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Kenya (2022-)", 4)


def test_the_wounded_counted_before_a_clash_of_supporters_are_no_crowd_size(settings):
    # "Two people were killed and at least 10 injured when supporters of the Trinamool Congress and the BJP clashed"
    # (had been a crowd of 10)
    (clash,) = events_of("lm3-bhangar.txt", settings)
    assert (clash.sub_event_type, clash.fatalities, clash.size) == ("Mob violence", 2, None)


def test_a_group_that_says_the_gunmen_killed_were_its_members_is_the_battles_other_side(settings):
    # "Israeli forces killed three Palestinian gunmen during a raid ... Islamic Jihad's Al-Quds Brigades said the three
    # were its members" (had been an unidentified armed group)
    (clash,) = events_of("lm5-jenin.txt", settings)
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "Palestinian Islamic Jihad", 3)


def test_a_foreign_base_attacked_is_its_nations_forces(settings):
    (strike,) = note_events("On 13 May 2022, PKK militants attacked a Turkish military base in Batifa area (Zakho, Duhok) "
                            "with rockets. No casualties were reported.", date(2022, 5, 14), settings)
    assert (strike.actor1, strike.actor2) == ("PKK: Kurdistan Workers Party", "Military Forces of Turkey (2016-)")


def test_jaish_e_mohammad_is_a_named_group(settings):
    (clash,) = note_events("On 15 January 2022, the Indian army killed 2 militants of the Jaish-e-Mohammad in an encounter "
                           "in Kulgam district (Jammu and Kashmir). One soldier was injured.", date(2022, 1, 16), settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Military Forces of India (2014-)", "JeM: Jaish-e-Mohammad", 2)


def test_a_thwarted_offensive_is_a_battle_and_a_coders_gloss_stays_with_its_side(settings):
    # "thwarted a Houthi offensive" (no event had been coded)
    (clash,) = note_events("On 17 July 2020, pro-Hadi forces backed by the southern resistance (coded as Southern "
                           "Resistance) reportedly thwarted a Houthi offensive in Murays (Damt, Ad Dali), with no reported "
                           "fatalities.", date(2020, 7, 18), settings)
    assert (clash.sub_event_type, clash.actor2) == ("Armed clash", "Military Forces of Yemen (2016-) Supreme Political Council")
    # "the Tihama Resistance (coded as pro-Hadi) reportedly repulsed a Houthi assault" (the gloss had been the other side)
    (clash,) = note_events("On 26 September 2020, the Giants Brigades and the Tihama Resistance (coded as pro-Hadi) "
                           "reportedly repulsed a Houthi assault in Al Durayhimi (Al Hudaydah), with no casualties "
                           "reported.", date(2020, 9, 27), settings)
    assert clash.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"
    # "Security Belt forces (coded as STC-affiliated) and local tribesmen": the glossed group is the first conjunct
    (clash,) = note_events("On 21 August 2020, Security Belt forces (coded as STC-affiliated) and local tribesmen "
                           "reportedly thwarted an AQAP incursion near Mudiyah (Abyan), with no reported fatalities.",
                           date(2020, 8, 22), settings)
    assert (clash.actor1, clash.actor2) == (
        "Military Forces of Yemen (2012-) Security Belt Forces", "AQAP: Al Qaeda in the Arabian Peninsula")


# Batch lp: scraped pages (2) written unseen


def test_a_story_of_one_towns_days_places_each_days_event_there(settings):
    # "On Sunday, a drone hit the city's international airport ... On Monday, drones targeted a fuel depot and a
    # power station" after Tuesday's strikes on Port Sudan (Monday's had no place and no event)
    events = events_of("lp1-port-sudan.txt", settings)
    assert sorted((e.event_date, e.place.name, e.sub_event_type) for e in events) == [
        (date(2025, 5, 4), "Port Sudan", "Air/drone strike"), (date(2025, 5, 5), "Port Sudan", "Air/drone strike"),
        (date(2025, 5, 6), "Port Sudan", "Air/drone strike")]


def test_a_police_command_confirming_a_raid_with_a_lower_toll_and_a_read_also_link(settings):
    # "The spokesperson of the Zamfara State Police Command ... confirmed the attack but said 12 people were killed"
    # (had been a second attack, by the police); "READ ALSO: Gunmen abduct 15 passengers in Kogi" (had been an
    # abduction in Kogi); "in Bungudu Local Government Area of Zamfara State" tagged ORG (had been the state)
    (raid,) = events_of("lp2-zamfara.txt", settings)
    assert (raid.place.name, raid.place.geo_precision, raid.fatalities, raid.actor1) == (
        "Bungudu", 2, 12, "Unidentified Armed Group (Nigeria)")


def test_a_town_tagged_with_half_its_bracket_and_a_province_spelt_nearly(settings):
    # "Port-au-Prince (Ouest" tagged as one place (no event had been coded)
    (arson,) = note_events("On 22 October 2023, unidentified assailants set fire to a bus belonging to a transport company "
                           "in Port-au-Prince (Ouest). No injuries were reported.", date(2023, 10, 23), settings)
    assert (arson.sub_event_type, arson.place.name, arson.place.geo_precision) == (
        "Looting/property destruction", "Port-au-Prince", 1)
    # "Eldhere (Galgaduud)", the town unknown and the province tagged a person, GeoNames' "Galguduud" (no event had
    # been coded)
    (takeover,) = note_events("On 14 November 2023, Al Shabaab militants seized control of the town of Eldhere "
                              "(Galgaduud) after government forces withdrew from their base without fighting.",
                              date(2023, 11, 15), settings)
    assert (takeover.sub_event_type, takeover.place.name, takeover.place.geo_precision, takeover.actor1) == (
        "Non-violent transfer of territory", "Galguduud", 3, "Al Shabaab")


# Batch lq-lr: notes (10) and wire reports (5) written unseen


def test_a_places_clause_after_another_act_is_typed_by_its_own_words(settings):
    # "In the Bolan district, militants blew up a railway bridge, and in Kalat six people including four police
    # officers were killed when gunmen attacked a checkpoint" (Kalat had been typed by the bridge's explosion)
    kalat = next(e for e in events_of("lr3-balochistan.txt", settings) if e.place.name == "Kalat")
    assert (kalat.sub_event_type, kalat.actor2, kalat.fatalities) == ("Armed clash", "Police Forces of Pakistan (2024-)", 6)


def test_two_factions_of_a_party_that_clashed_are_a_mob_on_both_sides(settings):
    # "two factions of the ruling Awami League clashed over control of a local market" (had been a battle of the party)
    (clash,) = events_of("lr4-narsingdi.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.assoc_actor_1, clash.actor2, clash.assoc_actor_2, clash.fatalities) == (
        "Mob violence", "Rioters (Bangladesh)", "AL: Bangladesh Awami League", "Rioters (Bangladesh)",
        "AL: Bangladesh Awami League", 1)


# Batch ls: notes in ACLED's style (10) written unseen


def test_a_demonym_inside_a_groups_name_is_not_the_crowds_nationality(settings):
    (protest,) = note_events("On 1 June 2022, members of the Serbian List held a protest in Zvecan (Mitrovica) against the "
                             "deployment of Kosovo special police units in the north. The protest was peaceful.",
                             date(2022, 6, 2), settings)
    assert (protest.actor1, protest.assoc_actor_1) == ("Protesters (Kosovo)", "Serbian List")


def test_unidentified_arsonists_are_an_unidentified_armed_group(settings):
    (arson,) = note_events("On 18 August 2022, unidentified arsonists set fire to a mosque in Dnipro (Dnipropetrovsk). The "
                           "fire was extinguished and no one was hurt.", date(2022, 8, 19), settings)
    assert (arson.sub_event_type, arson.actor1) == ("Looting/property destruction", "Unidentified Armed Group (Ukraine)")


def test_a_nations_positions_fired_at_are_its_forces(settings):
    (shelling,) = note_events("On 23 September 2022, Azerbaijani forces fired mortars at Armenian positions near Jermuk "
                              "(Vayots Dzor). One Armenian soldier was wounded.", date(2022, 9, 24), settings)
    assert (shelling.actor1, shelling.actor2) == ("Military Forces of Azerbaijan (2003-)", "Military Forces of Armenia (2018-)")


# Batch lt: wire reports (4) and a note written unseen


def test_an_events_own_day_stands_against_a_vaguer_one_of_what_else_its_doers_did(settings):
    # "attacked worshippers at a church ... on Christmas Eve ... Residents said the attackers also burned more than 20
    # houses in two nearby villages over the weekend" (had been dated the weekend)
    (attack,) = events_of("lt1-bokkos.txt", settings)
    assert (attack.event_date, attack.time_precision, attack.fatalities) == (date(2024, 12, 24), 1, 16)


def test_a_seized_base_near_an_unknown_town_is_in_the_bracketed_state(settings):
    # "seized a military base near Paletwa (Chin)", Paletwa unknown and "Chin" a common word (no event had been coded)
    (takeover,) = note_events("On 5 May 2023, Arakan Army fighters seized a military base near Paletwa (Chin) after two "
                              "days of fighting with junta troops.", date(2023, 5, 6), settings)
    assert (takeover.sub_event_type, takeover.actor1, takeover.place.name, takeover.place.geo_precision) == (
        "Non-state actor overtakes territory", "AA: Arakan Army", "Chin", 3)


# Batch lu: reports of no new event (5) written unseen, and a derby


def test_a_years_worldwide_tally_and_its_breakdown_are_no_events(settings):
    # "At least 281 aid workers were killed around the world in 2024 ... Most of the deaths were in Gaza, where Israeli
    # strikes killed more than 170 staff" (had been an attack in Geneva and an air strike in Gaza)
    assert events_of("lu3-aid-workers.txt", settings) == []


def test_a_protest_planned_for_a_day_to_come_and_banned_is_no_event(settings):
    # "A small protest planned in Bamako for Friday was banned by the authorities" (had been a protest last Friday)
    assert events_of("lu4-bamako-decree.txt", settings) == []


def test_fans_of_two_clubs_who_fought_are_a_mob(settings):
    # "Fans of Boca Juniors and River Plate fought with sticks and bottles ..., and police fired rubber bullets to
    # separate them" (had been a violent demonstration)
    (fight,) = events_of("lu5-buenos-aires-derby.txt", settings)
    assert (fight.sub_event_type, fight.actor1, fight.place.name) == ("Mob violence", "Rioters (Argentina)", "Buenos Aires")


# Batch lv: bulletins of many towns (2) written unseen


def test_a_where_clause_types_the_town_before_it_and_a_party_named_by_its_shared_acronym(settings):
    # "Police detained more than 80 people in Lahore and used tear gas in Faisalabad, where protesters threw stones at
    # officers" (Lahore had been a violent demonstration); "Imran Khan's PTI party" (had been the raw name "PTI party")
    by_place = {e.place.name: e for e in events_of("lv2-punjab-pti.txt", settings)}
    assert {name: e.sub_event_type for name, e in by_place.items()} == {
        "Lahore": "Protest with intervention", "Faisalabad": "Violent demonstration", "Multan": "Peaceful protest",
        "Rawalpindi": "Peaceful protest"}
    assert {e.assoc_actor_1 for e in by_place.values()} == {"PTI: Pakistan Tehreek-i-Insaf"}


# Batch lw: notes in ACLED's style (8) written unseen


def test_coca_growers_are_farmers_counted_as_a_crowd(settings):
    (blockade,) = note_events("On 4 October 2023, around 1,000 coca growers blocked the road between Villa Tunari and "
                              "Shinahota (Chapare, Cochabamba) demanding the withdrawal of eradication troops.",
                              date(2023, 10, 5), settings)
    assert (blockade.sub_event_type, blockade.assoc_actor_1, blockade.size) == ("Peaceful protest", "Farmers (Bolivia)", 1000)


def test_a_maoist_planted_ied_is_the_maoists(settings):
    (ied,) = note_events("On 19 February 2024, a Maoist-planted IED exploded near a CRPF camp in Bijapur district "
                         "(Chhattisgarh), injuring 2 CRPF personnel.", date(2024, 2, 20), settings)
    assert (ied.sub_event_type, ied.actor1) == (
        "Remote explosive/landmine/IED", "CPI (Maoist): Communist Party of India (Maoist)")


# Batch lx: wire reports (5) written unseen


def test_a_nurse_and_a_patient_killed_and_the_gunfight_that_retook_the_hospital(settings):
    # "killing a nurse and a patient" (had been 1); "Police and soldiers regained control of the hospital on Monday
    # after a gunfight with the gang members" (no event had been coded)
    attack, retaken = events_of("lx2-mirebalais.txt", settings)
    assert (attack.sub_event_type, attack.fatalities, attack.event_date) == ("Attack", 2, date(2024, 9, 15))
    assert (retaken.event_type, retaken.actor1, retaken.place.name, retaken.event_date) == (
        "Battles", "Police Forces of Haiti", "Mirebalais", date(2024, 9, 16))


def test_a_count_over_nights_of_protests_dated_only_by_its_telling_is_no_event(settings):
    # "Turkish police detained more than 1,100 people over five nights of protests ..., the interior minister said on
    # Monday" (had been a protest on Monday)
    events = events_of("lx3-istanbul.txt", settings)
    assert {(e.place.name, e.event_date) for e in events} == {
        ("Istanbul", date(2025, 3, 23)), ("Ankara", date(2025, 3, 23)), ("Izmir", date(2025, 3, 23))}


def test_armed_youths_from_a_community_are_its_ethnic_militia(settings):
    (raid,) = events_of("lx5-jonglei.txt", settings)  # "Armed youths from the Murle community killed 15 people"
    assert (raid.actor1, raid.fatalities) == ("Murle Ethnic Militia (South Sudan)", 15)


# Batch ly: notes in ACLED's style (7) written unseen


def test_an_attack_on_a_militias_post_is_a_battle(settings):
    events = note_events("On 7 March 2024, JNIM militants attacked the VDP post in Tanwalbougou (Fada N'Gourma, Gourma) and "
                         "the gendarmerie post in Natiaboani (Fada N'Gourma, Gourma). 12 VDP and 4 gendarmes were killed "
                         "in total.", date(2024, 3, 8), settings)
    assert {e.sub_event_type for e in events} == {"Armed clash"}
    assert {e.actor2 for e in events} == {"VDP: Volunteers for the Defense of the Homeland"}


def test_two_incidents_in_one_note_are_typed_each_by_its_own_act(settings):
    # "in two separate incidents, unidentified gunmen killed a farmer in Kauru (Kaduna) and abducted 5 travellers
    # ... near Katari (Kaduna)" (the abduction had been an attack on farmers, and the farmer two dead)
    killing, abduction = note_events("On 19 March 2024, in two separate incidents, unidentified gunmen killed a farmer in "
                                     "Kauru (Kaduna) and abducted 5 travellers on the Kaduna-Abuja highway near Katari "
                                     "(Kaduna).", date(2024, 3, 20), settings)
    assert (killing.sub_event_type, killing.place.name, killing.fatalities) == ("Attack", "Kauru", 1)
    assert (abduction.sub_event_type, abduction.assoc_actor_2, abduction.fatalities) == (
        "Abduction/forced disappearance", "", 0)


# Batch ma: notes in ACLED's style (7) written unseen


def test_a_former_commander_of_a_group_killed_is_a_civilian(settings):
    # "assassinated a former FSA commander who had reconciled with the regime" (had been JWS: Syrian National Army)
    (killing,) = note_events("On 5 December 2021, unidentified gunmen assassinated a former FSA commander who had reconciled "
                             "with the regime in Tafas town (Daraa) using small arms fire.", date(2021, 12, 6), settings)
    assert (killing.sub_event_type, killing.actor2, killing.fatalities) == ("Attack", "Civilians (Syria)", 1)


# Batch mb: wire reports (3) written unseen


def test_the_armys_rescue_of_abducted_students_is_its_battle_with_the_abductors(settings):
    # "The army said on Monday it had freed six of the students in an operation in which two separatist fighters were
    # killed" (no event had been coded: no place of its own)
    abduction, rescue = events_of("mb2-kumbo.txt", settings)
    assert (abduction.sub_event_type, abduction.actor1) == ("Abduction/forced disappearance", "Ambazonian Separatists")
    assert (rescue.sub_event_type, rescue.actor1, rescue.actor2, rescue.fatalities, rescue.place.name, rescue.event_date) == (
        "Armed clash", "Military Forces of Cameroon (1982-)", "Ambazonian Separatists", 2, "Kumbo", date(2025, 11, 10))


def test_a_crowd_of_two_kinds_is_counted(settings):
    (strike,) = events_of("mb3-lima-strike.txt", settings)  # "Thousands of bus and taxi drivers in Lima went on strike"
    assert (strike.sub_event_type, strike.size, strike.assoc_actor_1) == ("Protest with intervention", 2000, "Labour Group (Peru)")


# Batch mc: notes in ACLED's style (7) written unseen


def test_relatives_of_detainees_are_not_prisoners(settings):
    (sitin,) = note_events("On 17 February 2024, dozens of relatives of detainees held a sit-in outside the Palace of "
                           "Justice in Baghdad city (Baghdad), demanding the release of their sons held without trial.",
                           date(2024, 2, 18), settings)
    assert (sitin.sub_event_type, sitin.assoc_actor_1) == ("Peaceful protest", "")


def test_a_strike_killing_both_kills_two(settings):
    (strike,) = note_events("On 26 February 2024, an unidentified drone struck a car carrying two members of Kataib "
                            "Hezbollah on the road between Al-Qaim and Akashat (Al Anbar), killing both.",
                            date(2024, 2, 27), settings)
    assert (strike.sub_event_type, strike.actor2, strike.fatalities) == ("Air/drone strike", "Kataib Hezbollah", 2)


def test_settlers_burning_cars_in_march_are_a_mob_the_month_no_march(settings):
    # "On 9 March 2024, Israeli settlers set fire to 3 Palestinian cars": "March" had been read as a march (a
    # violent demonstration)
    (mob,) = note_events("On 9 March 2024, Israeli settlers set fire to 3 Palestinian cars and sprayed graffiti on walls "
                         "in Deir Dibwan (Ramallah). No injuries were reported.", date(2024, 3, 10), settings)
    assert (mob.sub_event_type, mob.assoc_actor_1, mob.actor2) == ("Mob violence", "Settlers (Israel)", "Civilians (Palestine)")


# Batches md, me: wire reports, a rights group's page, a group's statement and a bulletin (10), notes in
# ACLED's style (14), written unseen; 3 reports kept


def test_an_unclaimed_drone_on_a_base_hit_the_states_soldiers_and_a_clash_in_an_area_of_a_town(settings):
    strike, clash = events_of("md4-arauca.txt", settings)
    # "Two soldiers were killed ... when an explosive-laden drone struck a military base": the soldiers' army is
    # the other side (it had been taken for the drone's owner, then dropped as the target)
    assert (strike.sub_event_type, strike.actor1, strike.actor2, strike.fatalities) == (
        "Air/drone strike", "ELN: National Liberation Army", "Military Forces of Colombia (2022-)", 2)
    # "in the rural area of Tame", Tame tagged PERSON: the text calls it a place (about the town: precision 2)
    assert (clash.sub_event_type, clash.place.name, clash.place.geo_precision) == ("Armed clash", "Tame", 2)


def test_an_unclaimed_drone_that_killed_soldiers_is_an_unidentified_groups(settings):
    (strike,) = note_events("On 14 July 2024, an explosive-laden drone struck a military base in Tame (Arauca), "
                            "killing two soldiers.", date(2024, 7, 15), settings)
    assert (strike.actor1, strike.actor2) == ("Unidentified Armed Group (Colombia)", "Military Forces of Colombia (2022-)")


def test_an_attack_two_days_earlier_than_the_day_told(settings):
    executions, attack = events_of("me1-mbau.txt", settings)
    assert (executions.actor1, executions.fatalities, executions.event_date) == (
        "Military Forces of Mozambique (1975-)", 7, date(2025, 1, 4))
    # "had attacked an army position near Mbau two days earlier, killing one soldier"
    assert (attack.sub_event_type, attack.event_date, attack.time_precision) == ("Armed clash", date(2025, 1, 2), 1)


def test_a_guided_bomb_is_an_air_strike_of_the_nation_named(settings):
    bomb = events_of("me4-kharkiv.txt", settings)[0]  # "A Russian guided bomb hit a residential neighbourhood in Kharkiv"
    assert (bomb.sub_event_type, bomb.actor1, bomb.place.name) == (
        "Air/drone strike", "Military Forces of Russia (2000-)", "Kharkiv")


def test_retired_officers_who_staged_a_sit_in_are_counted(settings):
    (sitin,) = note_events("On 5 June 2024, around 200 retired military officers staged a sit-in in front of the Ministry "
                           "of Finance in Beirut (Beirut), demanding an increase in their pensions.", date(2024, 6, 6), settings)
    assert (sitin.sub_event_type, sitin.size) == ("Peaceful protest", 200)


def test_detainees_to_be_exchanged_are_no_party_to_an_agreement(settings):
    (deal,) = note_events("On 8 June 2024, the SDF and the Syrian regime reached an agreement to exchange detainees in "
                          "Qamishli (Al-Hasakeh).", date(2024, 6, 9), settings)
    assert (deal.sub_event_type, deal.actor1, deal.actor2) == ("Agreement", "QSD: Syrian Democratic Forces", "")


def test_police_who_fought_the_kidnappers_after_an_abduction_fought_a_clash_of_its_own(settings):
    abduction, clash = events_of("mf2-kaduna.txt", settings)
    assert (abduction.sub_event_type, abduction.fatalities) == ("Abduction/forced disappearance", 0)
    # "Police spokesman Mansir Hassan said officers exchanged fire with the kidnappers and rescued five of the
    # passengers, but one officer was shot dead": the police's battle at the abduction's place (the passengers
    # named again made it more of the abduction; the last clause had typed it an attack, killing five)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Police Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)", 1)
    assert clash.place.name == abduction.place.name


# Batch mg: notes in ACLED's style (12) written unseen


def test_a_town_in_a_bracket_read_doubtfully_abroad_stays_the_town(settings):
    # "Sitra (Central)": Bahrain's Central governorate is gone from GeoNames, and "Central" read as Uganda's (one
    # of 37 readings) had stood in for the town, or made the town a namesake astray
    for text in ("On 12 July 2020, Bahraini protesters held a candlelight vigil in Sitra (Central) in solidarity with "
                 "political prisoners.",
                 "On 12 July 2020, protesters held a candlelight vigil in Sitra (Central) in solidarity with political prisoners."):
        (vigil,) = note_events(text, date(2020, 7, 13), settings)
        assert (vigil.place.name, vigil.place.iso3, vigil.actor1) == ("Sitrah", "BHR", "Protesters (Bahrain)")
    # (a bracket read surely still rules: "Sitra (Northern)", Sitrah lying in the Capital governorate)
    (vigil,) = note_events("On 12 July 2020, Bahraini protesters held a candlelight vigil in Sitra (Northern).",
                           date(2020, 7, 13), settings)
    assert (vigil.place.name, vigil.place.geo_precision) == ("Northern", 3)


# Batch mh: wire reports (5) and notes (4) written unseen; 2 reports kept


def test_the_attackers_attributed_in_the_next_sentence_are_the_group_named(settings):
    (attack,) = events_of("mh1-maiduguri.txt", settings)
    # "The attackers, believed to be from the Islamic State West Africa Province, tied the victims' hands ..."
    assert (attack.actor1, attack.fatalities, attack.place.geo_precision) == (
        "ISWAP: Islamic State West Africa Province", 12, 2)
    assert attack.evidence_for("actor1").text == "Islamic State West Africa Province"


def test_bodies_whose_discovery_set_off_a_mobs_arson_are_not_its_dead(settings):
    events = events_of("mh3-imphal.txt", settings)
    arson = [e for e in events if e.sub_event_type == "Mob violence"]
    # "after mobs set fire to the houses of three legislators following the discovery of six bodies in a river"
    assert arson and all(e.fatalities == 0 and e.actor1 == "Rioters (India)" for e in arson)


def test_a_former_army_officer_shot_dead_is_a_civilian(settings):
    (killing,) = note_events("On 1 March 2025, gunmen on a motorcycle shot dead a former army officer in Homs city (Homs).",
                             date(2025, 3, 2), settings)
    assert (killing.sub_event_type, killing.actor2) == ("Attack", "Civilians (Syria)")
    (killing,) = note_events("On 1 March 2025, gunmen on a motorcycle shot dead an army officer in Homs city (Homs).",
                             date(2025, 3, 2), settings)
    assert (killing.sub_event_type, killing.actor2) == ("Armed clash", "Military Forces of Syria (2024-)")


# Batch mi: a scraped page and wire reports (5) written unseen; 3 kept


def test_a_town_twenty_km_from_the_place_named_is_near_it(settings):
    (attack,) = events_of("mi2-bali.txt", settings)
    # "The attack took place in Bali Nyonga, about 20 km from the regional capital Bamenda", Bali Nyonga unknown
    assert (attack.place.name, attack.place.geo_precision, attack.fatalities) == ("Bamenda", 2, 5)


def test_a_fight_on_the_ground_is_no_detail_of_a_drone_strike_told_by_its_province(settings):
    strike, fight = events_of("mi3-north-shewa.txt", settings)
    assert (strike.sub_event_type, strike.place.name, strike.place.geo_precision, strike.fatalities) == (
        "Air/drone strike", "Amhara", 3, 8)
    # "Fano militiamen briefly seized the town of Debre Berhan's outskirts on the same day before withdrawing"
    assert (fight.sub_event_type, fight.actor1, fight.place.name, fight.place.geo_precision) == (
        "Armed clash", "Fano Militia", "Debre Birhan", 2)


def test_both_sides_dead_counted_when_the_second_is_named_with_its_acronym(settings):
    (clash,) = events_of("mi4-las-navas.txt", settings)  # "Two soldiers and three New People's Army (NPA) rebels were killed"
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 5)


# Batch mj: wire reports (3) written unseen; 2 kept


def test_a_family_of_seven_among_a_strips_dead_is_the_towns_share(settings):
    jabalia, khan_younis = events_of("mj2-jabalia.txt", settings)
    # "killed at least 38 people across the Gaza Strip ..., including a family of seven in a house in Jabalia"
    assert (jabalia.place.name, jabalia.fatalities) == ("Jabalya", 7)
    assert (khan_younis.place.name, khan_younis.fatalities) == ("Khan Yunis", 5)


def test_rebels_who_entered_a_capital_and_declared_its_rulers_end_took_it(settings):
    (taken,) = events_of("mj3-damascus.txt", settings)
    # "Syrian rebels entered Damascus on Sunday and declared the end of Bashar Assad's rule"
    assert (taken.sub_event_type, taken.actor1, taken.place.name) == (
        "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Damascus")
    # (rebels who entered a town and left it took nothing: no holding told)
    events = note_events("On 5 May 2024, rebels entered Kafr Nabl (Idleb) and withdrew after an hour.", date(2024, 5, 6), settings)
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in events)


# Batch mk: wire reports (4) written unseen; 1 kept


def test_protests_a_warning_judges_illegal_are_not_held(settings):
    (met,) = events_of("mk3-nairobi.txt", settings)
    # "... said on Sunday it would hold nationwide protests on Tuesday ... Police have warned that the protests are
    # illegal": the planned protests, not held (they had been coded on the Tuesday before)
    assert (met.sub_event_type, met.event_date, met.actor2) == (
        "Protest with intervention", date(2025, 1, 18), "Police Forces of Kenya (2022-)")


# Batch ml: notes in ACLED's style (10) written unseen


def test_a_group_that_set_up_a_military_position_took_it_from_no_one(settings):
    (post,) = note_events("On 6 June 2020, Hezbollah established a new military position on a hill overlooking Shebaa "
                          "(Hasbaya, Nabatieh).", date(2020, 6, 7), settings)
    assert (post.sub_event_type, post.actor1, post.actor2) == ("Headquarters or base established", "Hezbollah", "")


def test_the_landmine_a_next_sentence_says_was_planted_by_a_group_is_that_groups(settings):
    (blast,) = note_events("On 9 June 2020, a landmine exploded under a vehicle in Al-Khawkhah (Al Hudaydah), killing 3 "
                           "civilians. The landmine was reportedly planted by Houthi forces.", date(2020, 6, 10), settings)
    assert (blast.sub_event_type, blast.actor1, blast.fatalities) == (
        "Remote explosive/landmine/IED", "Military Forces of Yemen (2016-) Supreme Political Council", 3)


# Batch mm: notes in ACLED's style (10) written unseen


def test_youths_who_threw_stones_at_a_nations_forces_rioted_against_them(settings):
    (riot,) = note_events("On 5 May 2020, Palestinian youths threw stones at Israeli forces in Kafr Qaddum (Qalqilya).",
                          date(2020, 5, 6), settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == (
        "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel (2009-)")


def test_a_town_spelt_as_its_districts_name_is_the_town_and_a_rural_area_is_about_it(settings):
    (clash,) = note_events("On 12 May 2020, members of the Iraqi security forces clashed with a tribal group in Al-Zubair "
                           "(Basrah), resulting in the killing of a member of the tribe.", date(2020, 5, 13), settings)
    # "Al-Zubair" is GeoNames' name of the district alone; the town is "Az Zubayr"
    assert (clash.place.name, clash.place.feature, clash.place.geo_precision) == ("Az Zubayr", "city", 1)
    (op,) = note_events("On 6 May 2020, a PKK militant was killed by Turkish forces in an operation in the rural area of "
                        "Semdinli (Hakkari).", date(2020, 5, 7), settings)
    assert (op.place.name, op.place.geo_precision) == ("Semdinli", 2)


# Batch mn: notes in ACLED's style (7) written unseen


def test_a_bracket_closed_by_a_province_spelt_as_acled_spells_it_places_an_unknown_villages_shelling(settings):
    # every name tagged a person, the district unknown: "Idleb" had been no place, and "Al-Bara" in the next
    # sentence, read near Basrah, had put the note in Iraq
    events = note_events("On 20 April 2020, regime forces shelled Kafr Aweid and Sufuhen (Jabal Az-Zawiya, Idleb). In "
                         "addition, Russian warplanes conducted airstrikes on the outskirts of Al-Bara. No casualties were "
                         "reported.", date(2020, 4, 21), settings)
    assert events and all(e.place.iso3 == "SYR" for e in events)
    assert (events[0].sub_event_type, events[0].actor1, events[0].place.admin1) == (
        "Shelling/artillery/missile attack", "Military Forces of Syria (2000-)", "Idlib")


# Batch mo: reports (14) and notes (14) written unseen, 6 reports kept


def test_both_sides_named_again_and_a_teller_of_the_shells_are_the_event_just_told(settings):
    # "The two groups fought with sticks and bricks over control of a local market in Shibganj sub-district":
    # the party clash just told, placed more precisely (it had been a second clash with no sides)
    clash, strike = events_of("mo5-dhaka.txt", settings)
    assert (clash.sub_event_type, clash.place.name, clash.place.admin2, clash.fatalities) == (
        "Mob violence", "Shibganj", "Bogura", 1)
    assert (clash.assoc_actor_1, clash.assoc_actor_2) == ("BNP: Bangladesh Nationalist Party", "JIB: Jamaat-e-Islami Bangladesh")
    assert strike.place.name == "Dhaka"
    # "The Sudan Doctors Network said the shells struck a market ... in the camp, where people who fled
    # earlier fighting in North Darfur have sheltered": the shelling told again, not a second one in the
    # province; and the army's fight "on the city's southeastern outskirts" is about El Fasher
    shelling, fight = events_of("mo1-fasher.txt", settings)
    assert (shelling.place.name, shelling.place.geo_precision, shelling.fatalities) == ("El Fasher", 2, 19)
    assert (fight.place.name, fight.place.geo_precision, fight.event_date) == ("El Fasher", 2, date(2025, 5, 20))


def test_the_doers_named_again_are_the_group_they_are_linked_to(settings):
    # "Islamist insurgents beheaded four men ... The fighters, linked to Islamic State and known locally as
    # al-Shabaab, raided the village of Mitambo ..., burning around 30 houses": one attack, by that group
    (attack,) = events_of("mo2-mocimboa.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == ("Attack", "Islamic State (Mozambique)", 4)
    (raid,) = note_events("On 1 June 2025, al-Shabaab insurgents attacked Mitambo village (Muidumbe, Cabo Delgado), "
                          "beheading 4 men and burning about 30 houses.", date(2025, 6, 2), settings)
    assert (raid.actor1, raid.fatalities) == ("Islamic State (Mozambique)", 4)  # not Somalia's al-Shabaab
    (ambush,) = note_events("On 2 June 2025, Al-Shabaab militants ambushed a KDF patrol near Mandera town (Mandera). "
                            "2 soldiers were killed.", date(2025, 6, 3), settings)
    assert (ambush.actor1, ambush.actor2) == ("Al Shabaab", "Military Forces of Kenya (2022-)")


def test_a_rights_groups_finding_dated_in_full_in_its_lead_is_news_weeks_later(settings):
    # "(Nairobi, April 9, 2025) - Ethiopian federal soldiers summarily executed at least 12 civilians ... on
    # March 2, Human Rights Watch said today": no background; "dragging men out and shooting them" after
    # "Fano militia fighters withdrew from the area" is the same killing, no handover of territory
    (killing,) = events_of("mo9-hrw.txt", settings)
    assert (killing.event_date, killing.sub_event_type, killing.fatalities) == (date(2025, 3, 2), "Attack", 12)
    assert (killing.actor1, killing.place.name) == ("Military Forces of Ethiopia (2018-)", "Bahir Dar")


def test_a_battle_on_two_days_is_one_on_each_its_dead_counted_once(settings):
    tuesday, wednesday = events_of("mo7-goma.txt", settings)
    assert (tuesday.event_date, tuesday.fatalities, wednesday.event_date, wednesday.fatalities) == (
        date(2025, 11, 11), 7, date(2025, 11, 12), 0)
    assert tuesday.actor1 == wednesday.actor1 == "M23: March 23 Movement"


def test_militants_who_fired_when_surrounded_fought_and_the_slain_are_named_by_their_group(settings):
    # "... a search operation ... militants, who opened fire when surrounded": the gunfight, no attack on
    # civilians; "Police said the slain militants belonged to the Jaish-e-Mohammed group": the other side;
    # "Anti-India protests broke out in the village after the gunfight": a riot of its own
    clash, riot = events_of("mo14-kashmir.txt", settings)
    assert (clash.sub_event_type, clash.actor2, clash.fatalities) == ("Armed clash", "JeM: Jaish-e-Mohammad", 3)
    assert (riot.sub_event_type, riot.actor2) == ("Violent demonstration", "Military Forces of India (2014-)")


def test_herders_who_attacked_those_accused_of_membership_and_a_coalitions_air_defences(settings):
    (attack,) = note_events("On 10 March 2021, a group of Fulani herders attacked Kwatas village (Bokkos, Plateau), "
                            "killing 4 farmers. Property destroyed.", date(2021, 3, 11), settings)
    assert (attack.actor1, attack.fatalities) == ("Fulani Ethnic Militia (Nigeria)", 4)
    (arrests,) = note_events("Around 8 March 2021 (as reported), Rwandan soldiers crossed into Congolese territory in "
                             "Nyiragongo (Nord-Kivu) and arrested 2 Congolese herders, accusing them of being FDLR "
                             "members.", date(2021, 3, 9), settings)
    assert (arrests.actor1, arrests.actor2) == ("Military Forces of Rwanda (2000-)", "Civilians (Democratic Republic of Congo)")
    (stopped,) = note_events("On 12 March 2021, the Houthis fired a ballistic missile toward Marib city (Marib). The "
                             "missile was intercepted by Saudi-led coalition air defences. No casualties.",
                             date(2021, 3, 13), settings)
    assert (stopped.sub_event_type, stopped.actor1, stopped.actor2) == (
        "Disrupted weapons use", "Operation Restoring Hope", "Military Forces of Yemen (2016-) Supreme Political Council")


def test_inmates_set_free_are_no_target_and_frontier_corps_are_the_army(settings):
    # "attacked the central Haitian town of Mirebalais ..., setting fire to homes and freeing nearly 530 inmates"
    (attack,) = events_of("n4-mirebalais.txt", settings)
    assert attack.actor2 == "Civilians (Haiti)"
    _, bomb = events_of("v1-balochistan.txt", settings)
    assert bomb.actor2 == "Military Forces of Pakistan (2024-)"


def test_a_notes_place_bracket_is_no_side_and_an_off_duty_officer_or_a_mukhtar_is_a_civilian(settings):
    # "in Wadi Sayl area (Al Mahad, Abyan)": spaCy tags the district ORG; it is the note's place bracket, and
    # "Al Qawz Junction (Al Qabbaytah, Lahij)" the place it locates: no side's associates
    (ambush,) = note_events("On 6 May 2020, Security Belt Forces reportedly ambushed, with heavy weapons, a patrol of the "
                            "pro-Hadi 39th Armoured Brigade in Wadi Sayl area (Al Mahad, Abyan), killing 2 of them.",
                            date(2020, 5, 7), settings)
    assert (ambush.actor2, ambush.assoc_actor_2) == ("Military Forces of Yemen (2012-)", "")
    (clash,) = note_events("On 7 May 2020, pro-Hadi forces clashed with Houthi forces in Al Qawz Junction (Al Qabbaytah, "
                           "Lahij), killing 3 fighters.", date(2020, 5, 8), settings)
    assert (clash.actor2, clash.assoc_actor_2) == ("Military Forces of Yemen (2016-) Supreme Political Council", "")
    (shooting,) = note_events("On 4 May 2020, gunmen shot dead an off-duty soldier in Tikrit (Saladin).", date(2020, 5, 5), settings)
    assert (shooting.sub_event_type, shooting.actor2) == ("Attack", "Civilians (Iraq)")
    (house,) = note_events("On 5 May 2020, unidentified gunmen attacked the home of an off duty border police officer in "
                           "Baiji (Saladin), killing him.", date(2020, 5, 6), settings)
    assert house.actor2 == "Civilians (Iraq)"
    (raid,) = events_of("bx1-kirkuk-note.txt", settings)  # "attacked the house of a mukhtar ..., killing him and his son"
    assert (raid.sub_event_type, raid.actor2) == ("Attack", "Civilians (Iraq)")


def test_a_coders_toll_spread_across_places_is_shared_and_harm_in_a_prison_is_its_guards(settings):
    # "Unknown reported fatalities coded as 10 and spread across two locations": one place coded, its share
    (taken,) = note_events("On 3 May 2020, pro-Hadi forces reportedly took control of Jabal Nimr and Qarn al Bakr areas "
                           "in the Murays front (Qatabah, Ad Dali), killing and injuring a number of pro-Houthi fighters. "
                           "Clashes were also reported in Wadi Khabb. Unknown reported fatalities coded as 10 and spread "
                           "across two locations.", date(2020, 5, 4), settings)
    assert taken.fatalities == 5
    (prison,) = events_of("cw4-note.txt", settings)  # "died as a result of torture in the regime's Saydnaya military prison"
    assert prison.actor1 == "Military Forces of Syria (2000-) Prison Guards"
    (death,) = note_events("On 3 May 2021, an Iranian Kurdish prisoner died after being tortured in Urmia prison (West "
                           "Azerbaijan), rights groups said.", date(2021, 5, 4), settings)
    assert death.actor1 == "Police Forces of Iran (1989-) Prison Guards"


# Batch mp: reports (8) written unseen, 5 kept


def test_a_press_releases_kidnapping_its_rescuers_gun_duel_and_they_of_a_place_clause(settings):
    # "rescued nine travellers who were kidnapped on Saturday along the Lokoja-Abuja highway near Koton-Karfe":
    # the release calls the kidnappers suspects, but police fought them ("engaged them in a gun duel"), so the
    # abduction is no ordinary crime; "a joint team of police ... traced the kidnappers to a forest ..., where
    # they engaged them": 'they' are the team
    abduction, duel = events_of("mp2-pressrelease.txt", settings)
    assert (abduction.sub_event_type, abduction.event_date, abduction.place.name) == (
        "Abduction/forced disappearance", date(2025, 9, 13), "Koton-Karfe")
    assert (duel.sub_event_type, duel.actor1, duel.actor2) == (
        "Armed clash", "Police Forces of Nigeria (2023-)", "Unidentified Armed Group (Nigeria)")


def test_an_encounter_retold_at_an_unknown_village_and_a_groups_long_name_in_the_toll(settings):
    # "Two suspected members of the New People's Army (NPA) were killed in an encounter ... Troops ... were
    # fired upon in Barangay Camansi": the village unknown, its region's clash of the same sides that day is
    # the encounter told again
    (encounter,) = events_of("mp4-npa.txt", settings)
    assert (encounter.place.name, encounter.actor2, encounter.fatalities) == ("Kabankalan", "NPA: New People's Army", 2)


def test_clans_named_after_tribal_fighting_and_clan_militias_that_fired(settings):
    clash, _ = events_of("mp5-enga.txt", settings)  # "Fighting between the Sau and Yakan clans erupted near Wabag"
    assert (clash.actor1, clash.actor2, clash.place.name) == (
        "Sau Clan Militia (Papua New Guinea)", "Yakan Clan Militia (Papua New Guinea)", "Wabag")
    *_, galkayo = events_of("mp1-roundup.txt", settings)  # "- Galkayo: Clan militias exchanged fire over a land dispute"
    assert (galkayo.place.name, galkayo.actor1, galkayo.actor2) == (
        "Gaalkacyo", "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)")


def test_a_province_spelt_with_the_feminine_ending_of_its_alternate_name(settings):
    # "a drone struck an oil field in Sulaimaniyah province": GeoNames spells it Sulaymaniyah (alternate
    # Sulaimaniya); the sentence had been rejected as placeless
    _, strike = events_of("mp7-erbil.txt", settings)
    assert (strike.sub_event_type, strike.place.name, strike.place.geo_precision) == ("Air/drone strike", "Sulaymaniyah", 3)


# Batch mq: reports (7) and notes (14) written unseen, 4 kept


def test_a_supporters_march_met_by_tear_gas_is_a_riot_on_the_day_of_the_clash_not_of_its_setting_off(settings):
    # "police fired tear gas on Tuesday at thousands of supporters of jailed former Prime Minister Imran Khan ...,
    # and several police officers were injured in clashes": no party brawl, no battle; "The marchers, who set off
    # from Peshawar on Monday, pelted police with stones ... at Attock": the day they set off is not the clash's
    (riot,) = events_of("mq7-islamabad.txt", settings)
    assert (riot.sub_event_type, riot.actor1, riot.actor2) == ("Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan (2024-)")
    assert (riot.event_date, riot.place.name) == (date(2025, 1, 14), "Attock City")


def test_drones_of_a_country_the_lead_names_and_a_possessive_towns_outskirts(settings):
    # "Russia launched a wave of drones and missiles at Ukraine overnight ... In Zaporizhzhia, ... when a drone
    # hit a residential building": Russia's, not the place's own forces
    events = events_of("mq3-ukraine.txt", settings)
    assert [e.place.name for e in events] == ["Zaporizhzhya", "Pavlohrad", "Kharkiv"]
    assert {e.actor1 for e in events} == {"Military Forces of Russia (2000-)"}
    # "The army said it had repelled an RSF attack on El Obeid's northern outskirts" ("El Obeid's" tagged ORG)
    _, repelled = events_of("mq4-darfur.txt", settings)
    assert (repelled.sub_event_type, repelled.place.name, repelled.place.geo_precision) == ("Armed clash", "El Obeid", 2)


def test_strikes_reported_on_the_outskirts_of_an_unknown_town_and_a_known_one(settings):
    # "Strikes were also reported on the outskirts of Khiam and Kfar Kila", Khiam unknown: the list's reading
    # is its first name's, and "Strikes" in a story of air strikes is one of them
    bint_jbeil, kfar_kila = events_of("mq5-lebanon.txt", settings)
    assert (kfar_kila.sub_event_type, kfar_kila.place.name, kfar_kila.place.geo_precision) == ("Air/drone strike", "Kfar Kila", 2)
    assert kfar_kila.actor1 == bint_jbeil.actor1 == "Military Forces of Israel (2022-)"


def test_a_days_long_demonstration_is_one_a_day_and_a_lead_recalling_its_days_adds_none(settings):
    # "... after three days of anti-government protests this week ... from Wednesday to Friday": three days'
    # riots, no protest of the lead's own
    events = events_of("ii8-lome.txt", settings)
    assert sorted(e.event_date for e in events if e.place.name == "Lome") == [date(2026, 6, 25), date(2026, 6, 26), date(2026, 6, 27)]
    assert {e.sub_event_type for e in events} == {"Violent demonstration"}


# Batch mr: reports (5) written unseen, 3 kept


def test_protesters_who_tried_to_storm_a_building_rioted_and_a_headlines_capital(settings):
    # "Three people were killed when police opened fire on protesters trying to storm a police station in the
    # town of Lqliaa": a riot met by force, not force against a peaceful crowd
    lqliaa, *_ = events_of("mr1-morocco.txt", settings)
    assert (lqliaa.sub_event_type, lqliaa.actor1, lqliaa.fatalities) == ("Violent demonstration", "Rioters (Morocco)", 3)
    # "Drone strike kills 8 children in Haitian capital ... PORT-AU-PRINCE - ... in Cite Soleil", Cite Soleil
    # unknown: about the capital the headline names, not anywhere in Haiti
    (strike,) = events_of("mr5-haiti.txt", settings)
    assert (strike.place.name, strike.place.geo_precision, strike.fatalities) == ("Port-au-Prince", 2, 9)


def test_last_months_capture_recalled_and_a_crowd_counted_for_several_cities(settings):
    # "The rebels seized Bukavu, the capital of South Kivu province, last month": background to the blasts
    (blasts,) = events_of("mr2-bukavu.txt", settings)
    assert (blasts.place.name, blasts.fatalities) == ("Bukavu", 11)
    # "The protests ... drew tens of thousands of people in several cities": no one city's crowd
    assert all(e.size is None for e in events_of("mr4-nepal.txt", settings))


# Batch ms: notes in ACLED's style (14) written unseen


def test_taken_from_a_town_members_of_two_tribes_and_a_confrontation_the_soldiers_met(settings):
    # "abducted a civilian from Afrin city (Aleppo)": where he was taken from, not the bracket's province
    (abduction,) = note_events("On 31 May 2020, Turkish-backed factions abducted a civilian from Afrin city (Aleppo) and "
                               "took him to an unknown location.", date(2020, 6, 1), settings)
    assert (abduction.place.name, abduction.place.geo_precision) == ("Afrin", 1)
    (clash,) = note_events("On 29 May 2020, clashes broke out between members of two tribes in Al Hamdaniya (Ninewa) over "
                           "a land dispute, using light weapons. One person was killed.", date(2020, 5, 30), settings)
    assert (clash.actor1, clash.actor2, clash.fatalities) == (
        "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)", 1)
    # "Israeli soldiers shot and injured a Palestinian youth during confrontations ... Youths threw stones at the
    # soldiers": the confrontation was the youths' riot the soldiers met
    (riot,) = note_events("On 26 May 2020, Israeli soldiers shot and injured a Palestinian youth during confrontations at "
                          "the northern entrance of Al Bireh (Ramallah and al Bireh). Youths threw stones at the soldiers.",
                          date(2020, 5, 27), settings)
    assert (riot.event_type, riot.actor1, riot.actor2) == ("Riots", "Rioters (Palestine)", "Military Forces of Israel (2009-)")


# Batch mt: reports (4) written unseen, 2 kept


def test_an_army_tells_its_air_strike_and_a_clause_with_its_own_day(settings):
    # "the army said an air strike on Saturday destroyed a terrorist base near Djibo, while ground troops repelled
    # an attack on a military post in Arbinda on Sunday": the army's own strike, and the battle on Sunday
    strike, battle = events_of("mt1-burkina.txt", settings)
    assert (strike.actor1, strike.event_date) == ("Military Forces of Burkina Faso (2022-)", date(2025, 3, 1))
    assert (battle.place.name, battle.event_date, battle.sub_event_type) == ("Aribinda", date(2025, 3, 2), "Armed clash")
    # "Suspected militants fired several rounds at Phubala village ..., prompting security forces to retaliate"
    (fire,) = events_of("mt2-manipur.txt", settings)
    assert (fire.sub_event_type, fire.actor1, fire.place.name) == ("Armed clash", "Unidentified Armed Group (India)", "Bishnupur")


# Batch mu: reports (3) written unseen, 2 kept


def test_a_placed_retelling_escalates_and_separatists_arson_in_a_nearby_village_is_its_own(settings):
    # "... during three days of protests ... Protesters ... set fire to a police station in the Ubungo area of Dar
    # es Salaam on Thursday": the protests placed, and violent
    dar, *_ = events_of("mu1-tanzania.txt", settings)
    assert (dar.place.name, dar.sub_event_type, dar.actor1, dar.event_date) == (
        "Dar es Salaam", "Violent demonstration", "Rioters (Tanzania)", date(2025, 10, 30))
    # "The separatists also set fire to a government school in the nearby village of Bamessing the same day":
    # armed men's arson (no rioters), at another site than the ambush (no part of it)
    ambush, arson = events_of("mu2-cameroon.txt", settings)
    assert (arson.sub_event_type, arson.actor1) == ("Looting/property destruction", "Ambazonian Separatists")
    assert (ambush.sub_event_type, ambush.fatalities) == ("Armed clash", 2)


# Batches mv and mw: reports (14) written unseen, 11 kept


def test_a_killing_in_a_municipality_named_by_its_seat_is_near_it(settings):
    # "gunmen killed a community leader in the village of Puerto Jordan, in the municipality of Arauquita"
    _, killing = events_of("mv1-arauca.txt", settings)
    assert (killing.place.name, killing.place.geo_precision, killing.sub_event_type) == ("Arauquita", 2, "Attack")


def test_gangs_named_at_an_unknown_spot_are_the_sides_and_relatives_outside_the_prison_protest_there(settings):
    # "Members of Los Choneros and Los Lobos clashed in two wings of the Litoral Penitentiary" after "rival
    # gangs fought ... inside Ecuador's largest prison in the port city of Guayaquil"
    fight, relatives = events_of("mv2-guayaquil.txt", settings)
    assert (fight.actor1, fight.actor2, fight.assoc_actor_2, fight.fatalities) == ("Los Choneros", "Los Lobos", "", 17)
    # "Relatives of prisoners gathered outside the prison on Wednesday morning ... Police used tear gas"
    assert (relatives.place.name, relatives.sub_event_type, relatives.event_date) == (
        "Guayaquil", "Protest with intervention", date(2026, 11, 18))


def test_border_guards_of_two_countries_are_both_armies(settings):
    # "Border guards of Kyrgyzstan and Tajikistan exchanged fire near the village of Kok-Tash"
    (clash,) = events_of("mv3-batken.txt", settings)
    assert (clash.actor1, clash.actor2) == ("Military Forces of Kyrgyzstan", "Military Forces of Tajikistan")


def test_a_dated_cause_of_an_air_strike_is_an_event_of_its_own(settings):
    # "... said the military had targeted the village because its fighters had attacked a police station in the
    # nearby town of Ye-U on Sunday. Two police officers were killed in that attack"
    strike, attack = events_of("mv4-sagaing.txt", settings)
    assert strike.sub_event_type == "Air/drone strike"
    assert (attack.place.name, attack.event_date, attack.actor1, attack.actor2, attack.fatalities) == (
        "Ye-u", date(2026, 9, 27), "PDF: People's Defense Force", "Police Forces of Myanmar (2021-)", 2)


def test_a_nearby_town_read_abroad_is_its_own_march_near_the_story_town(settings):
    # "In nearby Motherwell, about 200 residents marched peacefully", Motherwell read in Scotland (with "The
    # Nelson Mandela Bay municipality" read as Nelson, England): near Gqeberha, another crowd than the riot's
    riot, march = events_of("mv5-gqeberha.txt", settings)
    assert (riot.place.name, riot.place.geo_precision, riot.sub_event_type) == ("Gqeberha", 1, "Violent demonstration")
    assert (march.place.name, march.place.geo_precision, march.sub_event_type) == ("Gqeberha", 2, "Peaceful protest")


def test_a_crowd_outside_the_court_of_the_story_is_in_the_dateline_town_with_its_party(settings):
    # "LAHORE - A court in Pakistan sentenced six men ... Outside the court, about 50 supporters of the
    # Tehreek-e-Labbaik Pakistan (TLP) chanted slogans against the verdict before police dispersed them"
    (protest,) = events_of("mv6-court.txt", settings)
    assert (protest.place.name, protest.sub_event_type, protest.assoc_actor_1, protest.size) == (
        "Lahore", "Protest with intervention", "TLP: Tehreek-e-Labbaik Pakistan", 50)


def test_a_market_named_for_a_weekday_gives_no_day(settings):
    # "defused an improvised explosive device found near the Monday Market in Maiduguri on Tuesday"
    defusal, _ = events_of("mv7-maiduguri.txt", settings)
    assert (defusal.place.name, defusal.event_date) == ("Maiduguri", date(2026, 12, 1))


def test_a_live_blogs_clock_times_date_the_protest_to_the_day(settings):
    # "Updated Oct. 14, 2026 ... 22:15 - Riot police used water cannon ... 23:40 - Protesters have built
    # barricades ... and set fire to them"
    (protest,) = events_of("mw1-tbilisi.txt", settings)
    assert (protest.place.name, protest.sub_event_type, protest.time_precision) == ("Tbilisi", "Violent demonstration", 1)


def test_clashes_between_two_named_groups_are_a_battle_whoever_died(settings):
    # "Heavy clashes broke out ... between the Stability Support Apparatus (SSA) and the Radaa Deterrence Force
    # ..., killing at least six people including two civilians"
    (clash,) = events_of("mw2-tripoli.txt", settings)
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 6)
    # (but "clash" as a word for a quarrel, with "between" further on, names no sides: caught in the unlabelled corpora)
    assert note_events("WASHINGTON, April 4, 2018 - The clash reflects the tension between Trump's promises to narrow a U.S. "
                       "trade deficit with China and China's ruling Communist Party's development ambitions.",
                       date(2018, 4, 4), settings) == []


def test_the_one_victim_again_and_an_unknown_regency_in_the_dateline_province(settings):
    # "JAYAPURA - Rebels ... shot dead a motorcycle taxi driver in Intan Jaya regency ... The man, a migrant from
    # Sulawesi, was killed in the village of Sugapa Lama": one killing, somewhere in Papua (not near Jayapura)
    killing, arrests = events_of("mw6-papua.txt", settings)
    assert (killing.place.name, killing.place.geo_precision, killing.fatalities) == ("Papua", 3, 1)
    assert arrests.sub_event_type == "Arrests"


def test_a_bulletins_listed_regions_yield_to_the_town_and_its_drone_is_the_attackers(settings):
    # "Hits by missiles and drones were recorded in the Kharkiv, Sumy and Odesa regions. In Odesa, a drone struck
    # a residential building": Odesa's hit is the town's; the drone is Russia's, as the bulletin's weapons are
    events = events_of("mw7-ukraine.txt", settings)
    assert [(e.place.name, e.place.geo_precision) for e in events] == [("Kharkivska", 3), ("Sumska", 3), ("Odesa", 1)]
    assert {e.actor1 for e in events} == {"Military Forces of Russia (2000-)"}


# Batches mx and my: notes in ACLED's style (22) and reports (5) written unseen, 3 reports kept


def test_a_notes_bracket_names_a_district_then_the_province_that_holds_the_town(settings):
    # "in Taiz city (Al Qahirah, Taizz)": Al Qahirah is Taiz's district, not Cairo
    (killing,) = note_events("On 4 May 2020, unidentified gunmen on a motorcycle assassinated a local Islah party official "
                             "in Taiz city (Al Qahirah, Taizz).", date(2020, 5, 5), settings)
    assert (killing.place.name, killing.place.country_code, killing.actor1) == ("Taiz", "YE", "Unidentified Armed Group (Yemen)")


def test_an_unknown_town_under_a_headline_region_is_in_that_region(settings):
    # "Gunmen abduct bus passengers in Ethiopia's Oromia region" over "ADDIS ABABA - Gunmen abducted at least 30
    # passengers from a bus near the town of Gerba Guracha", Gerba Guracha unknown: Oromia, not the whole country
    (abduction,) = events_of("my3-oromia.txt", settings)
    assert (abduction.place.name, abduction.place.geo_precision) == ("Oromia", 3)
    assert abduction.evidence_for("location").text == "Gerba Guracha"


def test_near_a_town_on_a_highway_between_two_and_an_army_that_neutralised_fighters(settings):
    # "set fire to about 40 fuel tankers on the highway between Kayes and Bamako near the town of Diema": near Diema
    # only; 'it had "neutralised" 12 terrorists in an operation near Diema on Sunday': a battle
    arson, battle = events_of("my4-kayes.txt", settings)
    assert (arson.place.name, arson.place.geo_precision, arson.sub_event_type) == ("Diema", 2, "Looting/property destruction")
    assert (battle.sub_event_type, battle.actor1, battle.fatalities, battle.event_date) == (
        "Armed clash", "Military Forces of Mali (2021-)", 12, date(2026, 8, 30))


def test_a_toll_raised_later_is_the_one_attacks(settings):
    # "... killing two policemen ... UPDATE: Police later raised the death toll to four"
    (bombing,) = events_of("my5-update.txt", settings)
    assert (bombing.sub_event_type, bombing.fatalities) == ("Remote explosive/landmine/IED", 4)
    assert bombing.evidence_for("fatalities").text == "four"


def test_a_crowds_unions_and_medical_association_bring_their_identity_groups(settings):
    # "Representatives of KESK, DISK and TTB attended the event": the unions' Labour Group and the medical
    # association's Health Workers are associated too (ACLED)
    (rally,) = note_events("On 1 May 2020, a group gathered in front of the Governor's office in Diyarbakir city to mark the "
                           "International Workers' Day. Representatives of KESK, DISK and TTB attended the event.",
                           date(2020, 5, 2), settings)
    assert set(rally.assoc_actor_1.split("; ")) >= {"Labour Group (Turkey)", "Health Workers (Turkey)",
                                                    "TTB: Turkish Medical Association"}


def test_other_nationals_who_took_part_are_the_crowds_associates(settings):
    # "Palestinians and Syrians also took part in the demonstration": Rioters (Palestine); Rioters (Syria)
    (riot,) = note_events("On 3 May 2020, rioters demonstrating against the high cost of living threw stones at army forces "
                          "in Tyre. Palestinians and Syrians also took part in the demonstration.", date(2020, 5, 4), settings)
    assert (riot.actor1, riot.assoc_actor_1) == ("Rioters (Lebanon)", "Rioters (Palestine); Rioters (Syria)")


def test_a_joint_patrol_of_two_states_associates_the_second(settings):
    (patrol,) = note_events("On 3 May 2020, Turkish and Russian forces carried out a joint patrol on the M4 highway near "
                            "Ariha in Idleb countryside.", date(2020, 5, 4), settings)
    assert (patrol.actor1, patrol.assoc_actor_1) == ("Military Forces of Turkey (2016-)", "Military Forces of Russia (2000-)")


# Batch mz: reports (6) written unseen, 2 kept


def test_where_the_crowds_grievance_happened_is_no_place_of_its_protest(settings):
    # "stormed the Swedish embassy in Baghdad ..., protesting against the planned burning of a Koran in Stockholm"
    (riot,) = events_of("mz2-baghdad.txt", settings)
    assert (riot.place.name, riot.sub_event_type) == ("Baghdad", "Violent demonstration")


def test_where_the_attackers_fled_is_no_event_and_refugees_killed_are_their_group(settings):
    # "killing three refugees ... The attackers came from across the border and fled back into Sudan's West Darfur
    # region": one attack, near Adre, on refugees
    (attack,) = events_of("mz6-adre.txt", settings)
    assert (attack.place.name, attack.fatalities, attack.assoc_actor_2) == ("Adre", 3, "Refugees/IDPs (Chad)")


# Batch na: notes in ACLED's style (8) written unseen


def test_sides_that_exchanged_prisoners_made_an_agreement(settings):
    (deal,) = note_events("On 4 May 2020, the Houthis and pro-Hadi forces exchanged 14 prisoners in Taizz city (Al Qahirah, "
                          "Taizz) in a local deal mediated by tribal figures.", date(2020, 5, 5), settings)
    assert (deal.sub_event_type, deal.place.name, deal.actor1, deal.actor2) == (
        "Agreement", "Taiz", "Military Forces of Yemen (2016-) Supreme Political Council", "Military Forces of Yemen (2012-)")


# Batch nb: reports (6) written unseen, 1 kept


def test_an_unknown_town_measured_from_a_known_one_later_is_in_its_province(settings):
    # "recaptured the town of Bulla Haji from al Shabaab", Bulla Haji unknown ... "The militants had seized the
    # town, about 90 km northwest of Kismayo, in July": in Kismayo's province, not anywhere in Somalia
    (retaken,) = events_of("nb3-kismayo.txt", settings)
    assert (retaken.sub_event_type, retaken.place.name, retaken.place.geo_precision) == (
        "Government regains territory", "Lower Juba", 3)
    assert retaken.evidence_for("location").text == "Kismayo"


# Batch nc: reports (3) written unseen, 1 kept


def test_the_militia_of_a_briefing_is_the_group_it_named(settings):
    # "our forces repelled an attack by the rebel Rapid Support Forces militia on the city of El Obeid ... The militia
    # shelled residential neighbourhoods in El Obeid during the attack"
    battle, shelling = events_of("nc3-briefing.txt", settings)
    assert (battle.actor1, battle.actor2) == ("Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")
    assert (shelling.actor1, shelling.fatalities) == ("RSF: Rapid Support Forces", 4)


# Batch nd: reports (4) written unseen, 1 kept


def test_a_car_convoy_in_support_of_evicted_students_is_a_protest_of_its_own(settings):
    # "Riot police evicted about 150 students who had occupied the rectorate ... Later on Thursday, thousands of people
    # drove in a honking car convoy through central Belgrade in support of the students"
    eviction, convoy = events_of("nd3-sitin.txt", settings)
    assert (eviction.sub_event_type, eviction.size) == ("Protest with intervention", 150)
    assert (convoy.sub_event_type, convoy.place.name, convoy.actor2) == ("Peaceful protest", "Belgrade", "")


# Batch ne: notes in ACLED's style (8) written unseen


def test_a_group_that_beat_up_protesters_used_excessive_force_and_one_that_attacked_them_intervened(settings):
    # (ACLED: excessive force is violence that kills or gravely harms a peaceful crowd; a beating does)
    (protest,) = note_events("On 10 May 2020, Hezbollah members beat up a group of protesters in Nabatieh (Nabatieh) who were "
                             "chanting against the political class.", date(2020, 5, 11), settings)
    assert (protest.sub_event_type, protest.actor1, protest.assoc_actor_1, protest.actor2) == (
        "Excessive force against protesters", "Protesters (Lebanon)", "", "Hezbollah")
    (protest,) = note_events("On 10 May 2020, Hezbollah members attacked a group of protesters in Nabatieh (Nabatieh) who were "
                             "chanting against the political class.", date(2020, 5, 11), settings)
    assert (protest.sub_event_type, protest.actor2) == ("Protest with intervention", "Hezbollah")


# Batch nf: notes in ACLED's style (6) written unseen


def test_men_believed_to_be_of_a_brigade_the_dictionary_lacks_are_that_brigade(settings):
    (attack,) = note_events("On 6 May 2020, armed men believed to be members of the Fatemiyoun Brigade attacked a group of "
                            "shepherds near Palmyra (Homs), killing one shepherd and stealing 200 sheep.", date(2020, 5, 7), settings)
    assert (attack.actor1, attack.assoc_actor_2, attack.fatalities) == ("Fatemiyoun Brigade", "", 1)


# Batch ng: reports (3) written unseen, 1 kept


def test_when_the_people_were_taken_is_not_the_day_of_their_rescue(settings):
    # "Nigerian troops rescued 40 farmers kidnapped late last month in Zamfara state after a gunfight with bandits in a
    # forest near the town of Tsafe on Sunday"
    (fight,) = events_of("ng3-lastmonth.txt", settings)
    assert (fight.sub_event_type, fight.event_date, fight.time_precision, fight.place.name) == (
        "Armed clash", date(2026, 9, 13), 1, "Tsafe")


# Batch ni: reports (4) written unseen, 2 kept


def test_a_group_that_counts_some_of_the_dead_as_its_fighters_was_the_other_side(settings):
    # "Israeli forces killed three Palestinians during a raid ... The Islamic Jihad's Jenin Brigade said two of the dead
    # were its fighters"
    (raid,) = events_of("ni1-jenin.txt", settings)
    assert (raid.sub_event_type, raid.actor2, raid.fatalities) == ("Armed clash", "Palestinian Islamic Jihad", 3)


def test_members_detained_where_they_had_gathered_were_protesting(settings):
    # "In Abuja, police detained 15 members of the Take It Back movement who had gathered at the Unity Fountain"
    _, abuja = events_of("ni2-lagos.txt", settings)
    assert (abuja.place.name, abuja.sub_event_type, abuja.assoc_actor_1, abuja.actor2) == (
        "Abuja", "Protest with intervention", "Take It Back", "Police Forces of Nigeria (2023-)")


# Batch nj: notes in ACLED's style (6) written unseen


def test_a_drone_launched_and_then_intercepted_is_disrupted_by_the_force_that_stopped_it(settings):
    (stopped,) = note_events("On 12 May 2020, Houthi forces launched a drone toward Khamis Mushait (Asir) in Saudi Arabia. "
                             "Saudi air defences intercepted the drone. No casualties were reported.", date(2020, 5, 13), settings)
    assert (stopped.sub_event_type, stopped.place.name, stopped.actor1, stopped.actor2) == (
        "Disrupted weapons use", "Khamis Mushait", "Military Forces of Saudi Arabia (2015-)",
        "Military Forces of Yemen (2016-) Supreme Political Council")


def test_foreign_workers_a_force_met_are_protesters_of_their_nation(settings):
    (protest,) = note_events("On 16 May 2020, the Kuwaiti police arrested 6 Egyptian workers in Jleeb Al-Shuyoukh (Al Farwaniyah) "
                             "after they protested against delays in their repatriation.", date(2020, 5, 17), settings)
    assert (protest.sub_event_type, protest.actor1, protest.assoc_actor_1) == (
        "Protest with intervention", "Protesters (Egypt)", "Labour Group (Egypt)")


# Batch nk: notes in ACLED's style (5) written unseen


def test_a_notes_bracket_province_tagged_as_an_organisation_is_still_the_province(settings):
    # "(Ain Issa, Ar-Raqqa)" with Ar-Raqqa tagged ORG by the model: the province that places Ain Issa
    (shelling,) = note_events("On 18 May 2020, Turkish-backed factions (coded as Syrian National Army) shelled QSD positions in "
                              "the vicinity of Ain Issa (Ain Issa, Ar-Raqqa) using heavy artillery. No casualties were reported.",
                              date(2020, 5, 19), settings)
    assert (shelling.place.name, shelling.place.admin1, shelling.actor1, shelling.actor2) == (
        "Ayn Isa", "Al-Raqqah", "JWS: Syrian National Army", "QSD: Syrian Democratic Forces")


# Batch nl: reports (4) written unseen, 1 kept


def test_a_mission_whose_troops_repelled_the_attack_is_the_other_side(settings):
    # "killing a MINUSCA peacekeeper from Cameroon and two civilians ... MINUSCA troops repelled the attack"
    (attack,) = events_of("nl4-bangui.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == (
        "Armed clash", "3R: Return, Reclamation and Rehabilitation", 3)
    assert attack.actor2.startswith("MINUSCA")


# Batches nm, nn: reports (16) and notes (30) written unseen, 4 reports kept


def test_a_gang_that_storms_a_town_killing_and_burning_homes_attacks_it(settings):
    # "Members of the Gran Grif gang stormed the town of Pont-Sondé ..., killing at least 15 people and setting fire to homes"
    attack, clash = events_of("nm1-artibonite.txt", settings)
    assert (attack.sub_event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Attack", "Gran Grif Gang", "Civilians (Haiti)", 15)
    assert (clash.sub_event_type, clash.actor1, clash.actor2) == ("Armed clash", "Police Forces of Haiti", "Gran Grif Gang")


def test_raiders_driven_out_fought_the_pair_of_armies_and_the_beheadings_nearby_are_theirs(settings):
    # "insurgents attacked the town of Macomia ..., looting shops ... before Rwandan and Mozambican troops drove them out"
    clash, beheading = events_of("nm2-macomia.txt", settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.assoc_actor_2) == (
        "Armed clash", "Islamic State (Mozambique)", "Military Forces of Mozambique (1975-)", "Military Forces of Rwanda (2000-)")
    # "At least three civilians were beheaded in the nearby village of Chai on Tuesday"
    assert (beheading.sub_event_type, beheading.actor1, beheading.fatalities, beheading.event_date) == (
        "Attack", "Islamic State (Mozambique)", 3, date(2026, 11, 3))


def test_a_blockade_of_sections_of_a_highway_is_placed_where_the_blockade_is_told_again(settings):
    # "blocked sections of the Panamericana highway in southern Peru ... The blockade near the town of Chala in Arequipa region"
    blockade, cleared = events_of("nm8-peru.txt", settings)
    assert (blockade.sub_event_type, blockade.place.name, blockade.place.geo_precision, blockade.size) == (
        "Peaceful protest", "Chala", 2, 2000)
    # "Police cleared one roadblock using tear gas on Tuesday, detaining 14 miners"
    assert (cleared.sub_event_type, cleared.event_date, cleared.actor2) == (
        "Protest with intervention", date(2026, 11, 3), "Police Forces of Peru (2022-)")


def test_force_used_on_the_crowd_at_a_part_of_the_city_is_the_same_protest_placed_there(settings):
    # "arrested about 30 people protesting ... in Lagos ... Police fired tear gas to disperse the crowd at the Lekki toll gate"
    lekki, abuja = events_of("nn6-lagos.txt", settings)
    assert (lekki.place.name, lekki.sub_event_type, abuja.place.name, abuja.sub_event_type) == (
        "Lekki", "Protest with intervention", "Abuja", "Peaceful protest")


def test_notes_of_batch_nn_a_base_attacked_with_mortars_and_gunfire_is_a_battle(settings):
    (clash,) = note_events("On 4 March 2021, Al Shabaab militants attacked a SNA base in Bariire (Afgooye, Lower Shabelle) with "
                           "mortars and gunfire. The SNA repelled the attack. 3 SNA soldiers and 5 militants were killed.",
                           date(2021, 3, 5), settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Armed clash", "Al Shabaab", "Military Forces of Somalia (2017-)", 8)


def test_notes_of_batch_nn_a_named_police_force_met_the_riot_and_one_lynched_is_dead(settings):
    (riot,) = note_events("On 8 March 2021, about 2,000 women marched in Santiago (Santiago, Santiago Metropolitan) on International "
                          "Women's Day. Some protesters clashed with Carabineros, who used water cannon. 15 people were detained.",
                          date(2021, 3, 9), settings)
    assert (riot.sub_event_type, riot.actor2, riot.size) == ("Violent demonstration", "Police Forces of Chile (2018-)", 2000)
    (lynching,) = note_events("On 14 March 2021, a man was lynched by residents in Gonaives (Artibonite) after being accused of "
                              "stealing a motorcycle.", date(2021, 3, 15), settings)
    assert (lynching.sub_event_type, lynching.fatalities) == ("Mob violence", 1)


def test_notes_of_batch_nn_a_prisoner_exchange_under_mediation_is_the_two_sides_agreement(settings):
    (swap,) = note_events("On 14 June 2022, the Houthis and government forces exchanged prisoners in Marib (Marib) under UN "
                          "mediation. 40 detainees were released.", date(2022, 6, 15), settings)
    assert (swap.sub_event_type, swap.actor1, swap.actor2) == (
        "Agreement", "Military Forces of Yemen (2012-)", "Military Forces of Yemen (2016-) Supreme Political Council")


def test_notes_of_batch_nn_foreign_fishermen_off_an_island_and_a_village_burnt_by_the_army(settings):
    (arrests,) = note_events("On 10 June 2022, the Sri Lankan navy arrested 12 Indian fishermen for allegedly fishing in Sri Lankan "
                             "waters off Delft island (Jaffna, Northern).", date(2022, 6, 11), settings)
    assert (arrests.actor2, arrests.assoc_actor_2) == ("Civilians (India)", "Fishermen (India)")
    # "(Pale, Sagaing)", Pale known only in Bosnia: the bracket still ends in the province
    (burnt,) = note_events("On 4 June 2022, the Myanmar military raided Kyauk Yit village (Pale, Sagaing) and set fire to more than "
                           "100 houses. Villagers had fled before the troops arrived.", date(2022, 6, 5), settings)
    assert (burnt.sub_event_type, burnt.actor1, burnt.place.name, burnt.place.geo_precision) == (
        "Looting/property destruction", "Military Forces of Myanmar (2021-)", "Sagaing", 3)
    (cattle,) = note_events("On 9 June 2022, clashes between Dinka and Nuer youths over cattle killed 5 people in Mayom (Unity).",
                            date(2022, 6, 10), settings)
    assert (cattle.actor1, cattle.actor2) == ("Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)")


def test_a_force_that_only_tried_to_take_ground_and_was_pushed_back_fought_a_battle(settings):
    # (an attempt is no capture, and "pushed them back" with no crowd is armed men repelled, not police and protesters)
    (clash,) = note_events("On 3 June 2022, Al Shabaab militants tried to take control of Bariire (Afgooye, Lower Shabelle), but "
                           "Somali army troops pushed them back after two hours of fighting.", date(2022, 6, 4), settings)
    assert (clash.sub_event_type, clash.actor1, clash.actor2) == (
        "Armed clash", "Military Forces of Somalia (2022-)", "Al Shabaab")


# Batch no: reports (6) and notes (12) written unseen, 4 reports kept


def test_a_us_dateline_with_the_page_date_after_its_state_names_the_state(settings):
    # "PORTLAND, Ore., Nov. 14, 2026 (AP) -": Oregon's Portland, not Maine's
    (protest,) = events_of("no1-portland.txt", settings)
    assert (protest.place.name, protest.place.admin1, protest.sub_event_type, protest.event_date) == (
        "Portland", "Oregon", "Protest with intervention", date(2026, 11, 13))


def test_a_counter_offensive_the_next_morning_is_the_next_days_battle_with_the_same_enemy(settings):
    # "attacked a Chadian army base ... late on Tuesday ... The army said 96 militants were killed in a counter-offensive
    # launched the next morning" (the President's visit on Wednesday between them)
    attack, counter = events_of("no2-chad.txt", settings)
    assert (attack.event_date, attack.fatalities, attack.actor1) == (date(2026, 11, 10), 17, "Boko Haram")
    assert (counter.event_date, counter.fatalities, counter.actor1, counter.actor2) == (
        date(2026, 11, 11), 96, "Military Forces of Chad (2021-)", "Boko Haram")


def test_a_truck_bomb_near_an_air_force_base_is_no_air_strike(settings):
    bomb, _ = events_of("no3-bogota.txt", settings)
    assert (bomb.sub_event_type, bomb.place.name, bomb.fatalities) == ("Remote explosive/landmine/IED", "Cali", 2)


def test_people_detained_as_they_tried_to_march_were_protesting(settings):
    # "Turkish police detained more than 400 people in Istanbul ... as they tried to defy a ban and march to Taksim Square"
    detained, rally = events_of("no4-istanbul.txt", settings)
    assert (detained.sub_event_type, detained.actor1, detained.actor2) == (
        "Protest with intervention", "Protesters (Turkey)", "Police Forces of Turkey (2016-)")
    assert (rally.place.name, rally.sub_event_type, rally.size) == ("Maltepe", "Peaceful protest", 20000)


def test_notes_of_batch_no_a_suspected_group_relatives_counted_and_a_region_spelt_as_acled_does(settings):
    (church,) = note_events("On 5 February 2023, unknown gunmen attacked a church in Kasindi (Beni, North Kivu) during a Sunday "
                            "service, killing 14 worshippers. ADF militants are suspected.", date(2023, 2, 6), settings)
    assert (church.actor1, church.fatalities) == ("ADF: Allied Democratic Forces", 14)
    (vigil,) = note_events("On 10 February 2023, around 60 relatives of missing persons held a vigil in front of the UN office in "
                           "Colombo (Western).", date(2023, 2, 11), settings)
    assert (vigil.sub_event_type, vigil.size) == ("Peaceful protest", 60)
    (taken,) = note_events("On 12 February 2023, al-Shabaab militants overran the town of Hawadley (Middle Shabelle) after SNA "
                           "troops withdrew. Fatalities unknown.", date(2023, 2, 13), settings)
    assert (taken.sub_event_type, taken.actor1, taken.place.admin1, taken.place.geo_precision) == (
        "Non-violent transfer of territory", "Al Shabaab", "Middle Shebelle", 3)


# Batch np: reports (6) written unseen, 3 kept


def test_a_teller_naming_the_strike_again_gives_its_day_after_a_weekend(settings):
    # "killed a senior al Shabaab commander in an air strike ... over the weekend ... U.S. Africa Command said the
    # strike took place on Saturday"
    (strike,) = events_of("np1-africom.txt", settings)
    assert (strike.event_date, strike.time_precision, strike.actor2) == (date(2026, 11, 14), 1, "Al Shabaab")


def test_supporters_of_two_parties_who_clashed_are_rioters_of_each_party(settings):
    (clash,) = events_of("np2-kinshasa.txt", settings)
    assert (clash.sub_event_type, clash.assoc_actor_1, clash.assoc_actor_2, clash.fatalities) == (
        "Mob violence", "UDPS", "Ensemble pour la Republique", 2)
    assert clash.actor1 == clash.actor2 == "Rioters (Democratic Republic of Congo)"


def test_the_raiders_arrival_told_in_an_aside_is_the_raids_day(settings):
    # "residents said on Tuesday ... The gunmen, who arrived on motorcycles late on Sunday, also killed three men"
    (raid,) = events_of("np5-zamfara.txt", settings)
    assert (raid.sub_event_type, raid.event_date, raid.fatalities) == (
        "Abduction/forced disappearance", date(2026, 11, 15), 3)


# Batches nq, nr: notes (14) and reports (6) written unseen, 2 reports kept


def test_an_unknown_village_struck_in_a_clause_of_its_own_is_its_own_strike_in_the_province(settings):
    # "One strike hit a house in the village of Aitaroun, killing three people, while a drone struck a motorcycle near
    # Bint Jbeil, killing two" (Aitaroun not in the gazetteer)
    village, town = events_of("nr2-lebanon.txt", settings)
    assert (village.place.name, village.place.geo_precision, village.sub_event_type, village.fatalities) == (
        "Nabatieh", 3, "Air/drone strike", 3)
    assert (town.place.name, town.fatalities, town.actor1) == ("Bent Jbail", 2, "Military Forces of Israel (2022-)")


def test_the_clash_told_again_in_a_village_of_a_town_is_placed_near_the_town(settings):
    # "The clash in the village of Trinidad in Guihulngan City lasted about an hour" (Trinidad read as Bohol's town)
    (clash,) = events_of("nr6-manila.txt", settings)
    assert (clash.place.name, clash.place.geo_precision, clash.fatalities) == ("Guihulngan", 2, 5)


def test_notes_of_batch_nq_a_raid_that_met_stone_throwers_an_army_that_intervened_and_a_badia(settings):
    (riot,) = note_events("On 4 July 2020, Israeli forces arrested 5 Palestinians during a raid in Beit Fajjar (Bethlehem). Clashes "
                          "erupted and Israeli forces fired tear gas canisters at stone-throwing youths.", date(2020, 7, 5), settings)
    assert (riot.event_type, riot.actor1, riot.actor2) == ("Riots", "Rioters (Palestine)", "Military Forces of Israel (2009-)")
    (protest,) = note_events("On 14 July 2020, hundreds of people demonstrated in Tripoli (North) against the deteriorating economic "
                             "situation. The army intervened after protesters attempted to storm the Serail.", date(2020, 7, 15), settings)
    assert (protest.sub_event_type, protest.actor2) == ("Protest with intervention", "Military Forces of Lebanon (2020-)")
    (clash,) = note_events("On 9 July 2020, regime forces and Iranian-backed militias clashed with ISIS militants in the Badia of Al "
                           "Mayadin (Deir ez-Zor). 4 regime soldiers and 3 militants were killed.", date(2020, 7, 10), settings)
    assert (clash.actor2, clash.assoc_actor_2, clash.place.name, clash.fatalities) == (
        "Islamic State (Syria)", "", "Al Mayadin", 7)


# Batches ns, nt: notes (12) and reports (5) written unseen, 3 reports kept


def test_an_explainer_of_a_war_tells_no_event(settings):
    # "Sudan's war ... has killed tens of thousands of people ... since it began in April 2023"; "Several rounds of talks
    # in Jeddah and Geneva have failed to produce a lasting ceasefire"
    assert events_of("nt1-explainer.txt", settings) == []


def test_a_lead_placed_only_by_its_dateline_that_the_towns_after_it_count_is_their_summary(settings):
    # "BISSAU - Two people were killed and several polling stations were attacked on Sunday ... In the town of Gabu
    # ... shot dead a party agent ... In Bafata, supporters of rival candidates clashed ..., leaving one man dead"
    gabu, bafata = events_of("nt3-election.txt", settings)
    assert (gabu.place.name, gabu.fatalities, bafata.place.name, bafata.fatalities) == ("Gabu", 1, "Bafata", 1)


def test_the_crime_a_court_sentenced_men_for_is_no_event_of_the_day(settings):
    # "sentenced 10 men to death for their role in the lynching of a Sri Lankan factory manager in Sialkot in December 2021"
    assert events_of("nt4-court.txt", settings) == []


def test_notes_of_batch_ns_fishermen_fired_at_off_a_coast_are_by_that_town(settings):
    (attack,) = note_events("On 4 August 2020, Israeli navy boats fired at Palestinian fishermen off the coast of Beit Lahia "
                            "(North Gaza), forcing them to return to shore. No injuries were reported.", date(2020, 8, 5), settings)
    assert (attack.place.name, attack.place.geo_precision, attack.assoc_actor_2) == ("Bayt Lahya", 2, "Fishermen (Palestine)")


# Batches nu, nv: reports (5) and notes (10) written unseen, 2 reports kept


def test_a_region_named_as_the_news_names_it_yields_to_the_town_the_next_sentence_gives(settings):
    # "in an ambush in the highlands of Papua ... The soldiers were attacked ... near the town of Sugapa in Intan Jaya
    # regency" (Sugapa now in Central Papua): one ambush, at Sugapa, by the group that claimed it
    (ambush,) = events_of("nu4-papua.txt", settings)
    assert (ambush.place.name, ambush.place.geo_precision, ambush.fatalities, ambush.actor1) == (
        "Sugapa", 2, 2, "TPNPB: West Papua National Liberation Army")


def test_the_forces_act_a_crowd_protests_over_is_no_intervention_on_it(settings):
    # "lawyers staged a protest outside the main courthouse in Tunis on Friday after police stormed the bar association's
    # headquarters and arrested a prominent lawyer"
    (protest,) = events_of("nu5-tunis.txt", settings)
    assert (protest.sub_event_type, protest.assoc_actor_1, protest.actor2) == ("Peaceful protest", "Lawyers (Tunisia)", "")


def test_notes_of_batch_nv_a_town_by_its_holder_across_a_line_and_a_joint_operations_partner(settings):
    (shot,) = note_events("On 1 September 2020, Israeli forces shot and injured a Palestinian man near the separation wall in Al Ram "
                          "(Jerusalem) as he tried to cross into Jerusalem.", date(2020, 9, 2), settings)
    assert (shot.place.name, shot.place.country, shot.actor2) == (
        "Ar Ram wa Dahiyat al Barid", "Palestine", "Civilians (Palestine)")
    (arrest,) = note_events("On 7 September 2020, Iraqi federal police arrested a suspected ISIS member in Al-Rashad (Kirkuk) in a "
                            "joint operation with the PMF.", date(2020, 9, 8), settings)
    assert (arrest.assoc_actor_1, arrest.actor2, arrest.assoc_actor_2) == (
        "Military Forces of Iraq (2020-) Popular Mobilization Forces", "Islamic State (Iraq)", "")


# Batch nw: reports (3) written unseen, 2 kept


def test_a_claim_that_tells_of_a_suicide_bomber_makes_the_blast_a_suicide_bombing(settings):
    # "An explosion ripped through a Shi'ite mosque ... Islamic State Khorasan claimed responsibility ..., saying a suicide
    # bomber had detonated an explosive vest inside the mosque"
    (blast,) = events_of("nw1-kabul.txt", settings)
    assert (blast.sub_event_type, blast.actor1, blast.fatalities) == ("Suicide bomb", "Islamic State (Afghanistan)", 11)


def test_a_state_of_emergency_a_president_declares_is_the_governments(settings):
    # "Ecuador's president declared a 60-day state of emergency and a nightly curfew in the provinces of Guayas, Los Rios
    # and El Oro"
    events = events_of("nw2-ecuador.txt", settings)
    assert [(e.place.name, e.sub_event_type, e.actor1) for e in events] == [
        (name, "Change to group/activity", "Government of Ecuador (2023-)") for name in ("Guayas", "Los Ríos", "El Oro")]


# Batches nx, ny: notes (10) and reports (4) written unseen


def test_notes_of_batch_nx_whose_drone_was_shot_down_and_what_the_arrested_refused(settings):
    (downed,) = note_events("On 9 October 2020, a Hezbollah drone crossed into Israeli airspace and was shot down by the IDF near "
                            "Metula (HaZafon).", date(2020, 10, 10), settings)
    assert (downed.sub_event_type, downed.actor1, downed.actor2) == (
        "Disrupted weapons use", "Military Forces of Israel (2009-)", "Hezbollah")
    (arrests,) = note_events("On 10 October 2020, members of the Asayish arrested 3 people in Qamishli (Al-Hasakeh) for refusing "
                             "conscription into the SDF.", date(2020, 10, 11), settings)
    assert (arrests.actor1, arrests.actor2) == ("Asayish (Syria)", "Civilians (Syria)")


def test_notes_of_batch_nz_a_city_spelt_with_the_article_of_its_province(settings):
    # "Al-Raqqa", GeoNames' name of the province only (the city is "Ar Raqqah"): "Al-Raqqa city" is the city
    (killing,) = note_events("On 5 November 2020, unidentified gunmen killed a man in Al-Raqqa city (Ar-Raqqa).",
                             date(2020, 11, 6), settings)
    assert (killing.place.name, killing.place.geo_precision, killing.place.admin1) == ("Ar Raqqah", 1, "Al-Raqqah")
