"""Reads of exchanges, always scoped to what the acting user may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import F, Prefetch, Q, QuerySet

from jointdesk.accounts.choices import Role
from jointdesk.accounts.models import Unit, User
from jointdesk.exchange.choices import OPEN_STATUSES, ExchangeKind, ExchangeStatus
from jointdesk.exchange.models import Exchange, Message, Reminder

# Roles whose members work the messages of their own unit.
WORKING_ROLES = (Role.DUTY_OFFICER, Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR)
# Roles that may write a new request or own-initiative information.
SENDING_ROLES = (Role.DUTY_OFFICER, Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR)


def visibility_filter(actor: User) -> Q:
    """The SQL condition for 'actor may see this exchange'; also used by list queries."""
    if not actor.is_authenticated or not actor.is_active or actor.unit_id is None:
        return Q(pk__in=[])
    if actor.role in WORKING_ROLES:
        own = (
            Q(requesting_unit_id=actor.unit_id)
            | Q(requested_unit_id=actor.unit_id)
            | Q(copy_unit_id=actor.unit_id)
        )
        if actor.role == Role.SUPERVISOR:
            children = _child_units(actor)
            own |= Q(requesting_unit_id__in=children) | Q(requested_unit_id__in=children)
        return own
    if actor.role == Role.DPO:
        return Q(requesting_country=actor.country) | Q(requested_country=actor.country)
    return Q(pk__in=[])


def _child_units(actor: User) -> QuerySet[Unit, int]:
    """The units a supervisor oversees below their own, as a subquery (no join on the big table)."""
    return Unit.objects.filter(parent_id=actor.unit_id).values_list("id", flat=True)


def _own_units(actor: User) -> Q:
    """The unit ids whose mail this actor works: their own, and for supervisors the child units."""
    if not actor.is_authenticated or not actor.is_active or actor.unit_id is None:
        return Q(pk__in=[])
    if actor.role not in WORKING_ROLES:
        return Q(pk__in=[])
    units = Q(pk__in=[actor.unit_id])
    if actor.role == Role.SUPERVISOR:
        units |= Q(pk__in=_child_units(actor))
    return units


@dataclass(frozen=True)
class ExchangeFilters:
    """What a user can narrow an inbox or outbox down to."""

    status: str = ""
    urgency: str = ""
    country: str = ""  # the other country
    due_within_hours: int | None = None
    kind: str = ""
    search: str = ""  # reference or subject


def _base(actor: User) -> QuerySet[Exchange]:
    return Exchange.objects.filter(visibility_filter(actor)).select_related(
        "requesting_unit", "requested_unit"
    )


def _apply(qs: QuerySet[Exchange], filters: ExchangeFilters, *, now: datetime) -> QuerySet[Exchange]:
    if filters.status == "open":
        qs = qs.filter(status__in=OPEN_STATUSES)
    elif filters.status == "overdue":
        qs = qs.filter(overdue_condition(now))
    elif filters.status:
        qs = qs.filter(status=filters.status)
    if filters.urgency:
        qs = qs.filter(urgency=filters.urgency)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.country:
        qs = qs.filter(Q(requesting_country=filters.country) | Q(requested_country=filters.country))
    if filters.due_within_hours is not None:
        qs = qs.filter(
            status=ExchangeStatus.OPEN,
            paused_since__isnull=True,
            due_at__lte=now + timedelta(hours=filters.due_within_hours),
        )
    if filters.search:
        qs = qs.filter(Q(reference__icontains=filters.search) | Q(subject__icontains=filters.search))
    return qs


def overdue_condition(now: datetime) -> Q:
    """Open, running, past its deadline and not covered by an Art. 5(2) delay notice."""
    return Q(
        status=ExchangeStatus.OPEN,
        kind=ExchangeKind.REQUEST,
        paused_since__isnull=True,
        judicial_delay=False,
        due_at__lt=now,
    )


def inbox_for_actor(actor: User, filters: ExchangeFilters, *, now: datetime) -> QuerySet[Exchange]:
    """What the actor's unit received: open requests by deadline (so the overdue ones come first),
    then closed ones newest first. ``queue_rank`` encodes that order so one index serves the page."""
    if actor.role == Role.DPO:
        qs = _base(actor).filter(requested_country=actor.country)
    else:
        units = Unit.objects.filter(_own_units(actor)).values_list("id", flat=True)
        qs = Exchange.objects.filter(requested_unit_id__in=units).select_related(
            "requesting_unit", "requested_unit"
        )
    return _apply(qs, filters, now=now).order_by("queue_rank", "-id")


def outbox_for_actor(actor: User, filters: ExchangeFilters, *, now: datetime) -> QuerySet[Exchange]:
    """What the actor's unit sent (or was copied on), newest first."""
    if actor.role == Role.DPO:
        qs = _base(actor).filter(requesting_country=actor.country)
    else:
        sent = Q(requesting_unit_id__in=Unit.objects.filter(_own_units(actor)).values_list("id", flat=True))
        if actor.role in WORKING_ROLES and actor.is_active and actor.unit_id is not None:
            sent |= Q(copy_unit_id=actor.unit_id)
        qs = Exchange.objects.filter(sent).select_related("requesting_unit", "requested_unit")
    return _apply(qs, filters, now=now).order_by("-received_at", "-id")


def overdue_for_actor(actor: User, *, now: datetime) -> QuerySet[Exchange]:
    """Every overdue request the actor can see, on either side, oldest deadline first."""
    return _base(actor).filter(overdue_condition(now)).order_by("due_at")


def exchange_detail(exchange: Exchange) -> Exchange:
    """Load everything the detail page shows, in a fixed number of queries."""
    return (
        Exchange.objects.select_related("requesting_unit", "requested_unit", "copy_unit", "created_by")
        .prefetch_related(
            Prefetch(
                "messages",
                queryset=Message.objects.select_related("author", "sender_unit", "corrects").prefetch_related(
                    "attachments"
                ),
            ),
            "person_items",
            "vehicle_items",
            "phone_items",
            "identitydocument_items",
        )
        .get(pk=exchange.pk)
    )


@dataclass(frozen=True)
class ActiveReminder:
    """The most pressing reminder of one open request: minutes before the deadline (0 = passed)."""

    exchange: Exchange
    threshold_minutes: int


def reminders_for_actor(actor: User) -> list[ActiveReminder]:
    """Reminders the background job raised for the actor's unit, one per request still open and
    still at the deadline the reminder was raised for, most pressing first (one query)."""
    if actor.unit_id is None:
        return []
    rows = (
        Reminder.objects.filter(
            unit_id=actor.unit_id,
            dismissed_at__isnull=True,
            exchange__status=ExchangeStatus.OPEN,
            exchange__paused_since__isnull=True,
            exchange__due_at=F("due_at"),
        )
        .select_related("exchange")
        .order_by("threshold_minutes", "due_at")
    )
    pressing: dict[int, ActiveReminder] = {}
    for reminder in rows:
        pressing.setdefault(
            reminder.exchange_id, ActiveReminder(reminder.exchange, reminder.threshold_minutes)
        )
    return sorted(
        pressing.values(), key=lambda r: (r.threshold_minutes, r.exchange.due_at or r.exchange.received_at)
    )
