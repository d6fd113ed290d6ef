"""Compare the engine in this checkout with an earlier commit on every benchmark file.

For deciding whether a change to the engine pays: both versions resolve the same generated files
(run_bench.dataset, cached under benchmarks/out/) one after the other, in the same session, and
the table shows F1 / cross-border recall before and after, to five places, with wall time and
peak memory. A score that falls is marked. The earlier commit is checked out into a temporary git
worktree and run from its own sources (PYTHONPATH) with this checkout's virtual environment, so
only the engine's code differs.

Usage: python benchmarks/linkage/compare.py BASE_COMMIT [--sizes 100000 1000000]
       [--data f e h g indep d mixed c] [--out benchmarks/out/compare.md]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import GENERATORS, OUT, PY, ROOT, dataset, timed
from score import score_files

#: Generators in the order of linkage.md's table, with the letters it names them by.
LETTERS = {"f": "F", "e": "E", "h": "H", "g": "G", "indep": "B", "d": "D", "mixed": "A", "c": "C"}
RESOLVE = "import sys; from jointdesk.engines.linkage.cli import main; sys.exit(main())"


def resolve(src: Path, data: Path, out: Path, timeout: float) -> dict[str, Any]:
    """Run `jointdesk resolve` from the sources under `src`, timed (run_bench.timed)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return timed([PY, "-c", RESOLVE, "resolve", str(data), "--out", str(out)], timeout, env=env)


def measure(src: Path, tag: str, data: Path, truth: Path, timeout: float) -> dict[str, Any]:
    out = OUT / f"{data.stem}.compare-{tag}.csv"
    result = resolve(src, data, out, timeout)
    if not result["ok"]:
        raise SystemExit(f"{tag} failed on {data.name}: {result['error']}")
    scores = score_files(str(data), str(truth), str(out))
    result.update(f1=scores.f1, xb=scores.cross_border_recall)
    print(f"   {tag:<4} {data.name}: {scores.f1:.5f} / {scores.cross_border_recall:.5f}", flush=True)
    return result


def cell(before: dict[str, Any], after: dict[str, Any]) -> str:
    def pair(r: dict[str, Any]) -> str:
        return f"{r['f1']:.5f} / {r['xb']:.5f}"

    fell = after["f1"] < before["f1"] or after["xb"] < before["xb"]
    mark = " **(fell)**" if fell else ""
    return (
        f"{pair(before)} → {pair(after)}{mark} | "
        f"{before['seconds']:.0f} / {after['seconds']:.0f} s, {after['peak_mb'] / 1024:.1f} GB"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", help="the commit to compare against (e.g. the session's start commit)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--data", nargs="+", default=list(LETTERS), choices=list(GENERATORS))
    ap.add_argument("--out", type=Path, default=OUT / "compare.md")
    ap.add_argument("--timeout", type=float, default=1800.0)
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jointdesk-base-") as tmp:
        tree = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.base], check=True
        )
        try:
            lines = [
                f"Base {args.base} against this checkout: F1 / cross-border recall, wall time base / new.",
                "",
                "| data | records | before → after | time, peak memory |",
                "|---|---:|---|---|",
            ]
            for style in args.data:
                for n in args.sizes:
                    data, truth = dataset(n, seed=GENERATORS[style][1], style=style)
                    before = measure(tree / "src", "base", data, truth, args.timeout)
                    after = measure(ROOT / "src", "new", data, truth, args.timeout)
                    lines.append(f"| {LETTERS.get(style, style)} | {n:,} | {cell(before, after)} |")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    table = "\n".join(lines) + "\n"
    args.out.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
