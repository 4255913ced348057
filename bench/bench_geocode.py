"""Geocoding speed and footprint: gazetteer load time, RSS, and mentions resolved per second.

Run: .venv/bin/python bench/bench_geocode.py [--mentions N]
Mentions are toponyms drawn from the gazetteer itself (a mix of big and small places, countries and
provinces) placed in short synthetic documents of 8 mentions each, resolved on one core.
"""
from __future__ import annotations

import argparse
import random
import resource
import time


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=20000)
    args = parser.parse_args()

    from dateline.gazetteer import load_gazetteer
    from dateline.georank import resolve_mentions
    from dateline.model import Mention
    from dateline.settings import load_settings

    settings = load_settings()
    load_gazetteer(settings.gazetteer_file)  # build once if missing, not timed
    before = rss_mb()
    start = time.perf_counter()
    gaz = load_gazetteer(settings.gazetteer_file)
    load_s = time.perf_counter() - start
    print(f"gazetteer: {len(gaz):,} places, load {load_s:.2f} s, peak RSS {rss_mb():.0f} MB "
          f"(process before load {before:.0f} MB)")

    rng = random.Random(7)
    names = [gaz.entry(i).name for i in rng.sample(range(len(gaz)), 4000)]
    names += ["Paris", "Springfield", "Iran", "Texas", "Washington", "Georgia", "Isfahan", "Gilan"] * 50
    docs = []
    for _ in range(args.mentions // 8):
        picked = rng.sample(names, 8)
        text, mentions = "", []
        for n in picked:
            text += "In "
            mentions.append(Mention(len(text), len(text) + len(n), n, "PLACE", "gazetteer"))
            text += n + ", people gathered. "
        docs.append((text, mentions))
    gaz.fuzzy("Warmup", min_score=88)  # builds the fuzzy blocks once
    start = time.perf_counter()
    resolved = total = 0
    for text, mentions in docs:
        for p in resolve_mentions(text, mentions, gaz, settings=settings):
            total += 1
            resolved += p.resolved
    secs = time.perf_counter() - start
    print(f"resolved {total:,} mentions in {secs:.2f} s: {total / secs:,.0f} mentions/s "
          f"({resolved / total:.1%} resolved), peak RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
