"""anchor: the dateline ("Iran, Aug. 10, 2019 -", "BEIRUT, May 2 (Reuters) -") gives the place
the article speaks from and, with the publication date, the reference for relative dates."""
from __future__ import annotations

import dataclasses
import re

from ..actors import is_known_organisation, is_media
from ..dates import calendar_spans, find_dates
from ..model import Anchor, Document, Span

NAME = "anchor"
VERSION = 26
REQUIRES = ("text",)
ASSIGNS = ("anchor", "publication_date", "source")

# The dateline ends at the first dash or colon within the first line's opening characters.
_SEPARATOR = re.compile(r"\s(?:[-–—]{1,2})\s|:\s|\s[-–—]{1,2}(?=[A-Z])")
# "(Reuters)", "(bdnews24)", "/ Xinhua /"; a bracketed date ("(March 3, 2024)") is no agency
# ("(bdnews24.com)": a site's name, read without its domain)
_AGENCY = re.compile(r"\((?P<agency>[^)\n\d]{2,40}(?<=\w)\d{0,3})(?:\.(?:com|net|org|co\.\w\w|\w\w))?\)|"
                     r"/\s*(?P<slashed>[A-Z][\w .&'-]{1,30}?)\s*/")
# (letters of any script: "SÃO PAULO", "BOGOTÁ")
# ("ISLAMABAD/NEW DELHI": a story filed from two capitals)
_PLACE = re.compile(r"^[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.\-])+(?:(?:,?[ ]|/)(?:[^\W\d_]|['’.\-])+){0,5}$")
_CAPITAL_CITY = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+)*, [A-Z][a-z]")  # "CELAYA, Guanajuato - "
_OUTLET_REST = re.compile(r"([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\s*")
# ("Around 29 April 2020 (midweek), ...": an ACLED note's approximate date, no dateline)
_NOT_PLACE = re.compile(r"^(?:The|A|An|In|On|At|By|For|This|That|It|He|She|They|We|I|But|And|Around|About|As|Between|"
                        r"During|Since|Over|Overnight|Early|Late|From|Until|After|Before|"
                        # (a page's label: "LIVE: Protests across Serbia - latest updates")
                        r"LIVE|Live|BREAKING|Breaking|UPDATE|Update|WATCH|Watch|VIDEO|Video|EXCLUSIVE|Exclusive|"
                        r"ANALYSIS|Analysis|OPINION|Opinion|EXPLAINER|Explainer)\b")


def run(doc: Document, ctx) -> Document:
    # gives "July 7" its year (the page's title may carry it: "Conflict Digest, 12 March 2024")
    page_date = doc.publication_date or date_line(f"{doc.title}\n{doc.text}" if doc.title else doc.text)
    anchor = find_anchor(doc.text, page_date)
    # (or the outlet's name on a line of its own, taken for a headline: "Iran HRM", then "Iran HRM - ...")
    name = doc.source or (doc.title if doc.title and len(doc.title.split()) <= 5 else None)
    opener = re.compile(rf"(?:^|\n)\s*{re.escape(name)}\s*(?:[-–—]{{1,2}}|:)\s").search(doc.text, 0, 400) \
        if name and anchor is None else None
    if opener:
        # "Reported by Iran HRM ... Iran HRM - Security agents arrested ...": the source opening its report
        anchor = Anchor(end=opener.end(), agency=name)
    if anchor and anchor.place and _names_a_source(anchor.place.text):
        # "NCRI - On the anniversary ...": the outlet opens its report with its own name
        anchor = dataclasses.replace(anchor, place=None, agency=anchor.agency or anchor.place.text)
        then = _anchor_at(doc.text[anchor.end:], page_date) if anchor.date is None else None
        if then is not None and then.place is not None:
            # "NCRI - Iran, June 30, 2026 - Farmers in Isfahan ...": the outlet, then the dateline
            anchor = dataclasses.replace(_shifted(then, anchor.end), agency=anchor.agency)
    pub = doc.publication_date or (anchor.date if anchor else None) or page_date
    # a wire's name in the dateline ("SANTIAGO, Chile (Reuters) -") says who reported the story,
    # whatever site carries it
    wire = anchor.agency if anchor and anchor.agency and is_media(anchor.agency) else None
    source = wire or doc.source or (anchor.agency if anchor else None) or _outlet_line(doc.title or "") \
        or _outlet_line(doc.text) or _closing_agency(doc.text) or _release_by(doc.text, anchor) or None
    return dataclasses.replace(doc, anchor=anchor, publication_date=pub, source=source)


def _outlet_line(text: str) -> str | None:
    """A report opening with its outlet's name on a line of its own ("Hengaw Organization for
    Human Rights", then the headline)."""
    first = text.lstrip().split("\n", 1)[0].strip()
    statement = _STATEMENT_BY.match(first)
    if statement:  # "Statement by the Khartoum Resistance Committees": who issued it reports it
        name = statement.group(1)  # ("COMMUNIQUÉ OF THE GOVERNMENT OF BURKINA FASO")
        return re.sub(r"\b(Of|The|And|For|In)\b", lambda m: m.group(1).lower(), name.title()) if name.isupper() else name
    first = _SEPARATOR.split(first, maxsplit=1)[0].strip()  # "Suwayda 24 - Friday 8 September 2023"
    return first if len(first) <= 60 and is_media(first) else None


def _closing_agency(text: str) -> str | None:
    """The agency of a story closed by "(PTI, August 14, 2026)" or "Published in Dawn, January 20th, 2026"."""
    published = _PUBLISHED_IN.search(text.rstrip()[-80:])
    if published:  # the page says which outlet it is
        return published.group(1)
    last = _CLOSING_AGENCY.search(text.rstrip()[-80:])
    return last.group(1) if last and is_media(last.group(1)) else None


def _release_by(text: str, anchor: Anchor | None) -> str | None:
    """A press release's issuer, told in its lead: "..., Human Rights Watch said today." """
    lead = text[anchor.end if anchor else 0:][:700]
    said = _SAID_TODAY.search(lead)
    return said.group(1) if said and is_media(said.group(1)) else None


_SAID_TODAY = re.compile(r"\b((?:[A-Z][\w'’&.-]*\s){0,4}[A-Z][\w'’&.-]*)\s+said\s+today\b")
_PUBLISHED_IN = re.compile(r"(?:^|\n)\s*Published in ([A-Z][\w&'’. -]{1,40}?),[^\n]*\b(?:19|20)\d\d\s*$")
_CLOSING_AGENCY = re.compile(r"(?:^|\n)\s*\(([A-Z][\w .&'’-]{1,30}?)(?:,\s+|\)\s*)[^()\n]*\b(?:19|20)\d\d\)?$")
_STATEMENT_BY = re.compile(r"^(?:(?:press |joint )?(?:statement|communiqu[eé]|press release|declaration|bulletin|report) "
                           r"(?:by|of|from) )(?:the )?([A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|the|and|in)){0,8})\s*[.:]?$",
                           re.I)


def _names_a_source(text: str) -> bool:
    return is_media(text) or is_known_organisation(text)


_NOTICE = re.compile(r"(?:Correction|Clarification|Editor['’]s [Nn]ote|Update|UPDATE|CORRECTION)\s*:")


def find_anchor(text: str, publication_date=None) -> Anchor | None:
    """The dateline at the start of the text, or of one of its next four paragraphs when what comes
    before is short lines ("Viasna Human Rights Centre", a byline, a date, a menu or a headline)."""
    offset = 0
    for _ in range(5):
        found = _anchor_at(text[offset:], publication_date)
        if found is not None:
            return _shifted(found, offset) if offset else found
        head, sep, _rest = text[offset:offset + 400].partition("\n")
        # (an editor's notice above the story is no paragraph of it: "Correction: An earlier version ...")
        if not sep or (len(head) > 110 or head.rstrip().endswith((".", "!", "?"))) and not _NOTICE.match(head):
            return None
        offset += len(head) + 1
        while offset < len(text) and text[offset] == "\n":
            offset += 1
    return None


def _shifted(a: Anchor, offset: int) -> Anchor:
    move = (lambda s: Span(s.start + offset, s.end + offset, s.text) if s else s)
    return dataclasses.replace(a, place=move(a.place), date_span=move(a.date_span), end=a.end + offset)


def _anchor_at(text: str, publication_date=None) -> Anchor | None:
    first_line = text[:160].split("\n", 1)[0]
    sep = _SEPARATOR.search(first_line)
    if not sep and len(first_line) < 80 and find_dates(first_line, publication_date):
        sep = re.search(r"\s*$", first_line)  # "ADEN, Yemen, Jan 18, 2022 / Xinhua /" on a line of its own
    if not sep or sep.start() < 2:
        return None
    prefix = text[: sep.start()]
    agency = _AGENCY.search(prefix)
    hits = [h for h in find_dates(prefix, publication_date) if h.kind != "year"]
    days = [start for start, _ in calendar_spans(prefix)]  # "NAIROBI, July 7 (AP)" with no year known
    cut = min([h.start for h in hits] + days + ([agency.start()] if agency else []) + [len(prefix)])
    # "(Beirut, October 12, 2026) – Iranian security forces ...": a rights group's dateline in brackets
    lead = 1 if prefix.startswith("(") and prefix.rstrip().endswith(")") and hits else 0
    place_text = prefix[lead:cut].rstrip(" ,(")
    if not place_text and hits and hits[0].start == 0 and hits[0].kind in ("mdy", "dmy", "iso") \
            and not prefix[hits[0].end:(agency.start() if agency else len(prefix))].strip(" ,"):
        # "Nov 18, 2026 (The Irrawaddy) - A military air strike ...": a dateline with no place;
        # "May 13, 2026 - Iran International" on a line of its own: the date and the outlet
        first = hits[0]
        outlet = _OUTLET_REST.fullmatch(first_line, sep.end()) if not agency else None
        return Anchor(date=first.last, date_span=Span(first.start, first.end, first.text),
                      end=outlet.end() if outlet else sep.end(),
                      agency=outlet.group(1) if outlet else
                      (agency.group("agency") or agency.group("slashed")).strip() if agency else "")
    if not place_text and hits and hits[0].start == 0 and hits[0].kind in ("mdy", "dmy", "iso") and not agency:
        # "2024-03-12 | LAGOS — Soldiers raided ...": the date, a bar, then the place
        after = prefix[hits[0].end:]
        bar = re.match(r"\s*[|/]\s*", after)
        named = after[bar.end():].rstrip(" ,") if bar else ""
        if named and _PLACE.match(named) and not _NOT_PLACE.match(named):
            first = hits[0]
            at = hits[0].end + bar.end()
            return Anchor(place=Span(at, at + len(named), named), date=first.last,
                          date_span=Span(first.start, first.end, first.text), end=sep.end())
    rest = first_line[sep.end():]
    dated = [h for h in find_dates(rest, publication_date) if h.kind in ("mdy", "dmy", "iso")]
    if place_text and not hits and is_media(place_text) and dated \
            and _WEEKDAY.fullmatch(rest, 0, dated[0].start) and not rest[dated[0].end:].strip():
        # "Hengaw - Tuesday, September 27, 2022" on a line of its own: the outlet and its date
        first = dated[0]
        at = sep.end() + first.start
        return Anchor(date=first.last, date_span=Span(at, at + len(first.text), first.text),
                      end=len(first_line), agency=place_text)
    if not place_text or not _PLACE.match(place_text) or _NOT_PLACE.match(place_text):
        return None
    if not hits and not days and not agency and not place_text.isupper() and not _CAPITAL_CITY.match(place_text):
        return None  # "Word, word - " with no date, agency or capitals is not a dateline
    place = Span(lead, lead + len(place_text), place_text)
    wire = (agency.group("agency") or agency.group("slashed")).strip() if agency else ""
    if not hits:
        return Anchor(place=place, end=sep.end(), agency=wire)
    first = hits[0]
    return Anchor(place=place, date=first.last, date_span=Span(first.start, first.end, first.text),
                  end=sep.end(), agency=wire)


# "April 12, 2023", "Published: 12 April 2023 08:15", "Updated Oct. 3, 2019": a page's date on a line of its own
# ("Published 5:32 AM GMT+3, March 25, 2026": the time first)
_DATE_LINE_WORDS = re.compile(r"^(?:(?:published|posted|updated|last updated|date)(?: on| in [A-Z][\w&'’. -]{1,40}?,)?:?\s*"
                              r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}(?:[+-]\d{1,2})?)?,?\s+)?)?"
                              r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)
_WEEKDAY = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)
_PUBLISHED_INSIDE = re.compile(r"[;(]\s*(?:published|posted|updated)(?: on)?:?\s+", re.I)
# ("Middle East daily brief - Feb 11, 2026": a heading, a dash, the date)
_PUBLISHER = re.compile(r"^(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*| of| the){0,5},\s+|[A-Z][^\d|–—]{2,50}?\s[-–—|]\s+)?")
# ("March 24, 2026 Gusau": a page's date and the place it was filed from, on lines run together)
_BYLINE_PLACE = re.compile(r"^\s*[|,–—-]?\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*$")
_TIME_AFTER = re.compile(r"^[\s,|-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$", re.I)


def date_line(text: str):
    """The date of a line among the article's first four that holds only a full date (with an
    optional 'Published'/'Updated' and a time), or of such a line among its last three (there
    also after the publisher's name): the reference for "on Tuesday" when the story has no dated
    dateline."""
    lines = [line.strip() for line in text[:600].split("\n") if line.strip()][:4]
    tail = [line.strip() for line in text[-400:].split("\n")[1:] if line.strip()][-3:]
    # "(PTI, August 14, 2026)", "(PNA) September 3, 2026" closing a story: the agency and the date
    tail = [line[1:-1].strip() if line.startswith("(") and line.endswith(")") and line.count("(") == 1
            else re.sub(r"^\(([^()]{1,30})\)\s*", r"\1, ", line) for line in tail]
    for line in lines + tail:
        # "(Reporting by Elizabeth Pineau; published January 19, 2023)" closing a wire story
        said = _PUBLISHED_INSIDE.search(line) if line in tail and len(line) <= 120 else None  # (a short story's too)
        if len(line) > 60 and said is None:
            continue
        head = _DATE_LINE_WORDS.match(line).end()
        if said is not None:
            head = said.end()
        elif not head:
            # "The Express Tribune, September 8, 2024" closing the page, "Conflict Digest, 12 March 2024" opening it
            head = _PUBLISHER.match(line).end()
            head += _WEEKDAY.match(line, head).end() - head  # "Hengaw - Tuesday, September 27, 2022"
        hits = [h for h in find_dates(line[head:], None) if h.kind in ("iso", "numeric", "mdy", "dmy")]
        rest = line[head + hits[0].end:].rstrip(")") if hits else ""
        if hits and hits[0].start == 0 and (_TIME_AFTER.match(rest) or line in lines and _BYLINE_PLACE.match(rest)):
            return hits[0].last
    return None
