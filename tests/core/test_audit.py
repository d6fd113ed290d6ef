"""The audit log: who consulted or changed what, append-only and hash-chained.

Goes through the promised interfaces: ``core.audit.record``, ``exchange.access.access_exchange``,
the exchange actions and the DPO search (query, access check and page).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from jointdesk.core import audit
from jointdesk.core.access import require_audit_reader
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import NotFoundOrForbidden, PermissionDenied
from jointdesk.core.models import AuditEvent
from jointdesk.core.queries import audit_events_for_actor
from jointdesk.exchange import actions
from jointdesk.exchange.access import access_exchange
from jointdesk.exchange.choices import MessageKind
from jointdesk.exchange.inputs import ReplyInput
from tests.exchange.test_actions import request_input

pytestmark = pytest.mark.django_db


def test_record_links_each_row_to_the_one_before(actors):
    user = actors["ro-spoc:duty_officer"]
    first = audit.record(actor=user, action=AuditAction.LOGIN)
    second = audit.record(actor=user, action=AuditAction.LOGOUT)
    assert second.prev_hash == first.hash
    assert first.hash == first.compute_hash()
    assert second.hash == second.compute_hash()
    assert first.actor_country == "RO"
    assert first.actor_username == user.username


def test_first_row_links_to_genesis(db):
    assert not AuditEvent.objects.exists()
    event = audit.record(actor=None, actor_username="nobody", action=AuditAction.LOGIN_FAILED)
    assert event.prev_hash == AuditEvent.GENESIS
    assert event.actor is None
    assert event.actor_username == "nobody"


def test_existing_row_cannot_be_saved_again(actors):
    event = audit.record(actor=actors["ro-spoc:dpo"], action=AuditAction.SEARCH)
    event.purpose = "rewritten history"
    with pytest.raises(TypeError, match="append-only"):
        event.save()
    event.refresh_from_db()
    assert event.purpose == ""


def test_row_cannot_be_deleted(actors):
    event = audit.record(actor=actors["ro-spoc:dpo"], action=AuditAction.SEARCH)
    with pytest.raises(TypeError, match="append-only"):
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_queryset_update_and_delete_are_refused(actors):
    audit.record(actor=actors["ro-spoc:dpo"], action=AuditAction.SEARCH)
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.all().update(purpose="x")
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.filter(action=AuditAction.SEARCH).delete()
    assert AuditEvent.objects.count() == 1


def test_consultation_writes_a_view_row_with_purpose(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    reader = actors["ro-spoc:duty_officer"]
    before = AuditEvent.objects.count()
    access_exchange(reader, exchange.uuid, purpose="checking the vehicle owner")
    assert AuditEvent.objects.count() == before + 1
    event = AuditEvent.objects.order_by("-id").first()
    assert event.action == AuditAction.VIEW
    assert event.actor == reader
    assert event.personal_data is True
    assert event.purpose == "checking the vehicle owner"
    assert event.object_type == "exchange.exchange"
    assert event.object_id == str(exchange.uuid)


def test_consultation_without_purpose_still_states_one(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    access_exchange(actors["bg-odmvr-ruse:investigator"], exchange.uuid)
    event = AuditEvent.objects.order_by("-id").first()
    assert event.action == AuditAction.VIEW
    assert event.purpose  # never empty: Dir. 2016/680 Art. 25 asks for the justification


def test_every_consultation_is_logged_not_only_the_first(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    reader = actors["ro-spoc:duty_officer"]
    for _ in range(3):
        access_exchange(reader, exchange.uuid, purpose="p")
    assert (
        AuditEvent.objects.filter(action=AuditAction.VIEW, actor=reader, object_id=str(exchange.uuid)).count()
        == 3
    )


def test_denied_consultation_is_logged_without_revealing_anything(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    outsider = actors["ro-ipj-constanta:investigator"]
    with pytest.raises(NotFoundOrForbidden):
        access_exchange(outsider, exchange.uuid, purpose="curiosity")
    event = AuditEvent.objects.order_by("-id").first()
    assert event.action == AuditAction.DENIED
    assert event.actor == outsider
    assert not AuditEvent.objects.filter(action=AuditAction.VIEW, actor=outsider).exists()


def test_sending_a_request_writes_a_send_row(actors, now):
    sender = actors["bg-odmvr-ruse:investigator"]
    exchange = actions.exchange_send(actor=sender, data=request_input(), now=now)
    event = AuditEvent.objects.get(action=AuditAction.SEND, object_id=str(exchange.uuid))
    assert event.actor == sender
    assert event.personal_data is True  # the request names a person and a vehicle
    assert event.purpose
    assert event.details["kind"] == MessageKind.REQUEST
    assert event.details["items"] == {"persons": 1, "vehicles": 1, "phones": 0, "documents": 0}


def test_audit_rows_never_hold_the_personal_data_itself(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    access_exchange(actors["ro-spoc:duty_officer"], exchange.uuid, purpose="p")
    for event in AuditEvent.objects.all():
        text = event.canonical_payload()
        assert "Петров" not in text
        assert "8001010008" not in text
        assert "P 1234 BX" not in text


def test_sending_a_reply_writes_a_send_row(actors, now):
    exchange = actions.exchange_send(
        actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=now
    )
    officer = actors["ro-spoc:duty_officer"]
    message = actions.message_send(
        actor=officer, exchange=exchange, kind=MessageKind.ANSWER, data=ReplyInput(body="found"), now=now
    )
    event = AuditEvent.objects.filter(action=AuditAction.SEND, actor=officer).get()
    assert event.details["message"] == str(message.uuid)
    assert event.details["kind"] == MessageKind.ANSWER
    assert event.personal_data is True


# --- DPO search --------------------------------------------------------------------------------------


@pytest.fixture
def logged(actors):
    """A small log: two RO users and one BG user, spread over three days."""
    ro_officer, ro_analyst, bg_officer = (
        actors["ro-spoc:duty_officer"],
        actors["ro-ipj-giurgiu:analyst"],
        actors["bg-spoc:duty_officer"],
    )
    events = {
        "ro_view": audit.record(
            actor=ro_officer, action=AuditAction.VIEW, object_id="obj-1", personal_data=True
        ),
        "ro_login": audit.record(actor=ro_analyst, action=AuditAction.LOGIN),
        "bg_view": audit.record(
            actor=bg_officer, action=AuditAction.VIEW, object_id="obj-1", personal_data=True
        ),
        "failed": audit.record(actor=None, actor_username="ghost", action=AuditAction.LOGIN_FAILED),
    }
    return events


def _ids(qs):
    return {event.pk for event in qs}


def test_dpo_sees_own_country_and_anonymous_failures_only(actors, logged):
    ro_dpo = actors["ro-spoc:dpo"]
    assert _ids(audit_events_for_actor(ro_dpo)) == {
        logged["ro_view"].pk,
        logged["ro_login"].pk,
        logged["failed"].pk,
    }
    bg_dpo = actors["bg-spoc:dpo"]
    assert _ids(audit_events_for_actor(bg_dpo)) == {logged["bg_view"].pk, logged["failed"].pk}


def test_dpo_search_filters(actors, logged):
    dpo = actors["ro-spoc:dpo"]
    assert _ids(audit_events_for_actor(dpo, username="RO-IPJ-GIURGIU-ANALYST")) == {logged["ro_login"].pk}
    assert _ids(audit_events_for_actor(dpo, action=AuditAction.VIEW)) == {logged["ro_view"].pk}
    assert _ids(audit_events_for_actor(dpo, object_id="obj-1")) == {logged["ro_view"].pk}
    assert _ids(audit_events_for_actor(dpo, personal_data_only=True)) == {logged["ro_view"].pk}
    # the DPO's dates are days in the local time zone, not in UTC (23:30 UTC is tomorrow in Bucharest)
    today = timezone.localdate(logged["ro_view"].at)
    assert len(_ids(audit_events_for_actor(dpo, date_from=today, date_to=today))) == 3
    assert not audit_events_for_actor(dpo, date_from=today + timedelta(days=1)).exists()
    assert not audit_events_for_actor(dpo, date_to=today - timedelta(days=1)).exists()


@pytest.mark.parametrize(
    "role",
    ["duty_officer", "investigator", "analyst", "planner", "coordinator", "supervisor", "administrator"],
)
def test_only_a_dpo_may_read_the_log(actors, role):
    with pytest.raises(PermissionDenied):
        require_audit_reader(actors[f"ro-spoc:{role}"])
    require_audit_reader(actors["ro-spoc:dpo"])


def test_search_page_for_dpo_and_refusal_for_others(client, actors, logged, settings):
    settings.JOINTDESK_REQUIRE_2FA = False
    client.force_login(actors["ro-spoc:dpo"])
    response = client.get(reverse("core:audit_search"), {"action": "view"})
    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [logged["ro_view"]]
    search = AuditEvent.objects.order_by("-id").first()
    assert search.action == AuditAction.SEARCH
    assert search.details == {"filters": ["action"]}

    client.force_login(actors["ro-spoc:duty_officer"])
    assert client.get(reverse("core:audit_search")).status_code == 403
