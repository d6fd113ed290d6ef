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

#: 24 hours and 2 hours before the deadline, and the deadline itself.
REMINDER_THRESHOLDS = (timedelta(hours=24), timedelta(hours=2), timedelta(0))


def reminders_refresh(*, now: datetime | None = None) -> int:
    """Create reminders for open requests whose deadline is near or past (run by a background job)."""
    now = now or timezone.now()
    created = 0
    open_requests = Exchange.objects.filter(
        kind=ExchangeKind.REQUEST, status=ExchangeStatus.OPEN, paused_since__isnull=True, due_at__isnull=False
    ).filter(due_at__lte=now + timedelta(hours=24))
    for exchange in open_requests.iterator():
        assert exchange.due_at is not None
        period = deadlines.statutory_period(exchange.urgency, exchange.accessibility).elapsed
        for threshold in deadlines.thresholds_crossed(
            due_at=exchange.due_at, period=period, now=now, thresholds=REMINDER_THRESHOLDS
        ):
            with transaction.atomic():
                _obj, was_created = Reminder.objects.get_or_create(
                    exchange=exchange,
                    threshold_minutes=int(threshold.total_seconds()) // 60,
                    due_at=exchange.due_at,
                    defaults={"unit": exchange.requested_unit},
                )
            created += int(was_created)
    return created
