"""Who may see and act on an exchange: every role against every case, allowed and denied.

Three exchanges cover the relations a unit can have to an exchange:

- ``main``: Ruse regional directorate (BG, a designated authority) -> Romanian SPOC, copied to the
  Bulgarian SPOC (Art. 4(1));
- ``from_child``: Silistra border police station (child of Ruse border police) -> Romanian SPOC;
- ``to_child``: Ruse regional directorate -> Dolj border police service (child of Giurgiu border police).

For each case and role the expected outcome is one of: ``change`` (may see and act),
``view`` (may see, not act) or ``none`` (told the exchange does not exist).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from jointdesk.accounts.choices import Role
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import NotFoundOrForbidden, PermissionDenied
from jointdesk.core.models import AuditEvent
from jointdesk.exchange import actions
from jointdesk.exchange.access import access_attachment, access_exchange, access_message, side_of
from jointdesk.exchange.inputs import UploadedFile
from jointdesk.exchange.queries import ExchangeFilters, inbox_for_actor, outbox_for_actor, overdue_for_actor
from tests.exchange.test_actions import PDF, request_input

pytestmark = pytest.mark.django_db

# case -> (exchange, unit of the actor, relation)
CASES = {
    "requesting unit": ("main", "bg-odmvr-ruse", "party"),
    "requested unit": ("main", "ro-spoc", "party"),
    "copied own SPOC": ("main", "bg-spoc", "copy"),
    "parent of the requesting unit": ("from_child", "bg-rdgp-ruse", "parent"),
    "parent of the requested unit": ("to_child", "ro-itpf-giurgiu", "parent"),
    "child of the requesting unit": ("from_parent", "bg-gpu-silistra", "unrelated"),
    "other unit, requesting country": ("main", "bg-odmvr-vidin", "unrelated"),
    "other unit, requested country": ("main", "ro-ipj-constanta", "unrelated"),
    "joint contact centre, not a party": ("main", "ro-jcc-giurgiu", "unrelated"),
    "requested country's SPOC, request to another unit": ("to_child", "ro-spoc", "unrelated"),
    "requesting country's border police, sibling": ("main", "bg-rdgp-ruse", "unrelated"),
}

WORKERS = {Role.DUTY_OFFICER, Role.INVESTIGATOR, Role.ANALYST}


def expected(role: str, relation: str) -> str:
    if role == Role.DPO:
        return "view"  # the DPO of either country involved; every exchange involves both
    if role in (Role.PLANNER, Role.COORDINATOR, Role.ADMINISTRATOR):
        return "none"
    if relation == "party":
        return "change"
    if relation == "copy":
        return "view"
    if relation == "parent":
        return "change" if role == Role.SUPERVISOR else "none"
    assert role in WORKERS | {Role.SUPERVISOR}
    return "none"


MATRIX = [(role, case) for case in CASES for role in Role.values]


@pytest.fixture
def world(make_user, units, now):
    """The exchanges, sent by users created for the purpose, each carrying an attachment."""
    sender = make_user("bg-odmvr-ruse", Role.INVESTIGATOR, username="sender-ruse")
    pdf = [UploadedFile(filename="photo.pdf", content_type="application/pdf", content=PDF)]
    main = actions.exchange_send(actor=sender, data=request_input(attachments=pdf), now=now)
    from_child = actions.exchange_send(
        actor=make_user("bg-gpu-silistra", Role.INVESTIGATOR, username="sender-silistra"),
        data=request_input(attachments=pdf),
        now=now,
    )
    from_parent = actions.exchange_send(
        actor=make_user("bg-rdgp-ruse", Role.INVESTIGATOR, username="sender-rdgp"),
        data=request_input(attachments=pdf),
        now=now,
    )
    to_child = actions.exchange_send(
        actor=sender,
        data=request_input(requested_unit_uuid=str(units["ro-stpf-dolj"].uuid), attachments=pdf),
        now=now,
    )
    return {"main": main, "from_child": from_child, "from_parent": from_parent, "to_child": to_child}


def _ids(qs) -> set:
    return {exchange.pk for exchange in qs}


@pytest.mark.parametrize("role,case", MATRIX, ids=[f"{case}-{role}" for role, case in MATRIX])
def test_access_matrix(world, make_user, now, role, case):
    key, unit_code, relation = CASES[case]
    exchange = world[key]
    actor = make_user(unit_code, role, username=f"actor-{unit_code}-{role}")
    outcome = expected(role, relation)

    if outcome == "none":
        with pytest.raises(NotFoundOrForbidden) as caught:
            access_exchange(actor, exchange.uuid, purpose="test")
        assert caught.value.status_code == 404
        assert (
            str(caught.value) == "no such exchange"
        )  # the same words as for an exchange that does not exist
        with pytest.raises(NotFoundOrForbidden):
            access_exchange(actor, exchange.uuid, for_change=True)
        assert not AuditEvent.objects.filter(actor=actor, action=AuditAction.VIEW).exists()
        assert AuditEvent.objects.filter(actor=actor, action=AuditAction.DENIED).exists()
    else:
        assert access_exchange(actor, exchange.uuid, purpose="test") == exchange
        assert AuditEvent.objects.filter(
            actor=actor, action=AuditAction.VIEW, object_id=str(exchange.uuid)
        ).exists()
        if outcome == "change":
            assert access_exchange(actor, exchange.uuid, for_change=True) == exchange
            assert side_of(actor, exchange) in ("requesting", "requested")
        else:
            with pytest.raises(PermissionDenied):
                access_exchange(actor, exchange.uuid, for_change=True)
            assert side_of(actor, exchange) is None

    # Lists never show more than access allows (and show the exchange where it belongs).
    listed = (
        _ids(inbox_for_actor(actor, ExchangeFilters(), now=now))
        | _ids(outbox_for_actor(actor, ExchangeFilters(), now=now))
        | _ids(overdue_for_actor(actor, now=now + timedelta(days=30)))
    )
    for pk in listed:
        other = next(e for e in world.values() if e.pk == pk)
        access_exchange(actor, other.uuid)  # raises if a list leaked something
    assert (exchange.pk in listed) == (outcome != "none")


@pytest.mark.parametrize("role,case", MATRIX, ids=[f"{case}-{role}" for role, case in MATRIX])
def test_messages_and_attachments_follow_the_exchange(world, make_user, role, case):
    key, unit_code, relation = CASES[case]
    actor = make_user(unit_code, role, username=f"actor-{unit_code}-{role}")
    message = world[key].messages.get()
    attachment = message.attachments.get()
    if expected(role, relation) != "none":
        assert access_message(actor, message.uuid) == message
        assert access_attachment(actor, attachment.uuid) == attachment
        assert AuditEvent.objects.filter(actor=actor, action=AuditAction.DOWNLOAD).exists()
    else:
        with pytest.raises(NotFoundOrForbidden):
            access_message(actor, message.uuid)
        with pytest.raises(NotFoundOrForbidden):
            access_attachment(actor, attachment.uuid)
        assert not AuditEvent.objects.filter(actor=actor, action=AuditAction.DOWNLOAD).exists()


@pytest.mark.parametrize("value", ["00000000-0000-0000-0000-000000000000", "not-a-uuid", "", None])
def test_unknown_exchange_is_not_found(world, make_user, value):
    dpo = make_user("ro-spoc", Role.DPO, username="dpo")
    with pytest.raises(NotFoundOrForbidden) as caught:
        access_exchange(dpo, value)
    assert str(caught.value) == "no such exchange"


@pytest.mark.parametrize("value", ["00000000-0000-0000-0000-000000000000", "not-a-uuid"])
def test_unknown_attachment_or_message_is_not_found(world, make_user, value):
    dpo = make_user("ro-spoc", Role.DPO, username="dpo")
    with pytest.raises(NotFoundOrForbidden):
        access_attachment(dpo, value)
    with pytest.raises(NotFoundOrForbidden):
        access_message(dpo, value)


def test_inactive_user_sees_nothing(world, make_user, now):
    officer = make_user("ro-spoc", Role.DUTY_OFFICER, username="gone")
    officer.is_active = False
    officer.save()
    with pytest.raises(NotFoundOrForbidden):
        access_exchange(officer, world["main"].uuid)
    assert not inbox_for_actor(officer, ExchangeFilters(), now=now).exists()


def test_user_without_unit_sees_nothing(world, units, now):
    from jointdesk.accounts.models import User

    loose = User.objects.create_user(
        username="loose", password="x" * 12, country="RO", role=Role.DUTY_OFFICER
    )
    with pytest.raises(NotFoundOrForbidden):
        access_exchange(loose, world["main"].uuid)
    assert not outbox_for_actor(loose, ExchangeFilters(), now=now).exists()


def test_anonymous_user_sees_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(NotFoundOrForbidden):
        access_exchange(AnonymousUser(), world["main"].uuid)


# --- where each party finds it ---------------------------------------------------------------------


def test_inbox_and_outbox_placement(world, make_user, now):
    main, to_child = world["main"], world["to_child"]
    inbox = lambda user: _ids(inbox_for_actor(user, ExchangeFilters(), now=now))  # noqa: E731
    outbox = lambda user: _ids(outbox_for_actor(user, ExchangeFilters(), now=now))  # noqa: E731

    ro_officer = make_user("ro-spoc", Role.DUTY_OFFICER, username="a")
    assert main.pk in inbox(ro_officer) and main.pk not in outbox(ro_officer)
    assert to_child.pk not in inbox(ro_officer)

    ruse = make_user("bg-odmvr-ruse", Role.INVESTIGATOR, username="b")
    assert main.pk in outbox(ruse) and main.pk not in inbox(ruse)

    bg_spoc = make_user("bg-spoc", Role.DUTY_OFFICER, username="c")
    assert main.pk in outbox(bg_spoc)  # as the copied contact point

    giurgiu_supervisor = make_user("ro-itpf-giurgiu", Role.SUPERVISOR, username="d")
    assert inbox(giurgiu_supervisor) == {to_child.pk}

    ro_dpo, bg_dpo = (
        make_user("ro-ipj-constanta", Role.DPO, username="e"),
        make_user("bg-odmvr-vidin", Role.DPO, username="f"),
    )
    assert inbox(ro_dpo) == _ids(world.values()) and outbox(ro_dpo) == set()
    assert outbox(bg_dpo) == _ids(world.values()) and inbox(bg_dpo) == set()


def test_overdue_list_is_scoped(world, make_user, now):
    later = now + timedelta(hours=9)
    officer = make_user("ro-spoc", Role.DUTY_OFFICER, username="a")
    assert _ids(overdue_for_actor(officer, now=later)) == {
        world["main"].pk,
        world["from_child"].pk,
        world["from_parent"].pk,
    }
    assert _ids(overdue_for_actor(officer, now=now)) == set()
    outsider = make_user("ro-ipj-constanta", Role.DUTY_OFFICER, username="b")
    assert _ids(overdue_for_actor(outsider, now=later)) == set()
