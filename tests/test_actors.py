from datetime import date

from dateline import actors


def _org(alias):
    return actors._dictionary()[1][alias]


def test_state_units_are_named_with_their_government_period():
    on = date(2020, 4, 30)
    assert actors.org_name(_org("Houthi"), "Yemen", on) == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert actors.org_name(_org("pro-Hadi"), "Yemen", on) == "Military Forces of Yemen (2012-)"
    assert actors.org_name(_org("Security Belt Forces"), "Yemen", on) == \
        "Military Forces of Yemen (2012-) Security Belt Forces"
    # before the Supreme Political Council existed the Houthis keep their movement's name
    assert actors.org_name(_org("Houthi"), "Yemen", date(2015, 3, 1)) == "Ansar Allah (Houthis)"


def test_country_dependent_names():
    on = date(2020, 4, 30)
    assert actors.org_name(_org("ISIS"), "Syria", on) == "Islamic State (Syria)"
    assert actors.org_name(_org("border guards"), "Iran", on) == \
        "Police Forces of Iran (1989-) Islamic Republic of Iran Border Guard Command"
    assert actors.org_name(_org("border guards"), "Iraq", on) == "Police Forces of Iraq (2018-)"


def test_generic_forces_take_the_demonym_country():
    assert actors.generic_actor("Turkish forces", "Turkey", date(2020, 4, 30)) == \
        ("Military Forces of Turkey (2016-)", "state")
    assert actors.generic_actor("unknown gunmen", "Syria")[0] == "Unidentified Armed Group (Syria)"
    assert actors.generic_actor("the weather", "Syria") is None


def test_identity_groups_of_demonstrators():
    assert actors.identity_groups("cleaners working for a private company", "Iraq") == ["Labour Group (Iraq)"]
    assert actors.identity_groups("doctors and nurses of the hospital", "Lebanon") == ["Health Workers (Lebanon)"]
    assert actors.identity_groups("supporters of the party", "Iran") == []


def test_bombs_of_unknown_origin_belong_to_an_unidentified_group():
    assert actors.generic_actor("an unidentified IED planted roadside", "Iraq")[0] == "Unidentified Armed Group (Iraq)"
    assert actors.generic_actor("an explosion, the source of which is unknown", "Syria")[0] == \
        "Unidentified Armed Group (Syria)"


def test_plural_demonyms_name_the_country():
    assert actors.demonym_country("Palestinians from the camp") == "Palestine"
    assert actors.demonym_country("Syrian refugees") == "Syria"


def test_named_and_unnamed_tribes():
    from dateline.model import Span

    text = "Clashes erupted between Al Muaili and Al Mahtam tribesmen as unidentified tribesmen watched."
    names = [o.name for o in actors.organisations(Span(0, len(text), text), [], text, country="Yemen")]
    # both tribes of "between Al Muaili and Al Mahtam tribesmen" (ACLED: one militia each)
    assert names == ["Al Muaili Tribal Militia (Yemen)", "Al Mahtam Tribal Militia (Yemen)"]
    assert actors.generic_actor("unidentified tribesmen", "Yemen")[0] == "Unidentified Tribal Militia (Yemen)"


def test_armed_groups_of_turkey_under_acled_names():
    on = date(2020, 4, 30)
    assert actors.org_name(_org("children of fire"), "Turkey", on) == "Children of Fire"
    assert actors.org_name(_org("Martyr Soro Amed"), "Turkey", on) == "MSAV: Martyr Soro Amed Vengeance Units"
    assert actors.org_name(_org("TAK"), "Turkey", on) == "TAK: Kurdistan Freedom Hawks"


def test_state_forces_of_countries_acled_writes_with_the_and_their_periods():
    on = date(2020, 4, 30)
    assert actors.generic_actor("Emirati forces", "United Arab Emirates", on)[0] == \
        "Military Forces of the United Arab Emirates (2004-)"
    assert actors.generic_actor("American troops", "United States", on)[0] == "Military Forces of the United States (2017-)"
    assert actors.generic_actor("American troops", "United States", date(2022, 1, 1))[0] == \
        "Military Forces of the United States (2021-)"
    assert actors.generic_actor("Jordanian forces", "Jordan", on)[0] == "Military Forces of Jordan (1999-)"


def test_a_weapon_the_model_tags_as_an_organisation_is_no_actor():
    from dateline.model import Mention, Span
    text = "An RPG missile was launched at the Hezbollah office."
    mentions = [Mention(3, 6, "RPG", "ORG", "ner", 0)]
    found = actors.organisations(Span(0, len(text), text), mentions, text, country="Lebanon")
    assert [a.name for a in found] == ["Hezbollah"]


def test_a_member_state_written_with_the_still_acts_under_its_operation():
    uae = "Military Forces of the United Arab Emirates (2004-)"
    assert actors.under_operation(uae, "Yemen", date(2020, 4, 29)) == "Operation Restoring Hope"


def test_news_organisations_are_no_actors():
    from dateline.model import Mention, Span
    text = "Two security sources told Reuters that ISWAP fighters and the National News Agency said so."
    mentions = [Mention(26, 33, "Reuters", "ORG", "ner", 0), Mention(58, 82, "the National News Agency", "ORG", "ner", 0)]
    found = actors.organisations(Span(0, len(text), text), mentions, text, country="Nigeria")
    assert "Reuters" not in [a.text for a in found] and not any("News Agency" in a.text for a in found)
    assert actors.is_media("Reuters") and actors.is_media("the Syrian Observatory for Human Rights")
    assert not actors.is_media("Hezbollah") and not actors.is_media("Allied Democratic Forces")


def test_who_tells_of_an_event_is_told_apart_from_its_sides():
    text = "Agents arrested nine people on Sunday, the Hengaw Organization for Human Rights reported."
    start = text.index("Hengaw")
    assert actors.tells(text, start, start + len("Hengaw"))
    other = "according to a relative who spoke to Hengaw."
    assert actors.tells(other, other.index("Hengaw"), len(other) - 1)
    doer = "Hengaw activists rallied in Sanandaj."
    assert not actors.tells(doer, 0, len("Hengaw"))


def test_state_forces_of_the_sahel_and_beyond_carry_their_period():
    assert actors.with_period("Military Forces of Burkina Faso", "Burkina Faso", date(2024, 8, 24)) == \
        "Military Forces of Burkina Faso (2022-)"
    assert actors.with_period("Military Forces of Mali", "Mali", date(2021, 1, 10)) == "Military Forces of Mali (2020-)"
    assert actors.generic_actor("plainclothes agents", "Iran", date(2022, 11, 13)) == \
        ("Police Forces of Iran (1989-)", "state")


def test_a_movement_that_became_the_government_is_its_state_forces_from_then():
    taliban = _org("Taliban")
    assert actors.org_name(taliban, "Afghanistan", date(2020, 4, 30)) == "Taliban"
    assert actors.org_name(taliban, "Afghanistan", date(2026, 3, 13)) == "Military Forces of Afghanistan (2021-)"
    assert actors.org_name(taliban, "Pakistan", date(2026, 3, 13)) == "Taliban"  # not Kabul's forces abroad


def test_a_mission_named_after_its_organisation_tells_of_the_event():
    text = "Rebels killed 11 civilians, the United Nations mission MINUSCA said on Tuesday."
    start = text.index("United Nations")
    assert actors.tells(text, start, start + len("United Nations"))
    assert actors.generic_actor("four paramilitary rangers", "Thailand")[0] == "Military Forces of Thailand (2023-)"
    assert actors.generic_actor("abducted travellers", "Nigeria")[0] == "Civilians (Nigeria)"


def test_peacekeepers_are_the_mission_deployed_in_the_country_on_the_day():
    assert actors.generic_actor("UN peacekeepers", "Mali", date(2020, 5, 1))[0] == \
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"
    # (MINUSMA left Mali in 2023: peacekeepers there are no mission, and no Malian troops either)
    assert actors.generic_actor("UN peacekeepers", "Mali", date(2025, 5, 1)) is None
    assert actors.generic_actor("a Somali-based peacekeeper", "Somalia", date(2025, 6, 1))[0].startswith("AUSSOM")
    assert actors.generic_actor("peacekeepers", "Somalia", date(2023, 6, 1))[0].startswith("ATMIS")
    assert actors.generic_actor("peacekeepers", "France", date(2023, 6, 1)) is None


def test_anti_junta_and_anti_government_words_name_no_state():
    assert actors.generic_actor("Anti-junta resistance forces", "Myanmar", date(2025, 11, 24))[0] == "Rebel Group (Myanmar)"
    assert actors.generic_actor("anti-government protesters", "Serbia")[0] == "Protesters (Serbia)"
    assert actors.generic_actor("junta troops", "Myanmar", date(2025, 11, 24))[0] == "Military Forces of Myanmar (2021-)"


def test_civilian_victims_groups_end_at_the_clause_and_name_no_employer_or_camp():
    assert actors.victim_groups("reporter Luis Ramírez", "Mexico") == ["Journalists (Mexico)"]
    assert actors.victim_groups("killing three workers, the governor said", "Ukraine") == ["Labour Group (Ukraine)"]
    # (who told of it, an employer's staff, a camp's name and women named in a toll are no victims' group)
    assert actors.victim_groups("at least nine civilians, two residents and a health worker said", "Ethiopia") == []
    assert actors.victim_groups("seven employees of United Nations agencies", "Yemen") == []
    assert actors.victim_groups("a house in the Bureij refugee camp", "Palestine") == []
    assert actors.victim_groups("six women and children", "Sudan") == []


def test_defence_and_security_forces_are_the_army_and_members_of_an_untagged_group():
    assert actors.generic_actor("The Defence and Security Forces", "Burkina Faso", date(2026, 5, 28))[0] == \
        "Military Forces of Burkina Faso (2022-)"
    assert actors.generic_actor("security forces", "Burkina Faso", date(2026, 5, 28))[0] == \
        "Police Forces of Burkina Faso (2022-)"
    assert actors._MEMBERS_OF_NAME.search("clashed with activists of the Jatiya Chhatra Shakti, the").group("name") == \
        "Jatiya Chhatra Shakti"
    assert actors._MEMBERS_OF_NAME.search("arrested 21 members of the Baha'i faith") is None  # a faith, no organisation


def test_the_enemy_of_a_country_at_war_is_its_adversarys_forces():
    assert actors.generic_actor("the enemy", "Ukraine", date(2026, 11, 30))[0] == "Military Forces of Russia (2000-)"
    assert actors.generic_actor("Russian occupiers", "Ukraine", date(2026, 11, 30))[0] == "Military Forces of Russia (2000-)"
    assert actors.generic_actor("the enemy", "Syria", date(2026, 11, 30)) is None  # no adversary known there


def test_the_army_where_acled_has_no_military_of_the_country_is_the_occupiers():
    assert actors.generic_actor("the army", "Palestine", date(2026, 5, 2)) == ("Military Forces of Israel (2022-)", "state")
    assert actors.generic_actor("the army", "Lebanon", date(2026, 5, 2))[0].startswith("Military Forces of Lebanon")


def test_people_named_by_their_trade_or_cause_are_civilians():
    for phrase in ("a civil activist", "a lawyer", "a prominent blogger", "a human rights defender"):
        assert actors.generic_actor(phrase, "Iraq")[0] == "Civilians (Iraq)", phrase


def test_unnamed_rebels_take_acleds_name_in_syria_and_army_positions_are_the_army():
    on = date(2020, 5, 5)
    assert actors.generic_actor("opposition factions", "Syria", on)[0] == "Opposition Rebels (Syria)"
    assert actors.generic_actor("Turkish-backed factions", "Syria", on)[0] == "Opposition Rebels (Syria)"
    assert actors.generic_actor("rebels", "Mali", on)[0] == "Rebel Group (Mali)"
    assert actors.generic_actor("regime positions", "Syria", on)[0] == "Military Forces of Syria (2000-)"


def test_militias_named_by_their_patron_are_no_named_militia():
    from dateline.model import Span
    text = "Iranian-backed militias fired rockets, and Fano militias attacked."
    names = [o.name for o in actors.organisations(Span(0, len(text), text), (), text, country="Iraq")]
    assert names == ["Fano Militia"]


def test_tribes_listed_before_the_plural_are_each_a_tribal_militia():
    from dateline.model import Span
    text = "Clashes between members of the Al Bu Mohammed and Al Garamsha tribes left one dead."
    names = [o.name for o in actors.organisations(Span(0, len(text), text), (), text, country="Iraq")]
    assert names == ["Al Bu Mohammed Tribal Militia (Iraq)", "Al Garamsha Tribal Militia (Iraq)"]


def test_inter_codes_as_acled_writes_them():
    # state forces are 1 at home and 8 abroad (ACLED: Turkey's army in Syria, Israel's in Palestine)
    assert actors.inter_code("Military Forces of Turkey (2016-) Gendarmerie", "Turkey") == 1
    assert actors.inter_code("Military Forces of Turkey (2016-)", "Syria") == 8
    assert actors.inter_code("Police Forces of United Kingdom", "United Kingdom") == 1
    # ACLED writes "of the United States"; the gazetteer's country is "United States"
    assert actors.inter_code("Military Forces of the United States (2021-)", "United States") == 1
    assert actors.home_state("Military Forces of the United States (2021-)") == "United States"
    assert actors.inter_code("Islamic Revolutionary Guard Corps", "Syria") == 8  # a state branch by its own name
    # named groups by their kind in the dictionary, the generic names by their prefix or suffix
    assert [actors.inter_code(a, "Syria") for a in ("QSD: Syrian Democratic Forces", "Islamic State (Syria)",
                                                    "NDF: National Defence Forces", "Global Coalition Against Daesh")] == [2, 2, 3, 8]
    assert [actors.inter_code(a, "Yemen") for a in ("Unidentified Armed Group (Yemen)", "Al Mahtam Tribal Militia (Yemen)",
                                                    "Rioters (Yemen)", "Protesters (Yemen)", "Civilians (Yemen)")] == [3, 4, 5, 6, 7]
    assert actors.inter_code("BNP: Bangladesh Nationalist Party", "Bangladesh") == 3  # a party as a side
    assert actors.inter_code("Black Lives Matter", "United States") is None  # a movement: protesters' associate
    assert actors.inter_code("Health Workers (Iran)", "Iran") is None and actors.inter_code("", "Iran") is None
    assert actors.armed_organisation("QSD: Syrian Democratic Forces") and not actors.armed_organisation("CHP: Republican Peoples Party")
