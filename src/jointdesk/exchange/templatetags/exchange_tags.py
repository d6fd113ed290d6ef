"""Presentation helpers of the exchange pages: the countdown text and labels of stored codes.

The countdown of a list row is computed from the clock fields denormalised on the Exchange row
(due_at, paused_since, closed_at, judicial_delay), so a page of 25 rows costs no extra query;
the detail page passes the live clock state instead. countdown.js ticks the text in the browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from jointdesk.core.choices import Country
from jointdesk.exchange import clock
from jointdesk.exchange.choices import ExchangeKind, ItemDecision, RefusalGround

register = template.Library()

_GROUNDS = dict(RefusalGround.choices)
_DECISIONS = dict(ItemDecision.choices)
_COUNTRIES = dict(Country.choices)


@dataclass(frozen=True)
class Countdown:
    """What the countdown cell says: ``state`` is running, paused, overdue, delayed or closed."""

    state: str
    text: str
    due_at: datetime | None


def duration_text(delta: timedelta) -> str:
    """'2 d 3 h', '7 h 42 min', '5 min': days only above a day, minutes only below one."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _("%(d)s d %(h)s h") % {"d": days, "h": hours}
    if hours:
        return _("%(h)s h %(m)s min") % {"h": hours, "m": mins}
    return _("%(m)s min") % {"m": mins}


def countdown_of(exchange: Any, now: datetime) -> Countdown | None:
    """The countdown of one exchange from its denormalised clock fields (no query)."""
    if exchange.kind != ExchangeKind.REQUEST or exchange.due_at is None:
        return None
    if exchange.closed_at is not None:
        return Countdown("closed", _("closed"), exchange.due_at)
    if exchange.paused_since is not None:
        left = exchange.due_at - exchange.paused_since
        return Countdown(
            "paused", _("paused – %(left)s left") % {"left": duration_text(left)}, exchange.due_at
        )
    if exchange.judicial_delay:
        return Countdown("delayed", _("delayed – judicial authorisation"), exchange.due_at)
    left = exchange.due_at - now
    if left < timedelta(0):
        return Countdown("overdue", _("overdue by %(late)s") % {"late": duration_text(left)}, exchange.due_at)
    return Countdown("running", _("%(left)s left") % {"left": duration_text(left)}, exchange.due_at)


def countdown_of_clock(state: Any) -> Countdown | None:
    """The countdown from a live ``deadlines.ClockState`` (detail page)."""
    if state is None:
        return None
    status = str(state.status)
    if state.closed_at is not None:
        return Countdown("closed", _("closed"), state.due_at)
    if status == "delayed_judicial" or (state.judicial_delay and not state.overdue):
        return Countdown("delayed", _("delayed – judicial authorisation"), state.due_at)
    if status == "overdue":
        return Countdown(
            "overdue", _("overdue by %(late)s") % {"late": duration_text(state.remaining)}, state.due_at
        )
    if state.paused:
        return Countdown(
            "paused", _("paused – %(left)s left") % {"left": duration_text(state.remaining)}, state.due_at
        )
    return Countdown("running", _("%(left)s left") % {"left": duration_text(state.remaining)}, state.due_at)


@register.inclusion_tag("exchange/_countdown.html")
def countdown(exchange: Any, now: datetime | None = None, state: Any = None) -> dict[str, Any]:
    """``{% countdown exchange now %}`` in lists; ``{% countdown exchange now clock %}`` with a live clock."""
    now = now or timezone.now()
    value = countdown_of_clock(state) if state is not None else countdown_of(exchange, now)
    return {"countdown": value}


@register.filter
def overdue_at(exchange: Any, now: datetime) -> bool:
    """``{% if exchange|overdue_at:now %}``: the same rule as the overdue count and the API (clock.py)."""
    return clock.is_overdue_open(exchange, now=now)


@register.filter
def ground_label(code: str) -> str:
    return str(_GROUNDS.get(code, code))


@register.filter
def decision_label(code: str) -> str:
    return str(_DECISIONS.get(code, code))


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, 0) if isinstance(mapping, dict) else 0


@register.filter
def country_label(code: str) -> str:
    return str(_COUNTRIES.get(code, code))


@register.filter
def hours_from_minutes(minutes: int) -> int:
    """Reminder thresholds are stored in minutes; people read them in hours."""
    return max(1, round(minutes / 60))
