"""Generate a synthetic news corpus for ingest tests and benchmarks.

    python bench/make_corpus.py OUT_DIR [--n 1000] [--hostile 0.05] [--seed 0] [--large 2]

Writes `n` inputs into OUT_DIR: news-like English reports (~250-500 words: a dateline, an event
sentence with actors, place, crowd size or fatalities, then background paragraphs) as .txt, .html
and lines of feed.jsonl; several reports of the same event by different sources (and sometimes by
a party to it), so that merging has work to do; exact duplicates; and a share of hostile inputs:
binary data, empty and blank files, 20 MB texts (`--large` of them), invalid UTF-8, deeply nested
HTML, articles in other languages and malformed JSONL lines. Deterministic for a given seed.
`manifest.json` lists what was written, by kind.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

# (city, country, demonym) - large, unambiguous cities
CITIES = [
    ("Nairobi", "Kenya", "Kenya"), ("Mombasa", "Kenya", "Kenya"), ("Lagos", "Nigeria", "Nigeria"),
    ("Kano", "Nigeria", "Nigeria"), ("Abuja", "Nigeria", "Nigeria"), ("Santiago", "Chile", "Chile"),
    ("Valparaiso", "Chile", "Chile"), ("Lima", "Peru", "Peru"), ("Bogota", "Colombia", "Colombia"),
    ("Medellin", "Colombia", "Colombia"), ("Quito", "Ecuador", "Ecuador"), ("Dhaka", "Bangladesh", "Bangladesh"),
    ("Karachi", "Pakistan", "Pakistan"), ("Lahore", "Pakistan", "Pakistan"), ("Khartoum", "Sudan", "Sudan"),
    ("Kinshasa", "Democratic Republic of the Congo", "DR Congo"), ("Goma", "Democratic Republic of the Congo", "DR Congo"),
    ("Bamako", "Mali", "Mali"), ("Ouagadougou", "Burkina Faso", "Burkina Faso"), ("Mogadishu", "Somalia", "Somalia"),
    ("Aleppo", "Syria", "Syria"), ("Beirut", "Lebanon", "Lebanon"), ("Baghdad", "Iraq", "Iraq"),
    ("Mosul", "Iraq", "Iraq"), ("Manila", "Philippines", "Philippines"), ("Yangon", "Myanmar", "Myanmar"),
    ("Mandalay", "Myanmar", "Myanmar"), ("Caracas", "Venezuela", "Venezuela"), ("Port-au-Prince", "Haiti", "Haiti"),
    ("Addis Ababa", "Ethiopia", "Ethiopia"), ("Kampala", "Uganda", "Uganda"), ("Harare", "Zimbabwe", "Zimbabwe"),
    ("Tunis", "Tunisia", "Tunisia"), ("Dakar", "Senegal", "Senegal"), ("Accra", "Ghana", "Ghana"),
    ("Colombo", "Sri Lanka", "Sri Lanka"), ("Kathmandu", "Nepal", "Nepal"), ("Tbilisi", "Georgia", "Georgia"),
]
SOURCES = ["Example Wire", "Daily Ledger", "Metro Herald", "Channel Nine News", "Coastal Times",
           "The Morning Post", "Radio Horizon", "Independent Monitor"]
ISSUES = ["rising fuel prices", "a proposed pension reform", "the arrest of an opposition leader",
          "power cuts", "unpaid wages", "a new tax on mobile money", "police brutality",
          "the closure of public hospitals", "electoral fraud", "water shortages"]
WHO = ["students", "teachers", "health workers", "traders", "farmers", "taxi drivers",
       "opposition supporters", "dock workers", "pensioners", "nurses"]
ARMED = ["separatist rebels", "jihadist militants", "a local militia", "armed gang members"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
BACKGROUND = [
    "The government has faced growing criticism over {issue} in recent months, and opposition parties have called for an inquiry.",
    "Analysts said the economy had slowed sharply since the start of the year, with inflation eroding household incomes.",
    "Officials did not respond to requests for comment on the situation, and a spokesperson said a statement would follow.",
    "The country has a long history of unrest over {issue}, and rights groups have urged the authorities to show restraint.",
    "Residents said shops remained closed for much of the day and public transport was suspended on several routes.",
    "The interior ministry said it was monitoring the situation closely and would take all necessary measures to keep order.",
    "A regional bloc urged all sides to resolve their differences through dialogue and to respect the rule of law.",
    "Local media reported that schools in the area would remain closed until further notice as a precaution.",
    "The finance minister is expected to present a revised budget to parliament next month, according to officials.",
    "Humanitarian agencies warned that the crisis could worsen if access to the affected areas remained restricted.",
]
FOREIGN = [
    ("es", "Miles de personas marcharon por el centro de la ciudad para protestar contra la reforma de las pensiones. "
           "La policía dispersó a los manifestantes con gases lacrimógenos y detuvo a varias personas."),
    ("fr", "Des milliers de manifestants ont défilé dans les rues de la capitale pour protester contre la hausse des prix. "
           "La police a dispersé la foule à l'aide de gaz lacrymogène et a interpellé plusieurs personnes."),
    ("de", "Tausende Menschen demonstrierten am Samstag in der Innenstadt gegen die geplante Rentenreform. "
           "Die Polizei setzte Tränengas ein und nahm mehrere Demonstranten fest."),
    ("ar", "خرج آلاف المتظاهرين إلى شوارع العاصمة احتجاجا على ارتفاع الأسعار، وفرقت الشرطة الحشود بالغاز المسيل للدموع."),
]


def _event_sentence(rng: random.Random, kind: str, city: str, country: str, demonym: str, weekday: str) -> str:
    n = rng.choice([3, 4, 5, 7, 9, 12, 15])
    if kind == "protest":
        crowd = rng.choice(["Thousands of", "Hundreds of", f"About {rng.choice([300, 500, 800, 2000])}"])
        return (f"{crowd} {rng.choice(WHO)} marched through central {city} on {weekday} to protest "
                f"{rng.choice(ISSUES)}, blocking main roads for several hours.")
    if kind == "riot":
        return (f"Rioters set fire to cars and looted shops in {city} on {weekday} after a protest over "
                f"{rng.choice(ISSUES)} turned violent, and police fired tear gas to disperse them.")
    if kind == "battle":
        return (f"Government troops clashed with {rng.choice(ARMED)} near {city} on {weekday}, and at least "
                f"{n} fighters were killed in the fighting, the army said.")
    if kind == "blast":
        return (f"A roadside bomb exploded near a market in {city} on {weekday}, killing {n} people and "
                f"wounding dozens more, police said.")
    if kind == "attack":
        return (f"Gunmen attacked a bus station in {city} on {weekday}, killing {n} civilians, "
                f"witnesses said.")
    return (f"Police arrested {n} opposition activists in {city} on {weekday} ahead of a planned rally "
            f"against {rng.choice(ISSUES)}.")


def _article(rng: random.Random, story: dict, source: str) -> tuple[str, str]:
    city, country, demonym = story["city"]
    day: dt.date = story["date"]
    published = day + dt.timedelta(days=rng.choice([0, 0, 1]))
    weekday = day.strftime("%A")
    head = f"{city.upper()}, {MONTHS[published.month - 1]} {published.day}, {published.year} ({source}) - "
    lead = _event_sentence(rng, story["kind"], city, country, demonym, weekday)
    paras = [head + lead]
    paras.append(f"Witnesses in {city} described chaotic scenes as the events unfolded, and several "
                 f"roads into the city centre were closed by the security forces for the rest of the day.")
    for _ in range(rng.randint(3, 6)):
        paras.append(" ".join(rng.choice(BACKGROUND).format(issue=rng.choice(ISSUES)) for _ in range(rng.randint(2, 3))))
    title = {"protest": f"Protesters march in {city}", "riot": f"Unrest in {city}",
             "battle": f"Fighting near {city}", "blast": f"Bomb blast in {city}",
             "attack": f"Gunmen kill civilians in {city}", "arrest": f"Activists detained in {city}"}[story["kind"]]
    return title, "\n\n".join(paras) + f"\n\nReported by {source}\n"


def _hostile(rng: random.Random, i: int, out: Path, kind: str, *, feed: list[str]) -> str:
    if kind == "binary":
        data = bytes(rng.getrandbits(8) for _ in range(4096)) + b"\x00" * 64
        (out / f"h{i:04d}-binary.txt").write_bytes(data)
    elif kind == "empty":
        (out / f"h{i:04d}-empty.txt").write_bytes(b"")
    elif kind == "blank":
        (out / f"h{i:04d}-blank.txt").write_bytes(b" \n\t" * (i + 1))
    elif kind == "large":
        line = b"Thousands of people marched through the city on Sunday to protest rising prices. "
        with open(out / f"h{i:04d}-large.txt", "wb") as fh:
            fh.write(f"Large input {i}\n".encode())
            for _ in range(20 * 1024 * 1024 // len(line) + 1):
                fh.write(line)
    elif kind == "bad_utf8":
        text = f"BOGOTÁ, March {i % 28 + 1}, 2024 - Cientos de manifestantes protestaron en la capital ({i})."
        (out / f"h{i:04d}-latin1.txt").write_bytes(text.encode("latin-1") + b"\xff\xfe\xc3")
    elif kind == "nested_html":
        depth = 20000
        body = "<div>" * depth + f"Nested page {i}: " + "<span>" * 500 + "</div>" * depth
        (out / f"h{i:04d}-nested.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
    elif kind == "foreign":
        lang, text = FOREIGN[i % len(FOREIGN)]
        (out / f"h{i:04d}-{lang}.txt").write_text(f"({i})\n\n" + (text + "\n\n") * 4, "utf-8")
    elif kind == "bad_jsonl":
        feed.append('{"id": "broken-%d", "text": "unterminated' % i)
    return kind


HOSTILE_KINDS = ("binary", "empty", "blank", "bad_utf8", "nested_html", "foreign", "bad_jsonl")


def make_corpus(out: str | Path, *, n: int = 1000, hostile: float = 0.05, seed: int = 0,
                large: int = 2) -> dict:
    """Write the corpus into `out`; returns the manifest (counts by kind)."""
    rng = random.Random(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    n_hostile = round(n * hostile)
    n_articles = n - n_hostile
    kinds = ["protest"] * 5 + ["riot", "battle", "blast", "attack", "arrest"]
    feed: list[str] = []
    counts: dict[str, int] = {}
    written, story_no = 0, 0
    start = dt.date(2024, 1, 1)
    while written < n_articles:
        story = {"kind": rng.choice(kinds), "city": rng.choice(CITIES),
                 "date": start + dt.timedelta(days=rng.randrange(365))}
        reports = min(rng.choice([1, 1, 1, 2, 2, 3]), n_articles - written)
        for source in rng.sample(SOURCES, reports):
            title, text = _article(rng, story, source)
            stem = f"a{story_no:04d}-{source.split()[0].lower()}"
            form = rng.random()
            if form < 0.6:
                (out / f"{stem}.txt").write_text(text, "utf-8")
                counts["txt"] = counts.get("txt", 0) + 1
            elif form < 0.8:
                paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
                html = (f"<!doctype html><html><head><title>{title}</title></head><body><nav>Home | World"
                        f"</nav><article><h1>{title}</h1>{paras}</article><footer>(c) {source}</footer></body></html>")
                (out / f"{stem}.html").write_text(html, "utf-8")
                counts["html"] = counts.get("html", 0) + 1
            else:
                feed.append(json.dumps({"id": stem, "text": text, "source": source,
                                        "date": story["date"].isoformat(),
                                        "url": f"https://news.example/{stem}"}))
                counts["jsonl"] = counts.get("jsonl", 0) + 1
            written += 1
        story_no += 1
    hostile_kinds = ["large"] * min(large, n_hostile)
    hostile_kinds += [HOSTILE_KINDS[i % len(HOSTILE_KINDS)] for i in range(n_hostile - len(hostile_kinds))]
    for i, kind in enumerate(hostile_kinds):
        _hostile(rng, i, out, kind, feed=feed)
        counts[f"hostile_{kind}"] = counts.get(f"hostile_{kind}", 0) + 1
    # an exact duplicate of a report (same bytes, other name): stored once
    first = sorted(out.glob("a*.txt"))[0]
    (out / f"dup-{first.name}").write_bytes(first.read_bytes())
    counts["duplicate"] = 1
    (out / "feed.jsonl").write_text("\n".join(feed) + "\n", "utf-8")
    manifest = {"inputs": n + 1, "articles": n_articles, "hostile": n_hostile, "stories": story_no,
                "seed": seed, "by_kind": counts}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--hostile", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--large", type=int, default=2, help="how many 20 MB texts")
    args = parser.parse_args(argv)
    print(json.dumps(make_corpus(args.out, n=args.n, hostile=args.hostile, seed=args.seed, large=args.large)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
