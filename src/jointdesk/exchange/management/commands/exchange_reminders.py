"""Schedule the deadline-reminder job: once, or every N seconds with --loop.

The job itself runs in the django-tasks database worker (``manage.py db_worker``), outside any
request; this command only enqueues it, like a cron entry would.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from jointdesk.exchange.tasks import send_deadline_reminders


class Command(BaseCommand):
    help = "Enqueue the deadline-reminder job (once, or repeatedly with --loop)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--loop", action="store_true", help="keep enqueueing every --interval seconds")
        parser.add_argument("--interval", type=int, default=300, help="seconds between runs (default 300)")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            result = send_deadline_reminders.enqueue()
            self.stdout.write(f"enqueued reminder job {result.id}")
            if not options["loop"]:
                return
            time.sleep(max(options["interval"], 10))
