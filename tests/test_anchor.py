from datetime import date

from dateline.model import new_document
from dateline.pipeline import Pipeline
from dateline.settings import load_settings
from dateline.stages.anchor import find_anchor, date_line


def anchored(text: str):
    """The document after the clean and anchor stages: its dateline, date and source."""
    return Pipeline(load_settings(env={}, overrides=["pipeline=clean,anchor"]))(new_document(text))


def test_datelines_in_wire_styles():
    a = find_anchor("Iran, Aug. 10, 2019 - Members of the network", None)
    assert (a.place.text, a.date, a.date_span.text) == ("Iran", date(2019, 8, 10), "Aug. 10, 2019")
    b = find_anchor("BEIRUT, May 2 (Reuters) - Warplanes struck", date(2020, 5, 3))
    assert (b.place.text, b.date, b.agency) == ("BEIRUT", date(2020, 5, 2), "Reuters")
    c = find_anchor("KABUL, Afghanistan (AP) — A suicide bomber", None)
    assert c.place.text == "KABUL, Afghanistan" and c.date is None
    d = find_anchor("ALEPPO, Syria, 3 May 2020 — Shelling hit", None)
    assert (d.place.text, d.date) == ("ALEPPO, Syria", date(2020, 5, 3))
    e = find_anchor("Nov 18, 2026 (The Irrawaddy) - A military air strike", None)  # a date and no place
    assert (e.place, e.date, e.agency) == (None, date(2026, 11, 18), "The Irrawaddy")
    assert find_anchor("May 2020 - a month of protests", None) is None  # a month is no dateline
    f = find_anchor("2024-03-12 | LAGOS — Soldiers raided a house", None)  # the date, a bar, the place
    assert (f.place.text, f.date, f.date_span.text) == ("LAGOS", date(2024, 3, 12), "2024-03-12")
    assert find_anchor("2024-03-12 | 14 killed — a toll", None) is None  # no place after the bar


def test_ordinary_openings_are_not_datelines():
    assert find_anchor("The army said - nothing more", None) is None
    assert find_anchor("Members of the group said: hello", None) is None
    assert find_anchor("Protesters gathered in the square on Sunday.", None) is None
    # an ACLED note's approximate date: "Around" is no place, "(midweek)" no agency
    assert find_anchor("Around 3 May 2020 (midweek), regime forces clashed with IS in Homs.", date(2020, 5, 4)) is None


def test_a_date_on_a_line_of_its_own_is_the_reference_without_a_dateline():
    assert date_line("April 12, 2023\n\nA military airstrike on Tuesday killed 100 people.") == date(2023, 4, 12)
    assert date_line("Published: 12 April 2023 08:15 GMT\nText") == date(2023, 4, 12)
    assert date_line("Updated Oct. 3, 2019\nText") == date(2019, 10, 3)
    # a date inside a sentence, or only a month, is no page date
    assert date_line("On April 12, 2023 protesters gathered in the capital.") is None
    assert date_line("April 2023\nText") is None


def test_a_dateline_without_a_year_gives_its_place_and_agency_when_no_date_is_known():
    a = find_anchor("NAIROBI, July 7 (AP) — Kenyan police fired tear gas", None)
    assert (a.place.text, a.agency, a.date) == ("NAIROBI", "AP", None)
    b = find_anchor("GUSAU, Nigeria, 3 May (Reuters) - Gunmen killed", None)
    assert (b.place.text, b.agency) == ("GUSAU, Nigeria", "Reuters")
    # with a publication date the same dateline is dated
    assert find_anchor("NAIROBI, July 7 (AP) — Kenyan police", date(2023, 7, 8)).date == date(2023, 7, 7)


def test_a_bracketed_date_is_no_agency_and_a_slashed_agency_is_one():
    a = find_anchor("CATBALOGAN CITY, Philippines (March 3, 2024) — Two guerrillas were killed", None)
    assert (a.place.text, a.date, a.agency) == ("CATBALOGAN CITY, Philippines", date(2024, 3, 3), "")
    # a dateline on a line of its own, with no dash, and the agency between slashes
    b = find_anchor("ADEN, Yemen, Jan 18, 2022 / Xinhua /\n\nWarplanes struck", None)
    assert (b.place.text, b.date, b.agency) == ("ADEN, Yemen", date(2022, 1, 18), "Xinhua")
    assert find_anchor("Soldiers clash with rebels in Samar\n\nText", None) is None


def test_a_published_line_at_the_end_dates_a_dateline_without_a_year():
    text = "Srinagar, July 7: Two militants were killed on Saturday.\n\nPublished: July 7, 2024"
    assert date_line(text) == date(2024, 7, 7)
    assert find_anchor(text, date_line(text)).date == date(2024, 7, 7)
    # a closing line that holds a date and nothing but the publisher's name dates the page
    body = "Two militants were killed on Saturday.\n\nA soldier was hurt.\n\nThe army said so.\n\n"
    assert date_line(body + "The Express Tribune, September 8, 2024") == date(2024, 9, 8)
    assert date_line(body + "Oct. 8, 2021") == date(2021, 10, 8)
    assert date_line(body + "The clashes of September 8, 2024") is None
    assert date_line(body + "(Reporting by Elizabeth Pineau; published January 19, 2023)") == date(2023, 1, 19)


def test_an_outlet_opening_its_report_then_its_dateline():
    doc = anchored("NCRI - Iran, June 30, 2026 - Farmers in Isfahan gathered on Tuesday.")
    assert (doc.anchor.place.text, doc.anchor.date, doc.anchor.agency) == ("Iran", date(2026, 6, 30), "NCRI")
    assert doc.text[doc.anchor.end:].startswith("Farmers")


def test_a_closing_bracketed_agency_and_date_and_a_dateline_in_any_script():
    body = "IMPHAL: Two jawans were killed on Friday evening, officials said.\n\nA search began.\n\n"
    assert date_line(body + "(PTI, August 14, 2026)") == date(2026, 8, 14)
    assert anchored(body + "(PTI, August 14, 2026)").source == "PTI"
    a = find_anchor("SÃO PAULO, April 22, 2026 (Reuters) - Military police evicted", None)
    assert (a.place.text, a.date, a.agency) == ("SÃO PAULO", date(2026, 4, 22), "Reuters")


def test_closing_lines_with_the_agency_in_brackets_first_or_the_time_first():
    body = "CATBALOGAN CITY, Samar - Three soldiers were wounded on Thursday morning.\n\nThe rebels fled.\n\n"
    assert date_line(body + "(PNA) September 3, 2026") == date(2026, 9, 3)
    assert date_line(body + "Published 5:32 AM GMT+3, March 25, 2026") == date(2026, 3, 25)


def test_a_published_in_line_and_a_sites_domain_in_the_dateline():
    body = "PESHAWAR: At least 10 people were killed on Monday, officials said.\n\nThe attackers fled.\n\n"
    assert date_line(body + "Published in Dawn, January 20th, 2026") == date(2026, 1, 20)
    assert anchored(body + "Published in Dawn, January 20th, 2026").source == "Dawn"
    a = find_anchor("Dhaka, Nov 14 (bdnews24.com) -- Unidentified people set fire to buses", None)
    assert (a.place.text, a.agency) == ("Dhaka", "bdnews24")


def test_numeric_page_dates_a_bracketed_dateline_and_a_release_issuer():
    body = "Police fired tear gas on Monday.\n\nNine were arrested.\n\n"
    assert date_line(body + "Published: 14/07/2026") == date(2026, 7, 14)  # day first
    assert date_line("09.10.2026\n\nOver the past day, troops carried out strikes.") == date(2026, 10, 9)
    doc = anchored("(Beirut, October 12, 2026) – Security forces arrested 30 protesters in Zahedan on October 9, "
                   "Human Rights Watch said today.")
    assert (doc.anchor.place.text, doc.anchor.date, doc.source) == ("Beirut", date(2026, 10, 12), "Human Rights Watch")
    doc = anchored("Security forces arrested 30 protesters in Zahedan on Friday, a witness said today.")
    assert doc.source is None  # no issuer named


def test_an_outlets_name_and_a_date_on_a_line_of_their_own_date_the_report():
    a = find_anchor("Hengaw - Tuesday, September 27, 2022\n\nOn Monday, security forces arrested", None)
    assert (a.place, a.date, a.agency, a.date_span.text) == (None, date(2022, 9, 27), "Hengaw", "September 27, 2022")
    assert date_line("Hengaw Organization for Human Rights\nArrests in Sanandaj\nHengaw - Tuesday, September 27, 2022") \
        == date(2022, 9, 27)
    assert find_anchor("Reuters - Two people were killed on September 27, 2022", None) is None  # a sentence, no date line


def test_an_editors_notice_above_the_dateline_is_skipped():
    a = find_anchor("Correction: An earlier version of this story misstated the number of wounded.\n\n"
                    "PESHAWAR, Pakistan, Feb 26, 2023 - A suicide bomber blew himself up inside a mosque.", None)
    assert (a.place.text, a.date) == ("PESHAWAR, Pakistan", date(2023, 2, 26))
    # (a sentence of the story itself is no notice: the search stops there)
    assert find_anchor("Police said two people were killed.\n\nPESHAWAR, Pakistan, Feb 26, 2023 - A bomb ...", None) is None
