"""``make bench``: run every benchmark and write docs/benchmarks.md.

Each benchmark owns one section of docs/benchmarks.md ("## Exchange (issue 2)", "## Linkage
(issue 3)", ...). This script rewrites only the exchange section, between its heading and the next
"## " heading; the linkage benchmark is run through its own entry point and writes its own section.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
EXCHANGE_HEADING = "## Exchange (issue 2)"
LINKAGE_ENTRY_POINTS = ["run_bench.py", "run.py", "bench.py", "__main__.py"]


def section_replace(text: str, heading: str, body: str) -> str:
    """Replace the section that starts at ``heading`` up to the next '## ' heading; append if missing."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == heading), None)
    new = body.rstrip("\n") + "\n\n"
    if start is None:
        if text and not text.endswith("\n"):
            text += "\n"
        result = text + ("\n" if text and not text.endswith("\n\n") else "") + new
    else:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        result = "".join(lines[:start]) + new + "".join(lines[end:])
    return result.rstrip("\n") + "\n"


def _ms(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def exchange_section(info: dict[str, Any]) -> str:
    m, load, target = info["machine"], info["load"], info["target_p95_ms"]
    out = [EXCHANGE_HEADING, ""]
    out.append(
        "Target (issue 2, *Speed*): with 200,000 messages in PostgreSQL, a unit's inbox (first page, filtered) "
        f"and a year's statistics answer in under {target:.0f} ms at the 95th percentile with "
        f"{info['concurrency']} concurrent users, measured through a real HTTP server."
    )
    out.append("")
    out.append(
        f"- Run: {info['date']} by `make bench` (`benchmarks/exchange_bench.py`), {info['seconds']:.0f} s in all."
    )
    out.append(
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, load average before the run "
        f"{', '.join(str(x) for x in m['load_before'])} (the machine is shared); Python {m['python']}, "
        f"PostgreSQL {info['postgres']}."
    )
    reused = (
        " (database reused from an earlier run)"
        if load.get("reused")
        else f", bulk-loaded in {info['load_seconds']:.0f} s"
    )
    out.append(
        f"- Data: {load['exchanges']:,} exchanges and {load['messages']:,} messages over four calendar years"
        f"{reused}; "
        + (
            f"{load['open']:,} still open; the Romanian SPOC's inbox holds {load['ro_spoc_inbox']:,} exchanges, "
            f"the Bulgarian SPOC's {load['bg_spoc_inbox']:,}."
            if "open" in load
            else ""
        )
    )
    server = info["server"]
    out.append(
        f"- Server: gunicorn, {server['workers']} workers x {server['threads']} threads ({server['worker_class']}), "
        "DEBUG off, persistent database connections, on the same machine as the clients and PostgreSQL."
    )
    think = info.get("think", [0.5, 2.0])
    out.append(
        f"- Load: {info['concurrency']} logged-in browser sessions (half the Romanian SPOC duty officer, half the "
        "Bulgarian), one client thread each, in two rounds per URL after a warm-up: **working** - each user "
        f"reads the page for {think[0]}-{think[1]} s before the next click (the target is judged on this round); "
        "**saturated** - no pause at all, every user re-sends as soon as the answer arrives (closed loop), "
        "which measures the machine's capacity rather than 20 people's experience. Latency is measured by the "
        "client, up to the last byte of the body."
    )
    out.append("")
    out.append(
        "| URL | working: requests | errors | p50 ms | p95 ms | p99 ms | target | server CPU ms/request "
        "| load avg | saturated: p50 ms | p95 ms | req/s |"
    )
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in info["http"].items():
        w, sat = r["working"], r["saturated"]
        reference = "for reference" in name
        verdict = "-" if reference else ("met" if w["p95"] < target and w["errors"] == 0 else "**missed**")
        out.append(
            f"| {name}<br>`{r['path']}` | {w['requests']} | {w['errors'] + sat['errors']} | {_ms(w['p50'])} | "
            f"{_ms(w['p95'])} | {_ms(w['p99'])} | {verdict} | {w.get('server_cpu_ms', '?')} | "
            f"{w.get('load_after', '?')} | {_ms(sat['p50'])} | {_ms(sat['p95'])} | "
            f"{sat['throughput']:.0f} |"
        )
    out.append("")
    out.append(
        "*Server CPU ms/request* is the CPU time gunicorn's processes used during the working round divided by "
        "its requests (from /proc): unlike the latencies it does not depend on what else runs on the machine. "
        "*Load avg* is the one-minute load average at the end of that round; on this shared two-core machine "
        "other jobs compete for the CPU, and a load above 2 means requests wait for a core. "
        "The statistics page and endpoint reuse their figures until an exchange changes (at most a minute "
        "for the counts that move with the clock), so these rounds, which write nothing, measure that steady "
        "state; a recomputation costs the three statistics statements below plus about 10 ms of Python."
    )
    out.append("")
    out.append(f"SQL behind these pages, EXPLAIN ANALYZE on the loaded database (year {info['year']}):")
    out.append("")
    out.append("| read | statement | execution ms |")
    out.append("| --- | --- | ---: |")
    for plan in info["plans"]:
        sql = " ".join(plan["sql"].split())
        short = sql[:90] + ("..." if len(sql) > 90 else "")
        out.append(f"| {plan['read']} | `{short}` | {plan['ms']} |")
    out.append("")
    out.append(
        "Reproduce: `make bench` (needs the local PostgreSQL at postgres://postgres@127.0.0.1:5432/; it drops "
        "and recreates the database `jointdesk_bench`). `benchmarks/exchange_bench.py --reuse` skips the load."
    )
    return "\n".join(out) + "\n"


def linkage_entry_point() -> Path | None:
    folder = ROOT / "benchmarks" / "linkage"
    for name in LINKAGE_ENTRY_POINTS:
        if (folder / name).exists():
            return folder / name
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Run the benchmarks and write docs/benchmarks.md.")
    parser.add_argument("--only", choices=["exchange", "linkage"], help="run one benchmark only")
    parser.add_argument("exchange_args", nargs="*", help="extra arguments for exchange_bench.py (after --)")
    args = parser.parse_args()
    status = 0
    if args.only in (None, "exchange"):
        results = ROOT / "var" / "bench" / "exchange.json"
        command = [sys.executable, str(ROOT / "benchmarks" / "exchange_bench.py"), "--json", str(results)]
        print("== exchange benchmark (issue 2)", flush=True)
        if subprocess.run([*command, *args.exchange_args], cwd=ROOT).returncode != 0:
            print("exchange benchmark failed; docs/benchmarks.md not updated for it", file=sys.stderr)
            status = 1
        else:
            info = json.loads(results.read_text())
            text = (
                DOC.read_text()
                if DOC.exists()
                else "# Benchmarks\n\nWritten by `make bench` (benchmarks/run.py).\n\n"
            )
            DOC.parent.mkdir(parents=True, exist_ok=True)
            DOC.write_text(section_replace(text, EXCHANGE_HEADING, exchange_section(info)))
            print(f"wrote the exchange section of {DOC.relative_to(ROOT)}", flush=True)
    if args.only in (None, "linkage"):
        entry = linkage_entry_point()
        if entry is None:
            print("== linkage benchmark: no entry point under benchmarks/linkage/ yet, skipped", flush=True)
        else:
            print(f"== linkage benchmark (issue 3): {entry.relative_to(ROOT)}", flush=True)
            if subprocess.run([sys.executable, str(entry)], cwd=ROOT).returncode != 0:
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
