"""Writing to the audit log: the only way rows get into AuditEvent.

Callers pass identifiers and field names, never values of personal data. The chain is extended
under a lock so that two concurrent writers cannot both link to the same previous row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address
from django.db import connection, transaction
from django.utils import timezone

from jointdesk.core.models import AuditEvent

if TYPE_CHECKING:
    from jointdesk.accounts.models import User

_PG_AUDIT_LOCK = 770_977  # arbitrary constant key for pg_advisory_xact_lock


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_AUDIT_LOCK])
    # SQLite: the write transaction (BEGIN IMMEDIATE) already serialises writers.


def _stored_form_of_ip(value: str | None) -> str | None:
    """The address as the database will give it back (IPv6 compressed), so the hash stays verifiable."""
    if not value:
        return None
    try:
        validate_ipv46_address(value)
    except ValidationError:
        return None
    return str(AuditEvent._meta.get_field("ip_address").get_prep_value(value))


def record(
    *,
    actor: User | None,
    action: str,
    obj: Any = None,
    object_type: str = "",
    object_id: str = "",
    purpose: str = "",
    personal_data: bool = False,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
    actor_username: str = "",
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction (or a new one)."""
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(getattr(obj, "uuid", None) or obj.pk)
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-id").only("hash").first()
        event = AuditEvent(
            at=timezone.now(),
            actor=actor if actor is not None and actor.pk else None,
            actor_username=(actor.username if actor is not None and actor.pk else actor_username)[:150],
            actor_country=getattr(actor, "country", "") or "",
            action=action,
            object_type=object_type,
            object_id=object_id,
            purpose=purpose[:300],
            personal_data=personal_data,
            details=details or {},
            ip_address=_stored_form_of_ip(ip_address),
            prev_hash=last.hash if last else AuditEvent.GENESIS,
        )
        event.hash = event.compute_hash()
        event.save()
    return event


def verify_chain(batch_size: int = 5000) -> tuple[int, AuditEvent | None, str]:
    """Walk the chain from the first row; return (rows checked, first broken row, what is wrong)."""
    expected_prev = AuditEvent.GENESIS
    checked = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=batch_size):
        if event.prev_hash != expected_prev:
            return (
                checked,
                event,
                "its previous-hash does not match the row before it (row removed or inserted)",
            )
        if event.compute_hash() != event.hash:
            return checked, event, "its content does not match its hash (row edited)"
        expected_prev = event.hash
        checked += 1
    return checked, None, ""
