"""The adapter between exchange rows and the pure Article 5 clock (exchange/clock.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jointdesk.exchange import actions, clock, deadlines
from jointdesk.exchange.choices import MessageKind
from jointdesk.exchange.inputs import ReplyInput
from jointdesk.exchange.models import Exchange
from tests.exchange.test_actions import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(actors):
    return actors["bg-odmvr-ruse:investigator"], actors["ro-spoc:duty_officer"]


def _reply(actor, exchange, kind, at, **data):
    data.setdefault("body", "text")
    return actions.message_send(actor=actor, exchange=exchange, kind=kind, data=ReplyInput(**data), now=at)


def test_messages_become_clock_events_in_order(people, now):
    investigator, officer = people
    exchange = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    h = lambda n: now + timedelta(hours=n)  # noqa: E731
    _reply(officer, exchange, MessageKind.CLARIFICATION_REQUEST, h(1))
    _reply(investigator, exchange, MessageKind.CLARIFICATION, h(2))
    _reply(officer, exchange, MessageKind.PARTIAL_ANSWER, h(3), final=False)
    _reply(officer, exchange, MessageKind.DELAY_NOTICE, h(4), body="court", delay_until=h(28))
    _reply(officer, exchange, MessageKind.DELAY_UPDATE, h(20), body="court again", delay_until=h(40))
    _reply(officer, exchange, MessageKind.JUDICIAL_OUTCOME, h(30), judicial_outcome="refused")
    _reply(officer, exchange, MessageKind.REFUSAL, h(31), grounds=["c"])
    events = clock.events_of(exchange.messages.order_by("sent_at", "id"))
    assert events == [
        deadlines.ClarificationRequested(at=h(1)),
        deadlines.ClarificationProvided(at=h(2)),
        deadlines.JudicialDelayNotified(at=h(4), expected_length=timedelta(hours=24), reason="court"),
        deadlines.JudicialDelayUpdated(at=h(20), expected_length=timedelta(hours=20), reason="court again"),
        deadlines.JudicialAuthorisationRefused(at=h(30)),
        deadlines.Refused(at=h(31)),
    ]  # the request itself and the non-final partial answer are not events
    exchange.refresh_from_db()
    assert exchange.closed_at == h(31)
    assert exchange.judicial_delay is True
    assert exchange.overrun is True and exchange.deadline_met is False


def test_live_state_writes_nothing(people, now):
    investigator, _officer = people
    exchange = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    stored = Exchange.objects.values().get(pk=exchange.pk)
    state = clock.live_state(exchange, now=now + timedelta(hours=9))
    assert state.overdue and state.status == deadlines.ClockStatus.OVERDUE
    assert state.remaining == timedelta(hours=-1)
    assert Exchange.objects.values().get(pk=exchange.pk) == stored


def test_refresh_copies_the_state_onto_the_row(people, now):
    investigator, officer = people
    exchange = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    _reply(officer, exchange, MessageKind.CLARIFICATION_REQUEST, now + timedelta(hours=2))
    exchange.refresh_from_db()
    state = clock.refresh(exchange, now=now + timedelta(hours=5))
    assert exchange.paused_since == now + timedelta(hours=2) == state.paused_since
    assert exchange.due_at == state.due_at == now + timedelta(hours=11)  # as if the pause ended now
    assert exchange.closed_at is None and exchange.deadline_met is None


def test_overdue_open_request(people, now):
    investigator, officer = people
    exchange = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    assert not clock.is_overdue_open(exchange, now=now + timedelta(hours=8))
    assert clock.is_overdue_open(exchange, now=now + timedelta(hours=8, seconds=1))
    _reply(
        officer,
        exchange,
        MessageKind.DELAY_NOTICE,
        now + timedelta(hours=1),
        body="court",
        delay_until=now + timedelta(days=2),
    )
    exchange.refresh_from_db()
    assert not clock.is_overdue_open(exchange, now=now + timedelta(hours=9))  # covered by Art. 5(2)


def test_own_initiative_information_has_no_clock(people, now):
    investigator, _officer = people
    exchange = actions.exchange_send(actor=investigator, data=request_input(), spontaneous=True, now=now)
    assert clock.live_state(exchange, now=now) is None
    assert clock.refresh(exchange, now=now) is None
