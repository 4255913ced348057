"""clean: scraped page or plain text -> article text, title, source; junk and non-articles rejected.

HTML goes through trafilatura (main-content extraction). Plain text, which is what scrapers often
hand over, is cleaned line by line: ad residue ("728 x 90", "Advertisement"), share/subscribe
lines and bylines are removed; the title and a "Reported by X" source are kept aside.
"""
from __future__ import annotations

import dataclasses
import html as html_lib
import re

from ..model import Document, Rejection
from ..sources import parse_date
from ..errors import InputError

NAME = "clean"
VERSION = 11
REQUIRES = ("raw", "raw_format")
ASSIGNS = ("text", "title", "source", "language", "publication_date")

_JUNK_LINE = re.compile(
    r"""^(?:
        \d{2,4}\s*[x×X]\s*\d{2,4}                                  # ad slot sizes: 728 x 90
      | advertisement s? | sponsored(?:\s+content)? | ad | ads
      | (?:share|tweet|email|print|pin|whatsapp)(?:\s+[\w.]+){0,2}
      | (?:click|tap)\s+here\b.* | read\s+more\b.* | (?:also\s+)?read\s*:.* | (?:read|see)\s+also\s*:.* | related\s*(?:articles|stories)?\s*:?.*
      | (?:subscribe|sign\s+up|follow\s+us|join\s+us|like\s+us)\b.* | newsletter\b.*
      | (?:tags?|topics?|categories)\s*:.* | comments?\s*\(?\d*\)? | leave\s+a\s+(?:comment|reply)\b.*
      | (?:copyright|©|\(c\))\s.* | all\s+rights\s+reserved\.? | cookies?\b.*\b(?:accept|policy|consent)\b.*
      | skip\s+to\s+(?:main\s+)?content | (?:home|menu|search|login|log\s+in|register)(?:\s*[|>»/]\s*\w+(?:\s+\w+){0,2})*
      | loading\.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# the heading of a page's list of other stories (its lines are their headlines)
_LINKS_HEADING = re.compile(r"^(?:related|more|other|latest|recommended|popular|trending|top|recent)\s+(?:posts|articles|stories|"
                            r"news|reports|content|coverage|headlines|reading)\s*:?$|^(?:you\s+(?:may|might)\s+also\s+like|"
                            r"(?:also\s+)?read\s+also|see\s+also|most\s+(?:read|popular|viewed)|more\s+from\s+[\w .]{1,30}|"
                            r"recommended(?:\s+for\s+you)?|related)\s*:?$", re.I)
_REPORTED_BY = re.compile(r"^\s*(?:reported\s+by|source|via)\s*[:\-]?\s+(?P<src>[^\n]{2,80}?)\s*$", re.IGNORECASE)
# "By Jane Doe", "BY JANE DOE and John Roe": capitalised names, a few linking words, no digits
_BYLINE = re.compile(r"^\s*(?i:by|written\s+by|words\s+by)\s+(?P<who>[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|"
                     r"and|&|de|da|del|van|von|der|al|el|bin|in|for))*)"
                     r"(?:\s+(?:reporter|reporters|correspondent|staff writer|staff|writer|team|desk|editor))?\s*$")

# Common English function words: a cheap, dependency-free language check.
_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by at from his her their it are were be been "
    "has have had this which an or not but who they he she its said after over into than also "
    "would will more two other about during while when where".split()
)
# Function words of other languages news often comes in (Spanish, French, Portuguese, German,
# Italian, Dutch, Indonesian, Turkish); none is also a common English word.
_FOREIGN = frozenset(
    "el los las del por con una para que se lo le les des du est une dans pour sur pas au aux qui "
    "não uma com os da das dos em foi são der das und ist nicht ein eine mit sich dem auf "
    "il della di che non sono gli het een van zijn niet yang dan ini itu dengan untuk bir ve "
    "bu için ile olarak".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def run(doc: Document, ctx) -> Document:
    settings = ctx.settings
    if doc.raw_format == "html":
        body, title, source, pub = _from_html(doc.raw)
    else:
        body, title, source = _from_plain(doc.raw)
        pub = None
    words = _WORD.findall(body)
    if len(words) < settings.min_article_words:
        return _reject(doc, "NO_ARTICLE", f"{len(words)} words of article text after cleaning")
    share, foreign = english_share(words), foreign_share(words)
    if share < settings.min_english_share and (len(words) >= 40 or foreign > share):
        # short telegraphic English ("3 airstrikes targeted Qaniyah area") has few function words,
        # so a short text is rejected only when another language's function words outnumber them
        return _reject(doc, "NOT_ENGLISH", f"English function-word share {share:.2f}")
    return dataclasses.replace(
        doc,
        text=body,
        title=title,
        source=doc.source or source,
        language="en",
        publication_date=doc.publication_date or pub,
    )


def english_share(words: list[str]) -> float:
    sample = words[:2000]
    return sum(1 for w in sample if w.lower() in _ENGLISH) / max(1, len(sample))


def foreign_share(words: list[str]) -> float:
    sample = words[:2000]
    return sum(1 for w in sample if w.lower() in _FOREIGN) / max(1, len(sample))


def _reject(doc: Document, code: str, detail: str) -> Document:
    return dataclasses.replace(doc, rejections=doc.rejections + (Rejection(NAME, code, detail),))


def _from_html(raw: str):
    import trafilatura

    try:
        result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
    except (RecursionError, ValueError) as exc:  # deeply nested or malformed pages
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}", code="BAD_HTML") from exc
    if result is None:
        return "", "", None, None
    get = (lambda k: getattr(result, k, None)) if not isinstance(result, dict) else result.get
    title = (get("title") or "").strip()
    # trafilatura puts one paragraph (or heading) per line; a leading copy of the title goes
    lines = [ln for ln in (get("text") or "").split("\n")]
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    body, _, byline_source = _from_plain("\n\n".join(lines), keep_title=False)
    try:
        pub = parse_date(get("date"))
    except InputError:
        pub = None
    source = get("sitename") or byline_source or _site_in_title(raw)
    return body, title, source, pub


_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.I)
# "Detention raids in Diyarbakir: 21 detained | Bianet English": the site named after the headline
_SITE_SUFFIX = re.compile(r"\s[|–—]\s+([A-Z][\w.&'’ -]{1,40}?)\s*$")
# "Gangs attack Mirebalais, police station burned - Haiti Libre": after a plain hyphen, a name in capitals only
_SITE_AFTER_HYPHEN = re.compile(r"\s-\s+([A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})\s*$")


def _site_in_title(raw: str) -> str | None:
    """The site's name closing the page's <title>, when the page does not state it otherwise."""
    tag = _TITLE_TAG.search(raw[:20000])
    title = html_lib.unescape(tag.group(1)).strip() if tag else ""
    site = tag and (_SITE_SUFFIX.search(title) or _SITE_AFTER_HYPHEN.search(title))
    return site.group(1).strip() if site and len(site.group(1).split()) <= 4 else None


def _from_plain(raw: str, *, keep_title: bool = True) -> tuple[str, str, str | None]:
    """Return (body, title, source). Paragraphs are joined by one blank line."""
    lines = [ln.strip() for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    content = [ln for ln in lines if ln and not _JUNK_LINE.match(ln)]
    keep_title = keep_title and len(content) > 1  # a one-paragraph text has no headline
    title, source, kept = "", None, []
    links = False  # inside a block of links to other stories ("Related posts", then their headlines)
    for line in lines:
        if not line:
            kept.append("")
            continue
        if _LINKS_HEADING.match(line) and any(kept):
            links = True
            continue
        if links and len(line.split()) < 30:
            continue  # a headline of another story: none of this one's text
        links = False
        if _JUNK_LINE.match(line):
            continue
        m = _REPORTED_BY.match(line)
        if m and len(line.split()) <= 10:
            source = source or re.sub(r"^the\s+", "", m.group("src").strip(" ."), flags=re.I)
            continue
        head, bar, dated = line.partition(" | ")
        if bar and _BYLINE.match(head) and len(head.split()) <= 8 and re.search(r"\b(?:19|20)\d\d\b", dated):
            line = head  # "By Irrawaddy Staff | 9 February 2026": the byline, then the page's date on a line of its own
            kept.append(dated.strip())
        if _BYLINE.match(line) and len(line.split()) <= 8:
            outlet = _OUTLET_BYLINE.match(line)  # "By Daily Monitor reporter": the outlet is the source
            source = source or (outlet.group("src") if outlet else None)
            continue
        if keep_title and not title and not any(kept_line for kept_line in kept) and _is_title(line):
            title = line
            continue
        kept.append(line)
    paragraphs, current = [], []
    for n, line in enumerate(kept):
        if line and _DATED_LINE.match(line) and len(line) <= 80:
            # "Published: Tuesday, October 7, 2025": a line of its own, never the start of a paragraph
            if current:
                paragraphs.append(" ".join(current))
                current = []
            paragraphs.append(line)
            continue
        if not current and line and n + 1 < len(kept) and _heading_over(line, kept[n + 1]):
            paragraphs.append(line)  # "10:42 GMT - Strike on Bureij camp kills six" over a liveblog entry
            continue
        bullet = _BULLET.match(line)
        if bullet and current:  # "- Syria: ...", "- Iraq: ...": each item of a list is a paragraph of its own
            paragraphs.append(" ".join(current))
            current = []
        if bullet:
            line = line[bullet.end():]
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    # ("BEIRUT (AP) \ufffd A Kurdish militia ...": a dash the page's encoding lost, between spaces)
    body = "\n\n".join(re.sub(r"[ \t\u00a0]+", " ", p).replace(" \ufffd ", " \u2013 ") for p in paragraphs)
    return body, title, source


_OUTLET_BYLINE = re.compile(r"^\s*[Bb]y\s+(?:an?\s+|our\s+)?(?P<src>(?!(?i:staff|special|senior|own)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                            r"(?i:reporter|reporters|correspondent|staff|team|desk)\s*$")
_DATED_LINE = re.compile(r"^(?:published|posted|updated|last updated)(?: on)?\s*:", re.I)


def _heading_over(line: str, following: str) -> bool:
    """A short line without final punctuation over a much longer one that opens a sentence is a
    heading of its own, not the start of a wrapped paragraph (whose lines run to one width)."""
    return len(line.split()) <= 15 and not line.endswith((".", ",", ";", ":", "-", "–", "—")) \
        and bool(following) and following[0].isupper() and len(following) >= 1.6 * len(line) \
        and not _BULLET.match(line) and not _BULLET.match(following)


_BULLET = re.compile(r"^(?:[-–•*▪·]|\d{1,2}[.)])\s+(?=\S)")


def _is_title(line: str) -> bool:
    """A short first line without final punctuation reads as a headline."""
    words = line.split()
    return 2 <= len(words) <= 25 and not line.endswith((".", ",", ";", ":")) and not re.search(
        r"\s[-–—]\s", line[:80]
    )
