"""``manage.py seed_demo``: demo accounts and two years of exchanges, for ``make demo``.

Safe to run again: on a database that already holds the demo it prints the accounts and exits
successfully; on one that holds other exchanges it refuses. ``--reset`` wipes the database first.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse

from jointdesk.exchange import demo


class Command(BaseCommand):
    help = "Load the demo accounts and two years of plausible RO-BG information exchanges."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--exchanges",
            type=int,
            default=demo.DEFAULT_EXCHANGES,
            help="how many exchanges to create (default %(default)s)",
        )
        parser.add_argument(
            "--seed", type=int, default=977, help="random seed (same seed, same people and cases)"
        )
        parser.add_argument(
            "--reset", action="store_true", help="WIPE THE WHOLE DATABASE (manage.py flush) and seed again"
        )
        parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="where the demo is served")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["exchanges"] < 30:
            raise CommandError("--exchanges must be at least 30, so that every state can be shown.")
        if options["reset"]:
            self.stdout.write("Wiping the database (--reset) ...")
            call_command("flush", interactive=False, verbosity=0)
        elif demo.demo_present():
            self.stdout.write(
                self.style.WARNING("Demo data already present; nothing loaded (use --reset to reload).")
            )
            self._accounts(options["base_url"])
            return
        elif demo.foreign_data_present():
            raise CommandError(
                "This database already holds exchanges that are not demo data; refusing to mix them. "
                "Point DATABASE_URL at an empty database, or use --reset to wipe this one."
            )
        started = time.monotonic()
        self.stdout.write(f"Loading {options['exchanges']} demo exchanges ...")
        interactive = self.stdout.isatty()
        report = demo.demo_seed(
            exchanges=options["exchanges"],
            seed=options["seed"],
            progress=(lambda n: self.stdout.write(f"  {n} requests and replies sent", ending="\r"))
            if interactive
            else None,
        )
        if interactive:
            self.stdout.write("")
        statuses = ", ".join(f"{status} {n}" for status, n in report.by_status.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {report.exchanges} exchanges in {time.monotonic() - started:.1f} s ({statuses}); "
                f"{report.reminders} reminders."
            )
        )
        self._accounts(options["base_url"])

    def _accounts(self, base_url: str) -> None:
        rows = demo.demo_accounts_table()
        columns = ["username", "country", "unit", "role", "language"]
        widths = {c: max(len(c), *(len(r[c]) for r in rows)) for c in columns}
        self.stdout.write("")
        self.stdout.write("  ".join(c.upper().ljust(widths[c]) for c in columns))
        for row in rows:
            self.stdout.write("  ".join(row[c].ljust(widths[c]) for c in columns))
        self.stdout.write("")
        self.stdout.write(f"Password for every account: {demo.DEMO_PASSWORD}")
        self.stdout.write(f"Log in at {base_url.rstrip('/')}{reverse('accounts:login')}")
