import pytest

from dateline.numbers import attackers_count, crowd_sizes, fatalities, parse_number


def crowd_size(text):
    counts = crowd_sizes(text)
    return counts[0] if counts else None


@pytest.mark.parametrize("text,value", [("three", 3), ("1,200", 1200), ("twenty-one", 21), ("a dozen", 12),
                                        ("two hundred", 200), ("an", 1)])
def test_parse_number(text, value):
    assert parse_number(text)[0] == value


def test_crowd_size_from_the_sentence():
    assert crowd_size("three PMOI/MEK supporters also held a small ceremony").value == 3
    vague = crowd_size("hundreds of protesters gathered")
    assert vague.value == 200 and not vague.exact
    assert crowd_size("hundreds of thousands of people marched").value == 200_000  # not "hundreds"
    # a note's opening date is no count, and does not hide the crowd after it
    assert crowd_size("On 21 May 2020, around 200 residents protested").value == 200
    assert crowd_size("On 20 June 2020, hundreds of people took part in the funeral").value == 200
    assert crowd_size("a group of supporters visited") is None
    assert crowd_size("the 1988 massacre of political prisoners") is None


def test_fatalities_take_the_largest_stated_count():
    assert fatalities("An airstrike killed 12 civilians and wounded 30").value == 12
    # ("two others later died": more dead, added since batch ae; "14 VDP and 9 civilians lost their lives")
    assert fatalities("Five soldiers were killed and two others later died").value == 7
    assert fatalities("the death toll rose to 45 on Monday").value == 45
    assert fatalities("a man was shot dead").value == 1
    assert fatalities("Thirty people were injured") is None
    assert fatalities("the convoy was 20 km from the border") is None


def test_a_day_of_the_month_or_a_year_is_not_a_death_count():
    assert fatalities("On 28 April 2020, pro-Houthi forces reportedly killed a man").value == 1
    assert fatalities("On 29 April 2020, HTS executed an individual from Afrin").value == 1
    assert fatalities("As reported on 28 April 2020, 2 members of the group were found dead").value == 2
    assert fatalities("on May 3 gunmen killed 4 people").value == 4


def test_deaths_without_a_number_are_coded_ten_like_acled():
    vague = fatalities("forces thwarted the attack, killing and injuring a number of fighters")
    assert vague.value == 10 and not vague.exact
    assert fatalities("clashes resulted in several fatalities").value == 10
    assert fatalities("the attack was repelled, incurring fatalities").value == 10
    assert fatalities("with no report of fatalities nor injuries") is None
    assert fatalities("Neither fatalities nor injuries were reported") is None
    assert fatalities("killing 3 and causing several fatalities later").value == 3  # a number wins
    # the one dead named by a pronoun, then the wounded without a number: one, not ten
    assert fatalities("attacked the house of a police officer, leaving him killed and injuring a number of his "
                      "family members").value == 1
    assert fatalities("shot the driver, leaving him dead and injuring several others").value == 1


def test_bodies_executions_and_mixed_counts():
    assert fatalities("a man's body was found in the city").value == 1
    assert fatalities("the body of a civilian hawker was found").value == 1
    assert fatalities("the group executed an attack on a checkpoint") is None
    assert fatalities("2 militants were killed, injured or captured during the operation") is None
    assert fatalities("the group confirmed 4 PKK fatalities").value == 4
    assert fatalities("killing a group of fighters").value == 10  # not "a" = 1
    assert fatalities("killing and injuring more than 20 fighters").value == 10


def test_a_range_of_deaths_gives_the_lowest_estimate():
    count = fatalities("As a result, between 43 and 52 persons were killed")
    assert count.value == 43 and count.text == "43 and 52 persons were killed"
    assert fatalities("the shelling killed 5 to 7 people").value == 5


def test_fighters_by_other_names():
    assert fatalities("Clashes resulted in 1 tribesman killed and 2 injured.").value == 1
    assert fatalities("3 security personnel were killed in the attack").value == 3
    assert fatalities("the forces executed a gunman").value == 1


def test_one_death_named_by_a_pronoun_or_a_definite_role():
    assert fatalities("gunmen shot and killed him").value == 1
    assert fatalities("the explosion killed the driver").value == 1
    assert fatalities("the shepherd was killed by a landmine").value == 1
    assert fatalities("he died under torture").value == 1
    assert fatalities("the soldiers were killed") is None  # how many is not said


def test_leaving_the_wounded_is_no_death_count():
    assert fatalities("a car bomb exploded near the market, leaving 6 bystanders wounded") is None
    assert fatalities("the shelling left 2 children seriously injured") is None
    assert fatalities("the blast left 4 dead and 7 wounded").value == 4
    assert fatalities("the raid ended leaving 5 people dead").value == 5
    assert fatalities("gunmen kidnapped a guard after he left a mosque") is None
    assert fatalities("the strike left three fighters killed and two wounded").value == 3


def test_victims_are_no_crowd_size_and_several_hundred_is_vague():
    assert crowd_sizes("Security forces killed two protesters") == []
    assert crowd_sizes("police arrested 12 protesters") == []
    assert crowd_sizes("40 members were arrested at a house") == []
    several = crowd_size("Several hundred people marched through downtown")
    assert several.value == 200 and not several.exact
    assert crowd_size("about 3,000 protesters marched").value == 3000


def test_a_count_before_a_group_named_with_its_acronym_and_no_accident_deaths():
    assert fatalities("Two fighters of the Syrian Democratic Forces (SDF) were killed on Tuesday").value == 2
    assert fatalities("demanding justice for a classmate killed in a road accident last week") is None


def test_both_sides_counted_with_an_approximate_second_toll_and_bodies_found():
    assert fatalities("clashes killed 11 SDF fighters and about 20 SNA fighters on Monday").value == 31
    assert fatalities("killed 11 soldiers and about 20 assailants").value == 31
    assert fatalities("The bodies of six men were found dumped on a highway").value == 6


def test_a_family_counted_one_named_person_and_bodies_are_no_crowd():
    assert fatalities("an Israeli airstrike on a tent killed a father and his two children, medics said").value == 3
    assert fatalities("The driver, 21-year-old Affan Kurniawan, died on Thursday night").value == 1
    assert crowd_sizes("The bodies of seven people were found in a lagoon") == []


def test_a_victim_beaten_to_death_and_a_second_count_with_its_nationality():
    assert fatalities("A mob dragged a man out of a police station and beat him to death").value == 1
    assert fatalities("A mob beat a man to death and set his body on fire").value == 1
    # a vague toll is ACLED's 10, not one ("an" is no count here)
    assert fatalities("an unknown number of people were killed in clashes").value == 10
    assert fatalities("attackers hacked two farmers to death in their fields").value == 2
    assert fatalities("killing five Hamas members and a Qatari security officer").value == 6
    assert crowd_sizes("more than 100 people, including 80 police officers, were injured during protests") == []


def test_a_clock_time_is_no_count_and_a_military_statements_words_for_killed_are():
    assert fatalities("11:15 GMT - Two killed near Rafah").value == 2
    assert fatalities("four khwarij were sent to hell").value == 4
    assert fatalities("five terrorists were neutralised in the operation").value == 5
    assert fatalities("two checkpoints were eliminated") is None


def test_a_count_of_the_attackers_is_told_apart_from_their_victims():
    text = 'At least 11 soldiers were killed when jihadists attacked; the army "neutralised" about 20 assailants.'
    soldiers, attackers = fatalities(text[:text.index(";")]), fatalities(text[text.index(";"):], offset=text.index(";"))
    assert not attackers_count(text, soldiers.start, soldiers.end)  # ("when jihadists attacked" is who killed them)
    assert attackers_count(text, attackers.start, attackers.end)


def test_the_killing_of_one_named_person_and_of_the_attackers_counted():
    assert fatalities("called for an inquiry into the killing of reporter Luis Ramírez, who was shot dead").value == 1
    assert fatalities("condemned the killings of two soldiers in Gao").value == 2
    assert fatalities("since the killing of the protesters in May") is None  # how many is not told
    text = "Soldiers repelled the attack, killing 21 of the attackers."
    count = fatalities(text)
    assert count.value == 21 and attackers_count(text, count.start, count.end)


def test_two_counts_of_those_who_lost_their_lives_and_several_dozen_neutralised():
    assert fatalities("Unfortunately, 14 VDP and 9 civilians lost their lives.").value == 23
    count = fatalities("The forces repelled the attack and neutralised several dozen terrorists.")
    assert (count.value, count.exact) == (12, False)  # dozens, read as ACLED reads them


def test_the_death_of_a_count_of_people():
    assert fatalities("SOHR documented the death of four members of government forces in an ambush").value == 4
    assert fatalities("documented the death of a shepherd in a landmine explosion").value == 1


def test_a_demonstrator_who_died_and_dozens_in_quotes():
    assert fatalities("and a 32-year-old protester died after being hit by a tear gas canister").value == 1
    assert fatalities('its aircraft had bombed positions, killing "dozens" of fighters').value == 12


def test_kin_are_people_counted_among_the_dead():
    assert fatalities("gunmen opened fire on a family, killing a man and his two sons").value == 3
    assert fatalities("gunmen killed a father and his son near the market").value == 2
    assert fatalities("killing two brothers and their cousin").value == 3


def test_whom_a_crowd_demands_freed_is_no_crowd():
    sizes = crowd_sizes("Several hundred people rallied to demand the release of 11 young men held since May")
    assert [c.value for c in sizes] == [200]


def test_the_dead_a_clash_left_on_both_sides():
    assert fatalities("clashed on Saturday, leaving six security personnel and at least 10 gunmen dead").value == 16


def test_livestock_counted_are_no_dead():
    assert fatalities("Bandits stole more than 300 head of cattle and killed two herders").value == 2
    assert fatalities("300 cows were killed") is None
    assert fatalities("a man was found handcuffed and killed in the river").value == 1


def test_tortured_or_beaten_to_death_are_dead():
    assert fatalities("a man was tortured to death in Saydnaya prison").value == 1
    assert fatalities("two detainees were beaten to death").value == 2


def test_a_sum_of_the_dead_after_a_dated_opening():
    # the year before the first count does not swallow it ("2020, two policemen ...")
    assert fatalities("On 5 May 2020, two policemen and a civilian were killed when an IED exploded.").value == 3


def test_some_of_those_detained_are_no_crowd():
    assert crowd_sizes("police detained at least 15 protesters, including two women, the organisers said") == []


def test_a_lynching_kills_and_its_victims_are_no_crowd():
    assert fatalities("Residents later lynched two suspected gang members.").value == 2
    assert crowd_sizes("Residents later lynched two suspected gang members.") == []


def test_him_and_his_son_are_two_dead():
    assert fatalities("IS militants attacked the house of a mukhtar, killing him and his son.").value == 2


def test_an_estimate_of_the_crowd_is_its_size():
    (estimate,) = crowd_sizes("Organisers in Hamburg put their crowd at 180,000, police at 50,000.")
    assert (estimate.value, estimate.text) == (180000, "put their crowd at 180,000")
    assert crowd_sizes("Police put the damage at 2 million euros.") == []


def test_one_victim_named_by_role_and_name_is_one_death():
    assert fatalities("Unidentified gunmen shot dead journalist Mauricio Cruz Solis in Uruapan").value == 1
    assert fatalities("killed Hezbollah commander Fuad Shukr").value == 1
    assert fatalities("police shot dead protesters in the capital") is None  # no one named, no count


def test_a_family_killed_counts_its_members():
    assert fatalities("Separately, gunmen killed a family of five in their home").value == 5


def test_the_soldiers_killed_and_the_assailants_neutralised_are_both_counted():
    # the dead of both sides, told in two clauses of one sentence (ACLED counts them all)
    text = ("Suspected jihadists ambushed an army patrol near the town of Boni on Sunday, killing five soldiers, "
            "the army said, adding that it had \"neutralised\" about ten assailants.")
    assert fatalities(text).value == 15
    # the same side told twice is not added up
    assert fatalities("Gunmen killed five soldiers, and the army said 10 soldiers were killed in all.").value == 10
    # nor one toll told by two sources, the second naming no side
    assert fatalities("Officials said 14 insurgents were killed, but a news agency cited the security service "
                      "as saying 12 died.").value == 14


def test_the_driver_killed_with_the_others_is_one_more():
    assert fatalities("Drones struck a vehicle, killing two officers and the driver.").value == 3


def test_treated_people_are_no_crowd():
    assert crowd_sizes("Local medics said four people were treated for tear gas inhalation.") == []


def test_a_time_is_no_count_of_the_dead():
    # "a day after a protester was shot dead": the protester, not "a day ... dead"
    assert fatalities("a day after a protester was shot dead in Omdurman").text == "a protester was shot dead"
    assert fatalities("during a Day of the Dead celebration in the main square") is None
    # the one killed, told with where he was mayor and an apposition between
    assert fatalities("The mayor of Uruapan, in the western state of Michoacan, was shot dead on Saturday").value == 1


def test_those_rescued_are_no_count_of_the_dead():
    # "rescued five of the passengers, but one officer was shot dead": one dead, not five
    assert fatalities("Officers rescued five of the passengers, but one officer was shot dead.").value == 1


def test_two_counts_of_one_toll_with_a_groups_name_in_the_second():
    assert fatalities("Two soldiers and three New People's Army (NPA) rebels were killed in a clash.").value == 5


def test_one_assassinated_is_one_dead():
    assert fatalities("a member of an armed faction was assassinated by gunmen in front of his house").value == 1
    assert fatalities("Three men were gunned down in Culiacan").value == 3
