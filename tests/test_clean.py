import dataclasses

from dateline.model import new_document
from dateline.pipeline import Context
from dateline.settings import load_settings
from dateline.stages import clean

CTX = Context(load_settings(env={}))

PAGE = """728 x 90

Protesters rally in two cities

Reported by Example Monitor

Advertisement

ALEPPO, May 3, 2020 - Hundreds of residents gathered in the old city on Sunday to protest
against rising bread prices, and the crowd marched to the governor's office.

Share this article
Subscribe to our newsletter
Click here to read more
"""


def test_plain_text_loses_ad_residue_and_keeps_title_and_source():
    doc = clean.run(new_document(PAGE), CTX)
    assert not doc.rejections
    assert doc.title == "Protesters rally in two cities"
    assert doc.source == "Example Monitor"
    assert "728 x 90" not in doc.text and "Advertisement" not in doc.text and "Subscribe" not in doc.text
    assert doc.text.startswith("ALEPPO, May 3, 2020 - Hundreds of residents gathered in the old city")
    assert "\n" not in doc.text  # a paragraph's wrapped lines are joined


def test_given_source_wins_over_reported_by_line():
    doc = clean.run(dataclasses.replace(new_document(PAGE), source="Wire"), CTX)
    assert doc.source == "Wire"


def test_html_article_extracted_with_title_and_date():
    html = ("<html><head><title>Clashes in Aden</title><meta name='date' content='2020-05-01'></head><body>"
            "<nav>Home | World</nav><article><h1>Clashes in Aden</h1>"
            "<p>ADEN, May 1 - Fighters of the Southern Transitional Council clashed with government forces "
            "in the Khor Maksar district of Aden on Friday, residents said, and the fighting went on for hours "
            "near the airport road while families fled the area.</p></article>"
            "<footer>Copyright 2020</footer></body></html>")
    doc = clean.run(new_document(html, raw_format="html"), CTX)
    assert not doc.rejections, doc.rejections
    assert "Khor Maksar" in doc.text and "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.title == "Clashes in Aden"


def test_no_article_and_non_english_are_rejected_with_codes():
    short = clean.run(new_document("Home | Menu | Login"), CTX)
    assert [r.code for r in short.rejections] == ["NO_ARTICLE"] and short.rejected
    spanish = ("Cientos de personas marcharon este jueves por el centro de Lima para exigir la renuncia de la "
               "presidenta, en una jornada de protestas que se extendió a otras ciudades del país entero.")
    assert [r.code for r in clean.run(new_document(spanish), CTX).rejections] == ["NOT_ENGLISH"]
    empty_html = clean.run(new_document("<html><body><nav>x</nav></body></html>", raw_format="html"), CTX)
    assert [r.code for r in empty_html.rejections] == ["NO_ARTICLE"]


def test_bylines_in_any_case_are_removed_but_a_sentence_opening_with_by_is_kept():
    raw = ("Gunmen kill 12 villagers\n\nBy Jane Doe and John Roe\n\nBY AMINA YUSUF\n\n"
           "GUSAU, Nigeria, May 3 (Reuters) - Gunmen killed 12 people.\n\nBy Monday the toll had risen\n\nMore text.")
    doc = clean.run(new_document(raw), CTX)
    assert doc.text.startswith("GUSAU, Nigeria, May 3 (Reuters) - Gunmen killed 12 people.")
    assert "Jane Doe" not in doc.text and "AMINA" not in doc.text
    assert "By Monday the toll had risen" in doc.text


def test_a_heading_over_its_entry_a_dated_line_and_an_outlets_byline():
    raw = ("Gaza live: strikes across the Strip\n\nBy Daily Monitor reporter\nPublished: Tuesday, October 7, 2025\n\n"
           "10:42 GMT - Strike on Bureij camp kills six\n"
           "An Israeli air strike on a house in the Bureij refugee camp in central Gaza killed six people.\n\n"
           "Protesters gathered outside the council building on Monday and\n"
           "marched to the governor's office, where police met them.")
    doc = clean.run(new_document(raw), CTX)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:3] == ["Published: Tuesday, October 7, 2025", "10:42 GMT - Strike on Bureij camp kills six",
                              "An Israeli air strike on a house in the Bureij refugee camp in central Gaza killed six people."]
    # a wrapped paragraph's lines, of one width, stay one paragraph
    assert paragraphs[3].startswith("Protesters gathered outside the council building on Monday and marched")
    assert doc.source == "Daily Monitor"


def test_a_byline_with_the_date_after_a_bar_gives_the_outlet_and_keeps_the_date():
    raw = ("Junta air strike kills 14 in monastery\n\nBy Irrawaddy Staff | 9 February 2026\n\n"
           "A military jet bombed a monastery in Sagaing Region on Monday, killing 14 civilians.")
    doc = clean.run(new_document(raw), CTX)
    assert doc.source == "Irrawaddy"
    assert doc.text.split("\n\n")[0] == "9 February 2026" and "Staff" not in doc.text
    assert clean.run(new_document("Title of it\n\nBy Staff Reporter\n\nResidents marched on Monday."), CTX).source is None


def test_a_menu_of_several_words_a_link_is_dropped():
    doc = clean.run(new_document("Iran News in Brief – January 21, 2024\n\nHome | Iran News | Resistance Units | Videos\n\n"
                                 "Iran, Jan. 21, 2024 - On Saturday, members marched in Tehran."), CTX)
    assert "Home" not in doc.text and "Iran, Jan. 21, 2024 -" in doc.text


def test_a_list_of_other_stories_is_dropped_until_a_paragraph_of_the_article_returns():
    page = PAGE.replace("Share this article", "Related posts\n\nArrest of a Kurdish teacher in Baneh\n\n"
                        "Two killed in clashes in Sanandaj\n\n"
                        + "Residents said the march ended peacefully in the evening after the governor's deputy met "
                          "a delegation of the protesters and promised that bread would be sold at the old price "
                          "from next week onwards.\n\nShare this article")
    doc = clean.run(new_document(page), CTX)
    assert "Baneh" not in doc.text and "Sanandaj" not in doc.text and "Related" not in doc.text
    assert "Residents said the march ended peacefully" in doc.text  # 30 words and more: the article again
