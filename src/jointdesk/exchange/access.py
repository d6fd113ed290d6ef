"""Who may see and act on an exchange (one condition per line; tested for every role and country).

A message is visible to the units that sent and received it (and a copied SPOC), to the
supervisors of those units and to the data-protection officers of their countries; nobody else.
Someone who may not see an exchange is told it does not exist.
"""

from __future__ import annotations

from uuid import UUID

from django.core.exceptions import ValidationError as MalformedId

from jointdesk.accounts.choices import Role
from jointdesk.accounts.models import User
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import NotFoundOrForbidden, PermissionDenied
from jointdesk.exchange.models import Attachment, Exchange, Message
from jointdesk.exchange.queries import SENDING_ROLES, WORKING_ROLES, visibility_filter

__all__ = ["ANSWERING_ROLES", "SENDING_ROLES", "WORKING_ROLES", "access_exchange", "visibility_filter"]

# Roles that may answer, refuse or ask for clarification on behalf of the requested unit.
ANSWERING_ROLES = (Role.DUTY_OFFICER, Role.SUPERVISOR)


def can_see(actor: User, exchange: Exchange) -> bool:
    return Exchange.objects.filter(visibility_filter(actor), pk=exchange.pk).exists()


def side_of(actor: User, exchange: Exchange) -> str | None:
    """'requesting' or 'requested' when the actor works for that unit (or supervises it), else None."""
    if actor.role not in WORKING_ROLES or actor.unit_id is None:
        return None
    if actor.unit_id == exchange.requesting_unit_id:
        return "requesting"
    if actor.unit_id == exchange.requested_unit_id:
        return "requested"
    if actor.role == Role.SUPERVISOR and exchange.requesting_unit.parent_id == actor.unit_id:
        return "requesting"
    if actor.role == Role.SUPERVISOR and exchange.requested_unit.parent_id == actor.unit_id:
        return "requested"
    return None


def access_exchange(
    actor: User, exchange_uuid: UUID | str, *, for_change: bool = False, purpose: str = "", log: bool = True
) -> Exchange:
    """Return the exchange if the actor may see it (and change it, with for_change); log the consultation."""
    try:
        exchange = (
            Exchange.objects.select_related("requesting_unit", "requested_unit", "copy_unit")
            .filter(visibility_filter(actor))
            .get(uuid=exchange_uuid)
        )
    except (Exchange.DoesNotExist, ValueError, TypeError, MalformedId) as exc:
        if actor.is_authenticated:
            audit.record(
                actor=actor,
                action=AuditAction.DENIED,
                object_type="exchange.exchange",
                object_id=str(exchange_uuid)[:64],
            )
        raise NotFoundOrForbidden("no such exchange") from exc
    if for_change and side_of(actor, exchange) is None:
        raise PermissionDenied("only the units that sent or received this exchange can act on it")
    if log:
        audit.record(
            actor=actor,
            action=AuditAction.VIEW,
            obj=exchange,
            purpose=purpose or "consultation of an information exchange",
            personal_data=True,
        )
    return exchange


def require_side(actor: User, exchange: Exchange, side: str, roles: tuple[str, ...]) -> None:
    """Raise unless the actor acts for ``side`` of the exchange with one of ``roles``."""
    if side_of(actor, exchange) != side:
        raise PermissionDenied(f"only the {side} unit can do this")
    if actor.role not in roles:
        raise PermissionDenied("your role does not allow this action")


def access_attachment(actor: User, attachment_uuid: UUID | str) -> Attachment:
    """An attachment is served only to someone who may see its message's exchange."""
    try:
        attachment = Attachment.objects.select_related("message__exchange").get(uuid=attachment_uuid)
    except (Attachment.DoesNotExist, ValueError, TypeError, MalformedId) as exc:
        raise NotFoundOrForbidden("no such attachment") from exc
    if not can_see(actor, attachment.message.exchange):
        audit.record(
            actor=actor,
            action=AuditAction.DENIED,
            object_type="exchange.attachment",
            object_id=str(attachment_uuid)[:64],
        )
        raise NotFoundOrForbidden("no such attachment")
    audit.record(actor=actor, action=AuditAction.DOWNLOAD, obj=attachment, personal_data=True)
    return attachment


def access_message(
    actor: User, message_uuid: UUID | str, *, for_change: bool = False, purpose: str = ""
) -> Message:
    """A message is reached through its exchange: seen only by those who may see the exchange."""
    try:
        message = Message.objects.select_related("sender_unit", "recipient_unit", "exchange").get(
            uuid=message_uuid
        )
    except (Message.DoesNotExist, ValueError, TypeError, MalformedId) as exc:
        raise NotFoundOrForbidden("no such message") from exc
    try:
        access_exchange(actor, message.exchange.uuid, for_change=for_change, purpose=purpose)
    except NotFoundOrForbidden as exc:
        raise NotFoundOrForbidden("no such message") from exc
    return message
