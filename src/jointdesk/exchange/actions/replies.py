"""Replies to a request: clarification, answer, refusal, delay notice, judicial outcome, withdrawal,
correction. Who may send what, from which state, is fixed in ``_ALLOWED_FROM``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jointdesk.accounts.models import User
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import InvalidTransition, PermissionDenied, ValidationFailed
from jointdesk.exchange import clock, deadlines
from jointdesk.exchange.access import ANSWERING_ROLES, WORKING_ROLES, require_side
from jointdesk.exchange.actions.sealing import (
    attach_rows,
    cleanup_files,
    seal,
    store_files,
)
from jointdesk.exchange.choices import (
    EuropolCopy,
    ExchangeStatus,
    ItemDecision,
    JudicialOutcome,
    MessageKind,
    RefusalGround,
)
from jointdesk.exchange.inputs import ItemDecisionInput, ReplyInput
from jointdesk.exchange.models import (
    Exchange,
    Message,
    MessageRefusal,
)
from jointdesk.exchange.validation import Problems, check_uploads

_ALLOWED_FROM = {
    MessageKind.CLARIFICATION_REQUEST: ("requested", (ExchangeStatus.OPEN,)),
    MessageKind.CLARIFICATION: ("requesting", (ExchangeStatus.AWAITING_CLARIFICATION,)),
    MessageKind.ANSWER: ("requested", (ExchangeStatus.OPEN, ExchangeStatus.JUDICIAL_DELAY)),
    MessageKind.PARTIAL_ANSWER: ("requested", (ExchangeStatus.OPEN, ExchangeStatus.JUDICIAL_DELAY)),
    MessageKind.REFUSAL: ("requested", (ExchangeStatus.OPEN, ExchangeStatus.JUDICIAL_DELAY)),
    MessageKind.DELAY_NOTICE: ("requested", (ExchangeStatus.OPEN,)),
    MessageKind.DELAY_UPDATE: ("requested", (ExchangeStatus.JUDICIAL_DELAY,)),
    MessageKind.JUDICIAL_OUTCOME: ("requested", (ExchangeStatus.JUDICIAL_DELAY,)),
    MessageKind.WITHDRAWAL: (
        "requesting",
        (ExchangeStatus.OPEN, ExchangeStatus.AWAITING_CLARIFICATION, ExchangeStatus.JUDICIAL_DELAY),
    ),
}


def _check_reply(exchange: Exchange, kind: str, data: ReplyInput, now: datetime) -> Problems:
    problems = Problems()
    grounds = list(dict.fromkeys(data.grounds))
    needs_text = (MessageKind.CLARIFICATION_REQUEST, MessageKind.CLARIFICATION, MessageKind.WITHDRAWAL)
    if kind in needs_text and not data.body.strip():
        problems.add("body", _("This field is required."))
    if (
        kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER)
        and not data.body.strip()
        and not data.attachments
    ):
        problems.add("body", _("An answer needs a text or an attachment."))
    if kind == MessageKind.REFUSAL:
        if not grounds:
            problems.add("grounds", _("A refusal needs at least one ground of Article 6(1)."))
        if not data.body.strip():
            problems.add("body", _("Give the reasons for the refusal (Art. 6(2))."))
    for ground in grounds + [g for d in data.item_decisions for g in d.grounds]:
        if ground not in RefusalGround.values:
            problems.add("grounds", _("'%(ground)s' is not a ground of Article 6(1).") % {"ground": ground})
        elif ground == RefusalGround.G_I and (
            exchange.offence_max_penalty_months is None or exchange.offence_max_penalty_months > 12
        ):
            problems.add(
                "grounds",
                _(
                    "Ground (g)(i) applies only to offences punishable by one year or less; this request states %(p)s."
                )
                % {
                    "p": exchange.offence_max_penalty_months
                    if exchange.offence_max_penalty_months is not None
                    else "?"
                },
            )
    if kind in (MessageKind.DELAY_NOTICE, MessageKind.DELAY_UPDATE):
        if data.delay_until is None:
            problems.add("delay_until", _("Say until when the delay is expected to last (Art. 5(2)(a))."))
        elif data.delay_until <= now:
            problems.add("delay_until", _("The expected end of the delay must be in the future."))
        if not data.body.strip():
            problems.add("body", _("Give the reasons for the delay (Art. 5(2)(a))."))
    if kind == MessageKind.JUDICIAL_OUTCOME and data.judicial_outcome not in JudicialOutcome.values:
        problems.add("judicial_outcome", _("Say whether the judicial authorisation was obtained or refused."))
    if data.europol_copy not in EuropolCopy.values:
        problems.add(
            "europol_copy", _("'%(value)s' is not one of the allowed values.") % {"value": data.europol_copy}
        )
    _check_item_decisions(problems, exchange, data.item_decisions)
    check_uploads(problems, data.attachments)
    return problems


def _items_by_uuid(exchange: Exchange) -> dict[str, Any]:
    items: dict[str, Any] = {}
    for related in ("person_items", "vehicle_items", "phone_items", "identitydocument_items"):
        for item in getattr(exchange, related).all():
            items[str(item.uuid)] = item
    return items


def _check_item_decisions(problems: Problems, exchange: Exchange, decisions: list[ItemDecisionInput]) -> None:
    items = _items_by_uuid(exchange)
    for i, decision in enumerate(decisions):
        if decision.item_uuid not in items:
            problems.add(f"item_decisions[{i}].item_uuid", _("This item is not part of the request."))
        if decision.decision not in (ItemDecision.PROVIDED, ItemDecision.REFUSED):
            problems.add(f"item_decisions[{i}].decision", _("Must be 'provided' or 'refused'."))
        if decision.decision == ItemDecision.REFUSED and not decision.grounds:
            problems.add(
                f"item_decisions[{i}].grounds", _("A refused item needs at least one ground of Article 6(1).")
            )


def _next_status(exchange: Exchange, kind: str, data: ReplyInput, refused_items: bool) -> str:
    if kind == MessageKind.CLARIFICATION_REQUEST:
        return ExchangeStatus.AWAITING_CLARIFICATION
    if kind == MessageKind.CLARIFICATION:
        return ExchangeStatus.OPEN
    if kind == MessageKind.DELAY_NOTICE or kind == MessageKind.DELAY_UPDATE:
        return ExchangeStatus.JUDICIAL_DELAY
    if kind == MessageKind.JUDICIAL_OUTCOME:
        return ExchangeStatus.OPEN
    if kind == MessageKind.WITHDRAWAL:
        return ExchangeStatus.WITHDRAWN
    if kind == MessageKind.REFUSAL:
        return (
            ExchangeStatus.REFUSED
            if not data.item_decisions or not _any_provided(exchange, data)
            else ExchangeStatus.PARTIALLY_REFUSED
        )
    if not data.final:
        return exchange.status
    return ExchangeStatus.PARTIALLY_REFUSED if refused_items else ExchangeStatus.ANSWERED


def _any_provided(exchange: Exchange, data: ReplyInput) -> bool:
    return any(d.decision == ItemDecision.PROVIDED for d in data.item_decisions) or any(
        item.decision == ItemDecision.PROVIDED for item in _items_by_uuid(exchange).values()
    )


def message_send(
    *, actor: User, exchange: Exchange, kind: str, data: ReplyInput, now: datetime | None = None
) -> Message:
    """Add a reply to an exchange: clarification, answer, refusal, delay notice, withdrawal.

    Who may send what, and from which state, is fixed in ``_ALLOWED_FROM``; the answering
    side needs a duty officer or supervisor (Art. 14: the SPOC decides).
    """
    now = now or timezone.now()
    if kind not in _ALLOWED_FROM:
        raise ValidationFailed(_("Unknown kind of message."), field="kind")
    side, states = _ALLOWED_FROM[MessageKind(kind)]
    roles = ANSWERING_ROLES if side == "requested" else WORKING_ROLES
    with transaction.atomic():
        exchange = (
            Exchange.objects.select_for_update()
            .select_related("requesting_unit", "requested_unit")
            .get(pk=exchange.pk)
        )
        require_side(actor, exchange, side, roles)
        if exchange.status not in states:
            raise InvalidTransition(
                _("This cannot be done while the exchange is '%(status)s'.")
                % {"status": exchange.get_status_display()}
            )
        if (
            kind == MessageKind.DELAY_NOTICE
            and exchange.messages.filter(kind=MessageKind.DELAY_NOTICE).exists()
        ):
            # Art. 5(2): one notice, then updates; once the judge has decided there is nothing to notify.
            raise InvalidTransition(
                _("A delay was already notified for this request; send an update instead.")
            )
        problems = _check_reply(exchange, kind, data, now)
        if problems:
            raise ValidationFailed(
                _("The message was not sent: some fields need attention."), errors=dict(problems.errors)
            )
        try:
            return _send_reply(actor, exchange, kind, data, now)
        except deadlines.DeadlineError as exc:
            # The clock refuses a history the state machine let through: the user's problem, not a 500.
            raise InvalidTransition(str(exc)) from exc


def _send_reply(actor: User, exchange: Exchange, kind: str, data: ReplyInput, now: datetime) -> Message:
    stored: list[str] = []
    try:
        refused_items = _apply_item_decisions(exchange, kind, data)
        final = kind in (MessageKind.REFUSAL, MessageKind.WITHDRAWAL) or (
            kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER) and data.final
        )
        grounds = list(dict.fromkeys(data.grounds + [g for d in data.item_decisions for g in d.grounds]))
        from_requested = kind != MessageKind.CLARIFICATION and kind != MessageKind.WITHDRAWAL
        message = Message(
            exchange=exchange,
            kind=kind,
            sender_unit=exchange.requested_unit if from_requested else exchange.requesting_unit,
            recipient_unit=exchange.requesting_unit if from_requested else exchange.requested_unit,
            author=actor,
            sent_at=now,
            received_at=now,
            language=exchange.language,  # Art. 5(3), 6(4): replies in the language of the request
            body=data.body.strip(),
            refusal_grounds=grounds,
            item_decisions=[
                {"item": d.item_uuid, "decision": d.decision, "grounds": d.grounds}
                for d in data.item_decisions
            ],
            delay_until=data.delay_until,
            judicial_outcome=data.judicial_outcome,
            europol_copy=data.europol_copy,
            final=final,
        )
        uploads = store_files(message, data.attachments, stored)
        seal(message, {}, uploads)
        message.save()
        attach_rows(message, data.attachments, uploads)
        for ground in grounds:
            MessageRefusal.objects.create(message=message, exchange=exchange, ground=ground)
        exchange.status = _next_status(exchange, kind, data, refused_items)
        if data.europol_copy != EuropolCopy.NOT_ASSESSED:
            exchange.europol_copy = data.europol_copy
        clock.refresh(exchange, now=now)
        exchange.save()
        audit.record(
            actor=actor,
            action=AuditAction.SEND,
            obj=exchange,
            purpose=gettext_noop("reply to an information exchange"),
            personal_data=kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER),
            details={"message": str(message.uuid), "kind": kind, "grounds": grounds},
        )
    except Exception:
        cleanup_files(stored)
        raise
    return message


def _apply_item_decisions(exchange: Exchange, kind: str, data: ReplyInput) -> bool:
    """Record per-item outcomes; a final answer provides every item not explicitly refused."""
    items = _items_by_uuid(exchange)
    refused = False
    for decision in data.item_decisions:
        item = items[decision.item_uuid]
        item.decision = decision.decision
        item.decision_grounds = decision.grounds
        item.save(update_fields=["decision", "decision_grounds", "updated_at"])
        refused = refused or decision.decision == ItemDecision.REFUSED
    if kind == MessageKind.REFUSAL and not data.item_decisions:
        for item in items.values():
            if item.decision == ItemDecision.PENDING:
                item.decision, item.decision_grounds = ItemDecision.REFUSED, data.grounds
                item.save(update_fields=["decision", "decision_grounds", "updated_at"])
    if kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER) and data.final:
        for item in items.values():
            if item.decision == ItemDecision.PENDING:
                item.decision = ItemDecision.PROVIDED
                item.save(update_fields=["decision", "updated_at"])
            refused = refused or item.decision == ItemDecision.REFUSED
    return refused


def message_correct(*, actor: User, original: Message, body: str, now: datetime | None = None) -> Message:
    """Correct a sent message: the original stays as sent; the correction points at it."""
    now = now or timezone.now()
    if not body.strip():
        raise ValidationFailed(_("Say what is corrected."), field="body")
    with transaction.atomic():
        exchange = (
            Exchange.objects.select_for_update()
            .select_related("requesting_unit", "requested_unit")
            .get(pk=original.exchange_id)
        )
        if actor.unit_id != original.sender_unit_id or actor.role not in WORKING_ROLES:
            raise PermissionDenied(_("Only the unit that sent a message can correct it."))
        message = Message(
            exchange=exchange,
            kind=MessageKind.CORRECTION,
            sender_unit=original.sender_unit,
            recipient_unit=original.recipient_unit,
            author=actor,
            sent_at=now,
            received_at=now,
            language=exchange.language,
            body=body.strip(),
            corrects=original,
        )
        seal(message, {}, [])
        message.save()
        audit.record(
            actor=actor, action=AuditAction.SEND, obj=exchange, purpose=gettext_noop("correction"),
            details={"message": str(message.uuid), "corrects": str(original.uuid)},
        )  # fmt: skip
    return message
