"""``manage.py audit_verify``: passes on an intact chain, names the first broken row otherwise.

Tampering goes around the model (which refuses updates and deletes) with raw SQL, as an attacker
with database access would.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command, execute_from_command_line
from django.core.management.base import CommandError
from django.db import connection

from jointdesk.core import audit
from jointdesk.core.audit import verify_chain
from jointdesk.core.choices import AuditAction
from jointdesk.core.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain(actors):
    user = actors["ro-spoc:duty_officer"]
    return [
        audit.record(
            actor=user, action=AuditAction.VIEW, object_id=f"obj-{i}", purpose=f"case {i}", personal_data=True
        )
        for i in range(6)
    ]


def _raw(sql: str, params: list) -> None:
    table = AuditEvent._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(sql.format(table=connection.ops.quote_name(table)), params)


def _verify() -> str:
    out = StringIO()
    call_command("audit_verify", stdout=out)
    return out.getvalue()


def test_empty_log_is_intact(db):
    assert "audit chain intact: 0 rows verified" in _verify()


def test_intact_chain_passes(chain):
    total = AuditEvent.objects.count()
    assert f"audit chain intact: {total} rows verified" in _verify()
    assert verify_chain() == (total, None, "")


def test_intact_chain_exits_zero_from_the_command_line(chain, capsys):
    execute_from_command_line(["manage.py", "audit_verify"])  # would raise SystemExit on failure
    assert "intact" in capsys.readouterr().out


def test_edited_row_is_named(chain):
    victim = chain[3]
    _raw("UPDATE {table} SET purpose = %s WHERE id = %s", ["nothing to see", victim.id])
    with pytest.raises(CommandError) as caught:
        _verify()
    message = str(caught.value)
    assert f"audit chain broken at row id={victim.id}" in message
    assert "row edited" in message
    checked, broken, _reason = verify_chain()
    assert broken.id == victim.id
    assert checked == AuditEvent.objects.filter(id__lt=victim.id).count()


def test_edited_row_makes_the_command_exit_non_zero(chain, capsys):
    _raw("UPDATE {table} SET actor_username = %s WHERE id = %s", ["someone-else", chain[1].id])
    with pytest.raises(SystemExit) as caught:
        execute_from_command_line(["manage.py", "audit_verify"])
    assert caught.value.code != 0
    assert f"row id={chain[1].id}" in capsys.readouterr().err


def test_edited_row_with_recomputed_hash_breaks_the_next_link(chain):
    """An attacker who recomputes the edited row's hash is caught by the next row's previous-hash."""
    victim = AuditEvent.objects.get(pk=chain[2].pk)
    victim.purpose = "rewritten"
    new_hash = victim.compute_hash()
    _raw("UPDATE {table} SET purpose = %s, hash = %s WHERE id = %s", ["rewritten", new_hash, victim.id])
    with pytest.raises(CommandError) as caught:
        _verify()
    assert f"row id={chain[3].id}" in str(caught.value)
    assert "row removed or inserted" in str(caught.value)


def test_first_of_several_broken_rows_is_named(chain):
    for victim in (chain[4], chain[1]):
        _raw("UPDATE {table} SET personal_data = %s WHERE id = %s", [False, victim.id])
    with pytest.raises(CommandError) as caught:
        _verify()
    assert f"row id={chain[1].id} " in str(caught.value)


def test_deleted_middle_row_is_detected(chain):
    _raw("DELETE FROM {table} WHERE id = %s", [chain[2].id])
    with pytest.raises(CommandError) as caught:
        _verify()
    message = str(caught.value)
    assert f"audit chain broken at row id={chain[3].id}" in message
    assert "row removed or inserted" in message


def test_deleted_first_row_is_detected(chain):
    first = AuditEvent.objects.order_by("id").first()
    _raw("DELETE FROM {table} WHERE id = %s", [first.id])
    with pytest.raises(CommandError):
        _verify()


def test_tampered_details_are_detected(chain):
    _raw("UPDATE {table} SET details = %s WHERE id = %s", ['{"injected": true}', chain[0].id])
    with pytest.raises(CommandError) as caught:
        _verify()
    assert f"row id={chain[0].id} " in str(caught.value)


@pytest.mark.parametrize(
    "ip", ["127.0.0.1", "::1", "2001:0db8:0000::0001", "::ffff:10.0.0.1", "not an address"]
)
def test_ip_addresses_keep_the_chain_verifiable(db, ip):
    """The database gives IPv6 back compressed; the hash must cover what is stored, not what was given."""
    audit.record(actor=None, actor_username="ghost", action=AuditAction.LOGIN_FAILED, ip_address=ip)
    audit.record(actor=None, actor_username="ghost", action=AuditAction.LOGIN_FAILED, ip_address=ip)
    assert verify_chain()[1] is None
    assert "intact" in _verify()


def test_unicode_and_nested_details_keep_the_chain_verifiable(actors):
    audit.record(
        actor=actors["bg-spoc:duty_officer"],
        action=AuditAction.UPDATE,
        purpose="проверка на превозно средство",
        details={"fields": ["language", "time_zone"], "nested": {"b": 1, "a": [1, 2]}, "ț": "ș"},
    )
    assert verify_chain()[1] is None
