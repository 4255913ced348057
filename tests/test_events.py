from datetime import date

import pytest

from dateline.stages import events

pytestmark = pytest.mark.slow  # real spaCy model

IRAN = ("Iran", "country", "Iran", "IR", "IRN", "", 32.0, 53.0, 130758)
GAZ = {
    "Iran": IRAN,
    "Tabriz": ("Tabriz", "city", "Iran", "IR", "IRN", "East Azerbaijan", 38.08, 46.29, 113646),
    "Shiraz": ("Shiraz", "city", "Iran", "IR", "IRN", "Fars", 29.61, 52.54, 115019),
    "Yazd": ("Yazd", "city", "Iran", "IR", "IRN", "Yazd", 31.89, 54.36, 111822),
    "Fars Province": ("Fars", "admin1", "Iran", "IR", "IRN", "Fars", 29.61, 52.54, 134766),
    "Aleppo": ("Aleppo", "city", "Syria", "SY", "SYR", "Aleppo", 36.2, 37.16, 170063),
    "Idlib": ("Idlib", "city", "Syria", "SY", "SYR", "Idlib", 35.93, 36.63, 169389),
    "Turkey": ("Turkey", "country", "Turkey", "TR", "TUR", "", 39.0, 35.0, 298795),
    "Russia": ("Russia", "country", "Russia", "RU", "RUS", "", 60.0, 100.0, 2017370),
    "Taizz": ("Taizz", "city", "Yemen", "YE", "YEM", "Taizz", 13.58, 44.02, 70225),
    "Khartoum": ("Khartoum", "city", "Sudan", "SD", "SDN", "Khartoum", 15.55, 32.53, 379252),
    "Lviv": ("Lviv", "city", "Ukraine", "UA", "UKR", "Lvivska", 49.84, 24.02, 702550),
    "Kharkiv": ("Kharkiv", "city", "Ukraine", "UA", "UKR", "Kharkivska", 49.98, 36.25, 706483),
    "Odesa": ("Odesa", "city", "Ukraine", "UA", "UKR", "Odeska", 46.48, 30.73, 698740),
    "Atbara": ("Atbara", "city", "Sudan", "SD", "SDN", "River Nile", 17.7, 33.99, 379303),
}


@pytest.fixture
def run(ctx, with_places):
    return lambda text, **kw: events.run(with_places(text, GAZ, ctx, **kw), ctx)


def assert_sub_types(run, cases: dict[str, str], on: date) -> None:
    """Each text codes exactly one event, of the sub-type given."""
    for text, sub in cases.items():
        (event,) = run(text, date=on).events
        assert event.sub_event_type == sub, text


def test_one_event_per_listed_place_and_container_places_dropped(run):
    doc = run("Iran, Aug. 10, 2019 - In the cities of Tabriz, Shiraz and Yazd, teachers held protests "
              "against unpaid wages, while students rallied in Tabriz, northwest Iran.")
    assert sorted(e.place.name for e in doc.events) == ["Shiraz", "Tabriz", "Yazd"]
    for e in doc.events:
        assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")
        assert e.actor1 == "Protesters (Iran)"
        assert e.event_date == date(2019, 8, 10) and e.time_precision == 2
        fields = {ev.field for ev in e.evidence}
        assert {"location", "event_type", "date", "sentence"} <= fields
        loc = next(ev for ev in e.evidence if ev.field == "location")
        assert doc.text[loc.start:loc.end] == e.place.mention.text


def test_relative_date_size_fatalities_and_actors(run):
    doc = run("Syrian government forces shelled Idlib on Sunday, killing five civilians, residents said. "
              "In Aleppo, about 300 protesters from the Kurdish community gathered on Monday.",
              date=date(2020, 5, 5))
    by_place = {e.place.name: e for e in doc.events}
    shelling = by_place["Idlib"]
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.event_date == date(2020, 5, 3) and shelling.time_precision == 1
    assert shelling.fatalities == 5
    assert shelling.actor1 == "Military Forces of Syria (2000-)" and shelling.actor2 == "Civilians (Syria)"
    protest = by_place["Aleppo"]
    assert protest.size == 300 and protest.event_date == date(2020, 5, 4) and protest.fatalities == 0


def test_hypothetical_and_historic_events_are_not_coded(run):
    doc = run("Iran, Aug. 10, 2019 - Activists in Tabriz could be arrested and sentenced if they protest. "
              "In Shiraz, relatives recalled how guards killed prisoners in the 1988 massacre.")
    assert doc.events == ()


def test_country_summary_yields_to_precise_events_and_continuations_merge(run):
    doc = run("Iran, Aug. 10, 2019 - Supporters of the group held ceremonies across Iran.\n\n"
              "In Tabriz, supporters placed flowers at the graves of victims. They also put up posters "
              "across the city.")
    assert [e.place.name for e in doc.events] == ["Tabriz"]
    assert any(r.code == "COUNTRY_SUMMARY" for r in doc.rejections)


def test_source_that_names_itself_as_actor_is_a_party(run):
    doc = run("Iran, Aug. 10, 2019 - In Tabriz, PMOI/MEK supporters held a small ceremony to honour the victims of the massacre.",
              source="PMOI/MEK")
    [event] = doc.events
    assert event.source == "PMOI/MEK" and event.source_is_party
    assert "PMOI/MEK" in event.assoc_actor_1
    assert event.event_id == run("Iran, Aug. 10, 2019 - In Tabriz, PMOI/MEK supporters held a small ceremony to honour the victims of the massacre.",
                                 source="PMOI/MEK").events[0].event_id


@pytest.mark.parametrize("text,verb,expected", [
    ("Rebels from Idlib attacked government positions in Hama on Sunday, the army said in Damascus.", "attacked", ["Hama"]),
    ("Police arrested 20 protesters in Nairobi and Mombasa after clashes.", "arrested", ["Nairobi", "Mombasa"]),
    ("The Turkish foreign minister, speaking in Ankara, said Iraqi forces bombed Sinjar.", "bombed", ["Sinjar"]),
])
def test_event_location_spans_pick_the_places_of_the_event_verb(text, verb, expected):
    start = text.index(verb)
    spans = events.event_location_spans(text, (start, start + len(verb)))
    assert [text[s:e] for s, e in spans] == expected


REPORT = """300 x 250

Teachers strike spreads across Venezuela

Reported by Example Union Monitor

Venezuela, Jan. 16, 2023 - Teachers and public sector workers held protests in more than a dozen cities on Monday, demanding wages in line with inflation, the Example Union Monitor said.

In Maracaibo, western Venezuela, some 400 teachers marched to the regional education office.

In Zulia State, members of the United Teachers Federation blocked a highway for two hours.

In the cities of Valencia, Barquisimeto, Merida and Cumana, retirees and nurses joined the rallies outside government buildings.

In Caracas, police dispersed a march near the Education Ministry and detained three union leaders, according to witnesses.

Protesters also gathered in Ciudad Bolivar, Bolivar State, where workers of state steel companies demanded the release of colleagues arrested last year.
"""


def test_multi_place_report_end_to_end():
    import dateline

    doc = dateline.extract(REPORT)
    got = {(e.place.name, e.sub_event_type, e.place.geo_precision) for e in doc.events}
    assert got == {
        ("Maracaibo", "Peaceful protest", 1), ("Zulia", "Peaceful protest", 3),
        ("Valencia", "Peaceful protest", 1), ("Barquisimeto", "Peaceful protest", 1),
        ("Merida", "Peaceful protest", 1), ("Cumana", "Peaceful protest", 1),
        ("Caracas", "Protest with intervention", 1), ("Ciudad Bolivar", "Peaceful protest", 1),
    }
    assert all(str(e.event_date) == "2023-01-16" and e.time_precision == 1 for e in doc.events)
    assert all(e.source == "Example Union Monitor" and not e.source_is_party for e in doc.events)
    by_name = {e.place.name: e for e in doc.events}
    assert by_name["Maracaibo"].size == 400
    assert by_name["Zulia"].assoc_actor_1 == "United Teachers Federation"
    assert by_name["Caracas"].actor2.startswith("Police Forces of Venezuela")


def test_a_wire_named_in_the_dateline_is_not_a_party(run):
    doc = run("ALEPPO, May 1, 2020 (Wire) - Rebel fighters clashed with government forces in Aleppo "
              "on Friday, residents said.", source="Wire")
    assert doc.events and not any(e.source_is_party for e in doc.events)


def test_state_forces_named_by_nationality_get_the_acled_name(run):
    doc = run("On 30 April 2020, Syrian Military forces shelled Idlib, witnesses said.", date=date(2020, 5, 1))
    [event] = doc.events
    assert event.actor1 == "Military Forces of Syria (2000-)"


def test_a_country_used_as_an_attribute_is_not_an_event_location():
    from dateline.eventlocation import text_scores
    from dateline.model import Mention

    from conftest import place

    text = "Protesters angry at the US dollar exchange rate blocked the main road in Tabriz."
    us = place(Mention(24, 26, "US", "PLACE", "gazetteer", 0), "United States", "country", "United States",
               "US", "USA", "", 39.8, -98.6, 6252001)
    tabriz = place(Mention(72, 78, "Tabriz", "PLACE", "gazetteer", 0), *GAZ["Tabriz"])
    assert text_scores(text, 0, [us, tabriz]) == [-1, 1]


def test_acled_actor_names_for_state_subjects_and_sides(run):
    doc = run("On 30 April 2020, Turkey and Russia conducted a joint patrol in Idlib.", date=date(2020, 5, 1))
    (patrol,) = doc.events
    assert patrol.actor1 == "Military Forces of Turkey (2016-)"
    assert patrol.assoc_actor_1 == "Military Forces of Russia (2000-)"
    doc = run("On 29 April 2020, pro-Hadi and affiliated forces thwarted a Houthi attack in Taizz, "
              "killing and injuring a number of fighters.", date=date(2020, 5, 1))
    (clash,) = doc.events
    assert clash.actor1 == "Military Forces of Yemen (2012-)"
    assert clash.actor2 == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert clash.fatalities == 10


def test_acled_sides_reciprocal_fire_patrons_and_employers(run):
    on = date(2020, 5, 1)
    (fire,) = run("On 29 April 2020, Houthi and pro-Hadi forces exchanged artillery fire in Taizz.", date=on).events
    assert fire.actor1 == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert fire.actor2 == "Military Forces of Yemen (2012-)" and fire.assoc_actor_1 == ""
    (ambush,) = run("On 30 April 2020, pro-STC Security Belt Forces attacked a military vehicle in Taizz.",
                    date=on).events
    assert ambush.actor1 == "Military Forces of Yemen (2012-) Security Belt Forces"
    assert ambush.assoc_actor_1 == "STC: Southern Transitional Council"
    (protest,) = run("On 28 April 2020, workers of the Rural Water Authority held a protest in Taizz "
                     "against unpaid salaries.", date=on).events
    assert protest.actor1 == "Protesters (Yemen)" and protest.assoc_actor_1 == "Labour Group (Yemen)"


def test_sub_types_that_depend_on_who_is_involved():
    from dateline.model import Span
    from dateline.stages.event_actors import recode_by_sides
    from dateline.stages.event_parts import Actors, Typing, event_type_of

    def typed(sub, trigger):
        return Typing(event_type_of(sub), sub, 0.9, Span(0, len(trigger), trigger))

    gunmen = Actors("Unidentified Armed Group (Syria)", "", "", "")
    text = "unidentified gunmen opened fire at a regime checkpoint on the outskirts of the town"
    assert recode_by_sides(typed("Attack", "opened fire"), gunmen, text).sub_event_type == "Armed clash"
    text = "gunmen opened fire and killed a man at a checkpoint"
    assert recode_by_sides(typed("Attack", "killed"), gunmen, text).sub_event_type == "Attack"
    hadi = Actors("Military Forces of Yemen (2012-)", "", "Military Forces of Yemen (2016-) Supreme Political Council", "")
    text = "pro-Hadi forces thwarted an attack and took control of two hills"
    assert recode_by_sides(typed("Armed clash", "thwarted"), hadi, text).sub_event_type == "Government regains territory"
    rebels = Actors("Southern Resistance", "", "Military Forces of Yemen (2016-) Supreme Political Council", "")
    assert recode_by_sides(typed("Armed clash", "thwarted"), rebels, text).sub_event_type == \
        "Non-state actor overtakes territory"


def test_detention_by_an_armed_group_is_an_abduction_and_by_the_state_an_arrest():
    from dateline.model import Span
    from dateline.stages.event_actors import recode_by_sides
    from dateline.stages.event_parts import Actors, Typing, event_type_of

    arrest = Typing(event_type_of("Arrests"), "Arrests", 0.9, Span(0, 8, "detained"))
    text = "fighters detained four clan elders"
    assert recode_by_sides(arrest, Actors("Al Shabaab"), text).sub_event_type == "Abduction/forced disappearance"
    assert recode_by_sides(arrest, Actors("Police Forces of Somalia (2022-)"), text).sub_event_type == "Arrests"
    assert recode_by_sides(arrest, Actors(""), text).sub_event_type == "Arrests"  # no one named: as told
    # (with the state's soldiers beside them: "Wagner Group and Malian soldiers ... detained about 30 civilians")
    text = "Wagner Group and Malian soldiers raided a market and detained about 30 civilians"
    assert recode_by_sides(arrest, Actors("Wagner Group"), text).sub_event_type == "Arrests"


def test_fire_returned_puts_the_side_that_opened_fire_first():
    from dateline.model import Span
    from dateline.stages.event_parts import Actors, Typing, answered_fire

    sides = Actors("Military Forces of Yemen (2012-)", "", "Houthis", "",
                   (("actor1", Span(0, 5, "troops")), ("actor2", Span(9, 15, "Houthi"))))
    back = answered_fire(Typing("Battles", "Armed clash", 0.9, Span(20, 30, "fired back")), sides)
    assert (back.actor1, back.actor2) == ("Houthis", "Military Forces of Yemen (2012-)")
    assert [role for role, _ in back.spans] == ["actor2", "actor1"]
    shelled = Typing("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.9, Span(20, 27, "shelled"))
    assert answered_fire(shelled, sides) is sides


def test_the_agent_of_a_passive_clause_is_actor1(run):
    (attack,) = run("On 28 April 2020, a woman was shot dead by unidentified gunmen in Idlib.",
                    date=date(2020, 5, 1)).events
    assert attack.actor1 == "Unidentified Armed Group (Syria)" and attack.actor2 == "Civilians (Syria)"


def test_demonstrators_take_their_stated_nationality_not_their_target(run):
    on = date(2020, 5, 1)
    (camp,) = run("On 30 April 2020, Afghan refugees from a camp demonstrated in Shiraz.", date=on).events
    assert camp.actor1 == "Protesters (Afghanistan)" and "Refugees/IDPs (Afghanistan)" in camp.assoc_actor_1
    (rally,) = run("On 30 April 2020, protesters angry at the Iranian government gathered in Aleppo.", date=on).events
    assert rally.actor1 == "Protesters (Syria)"


def test_a_toll_for_several_places_is_shared_among_their_events(run):
    doc = run("On 29 April 2020, rebels and government forces clashed in Tabriz, Shiraz and Yazd, "
              "killing 10 fighters.", date=date(2020, 5, 1))
    assert sorted(e.fatalities for e in doc.events) == [3, 3, 4]
    assert sum(e.fatalities for e in doc.events) == 10


def test_conflict_report_cues(run):
    on = date(2020, 5, 1)
    cases = {
        "On 30 April 2020, rebels conducted an incursion against government forces in Idlib.": "Armed clash",
        "On 29 April 2020, a man's body was found in Aleppo with gunshot wounds.": "Attack",
        "On 29 April 2020, Russian forces conducted a patrol in Idlib.": "Change to group/activity",
        "On 29 April 2020, rebels fired heavy weapons at scattered areas of Aleppo.": "Shelling/artillery/missile attack",
    }
    assert_sub_types(run, cases, on)


def test_an_execution_after_detention_is_the_event_and_its_background_is_not(run):
    doc = run("On 29 April 2020, rebels executed a man in Idlib after a period of detention. "
              "The victim had been arrested by the rebels upon his arrival in Idlib.", date=date(2020, 5, 1))
    assert [e.sub_event_type for e in doc.events] == ["Attack"]


def test_an_unknown_perpetrator_is_an_unidentified_armed_group(run):
    (found,) = run("On 28 April 2020, a man's body was found in Aleppo, killed by an unknown armed group.",
                   date=date(2020, 5, 1)).events
    assert found.actor1 == "Unidentified Armed Group (Syria)" and found.sub_event_type == "Attack"
    (body,) = run("On 28 April 2020, the body of a civilian was found in Idlib with his money stolen.",
                  date=date(2020, 5, 1)).events
    assert body.actor1 == "Unidentified Armed Group (Syria)"


def test_sides_named_after_between_and_by(run):
    on = date(2020, 5, 1)
    (clash,) = run("On 30 April 2020, clashes took place between unidentified gunmen and regime forces in Idlib.",
                   date=on).events
    assert clash.actor1 == "Unidentified Armed Group (Syria)" and clash.actor2 == "Military Forces of Syria (2000-)"
    (patrol,) = run("On 28 April 2020, a joint patrol by Turkish and Russian forces took place in Idlib.", date=on).events
    assert patrol.actor1 == "Military Forces of Turkey (2016-)"


def test_a_states_weapons_name_its_forces(run):
    (strike,) = run("On 30 April 2020, Turkish artillery shelling was reported on villages near Aleppo.",
                    date=date(2020, 5, 1)).events
    assert strike.actor1 == "Military Forces of Turkey (2016-)"


def test_a_building_named_before_in_is_no_unknown_village():
    import dateline

    on = date(2020, 5, 1)
    # an unknown village in a province named like its seat: near the seat (geo_precision 2)
    doc = dateline.extract("On 29 April 2020, regime forces shelled Kansafra in Idleb countryside with rocket artillery.",
                           date=on)
    assert [(e.place.name, e.place.geo_precision) for e in doc.events] == [("Idlib", 2)]
    # a building in the town is no unknown village: the town is the event's place, precisely
    doc = dateline.extract("On 27 April 2020, rioters hurled rocks at the Central Bank in Sidon, Lebanon.", date=on)
    assert [(e.place.name, e.place.geo_precision) for e in doc.events] == [("Sidon", 1)]


def test_a_toll_given_after_the_event_and_one_place_named_twice(run):
    on = date(2020, 5, 1)
    doc = run("On 30 April 2020, five rebels were killed, injured or captured during clashes with government "
              "forces in Idlib. The rebels' media office confirmed 4 fatalities.", date=on)
    assert [e.fatalities for e in doc.events] == [4]
    # one place mentioned twice in a sentence is one event, and keeps the whole toll
    doc = run("On 28 April 2020, government forces thwarted a rebel attack west of Taizz, at the Taizz front, "
              "killing 10 fighters.", date=on)
    assert [(e.place.name, e.fatalities) for e in doc.events] == [("Taizz", 10)]


def test_protest_sub_types_from_what_the_arrest_or_the_forces_were(run):
    on = date(2020, 5, 1)
    cases = {
        "On 29 April 2020, a demonstration took place in Tabriz against the detention of 3 protesters.": "Peaceful protest",
        "On 29 April 2020, protesters gathered in Tabriz demanding the release of detained activists.": "Peaceful protest",
        "On 29 April 2020, doctors held a protest in Tabriz against the kidnapping of a colleague.": "Peaceful protest",
        "On 29 April 2020, protesters gathered in Tabriz and police arrested two of them.": "Protest with intervention",
        "On 30 April 2020, protesters blocked a roundabout in Tabriz and Military forces are working to "
        "re-open the road.": "Protest with intervention",
        "On 28 April 2020, rebels and government forces exchanged heavy gunfire in Idlib.": "Armed clash",
    }
    assert_sub_types(run, cases, on)


def test_a_clause_after_a_report_heading_and_heavy_machine_gun_fire(run):
    on = date(2020, 5, 1)
    (event,) = run("Security measures: On 29 April 2020, the Tabriz governorship temporarily halted all entries "
                   "and departures in Tabriz for two weeks.", date=on).events
    assert event.sub_event_type == "Change to group/activity"
    (event,) = run("On 30 April 2020, rebels reportedly fired caliber 12.7mm and 14.5 mm machine guns at "
                   "residential villages in Taizz.", date=on).events
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_victims_of_an_operation_are_the_other_side_and_denied_events_are_not_coded(run):
    on = date(2020, 5, 1)
    (event,) = run("On 30 April 2020, 5 PKK militants were killed, injured or captured during the security "
                   "operations carried out by the Gendarmerie forces in Tabriz.", date=on).events
    assert event.actor1.startswith("Military Forces of Iran") and event.actor2.startswith("PKK")
    assert event.sub_event_type == "Armed clash"
    doc = run("On 30 April 2020, rebels conducted a raid in Idlib.\n\nNo arrests or clashes were reported in Tabriz.",
              date=on)
    assert all(e.place.name != "Tabriz" for e in doc.events)


def test_a_small_namesake_in_a_country_nothing_else_lies_in_is_no_event_place(ctx, with_places):
    gaz = {**GAZ, "Marj": ("Marj", "city", "Libya", "LY", "LBY", "Al Marj", 32.5, 20.8, 88533)}
    text = ("On 29 April 2020, rioters damaged a bank at the Marj roundabout in Tabriz and the facade of "
            "a bank in Shiraz.")
    doc = events.run(with_places(text, gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert sorted(e.place.name for e in doc.events) == ["Shiraz", "Tabriz"]
    assert any(r.code == "STRAY_NAMESAKE" for r in doc.rejections)


def test_a_relative_clause_tells_the_background_not_the_event(run):
    on = date(2020, 5, 1)
    doc = run("On 29 April 2020, protesters gathered in Tabriz to honour a man who died of an injury he "
              "obtained during riots in Shiraz.", date=on)
    assert [(e.place.name, e.sub_event_type) for e in doc.events] == [("Tabriz", "Peaceful protest")]


def test_a_following_sentence_without_a_place_counts_the_dead_of_the_event(run):
    doc = run("On 28 April 2020, a car bomb exploded in the market area of Tabriz. As a result, between 43 and 52 "
              "persons were killed and many were wounded.", date=date(2020, 5, 1))
    assert [(e.place.name, e.fatalities) for e in doc.events] == [("Tabriz", 43)]


def test_an_unarmed_crowd_clashing_with_forces_is_mob_violence(run):
    on = date(2020, 5, 1)
    (event,) = run("On 30 April 2020, dozens of youths clashed with police forces during an arrest raid in Tabriz.",
                   date=on).events
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Iran)")
    (event,) = run("On 30 April 2020, rebels clashed with government forces in Tabriz.", date=on).events
    assert event.sub_event_type == "Armed clash"
    (event,) = run("On 30 April 2020, armed youths clashed with police forces in Tabriz.", date=on).events
    assert event.sub_event_type == "Armed clash"


def test_acled_conventions_for_exchanges_interventions_and_rioters_damage(run):
    on = date(2020, 5, 1)
    cases = {
        "On 29 April 2020, rebels and government forces exchanged artillery fire in Idlib.": "Armed clash",
        "On 29 April 2020, workers held a sit-in protest in Tabriz. Police intervened and moved the "
        "protesters out of the area by force.": "Protest with intervention",
        "On 29 April 2020, a tax office was set on fire by unknown rioters in Tabriz.": "Violent demonstration",
    }
    assert_sub_types(run, cases, on)


def test_weapons_seized_or_destroyed_in_a_controlled_explosion_were_not_used(run):
    on = date(2020, 5, 1)
    cases = [
        "On 28 April 2020, gendarmerie forces seized 8 hand-grenades and one AK-47 assault rifle in Tabriz.",
        "On 28 April 2020, forces located 50 kilogram of explosive planted near Tabriz, which they destroyed "
        "through a controlled explosion.",
    ]
    for text in cases:
        (event,) = run(text, date=on).events
        assert event.sub_event_type == "Disrupted weapons use", text


def test_organisations_named_later_among_participants_are_associated(run):
    doc = run("On 30 April 2020, a demonstration was held in Tabriz marking International Workers' Day. "
              "Representatives of KESK and DISK also participated in the event.", date=date(2020, 5, 1))
    (event,) = doc.events
    assert "KESK" in event.assoc_actor_1 and "DISK" in event.assoc_actor_1


def test_affiliates_of_a_side_whose_subject_parses_short(run):
    (event,) = run("On 30 April 2020, pro-Hadi and affiliated snipers reportedly opened fire on an area of Taizz, "
                   "injuring a child.", date=date(2020, 5, 1)).events
    assert "Militia (Pro-Government)" in event.assoc_actor_1


def test_a_report_heading_is_not_the_subject(run):
    (event,) = run("Movement of forces: On 30 April 2020, HTS brought military reinforcements to its positions in Idlib.",
                   date=date(2020, 5, 1)).events
    assert event.actor1 == "HTS: Hayat Tahrir al Sham"


def test_a_group_named_before_the_cue_acts_when_the_subject_is_not_parsed(run):
    (event,) = run("On 28 April 2020, Amajid Brigade and Resistance forces (coded as Southern Resistance) reportedly "
                   "took control of areas in Taizz from pro-Houthi forces.", date=date(2020, 5, 1)).events
    assert event.actor1 == "Military Forces of Yemen (2012-) Amajid Brigade"
    assert event.sub_event_type == "Government regains territory"


def test_a_town_in_a_country_the_report_names_by_demonym_is_no_stray(ctx, with_places):
    gaz = {**GAZ, "Marj": ("Marj", "city", "Libya", "LY", "LBY", "Al Marj", 32.5, 20.8, 88533)}
    text = ("On 29 April 2020, Libyan rioters damaged a bank in Marj, after a demonstration by "
            "Iranians in Tabriz and Shiraz.")
    doc = events.run(with_places(text, gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert "Marj" in [e.place.name for e in doc.events]


def test_elected_officials_backing_a_demonstration_associate_their_government(run):
    (event,) = run("On 29 April 2020, HDP members held a protest in Tabriz demanding the release of prisoners. "
                   "HDP MPs also supported the protest.", date=date(2020, 5, 1)).events
    assert "Government of Iran" in event.assoc_actor_1


def test_a_civilian_police_patrol_is_an_armed_target_a_man_at_a_checkpoint_is_not(run):
    on = date(2020, 5, 1)
    (event,) = run("On 27 April 2020, unknown gunmen opened fire on a civilian police patrol in Aleppo, injuring "
                   "three policemen.", date=on).events
    assert event.sub_event_type == "Armed clash"
    (event,) = run("On 28 April 2020, rebels reportedly killed a man at a checkpoint in Aleppo.", date=on).events
    assert event.sub_event_type == "Attack"


def test_force_named_as_subject_of_a_protest_is_actor2_evidence(run):
    text = "On 30 April 2020, police fired tear gas at protesters who blocked a road in Shiraz."
    (protest,) = run(text, date=date(2020, 5, 1)).events
    assert protest.actor1 == "Protesters (Iran)" and protest.actor2.startswith("Police Forces of Iran")
    evidence = {ev.field: text[ev.start:ev.end] for ev in protest.evidence}
    assert evidence["actor1"] == "protesters" and evidence["actor2"] == "police"


def test_a_landmark_named_after_a_town_abroad_is_no_event_place(ctx, with_places):
    gaz = {**GAZ, "Lyon": ("Lyon", "city", "France", "FR", "FRA", "Auvergne-Rhone-Alpes", 45.75, 4.85, 2996944)}
    text = "On 29 April 2020, rioters blocked the Tabriz-Shiraz highway at the Lyon bridge with burning tyres."
    doc = events.run(with_places(text, gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert [e.place.name for e in doc.events] == ["Tabriz"]
    assert any(r.code == "STRAY_NAMESAKE" and "Lyon" in r.detail for r in doc.rejections)


def test_the_first_word_of_a_longer_name_is_no_reading_of_the_place(ctx, with_places):
    gaz = {**GAZ, "Bar": ("Bar", "city", "Montenegro", "ME", "MNE", "Bar", 42.09, 19.1, 3978)}
    text = ("On 28 April 2020, rioters smashed the windows of a bank in Bar Yusuf, and protesters "
            "gathered outside the governorate building in Tabriz.")
    doc = events.run(with_places(text, gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert [e.place.name for e in doc.events] == ["Tabriz"]
    # named alone, with nothing else in the report to say otherwise, the reading stands
    alone = events.run(with_places("On 28 April 2020, rioters smashed the windows of a bank in Bar Yusuf.",
                                   gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert [e.place.name for e in alone.events] == ["Bar"]


def test_a_town_read_as_a_country_yields_to_the_province_named_with_it(ctx, with_places):
    gaz = {**GAZ, "Chad": ("Chad", "country", "Chad", "TD", "TCD", "", 15.0, 19.0, 2434508)}
    text = "On 28 April 2020, a landmine exploded under a tractor in Chad town in Idlib countryside."
    doc = events.run(with_places(text, gaz, ctx, date=date(2020, 5, 1)), ctx)
    assert [e.place.name for e in doc.events] == ["Idlib"]
    assert any(r.code == "STRAY_NAMESAKE" and "Chad" in r.detail for r in doc.rejections)


def test_places_recalled_or_summed_up_after_an_event_give_no_second_event(run):
    on = date(2020, 5, 1)
    doc = run("On 29 April 2020, protesters gathered in Tabriz against rising prices. They also lit candles "
              "for a student who was killed during riots in Shiraz.", date=on)
    assert [e.place.name for e in doc.events] == ["Tabriz"]
    assert any(r.code == "BACKGROUND" for r in doc.rejections)
    doc = run("On 29 April 2020, rioters hurled stones at police in Tabriz. In Tabriz and Shiraz combined, "
              "12 policemen were injured and 20 rioters were detained.", date=on)
    assert [e.place.name for e in doc.events] == ["Tabriz"]
    # with no event before it, a place in a relative clause is still where something happened
    doc = run("On 29 April 2020, police arrested a man who attacked a patrol in Shiraz.", date=on)
    assert [e.place.name for e in doc.events] == ["Shiraz"]


def test_a_district_in_a_qualifier_that_detection_left_out_is_looked_up_inside_its_governorate(ctx, with_places):
    gaz = {"Ibb": ("Ibb", "admin1", "Yemen", "YE", "YEM", "Ibb", 13.97, 44.18, 70225)}
    on = date(2020, 5, 3)
    doc = events.run(with_places("On 2 May 2020, gunmen abducted a teacher from Bayt Nasr village (Jiblah, Ibb).",
                                 gaz, ctx, date=on), ctx)
    (event,) = doc.events
    # ACLED's location is a populated place: the district's seat of the same name
    assert (event.place.name, event.place.feature) == ("Jiblah", "city") and event.place.geo_precision == 2
    assert event.place.mention.text == "Jiblah"
    # a district of that name only in another governorate is not taken: the governorate stays
    doc = events.run(with_places("On 2 May 2020, gunmen abducted a teacher from Bayt Nasr village (Utmah, Ibb).",
                                 gaz, ctx, date=on), ctx)
    assert [e.place.name for e in doc.events] == ["Ibb"]


def test_a_town_named_before_the_province_containing_it_is_looked_up_there(ctx, with_places):
    gaz = {"Ibb": ("Ibb", "admin1", "Yemen", "YE", "YEM", "Ibb", 13.97, 44.18, 70225)}
    on = date(2020, 5, 3)

    def run(text):
        return events.run(with_places(text, gaz, ctx, date=on), ctx)

    (event,) = run("On 2 May 2020, unidentified gunmen killed a shopkeeper in Yarim town in Ibb.").events
    assert (event.place.name, event.place.feature) == ("Yarim", "city")
    # the first of two towns the gazetteer knows; the province only situates it
    (event,) = run("On 2 May 2020, a body was found on the road between Jiblah and Qaryat Nur villages "
                   "in southern Ibb.").events
    assert (event.place.name, event.place.feature) == ("Jiblah", "city")
    # a name the province does not hold is not taken from elsewhere
    (event,) = run("On 2 May 2020, unidentified gunmen killed a shopkeeper in Utmah town in Ibb.").events
    assert event.place.name == "Ibb"


def test_a_district_named_beside_a_reference_town_or_before_a_country_and_qualifier_is_looked_up(ctx, with_places):
    gaz = {"Ibb": ("Ibb", "admin1", "Yemen", "YE", "YEM", "Ibb", 13.97, 44.18, 70225),
           "Yemen": ("Yemen", "country", "Yemen", "YE", "YEM", "", 15.5, 47.5, 69543)}
    on = date(2020, 5, 3)

    def run(text):
        return events.run(with_places(text, gaz, ctx, date=on), ctx)

    (event,) = run("On 2 May 2020, coalition air raids were reported on Jiblah district west of Ibb city (Ibb).").events
    assert (event.place.name, event.place.feature) == ("Jiblah", "city")
    (event,) = run("On 2 May 2020, an air raid was reported on Yarim district in central Yemen (Ibb).").events
    assert (event.place.name, event.place.feature) == ("Yarim", "city")


def test_a_person_named_before_the_province_is_not_looked_up_as_a_town(ctx, with_places):
    gaz = {"Ibb": ("Ibb", "admin1", "Yemen", "YE", "YEM", "Ibb", 13.97, 44.18, 70225)}
    doc = events.run(with_places("On 2 May 2020, gunmen shot dead the tribal chief Yarim of Ibb outside his home in Ibb.",
                                 gaz, ctx, date=date(2020, 5, 3)), ctx)
    assert [e.place.name for e in doc.events] == ["Ibb"]


def test_a_violent_cue_is_not_recoded_as_a_strategic_development_by_the_model(ctx, with_places):
    from dateline.eventtype import TypeGuess
    from dateline.model import sentence_tokens
    from dateline.stages import event_parts as parts

    on = date(2020, 5, 1)
    doc = with_places("On 29 April 2020, rebels attacked an army post in Taizz.", GAZ, ctx, date=on)
    tokens = sentence_tokens(doc, 0)
    quiet = TypeGuess("Strategic developments", "Change to group/activity", 0.9, 0.95, None)
    # the cue's own violent coding stands (the sides recode it to a clash later)
    assert parts.type_sentence(doc, 0, tokens, on, quiet).event_type in parts.VIOLENT_TYPES
    # the model still decides between violent sub-types
    regained = TypeGuess("Battles", "Government regains territory", 0.9, 0.95, None)
    assert parts.type_sentence(doc, 0, tokens, on, regained).sub_event_type == "Government regains territory"


def test_a_crowd_in_the_streets_is_a_protest_at_each_town_named_after_the_weekday(run):
    doc = run("Khartoum, June 30, 2022 - Tens of thousands of Sudanese took to the streets on Thursday in "
              "Khartoum and Atbara, demanding an end to military rule, according to the Sudanese "
              "Professionals Association.")
    assert sorted(e.place.name for e in doc.events) == ["Atbara", "Khartoum"]
    for e in doc.events:
        assert e.sub_event_type == "Peaceful protest" and e.actor1 == "Protesters (Sudan)"
        # "on Thursday in Khartoum": a weekday is no unknown village inside the town
        assert e.place.geo_precision == 1
        assert e.event_date == date(2022, 6, 30)


def test_a_protest_cue_is_not_recoded_as_a_strategic_development_but_a_road_block_may_be():
    from dateline.stages.event_parts import _cue_kept
    assert _cue_kept("Peaceful protest", "Change to group/activity", "took to the streets")
    assert not _cue_kept("Peaceful protest", "Other", "blocked the road")
    assert not _cue_kept("Peaceful protest", "Arrests", "protesters", "police arrested 12 protesters")
    # an arrest guess with no word of arrest: "raising pictures of detained opposition leaders"
    assert _cue_kept("Peaceful protest", "Arrests", "demonstrated", "demonstrated, raising pictures of detained leaders")
    assert _cue_kept("Armed clash", "Change to group/activity", "clashed")
    assert not _cue_kept("Peaceful protest", "Violent demonstration", "protesters")


def test_a_toll_given_in_one_of_the_places_is_that_places_and_places_are_no_actor(run):
    doc = run("KYIV, March 9, 2023 (Reuters) - Russia fired a barrage of missiles at cities across Ukraine "
              "overnight, killing at least six people in Lviv and hitting energy facilities in Kharkiv and "
              "Odesa, officials said.")
    by_place = {e.place.name: e for e in doc.events}
    assert {name: e.fatalities for name, e in by_place.items()} == {"Lviv": 6, "Kharkiv": 0, "Odesa": 0}
    assert by_place["Lviv"].actor1 == "Military Forces of Russia (2000-)"
    for e in doc.events:
        assert "Kharkiv" not in e.actor2 and "Odesa" not in e.actor2
        assert any(ev.field == "fatalities" for ev in e.evidence) == (e.fatalities > 0)


def test_a_sentence_referring_back_places_the_event_more_precisely(run):
    doc = run("Iran, Aug. 10, 2019 - An explosion at a market in Fars Province on Friday killed 3 people, "
              "officials said.\n\nThe blast hit a crowded street in Shiraz, witnesses said.")
    (event,) = doc.events
    assert event.place.name == "Shiraz" and event.place.geo_precision == 1
    assert event.fatalities == 3
    location = next(ev for ev in event.evidence if ev.field == "location")
    assert doc.text[location.start:location.end] == "Shiraz"
    assert event.provenance.place_mention.text == "Shiraz"
    # without the reference back, a second place is a second event
    doc = run("Iran, Aug. 10, 2019 - An explosion at a market in Fars Province on Friday killed 3 people, "
              "officials said.\n\nAnother explosion hit a crowded street in Shiraz, witnesses said.")
    assert sorted(e.place.name for e in doc.events) == ["Fars", "Shiraz"]


def test_an_attacker_the_source_attributes_to_a_named_group_is_that_group(run):
    doc = run("Gunmen believed to belong to IS shot and killed a man in Idlib on Sunday.", date=date(2020, 5, 5))
    (event,) = doc.events
    assert (event.actor1, event.actor2) == ("Islamic State (Syria)", "Civilians (Syria)")
    actor = next(ev for ev in event.evidence if ev.field == "actor1")
    assert doc.text[actor.start:actor.end] == "IS"
    # an attacker the sentence calls unidentified stays so, whoever the victim is said to be
    (event,) = run("Unidentified gunmen shot and killed a man in Idlib on Sunday.", date=date(2020, 5, 5)).events
    assert event.actor1 == "Unidentified Armed Group (Syria)"


def test_a_heading_that_names_the_kind_of_development_types_the_report(run):
    on = date(2020, 5, 5)
    text = "On Sunday, gunmen took over a farm and its harvest near Idlib, residents said."
    (event,) = run("Looting: " + text, date=on).events
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert [e.sub_event_type for e in run(text, date=on).events] == ["Non-violent transfer of territory"]
    # a heading with no cue word in its sentence still reports that development
    (event,) = run("Security measures: On Sunday, soldiers set up checkpoints across Idlib and searched cars.",
                   date=on).events
    assert event.sub_event_type == "Change to group/activity"
    assert run("On Sunday, soldiers set up checkpoints across Idlib and searched cars.", date=on).events == ()


def test_an_attack_on_people_is_told_apart_from_one_on_property():
    from dateline.stages.event_parts import _people_attacked
    for text, people in (("settlers attacked Palestinian farmers with stones", True),
                         ("settlers attacked two shepherds near the village", True),
                         ("settlers attacked the house of a farmer", False),
                         ("settlers attacked the village, setting fire to cars", False)):
        assert _people_attacked(text, text.index("attacked") + len("attacked")) is people, text


def test_tear_gas_shells_are_no_shelling_cue():
    from dateline.stages.event_parts import _cues
    shelling = [p for p, sub, _ in _cues() if sub == "Shelling/artillery/missile attack"]
    assert not any(p.search("Security forces fired tear gas shells to disperse the mob") for p in shelling)
    assert not any(p.search("police lobbed smoke shells at the crowd") for p in shelling)
    assert any(p.search("the army fired artillery shells at the village") for p in shelling)


def test_a_place_of_an_event_years_ago_and_its_state_are_background():
    from dateline.model import Span
    from dateline.stages import event_parts as parts

    text = ("The four officers were shot on Saturday, the deadliest day for the police since four agents "
            "died 15 years ago during a raid on a compound in Waco, Texas.")
    sent = Span(0, len(text), text)
    assert parts.recalled(sent, text.index("Waco")) and parts.recalled(sent, text.index("Texas"))
    assert not parts.recalled(sent, text.index("shot"))
    # (a main clause after the recalled one is no qualifier of it: "Five years after the blast, families marched.")
    text = "Five years after the blast in Beirut, families marched."
    assert not parts.recalled(Span(0, len(text), text), text.index("marched"))


def test_forced_into_a_car_is_an_abduction_cue_but_not_a_clause_that_only_ends_into_a_vehicle():
    from dateline.stages.event_parts import _cues
    abduction = [p for p, sub, _ in _cues() if sub == "Abduction/forced disappearance"]
    assert any(p.search("men in plain clothes bundled a young cartoonist into a car outside his home") for p in abduction)
    assert not any(p.search("the band was forced to cancel its tour after thieves broke into their van") for p in abduction)
    assert not any(p.search("police bundled the activist into a police van") for p in abduction)


def test_guards_as_a_verb_are_no_force():
    from dateline import actors as actor_lib
    assert actor_lib.generic_actor("Tunisia closely guards its sovereignty", "Tunisia") is None
    assert actor_lib.generic_actor("a shootout with guards", "Nigeria")[1] == "state"
    assert actor_lib.generic_actor("private security guards", "Nigeria")[1] == "civilians"
