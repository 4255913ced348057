from datetime import date

from dateline.dates import find_dates

REF = date(2019, 8, 10)  # a Saturday


def one(text, ref=REF):
    hits = [h for h in find_dates(text, ref) if h.kind != "year"]
    assert len(hits) == 1, hits
    return hits[0]


def test_explicit_dates_in_common_news_formats():
    assert one("Iran, Aug. 10, 2019 - Members").date == date(2019, 8, 10)
    assert one("on 9 May 2020, protesters").date == date(2020, 5, 9)
    assert one("published 2020-05-03T10:00").date == date(2020, 5, 3)
    assert one("On August 3rd, 2019 they").precision == 1


def test_weekday_resolves_to_latest_such_day_on_or_before_reference():
    hit = one("protesters gathered on Sunday")
    assert hit.date == date(2019, 8, 4) and hit.precision == 1
    assert one("they met on Saturday").date == REF
    assert one("last Saturday").date == date(2019, 8, 3)


def test_fixed_day_holidays_are_their_last_occurrence():
    assert one("an attack on Christmas Day", date(2026, 12, 27)).date == date(2026, 12, 25)
    assert one("on New Year's Eve", date(2027, 1, 2)).date == date(2026, 12, 31)  # last year's
    assert one("on New Year’s Day", date(2027, 1, 1)).date == date(2027, 1, 1)
    assert find_dates("on Christmas Day", None) == []  # no reference, no year


def test_relative_periods_carry_acled_precision():
    assert one("yesterday").date == date(2019, 8, 9)
    week = one("clashes last week")
    assert week.precision == 2 and week.date == date(2019, 8, 3)
    month = one("arrested last month")
    assert month.precision == 3 and month.date.month == 7
    assert one("three days ago").date == date(2019, 8, 7)


def test_day_month_without_year_takes_reference_year_but_not_the_future():
    assert one("BEIRUT, May 2 (Reuters)", date(2020, 5, 3)).date == date(2020, 5, 2)
    assert one("on December 30", date(2020, 1, 2)).date == date(2019, 12, 30)


def test_year_only_is_reported_as_historic_reference():
    hits = find_dates("the 1988 massacre anniversary", REF)
    assert [h.kind for h in hits] == ["year"] and hits[0].date.year == 1988


def test_relative_dates_need_a_reference():
    assert [h.kind for h in find_dates("on Sunday, and on 3 May 2020", None)] == ["dmy"]


def test_may_the_modal_is_not_a_month():
    assert find_dates("protesters may gather again", REF) == []


def test_month_words_inside_names_are_not_dates():
    assert find_dates("In Maracaibo, teachers marched; in Marib and Junction City too", REF) == []
    hit = one("a ceasefire agreed in March between them")
    assert (hit.date, hit.precision) == (date(2019, 3, 15), 3)


def test_last_year_is_a_historic_reference():
    [hit] = find_dates("colleagues arrested last year", REF)
    assert hit.kind == "year" and hit.date.year == 2018


def test_approximate_and_reported_dates_are_known_to_the_week():
    from datetime import date as d

    from dateline.dates import find_dates

    ref = d(2020, 5, 1)
    (around,) = find_dates("Around 30 April 2020 (week of), forces detained a man.", ref)
    assert around.date == d(2020, 4, 30) and around.precision == 2
    (reported,) = find_dates("As reported on 28 April 2020, two members were found dead.", ref)
    assert reported.precision == 2
    (exact,) = find_dates("On 28 April 2020, protesters gathered.", ref)
    assert exact.precision == 1


def test_a_span_of_days_is_dated_from_its_first_with_week_precision():
    hits = find_dates("killed five people between Friday and Sunday", date(2025, 11, 3))
    assert (hits[0].date, hits[0].precision) == (date(2025, 10, 31), 2)
    hits = find_dates("beat demonstrators from Thursday to Saturday", date(2026, 6, 27))
    assert (hits[0].date, hits[0].precision) == (date(2026, 6, 25), 2)
    assert find_dates("protests on Friday and Saturday", date(2025, 11, 3))[0].precision == 1  # two days, each told


def test_a_weekday_after_until_far_back_or_after_next_is_when_something_ends():
    # Saturday's "imposed a curfew until Sunday morning": not the Sunday before
    assert find_dates("imposed a curfew on the city until Sunday morning", date(2026, 9, 26)) == []
    assert find_dates("talks will resume next Friday", date(2026, 9, 26)) == []
    # Tuesday's "the clashes continued until Tuesday evening": that day
    (hit,) = find_dates("the clashes continued until Tuesday evening", date(2023, 8, 15))
    assert hit.date == date(2023, 8, 15)


def test_numeric_dates_day_first_unless_only_month_first_can_be_or_is_nearer():
    ref = date(2026, 3, 6)
    (hit,) = find_dates("struck the city on 05/03/2026", ref)
    assert (hit.date, hit.precision) == (date(2026, 3, 5), 1)  # not 3 May, two months ahead of the report
    assert find_dates("on 5.3.2026", None)[0].date == date(2026, 3, 5)  # no report date: day first
    assert find_dates("on 3/13/2026", None)[0].date == date(2026, 3, 13)  # month first: the only date
    assert [h.kind for h in find_dates("on 31/02/2026", ref)] == ["year"]  # no such day


def test_a_span_of_days_is_dated_from_its_first_day():
    ref = date(2020, 4, 12)
    (hit,) = find_dates("Between 5 and 11 April 2020, regime forces shelled the towns", ref)
    assert (hit.text, hit.date, hit.precision) == ("Between 5 and 11 April 2020", date(2020, 4, 5), 2)
    (hit,) = find_dates("from 1 to 20 April 2020", ref)
    assert (hit.date, hit.precision) == (date(2020, 4, 1), 3)  # beyond a week: the month
    # two days named are not a span ("on 5 and 11 April": two events), nor a score
    assert [(h.date, h.precision) for h in find_dates("On 5 and 11 April 2020", ref)] == [(date(2020, 4, 11), 1)]
    assert [(h.date, h.precision) for h in find_dates("the 1-0 win on 11 April 2020", ref)] == [(date(2020, 4, 11), 1)]


def test_a_night_across_two_dates_is_its_first_day():
    (hit,) = find_dates("On the night of 5-6 May 2020, gunmen attacked", date(2020, 5, 7))
    assert (hit.date, hit.precision) == (date(2020, 5, 5), 1)
