"""Deadline reminders raised by the background job (Art. 16(1)(e): rapid follow-up)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from jointdesk.exchange import deadlines
from jointdesk.exchange.choices import (
    ExchangeKind,
    ExchangeStatus,
)
from jointdesk.exchange.models import (
    Exchange,
    Reminder,
)


def reminders_refresh(*, now: datetime | None = None) -> int:
    """Create reminders for open requests whose deadline is near or past (run by a background job)."""
    now = now or timezone.now()
    created = 0
    thresholds = (120, 24 * 60, 0)
    open_requests = Exchange.objects.filter(
        kind=ExchangeKind.REQUEST, status=ExchangeStatus.OPEN, paused_since__isnull=True, due_at__isnull=False
    ).filter(due_at__lte=now + timedelta(hours=24))
    for exchange in open_requests.iterator():
        assert exchange.due_at is not None
        period = deadlines.statutory_period(exchange.urgency, exchange.accessibility).elapsed
        for minutes in thresholds:
            # As in deadlines.reminder_due: a threshold not shorter than the period would fire at receipt.
            if timedelta(minutes=minutes) >= period:
                continue
            if exchange.due_at - timedelta(minutes=minutes) <= now:
                with transaction.atomic():
                    _obj, was_created = Reminder.objects.get_or_create(
                        exchange=exchange, threshold_minutes=minutes, due_at=exchange.due_at,
                        defaults={"unit": exchange.requested_unit},
                    )  # fmt: skip
                created += int(was_created)
    return created
