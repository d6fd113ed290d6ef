"""Searching the audit log (data-protection officers only; see core.access)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.utils import timezone

from jointdesk.core.models import AuditEvent

if TYPE_CHECKING:
    from jointdesk.accounts.models import User


def audit_events_for_actor(
    actor: User,
    *,
    username: str = "",
    action: str = "",
    object_id: str = "",
    date_from: date | None = None,
    date_to: date | None = None,
    personal_data_only: bool = False,
) -> QuerySet[AuditEvent]:
    """A DPO sees the events of their own country's users (and failed logins, which have none)."""
    qs = AuditEvent.objects.filter(actor_country__in=[actor.country, ""]).order_by("-id")
    if username:
        qs = qs.filter(actor_username__iexact=username)
    if action:
        qs = qs.filter(action=action)
    if object_id:
        qs = qs.filter(object_id=object_id)
    tz = timezone.get_current_timezone()
    if date_from:
        qs = qs.filter(at__gte=datetime.combine(date_from, time.min, tzinfo=tz))
    if date_to:
        qs = qs.filter(at__lte=datetime.combine(date_to, time.max, tzinfo=tz))
    if personal_data_only:
        qs = qs.filter(personal_data=True)
    return qs
