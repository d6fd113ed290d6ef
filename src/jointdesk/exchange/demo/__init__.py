"""Demo data: the demo accounts and two years of plausible exchanges between the two countries.

Used by ``manage.py seed_demo`` (and so by ``make demo``). Everything is written through the real
actions, so the inbox, the overdue list, the countdowns, the Art. 18 statistics and the audit log
all show what the application itself would have produced.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from jointdesk.accounts.choices import Role
from jointdesk.accounts.models import User
from jointdesk.accounts.reference_units import ensure_reference_units
from jointdesk.exchange import actions
from jointdesk.exchange.demo.accounts import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    demo_accounts_ensure,
    demo_accounts_present,
    demo_accounts_table,
)
from jointdesk.exchange.demo.stories import Planner, stories_plan, stories_replay
from jointdesk.exchange.models import Exchange

__all__ = [
    "DEFAULT_EXCHANGES",
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "SeedReport",
    "demo_accounts_table",
    "demo_present",
    "demo_seed",
    "foreign_data_present",
]

DEFAULT_EXCHANGES = 420
SENDING_ROLES = (Role.DUTY_OFFICER, Role.INVESTIGATOR, Role.ANALYST)


@dataclass(frozen=True)
class SeedReport:
    exchanges: int
    by_status: dict[str, int]
    reminders: int


def demo_present() -> bool:
    """True when the demo accounts exist (the demo was seeded before)."""
    return demo_accounts_present()


def foreign_data_present() -> bool:
    """True when the database holds exchanges but no demo accounts: seeding would mix real and demo data."""
    return not demo_present() and Exchange.objects.exists()


def demo_seed(
    *,
    exchanges: int = DEFAULT_EXCHANGES,
    seed: int = 977,
    now: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> SeedReport:
    """Create the reference units, the demo accounts and ``exchanges`` exchanges ending at ``now``."""
    now = now or timezone.now()
    units = ensure_reference_units()
    users = demo_accounts_ensure(units)
    senders: dict[str, list[User]] = {}
    answerers: dict[str, list[User]] = {"RO": [], "BG": []}
    for spec in DEMO_ACCOUNTS:
        user = users[spec.username]
        if spec.username == "unrelated":
            continue
        if spec.role in SENDING_ROLES:
            senders.setdefault(spec.unit, []).append(user)
        if spec.unit.endswith("-spoc") and spec.role in (Role.DUTY_OFFICER, Role.SUPERVISOR):
            answerers[user.country].append(user)
    planner = Planner(random.Random(seed), now, users, senders, answerers)
    stories = stories_plan(planner, exchanges)
    stories_replay(stories, progress=progress)
    reminders = actions.reminders_refresh(now=now)
    by_status = Counter(Exchange.objects.values_list("status", flat=True))
    return SeedReport(exchanges=len(stories), by_status=dict(sorted(by_status.items())), reminders=reminders)
