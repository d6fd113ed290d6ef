"""Does the fast phone path answer exactly what the full parse answers, on real-looking data?

For every distinct (phone, source) of the given inputs (and, with --random N, N random writings of
30 countries' numbers), compares features.fast_phone_value with features.parsed_phone_value
(identifiers.normalise_phone on the writing's canonical form), wherever the fast path answers.
Prints counts; exit status 1 on any difference. The property tests check the same on generated writings; this runs it at scale.

Usage: python benchmarks/linkage/phones_agree.py [INPUT.csv ...] [--random 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

import duckdb  # noqa: E402

from jointdesk.engines.linkage import features  # noqa: E402

COUNTRY_CODES = (
    "40 359 380 963 93 90 98 92 49 39 44 1 7 373 212 964 20 86 33 34 91 880 994 995 61 55 54 52 27 234"
)
FORMS = ("+{cc}{n}", "00{cc} {n}", "0{n}", "{cc}{n}", "{n}", "+{cc} ({n}", "0{n}-1", "+{cc}0{n}")


def random_writings(count: int, seed: int = 5) -> Iterable[tuple[str, str]]:
    rng = random.Random(seed)
    codes = COUNTRY_CODES.split()
    for _ in range(count):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(4, 13)))
        yield rng.choice(FORMS).format(cc=rng.choice(codes), n=digits), rng.choice(("RO", "BG"))


def compare(writings: Iterable[tuple[str, str]]) -> tuple[int, int, int]:
    """(writings, answered fast, differing)"""
    total = fast_count = differ = 0
    for raw, source in writings:
        total += 1
        fast = features.fast_phone_value(raw, source)
        if fast is None:
            continue
        fast_count += 1
        if fast != features.parsed_phone_value(raw, source):
            differ += 1
            print(f"differs: {raw!r} ({source}): fast {fast}", file=sys.stderr)
    return total, fast_count, differ


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--random", type=int, default=0)
    args = parser.parse_args()
    differ_all = 0
    con = duckdb.connect()
    for path in args.inputs:
        rows = con.execute(
            "SELECT DISTINCT phone, source FROM read_csv(?, all_varchar=true) WHERE phone IS NOT NULL", [path]
        ).fetchall()
        total, fast, differ = compare(rows)
        print(f"{path}: {total} distinct phones, {fast} answered fast, {differ} differ")
        differ_all += differ
    if args.random:
        total, fast, differ = compare(random_writings(args.random))
        print(f"random: {total} writings, {fast} answered fast, {differ} differ")
        differ_all += differ
    return 1 if differ_all else 0


if __name__ == "__main__":
    sys.exit(main())
