"""Issue 2 "Speed": a unit's inbox and a year's statistics with 200,000 messages in PostgreSQL.

Run by ``benchmarks/run.py`` (``make bench``), or alone:

    .venv/bin/python benchmarks/exchange_bench.py --json var/bench/exchange.json

Steps: drop and create the database ``jointdesk_bench``, migrate, bulk-load ~100,000 exchanges with
~200,000 messages (statuses, clocks and Art. 18 figures computed by the application's own clock code,
so the rows look like what the actions write), start gunicorn on a free local port, log in 20 browser
sessions and send each measured URL from 20 concurrent client threads, twice: as 20 people at work
(each pausing 0.5-2 s on a page before the next click: the target is judged on this) and at
saturation (no pause at all, closed loop), which shows the capacity of the machine. Latencies are
measured by the client, from sending the request to having read the whole body. Results go to the
JSON file given.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import math
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/"
DB_NAME = "jointdesk_bench"
PASSWORD = "bench-password"
TARGET_P95_MS = 200.0


# --- database ------------------------------------------------------------------------------------------


def database_recreate(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url.rstrip("/") + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rstrip("/") + "/" + name


def django_setup(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jointdesk.config.settings")
    import django

    django.setup()


# --- bulk load -----------------------------------------------------------------------------------------

# Share of each outcome among closed requests (spontaneous exchanges are drawn separately).
OUTCOMES = {
    "on_time": 58,
    "late": 7,
    "partial": 8,
    "refused": 10,
    "clarified": 8,
    "judicial": 4,
    "withdrawn": 5,
}
GROUNDS = ["a", "a", "a", "b", "d", "e", "f.ii", "f.ii", "h"]
PLACES = ["Giurgiu–Ruse", "Calafat–Vidin", "Vama Veche–Durankulak", "Negru Vodă–Kardam", "Ostrov–Silistra",
          "Bechet–Oryahovo", "Dobromir–Krushari"]  # fmt: skip
CASES = [("Migrant smuggling", 84), ("Theft of a motor vehicle", 60), ("Drug trafficking", 144),
         ("Forgery of documents", 60), ("Threats", 12)]  # fmt: skip


def _users_and_units() -> tuple[dict[str, Any], dict[str, Any], dict[str, list[Any]]]:
    """One bench user per unit (duty officer at the SPOCs, investigator elsewhere)."""
    from django.contrib.auth.hashers import make_password

    from jointdesk.accounts.models import User
    from jointdesk.accounts.reference_units import ensure_reference_units

    units = ensure_reference_units()
    password = make_password(PASSWORD)
    users = {}
    for code, unit in units.items():
        users[code] = User.objects.create(
            username=f"bench-{code}",
            password=password,
            unit=unit,
            country=unit.country,
            role="duty_officer" if unit.is_spoc else "investigator",
            language="en",
        )
    by_country: dict[str, list[Any]] = {"RO": [], "BG": []}
    for unit in units.values():
        if not unit.is_spoc:
            by_country[unit.country].append(unit)
    return units, users, by_country


def _message(
    exchange: Any, kind: str, at: datetime, users: dict[str, Any], *, from_requested: bool, **extra: Any
) -> Any:
    from jointdesk.exchange.models import Message

    sender = exchange.requested_unit if from_requested else exchange.requesting_unit
    recipient = exchange.requesting_unit if from_requested else exchange.requested_unit
    message = Message(
        exchange=exchange,
        kind=kind,
        sender_unit=sender,
        recipient_unit=recipient,
        author=users[sender.code],
        sent_at=at,
        received_at=at,
        language=exchange.language,
        body=extra.pop("body", ""),
        created_at=at,
        updated_at=at,
        **extra,
    )
    message.envelope = {
        "message_uuid": str(message.uuid),
        "kind": kind,
        "sender_unit": sender.code,
        "recipient_unit": recipient.code,
        "sent_at": at.isoformat(),
        "language": message.language,
        "body": message.body,
        "refusal_grounds": message.refusal_grounds,
        "final": message.final,
    }
    message.digest = Message.digest_of(message.envelope)
    return message


def _story(
    rng: random.Random, exchange: Any, users: dict[str, Any], now: datetime
) -> tuple[list[Any], list[str]]:
    """The messages after the request and the refusal grounds, as the actions would have written them."""
    from jointdesk.exchange.demo.stories import period_of

    start = exchange.received_at
    period = period_of(exchange.urgency, exchange.accessibility)
    recent = now - start < timedelta(days=14)
    outcome = rng.choices(list(OUTCOMES), weights=list(OUTCOMES.values()))[0]
    if recent and rng.random() < 0.45:
        outcome = rng.choice(["open", "open", "open", "awaiting", "judicial_open"])

    def at(lo: float, hi: float) -> datetime:
        return start + period * rng.uniform(lo, hi)

    def reply(kind: str, moment: datetime, **extra: Any) -> Any:
        return _message(
            exchange, kind, moment, users, from_requested=kind not in ("clarification", "withdrawal"), **extra
        )

    grounds: list[str] = []
    msgs: list[Any] = []
    if outcome == "on_time":
        exchange.status, msgs = (
            "answered",
            [reply("answer", at(0.05, 0.9), body="Checks completed.", final=True)],
        )
    elif outcome == "late":
        exchange.status, msgs = (
            "answered",
            [reply("answer", at(1.05, 2.0), body="Checks completed.", final=True)],
        )
    elif outcome == "partial":
        grounds = [rng.choice(GROUNDS)]
        exchange.status = "partially_refused"
        msgs = [
            reply("partial_answer", at(0.2, 0.95), body="Part provided.", final=True, refusal_grounds=grounds)
        ]
    elif outcome == "refused":
        grounds = ["g.i"] if exchange.offence_max_penalty_months <= 12 else [rng.choice(GROUNDS)]
        exchange.status = "refused"
        msgs = [reply("refusal", at(0.1, 0.9), body="Refused.", final=True, refusal_grounds=grounds)]
    elif outcome == "clarified":
        asked = at(0.1, 0.4)
        given = asked + timedelta(hours=rng.uniform(1, 20))
        exchange.status = "answered"
        msgs = [reply("clarification_request", asked, body="Which date?"),
                reply("clarification", given, body="The 3rd."),
                reply("answer", given + period * rng.uniform(0.1, 0.5), body="Checks completed.", final=True)]  # fmt: skip
    elif outcome in ("judicial", "judicial_open"):
        notice = at(0.3, 0.8)
        msgs = [
            reply(
                "delay_notice",
                notice,
                body="Court authorisation needed.",
                delay_until=notice + timedelta(days=7),
            )
        ]
        exchange.status = "judicial_delay"
        decided = notice + timedelta(days=rng.uniform(2, 9))
        if outcome == "judicial" and decided < now:
            msgs.append(reply("judicial_outcome", decided, body="Obtained.", judicial_outcome="obtained"))
            msgs.append(reply("answer", decided + timedelta(hours=5), body="Provided.", final=True))
            exchange.status = "answered"
    elif outcome == "withdrawn":
        exchange.status, msgs = (
            "withdrawn",
            [reply("withdrawal", at(0.1, 0.8), body="No longer needed.", final=True)],
        )
    elif outcome == "awaiting":
        exchange.status, msgs = (
            "awaiting_clarification",
            [reply("clarification_request", at(0.05, 0.3), body="Which?")],
        )
    else:
        exchange.status = "open"
    if any(m.sent_at >= now for m in msgs):  # a story that has not happened yet: still open
        msgs, grounds, exchange.status = [], [], "open"
    return msgs, grounds


def bulk_load(total: int, seed: int = 2023) -> dict[str, int]:
    """~``total`` exchanges over four years, with their messages and refusal rows; returns counts."""
    from django.db import connection, transaction

    from jointdesk.exchange import clock
    from jointdesk.exchange.models import Exchange, Message, MessageRefusal, ReferenceSequence

    rng = random.Random(seed)
    now = datetime.now(UTC)
    units, users, regional = _users_and_units()
    spoc = {"RO": units["ro-spoc"], "BG": units["bg-spoc"]}
    start = datetime(now.year - 3, 1, 1, tzinfo=UTC)
    span = (now - start).total_seconds()
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(total))
    sequences: dict[tuple[str, int], int] = {}
    counts = {"exchanges": 0, "messages": 0, "refusals": 0}
    batch = 5000
    for offset in range(0, total, batch):
        exchanges, stories = [], []
        for received in moments[offset : offset + batch]:
            requesting = rng.choice(("RO", "BG"))
            requested = "BG" if requesting == "RO" else "RO"
            spontaneous = rng.random() < 0.08
            urgent = not spontaneous and rng.random() < 0.25
            offence, penalty = rng.choice(CASES if requested == "RO" else CASES[:4])
            key = (requesting, received.year)
            sequences[key] = sequences.get(key, 0) + 1
            from_unit = spoc[requesting] if rng.random() < 0.35 else rng.choice(regional[requesting])
            to_unit = spoc[requested] if rng.random() < 0.85 else rng.choice(regional[requested])
            exchange = Exchange(
                owner_country=requesting,
                reference=f"{requesting}-{received.year}-{sequences[key]:06d}",
                kind="spontaneous" if spontaneous else "request",
                status="provided" if spontaneous else "open",
                requesting_unit=from_unit,
                requested_unit=to_unit,
                requesting_country=requesting,
                requested_country=requested,
                copy_unit=None if from_unit.is_spoc else spoc[requesting],
                subject=f"{offence} at {rng.choice(PLACES)}",
                description="Please provide the identity, criminal record and border crossings of the persons named.",
                purpose="Criminal investigation.",
                offence=offence,
                offence_max_penalty_months=penalty,
                subject_link="The persons were in the vehicle.",
                urgency="urgent" if urgent else "non_urgent",
                urgency_criterion=rng.choice(("life", "detention", "relevance")) if urgent else "",
                urgency_reason="Suspects in custody." if urgent else "",
                accessibility=rng.choice(("direct", "indirect")),
                language=rng.choice(("en", "en", "en", "ro" if requested == "RO" else "bg")),
                handling_code=rng.choice(("H0", "H0", "H1", "H2")),
                serious_offence=penalty > 60,
                received_at=received,
                closed_at=received if spontaneous else None,
                created_by=users[from_unit.code],
                created_at=received,
                updated_at=received,
            )
            request = _message(exchange, "spontaneous" if spontaneous else "request", received, users,
                               from_requested=False, body=exchange.description, final=True)  # fmt: skip
            replies, grounds = ([], []) if spontaneous else _story(rng, exchange, users, now)
            if not spontaneous:
                clock.apply(exchange, clock.compute(exchange, [request, *replies], now=now))
            exchange.queue_rank = exchange.compute_queue_rank()  # bulk_create skips Exchange.save
            exchanges.append(exchange)
            stories.append(([request, *replies], grounds))
        with transaction.atomic():
            Exchange.objects.bulk_create(exchanges, batch_size=1000)
            messages, refusals = [], []
            for exchange, (msgs, _grounds) in zip(exchanges, stories, strict=True):
                for m in msgs:
                    m.exchange = exchange
                messages += msgs
            Message.objects.bulk_create(messages, batch_size=2000)
            for exchange, (msgs, grounds) in zip(exchanges, stories, strict=True):
                refusals += [MessageRefusal(message=msgs[-1], exchange=exchange, ground=g) for g in grounds]
            MessageRefusal.objects.bulk_create(refusals, batch_size=2000)
        counts["exchanges"] += len(exchanges)
        counts["messages"] += len(messages)
        counts["refusals"] += len(refusals)
        print(f"  loaded {counts['exchanges']:>7} exchanges, {counts['messages']:>7} messages", flush=True)
    ReferenceSequence.objects.bulk_create(
        [ReferenceSequence(country=c, year=y, last_value=n) for (c, y), n in sequences.items()]
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    counts["open"] = Exchange.objects.filter(
        status__in=["open", "awaiting_clarification", "judicial_delay"]
    ).count()
    counts["ro_spoc_inbox"] = Exchange.objects.filter(requested_unit=spoc["RO"]).count()
    counts["bg_spoc_inbox"] = Exchange.objects.filter(requested_unit=spoc["BG"]).count()
    return counts


# --- query plans ---------------------------------------------------------------------------------------


def query_plans(year: int) -> list[dict[str, Any]]:
    """EXPLAIN ANALYZE of every SQL statement the two measured reads issue (run in-process)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from jointdesk.accounts.models import User
    from jointdesk.exchange.queries import ExchangeFilters, inbox_for_actor
    from jointdesk.exchange.statistics import year_statistics

    now = datetime.now(UTC)
    actor = User.objects.get(username="bench-ro-spoc")
    plans = []
    reads = {
        "inbox (open, urgent), first page": lambda: list(
            inbox_for_actor(actor, ExchangeFilters(status="open", urgency="urgent"), now=now)[:50]
        ),
        "inbox overdue count": lambda: inbox_for_actor(
            actor, ExchangeFilters(status="overdue"), now=now
        ).count(),
        "inbox (no filter), first page": lambda: list(
            inbox_for_actor(actor, ExchangeFilters(), now=now)[:50]
        ),
        f"statistics {year}, RO": lambda: year_statistics("RO", year, now=now),
    }
    for name, read in reads.items():
        with CaptureQueriesContext(connection) as captured:
            read()
        for query in captured.captured_queries:
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
                plan = "\n".join(row[0] for row in cursor.fetchall())
            found = re.search(r"Execution Time: ([\d.]+) ms", plan)
            plans.append(
                {
                    "read": name,
                    "sql": query["sql"],
                    "ms": float(found.group(1)) if found else None,
                    "plan": plan,
                }
            )
    return plans


# --- HTTP ----------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_start(database_url: str, port: int, workers: int, threads: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="jointdesk.config.settings",
        JOINTDESK_REQUIRE_2FA="false",
        JOINTDESK_DEBUG="false",
        JOINTDESK_CONN_MAX_AGE="600",
        JOINTDESK_ALLOWED_HOSTS="127.0.0.1,localhost",
        JOINTDESK_LOG_LEVEL="WARNING",
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "jointdesk.config.wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread",
               "--log-level", "warning", "--timeout", "120"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=5) as response:
                if response.status == 200:
                    return process
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError("gunicorn did not answer within 60 s")


def server_stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def server_cpu_seconds(process: subprocess.Popen[bytes]) -> float:
    """CPU time (user + system) used so far by gunicorn's master and workers, from /proc.

    Divided by the number of requests it gives the server's cost per request, which does not
    depend on how busy the (shared) machine is, unlike the latencies.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == process.pid or ppid == process.pid:
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Session:
    """A logged-in browser: a cookie jar and an opener that keeps the connection's cookies."""

    def __init__(self, base: str, username: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        page = self.opener.open(base + "/accounts/login/", timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert token, "no CSRF token on the login page"
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "username": username,
                "password": PASSWORD,
                "otp_token": "",
            }
        ).encode()
        request = urllib.request.Request(
            base + "/accounts/login/", data=form, headers={"Referer": base + "/"}
        )
        try:
            self.opener.open(request, timeout=30)
            raise RuntimeError(
                f"login of {username} did not redirect (wrong password or 2FA still required?)"
            )
        except urllib.error.HTTPError as exc:
            if exc.code != 302:
                raise

    def get(self, path: str) -> tuple[int, float, int]:
        started = time.perf_counter()
        try:
            with self.opener.open(self.base + path, timeout=60) as response:
                size = len(response.read())
                status = response.status
        except urllib.error.HTTPError as exc:
            status, size = exc.code, 0
        return status, (time.perf_counter() - started) * 1000, size


def measure(
    sessions: list[Session],
    path_for: Any,
    requests: int,
    concurrency: int,
    think: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """``requests`` GETs spread over ``concurrency`` threads, each thread with its own session.

    ``think``: a pause drawn uniformly from this range (seconds) after each response, as a person
    reading the page would take; None sends the next request at once (closed loop, saturation).
    """
    latencies: list[float] = []
    errors: list[int] = []
    sizes: list[int] = []
    lock = threading.Lock()
    per_thread = [
        requests // concurrency + (1 if i < requests % concurrency else 0) for i in range(concurrency)
    ]

    def worker(index: int) -> None:
        session = sessions[index % len(sessions)]
        pause = random.Random(index)
        if think:
            time.sleep(pause.uniform(0, think[1]))  # users do not all click at the same moment
        for n in range(per_thread[index]):
            status, ms, size = session.get(path_for(session, n))
            if think:
                time.sleep(pause.uniform(*think))
            with lock:
                if status == 200:
                    latencies.append(ms)
                    sizes.append(size)
                else:
                    errors.append(status)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(worker, range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return (
            latencies[max(0, math.ceil(p / 100 * len(latencies)) - 1)]  # nearest rank
            if latencies
            else 0.0
        )

    return {
        "requests": requests,
        "ok": len(latencies),
        "errors": len(errors),
        "error_statuses": sorted(set(errors)),
        "p50": round(pct(50), 1),
        "p95": round(pct(95), 1),
        "p99": round(pct(99), 1),
        "max": round(latencies[-1], 1) if latencies else 0.0,
        "mean": round(statistics.fmean(latencies), 1) if latencies else 0.0,
        "throughput": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "bytes": int(statistics.fmean(sizes)) if sizes else 0,
    }


def _api_present(session: Session, path: str) -> bool:
    status, _ms, _size = session.get(path)
    return status == 200


def run_http(
    database_url: str,
    *,
    year: int,
    requests: int,
    saturation_requests: int,
    concurrency: int,
    workers: int,
    threads: int,
    think: tuple[float, float],
) -> dict[str, Any]:
    port = free_port()
    process = server_start(database_url, port, workers, threads)
    base = f"http://127.0.0.1:{port}"
    try:
        usernames = ["bench-ro-spoc", "bench-bg-spoc"]
        sessions = [Session(base, usernames[i % 2]) for i in range(concurrency)]
        scenarios: dict[str, Any] = {
            "Inbox, first page, ?status=open&urgency=urgent (HTML)": lambda s, n: (
                "/exchange/?status=open&urgency=urgent"
            ),
            "Inbox, first page, ?status=open (HTML)": lambda s, n: "/exchange/?status=open",
            f"Statistics page, year {year} (HTML)": lambda s, n: f"/exchange/statistics/?year={year}",
        }
        if _api_present(sessions[0], "/api/exchange/inbox?status=open&urgency=urgent"):
            scenarios["API inbox, ?status=open&urgency=urgent (JSON)"] = lambda s, n: (
                "/api/exchange/inbox?status=open&urgency=urgent"
            )
        if _api_present(sessions[0], f"/api/exchange/statistics/{year}"):
            scenarios[f"API statistics {year} (JSON)"] = lambda s, n: f"/api/exchange/statistics/{year}"
        scenarios["Inbox, first page, no filter (HTML, for reference)"] = lambda s, n: "/exchange/"
        results = {}
        for name, path_for in scenarios.items():
            measure(sessions, path_for, concurrency * 2, concurrency)  # warm-up: connections, caches
            cpu_before = server_cpu_seconds(process)
            working = measure(sessions, path_for, requests, concurrency, think=think)
            working["server_cpu_ms"] = round((server_cpu_seconds(process) - cpu_before) * 1000 / requests, 1)
            working["load_after"] = round(os.getloadavg()[0], 2)
            saturated = measure(sessions, path_for, saturation_requests, concurrency)
            results[name] = {"path": path_for(sessions[0], 0), "working": working, "saturated": saturated}
            print(f"  {name}:\n    working   {working}\n    saturated {saturated}", flush=True)
        return results
    finally:
        server_stop(process)


# --- machine -------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(x.split()[1])
            for x in Path("/proc/meminfo").read_text().splitlines()
            if x.startswith("MemTotal")
        )
    except (OSError, StopIteration):
        mem_kb = 0
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "load_before": [round(x, 2) for x in load],
    }


def postgres_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return str(cursor.fetchone()[0])


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_SERVER_URL))
    parser.add_argument("--db-name", default=DB_NAME)
    parser.add_argument("--exchanges", type=int, default=100_000)
    parser.add_argument(
        "--requests", type=int, default=400, help="measured requests per URL, users with think time"
    )
    parser.add_argument(
        "--saturation-requests", type=int, default=200, help="measured requests per URL, no pause"
    )
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(0.5, 2.0),
        metavar=("MIN", "MAX"),
        help="seconds a user pauses between two pages (default 0.5 2.0)",
    )
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded bench database")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--plans-only", action="store_true", help="print the query plans, skip the HTTP part")
    args = parser.parse_args(argv)
    started = time.monotonic()
    info: dict[str, Any] = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "machine": machine()}
    database_url = args.server_url.rstrip("/") + "/" + args.db_name
    if not args.reuse:
        print(f"Creating database {args.db_name} ...", flush=True)
        database_recreate(args.server_url, args.db_name)
    django_setup(database_url)
    from django.core.management import call_command

    from jointdesk.exchange.models import Exchange, Message

    call_command("migrate", verbosity=0)
    info["postgres"] = postgres_version()
    load_started = time.monotonic()
    if not (args.reuse and Exchange.objects.exists()):
        print(f"Loading {args.exchanges} exchanges ...", flush=True)
        info["load"] = bulk_load(args.exchanges)
    else:
        info["load"] = {
            "exchanges": Exchange.objects.count(),
            "messages": Message.objects.count(),
            "reused": True,
        }
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # indexes a new migration may have added
    info["load_seconds"] = round(time.monotonic() - load_started, 1)
    year = datetime.now(UTC).year - 1  # the last complete year
    info["year"] = year
    info["plans"] = query_plans(year)
    for plan in info["plans"]:
        print(f"  {plan['read']}: {plan['ms']} ms", flush=True)
    if args.plans_only:
        print("\n\n".join(f"== {p['read']}\n{p['sql']}\n{p['plan']}" for p in info["plans"]))
        return info
    from django.db import connections

    connections.close_all()
    info["server"] = {"workers": args.workers, "threads": args.threads, "worker_class": "gthread"}
    info["concurrency"] = args.concurrency
    info["http"] = run_http(
        database_url, year=year, requests=args.requests, saturation_requests=args.saturation_requests,
        concurrency=args.concurrency, workers=args.workers, threads=args.threads, think=tuple(args.think),
    )  # fmt: skip
    info["think"] = list(args.think)
    info["target_p95_ms"] = TARGET_P95_MS
    info["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(info, indent=2, ensure_ascii=False, default=str))
    return info


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
