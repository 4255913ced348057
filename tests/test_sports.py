from dateline.sports import is_play, is_sports_report


def test_a_match_report_is_told_apart_from_violence_at_a_match():
    report = ("Arsenal's attack tore Chelsea apart as Saka scored twice in a 4-1 win that sent them top of "
              "the Premier League. Liverpool beat Everton 2-0 in the derby.")
    assert is_sports_report(report)
    assert is_play("Arsenal's attack tore Chelsea apart as Saka scored twice in a 4-1 win.")
    assert not is_play("Police fired tear gas at fans who clashed outside the stadium after the match.")
    # news of violence that mentions a league or a stadium once is no sports report
    assert not is_sports_report("Gunmen killed 12 villagers near the stadium in Gusau on Tuesday, police said.")
    assert not is_sports_report("Troops won back the town after clashes that left 4-5 soldiers wounded.")
