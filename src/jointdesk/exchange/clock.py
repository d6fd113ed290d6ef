"""Adapter between the exchange rows and the pure Article 5 clock in ``deadlines``.

The messages of an exchange are the clock's events; after every new message the clock is
recomputed and its state copied onto the Exchange row so that inboxes, the overdue list and the
Art. 18 statistics can filter in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings

from jointdesk.exchange import deadlines
from jointdesk.exchange.choices import ExchangeKind, ExchangeStatus, JudicialOutcome, MessageKind
from jointdesk.exchange.models import Exchange, Message


def events_of(messages: Iterable[Message]) -> list[deadlines.ClockEvent]:
    """Translate messages into clock events, in the order they took effect."""
    events: list[deadlines.ClockEvent] = []
    for message in messages:
        kind = message.kind
        if kind == MessageKind.CLARIFICATION_REQUEST:
            # Art. 6(3): suspended from when the requester *receives* the clarification request.
            events.append(deadlines.ClarificationRequested(at=message.received_at))
        elif kind == MessageKind.CLARIFICATION:
            events.append(deadlines.ClarificationProvided(at=message.sent_at))
        elif kind in (MessageKind.DELAY_NOTICE, MessageKind.DELAY_UPDATE):
            assert message.delay_until is not None
            cls = (
                deadlines.JudicialDelayNotified
                if kind == MessageKind.DELAY_NOTICE
                else deadlines.JudicialDelayUpdated
            )
            events.append(
                cls(
                    at=message.sent_at,
                    expected_length=message.delay_until - message.sent_at,
                    reason=message.body,
                )
            )
        elif kind == MessageKind.JUDICIAL_OUTCOME:
            if message.judicial_outcome == JudicialOutcome.OBTAINED:
                events.append(deadlines.JudicialAuthorisationObtained(at=message.sent_at))
            else:
                events.append(deadlines.JudicialAuthorisationRefused(at=message.sent_at))
        elif kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER) and message.final:
            events.append(deadlines.Answered(at=message.sent_at))
        elif kind == MessageKind.REFUSAL and message.final:
            events.append(deadlines.Refused(at=message.sent_at))
        elif kind == MessageKind.WITHDRAWAL:
            events.append(deadlines.Withdrawn(at=message.sent_at))
    return events


def compute(exchange: Exchange, messages: Iterable[Message], *, now: datetime) -> deadlines.ClockState:
    return deadlines.compute_clock(
        exchange.received_at,
        exchange.urgency,
        exchange.accessibility,
        events_of(messages),
        now=now,
        mode=settings.JOINTDESK_DEADLINE_MODE,
        requested_country=exchange.requested_country,
    )


def apply(exchange: Exchange, state: deadlines.ClockState) -> list[str]:
    """Copy the clock's state onto the row; return the changed field names for ``save``."""
    exchange.due_at = state.due_at
    exchange.paused_since = state.paused_since
    exchange.closed_at = state.closed_at
    exchange.judicial_delay = state.judicial_delay
    exchange.overrun = state.closed_at is not None and state.met is False
    exchange.deadline_met = state.met
    return ["due_at", "paused_since", "closed_at", "judicial_delay", "overrun", "deadline_met"]


def refresh(exchange: Exchange, *, now: datetime) -> deadlines.ClockState | None:
    """Recompute the clock of a request from its messages and store it on the row (no save)."""
    if exchange.kind != ExchangeKind.REQUEST:
        return None
    state = compute(exchange, exchange.messages.order_by("sent_at", "id"), now=now)
    apply(exchange, state)
    return state


def live_state(exchange: Exchange, *, now: datetime) -> deadlines.ClockState | None:
    """The clock as of ``now`` for display (countdown), without writing anything."""
    if exchange.kind != ExchangeKind.REQUEST:
        return None
    return compute(exchange, exchange.messages.all(), now=now)


def is_overdue_open(exchange: Exchange, *, now: datetime) -> bool:
    """Open, running, past its deadline and not covered by a judicial-delay notice."""
    return (
        exchange.status in (ExchangeStatus.OPEN,)
        and exchange.due_at is not None
        and exchange.paused_since is None
        and exchange.due_at < now
        and not exchange.judicial_delay
    )
