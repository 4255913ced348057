"""Date expressions in news text, resolved against a reference date (the publication date).

ACLED's time_precision: 1 = the day is known, 2 = the week (or a range of days) is known,
3 = only the month is known. Year-only mentions ("the 1988 massacre") are returned with
kind "year" so that callers can treat them as historical references, not event dates.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
MONTH_NAMES = "|".join(calendar.month_name[1:])  # "January|February|...", for patterns that name a month
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
# words of the calendar, which are not place names ("May", "Easter") however they are capitalised
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "christmas", "easter", "thanksgiving", "halloween", "ramadan",
            "hanukkah", "passover"}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "a": 1, "an": 1, "several": 3, "few": 3, "couple": 2}

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)")),
    # "05/03/2026", "5.3.2026": day and month in either order (read by which is possible and nearest)
    ("numeric", re.compile(r"(?<![\d./])(?P<a>[0-3]?\d)([./])(?P<b>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)(?![\d./]\d)")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:\s*,\s*|\s+){_YEAR}\b")),
    ("md", re.compile(rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?!\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("my", re.compile(rf"\b(?:(?:early|mid|late)[- ])?{_MON}\s+(?:of\s+)?{_YEAR}\b")),
    ("month", re.compile(rf"\b(?:in|since|last|this|early|mid|late|during)\s+(?:early |mid-|late )?{_MON}(?![\w.]*\s*\d)(?![a-z])", re.IGNORECASE)),
    ("weekday", re.compile(
        r"\b(?P<rel>last|this|past|previous|on|early|late)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        re.IGNORECASE)),
    ("relday", re.compile(
        # ("overnight Saturday into Sunday", "overnight into Sunday": the weekday says which night)
        r"\b(?P<rd>yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|"
        r"overnight(?!\s+(?:on\s+|of\s+|into\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|earlier today)\b",
        re.IGNORECASE)),
    ("ago", re.compile(r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few|couple of)\s+"
                       r"(?P<unit>days?|weeks?|months?)\s+ago\b", re.IGNORECASE)),
    ("relperiod", re.compile(
        r"\b(?P<rp>(?:earlier |later )?this week|last week|past week|last weekend|this weekend|over the weekend|during the weekend|at the weekend|(?:earlier )?this month|last month|past month)\b",
        re.IGNORECASE)),
    # fixed-day holidays ("an attack on Christmas Day", "on New Year's Eve"): their last occurrence
    ("holiday", re.compile(r"\b(?P<holiday>Christmas Day|Christmas Eve|Boxing Day|New Year['’]s Eve|New Year['’]s Day)\b")),
    ("year", re.compile(r"\b(?:last|previous|past) year\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:(?:in|since|of|the|summer|spring|autumn|fall|winter)\s+)?(?P<year>(?:19|20)\d\d)\b")),
]


_HOLIDAYS = {"Christmas Day": (12, 25), "Christmas Eve": (12, 24), "Boxing Day": (12, 26), "New Year's Eve": (12, 31),
             "New Year's Day": (1, 1)}
_APPROXIMATE = re.compile(r"\b(?:around|about|approximately|circa|(?:as |it was )?reported on|as of)\s+(?:the\s+)?$",
                          re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateHit:
    start: int
    end: int
    text: str
    date: date
    precision: int  # ACLED time_precision (1-3)
    kind: str  # iso | numeric | mdy | dmy | md | dm | my | weekday | relday | ago | relperiod | year
    through: date | None = None  # a span's last day ("Between 5 and 11 April": `date` is the 5th)

    @property
    def last(self) -> date:
        """The latest day the expression covers: what a report so dated was written after."""
        return self.through or self.date


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, ref: date) -> date | None:
    """A day-month without a year is the latest such date not far after the reference."""
    d = _safe_date(ref.year, month, day)
    if d and d > ref + timedelta(days=7):
        d = _safe_date(ref.year - 1, month, day)
    return d


def _resolve(kind: str, m: re.Match[str], ref: date) -> tuple[date, int] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mnum"]), int(g["day"]))
        return (d, 1) if d else None
    if kind in ("mdy", "dmy"):
        d = _safe_date(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
        return (d, 1) if d else None
    if kind in ("md", "dm"):
        d = _infer_year(MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]), ref)
        return (d, 1) if d else None
    if kind == "my":
        d = _safe_date(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], 15)
        return (d, 3) if d else None
    if kind == "month":
        month = MONTHS[g["mon"].lower().rstrip(".")]
        year = ref.year if month <= ref.month else ref.year - 1
        return date(year, month, 15), 3
    if kind == "weekday":
        back = (ref.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        rel = (g.get("rel") or "").lower()
        if rel in ("last", "past", "previous") and back == 0:
            back = 7
        return ref - timedelta(days=back), 1
    if kind == "holiday":
        month, day = _HOLIDAYS[g["holiday"].replace("’", "'")]
        d = date(ref.year, month, day)
        return (d if d <= ref else date(ref.year - 1, month, day)), 1
    if kind == "relday":
        rd = g["rd"].lower()
        back = 1 if rd in ("yesterday", "last night") else 0
        return ref - timedelta(days=back), 1
    if kind == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n.split()[0], 2)
        unit = g["unit"].lower()
        if unit.startswith("day"):
            return ref - timedelta(days=count), 1
        if unit.startswith("week"):
            return ref - timedelta(weeks=count), 2
        return _month_back(ref, count), 3
    if kind == "relperiod":
        rp = g["rp"].lower()
        if "weekend" in rp:
            back = (ref.weekday() - 5) % 7 or (7 if "last" in rp else 0)
            return ref - timedelta(days=back), 2
        if "week" in rp:
            return (ref - timedelta(days=7) if ("last" in rp or "past" in rp) else ref), 2
        return (_month_back(ref, 1) if ("last" in rp or "past" in rp) else ref), 3
    if kind == "year":
        return date(int(g["year"]) if g.get("year") else ref.year - 1, 7, 1), 3
    return None


def _numeric_date(a: int, b: int, year: int, ref: date | None) -> tuple[date, int] | None:
    """Day first (most of the world's usage) or month first (the United States'): the reading that
    can be a date, and of two, the one nearest the reference date that is not after it."""
    readings = [d for d in (_safe_date(year, b, a), _safe_date(year, a, b)) if d is not None]
    if not readings:
        return None
    if ref is not None and len(readings) == 2 and readings[0] != readings[1]:
        readings.sort(key=lambda d: (d > ref + timedelta(days=1), abs((ref - d).days)))
    return readings[0], 1


def _month_back(ref: date, months: int) -> date:
    y, m = divmod(ref.year * 12 + ref.month - 1 - months, 12)
    return date(y, m + 1, 15)


_DEADLINE = re.compile(r"\b(until|till|next)\s+$", re.I)
_SPAN_START = re.compile(r"\b(?:between|from)\s+$", re.I)
_SPAN_END = re.compile(r"\s+(?:and|to|through|until)\s+(?:[\w,.]+\s+){0,2}?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                       r"\s+(?:and|to|through|until)\s+\d{1,2}\b", re.I)


_PLACE_NAMED_AFTER = re.compile(r"\s+(?:Square|Street|Avenue|Road|Bridge|Stadium|Park|Boulevard|Garden|Gardens|"
                                r"Plaza|Circle|Roundabout|City|Camp|Market|Mosque|Bazaar|Souk)\b")


def find_dates(text: str, ref: date | None, *, offset: int = 0) -> list[DateHit]:
    """Every date expression in `text` (spans shifted by `offset`), longest match first wins."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    anchor = ref or date.today()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "weekday" and not (m.group("rel") or "").strip():
                start = m.start("wd")
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "month" and m.group("mon").lower() == "may" and not m.group("mon")[0].isupper():
                continue
            if kind in ("weekday", "relday", "ago", "relperiod", "md", "dm", "month", "holiday") and ref is None:
                continue  # relative dates need a reference date
            if _PLACE_NAMED_AFTER.match(text, end):
                continue  # "at the May 13 Square", "on 6th October Bridge": a place named for the day
            resolved = _resolve(kind, m, anchor) if kind != "numeric" else \
                _numeric_date(int(m.group("a")), int(m.group("b")), int(m.group("year")), ref)
            if resolved is None:
                continue
            if kind == "weekday" and (deadline := _DEADLINE.search(text, max(0, start - 12), start)) and (
                    deadline.group(1).lower() == "next" or (anchor - resolved[0]).days >= 2):
                # "a curfew until Sunday morning" in Saturday's report: when it ends, ahead (not "the
                # clashes continued until Tuesday evening" in Tuesday's report)
                continue
            taken.append((start, end))
            precision = resolved[1]
            if precision == 1 and (_APPROXIMATE.search(text[max(0, start - 30):start])
                                   or _SPAN_START.search(text[max(0, start - 12):start]) and _SPAN_END.match(text, end)):
                # "Around 30 April", "As reported on 28 April": the day is not known; "between Friday
                # and Sunday": days of one week (ACLED's time_precision 2), dated from the first
                precision = 2
            day = resolved[0]
            ranged = _DAY_RANGE_BEFORE.search(text, max(0, start - 24), start) if precision == 1 else None
            if ranged and (first := _same_month(day, int(ranged.group("d") or ranged.group("d2")))) is not None and first < day:
                # "Between 5 and 11 April 2020", "on 5-11 April": a span of days, dated from the first
                # (ACLED's time_precision 2 within a week, 3 beyond)
                night = (day - first).days == 1 and _NIGHT_OF.search(text, max(0, ranged.start() - 16), ranged.start())
                # (but "on the night of 5-6 May" is one night, dated from its evening)
                day, precision, start = first, 1 if night else 2 if (day - first).days <= 6 else 3, ranged.start()
            hits.append(DateHit(start + offset, end + offset, text[start:end], day, precision, kind,
                                resolved[0] if day != resolved[0] else None))
    return sorted(hits, key=lambda h: h.start)


_DAY_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+$|"
                               r"(?<![\d-])(?P<d2>\d{1,2})\s*[-–]\s*$", re.I)


_NIGHT_OF = re.compile(r"\b(?:night of|overnight(?: on| of)?|overnight)\s+(?:the\s+)?$", re.I)


def _same_month(day: date, first: int) -> date | None:
    try:
        return day.replace(day=first)
    except ValueError:
        return None


def calendar_spans(text: str) -> list[tuple[int, int]]:
    """Spans of calendar dates with or without a year, whether or not a reference date is known:
    where a dateline's "May 3" ends its place even when the year cannot be told."""
    return sorted(m.span() for kind, pattern in _PATTERNS if kind in ("iso", "numeric", "mdy", "dmy", "md", "dm")
                  for m in pattern.finditer(text))
