"""The only code that writes exchanges and messages.

Each action runs in one transaction, validates everything before storing anything, writes its
audit row inside the transaction and recomputes the Article 5 clock. A sent message is an
immutable envelope; a correction is a new message that points at the first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jointdesk.accounts.models import Unit, User
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import InvalidTransition, PermissionDenied, ValidationFailed
from jointdesk.exchange import attachments as attachment_files
from jointdesk.exchange import clock, deadlines, normalisation
from jointdesk.exchange.access import ANSWERING_ROLES, SENDING_ROLES, WORKING_ROLES, require_side
from jointdesk.exchange.choices import (
    EuropolCopy,
    ExchangeKind,
    ExchangeStatus,
    ItemDecision,
    JudicialOutcome,
    MessageKind,
    RefusalGround,
    Urgency,
)
from jointdesk.exchange.inputs import ItemDecisionInput, ReplyInput, RequestInput, UploadedFile
from jointdesk.exchange.models import (
    Attachment,
    Exchange,
    IdentityDocument,
    Message,
    MessageRefusal,
    Person,
    Phone,
    ReferenceSequence,
    Vehicle,
)
from jointdesk.exchange.validation import Problems, check_request, check_uploads

OTHER_COUNTRY = {"RO": "BG", "BG": "RO"}


def _next_reference(country: str, year: int) -> str:
    sequence, _created = ReferenceSequence.objects.select_for_update().get_or_create(
        country=country, year=year
    )
    sequence.last_value += 1
    sequence.save(update_fields=["last_value"])
    return f"{country}-{year}-{sequence.last_value:06d}"


def _requested_unit(actor: User, data: RequestInput) -> Unit:
    other = OTHER_COUNTRY[actor.country]
    if data.requested_unit_uuid:
        unit = (
            Unit.objects.filter(uuid=data.requested_unit_uuid).first()
            if _is_uuid(data.requested_unit_uuid)
            else None
        )
        if unit is None:
            raise ValidationFailed(_("Unknown recipient unit."), field="requested_unit")
        if unit.country != other:
            raise ValidationFailed(_("Requests go to a unit of the other country."), field="requested_unit")
        return unit
    spoc = Unit.objects.filter(country=other, is_spoc=True).first()
    if spoc is None:
        raise ValidationFailed(
            _("The other country has no Single Point of Contact configured."), field="requested_unit"
        )
    return spoc


def _is_uuid(value: str) -> bool:
    import uuid

    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _item_envelope(exchange: Exchange) -> dict[str, list[dict[str, Any]]]:
    return {
        "persons": [
            {
                "uuid": str(p.uuid),
                "given_name": p.given_name,
                "middle_name": p.middle_name,
                "family_name": p.family_name,
                "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                "sex": p.sex,
                "nationality": p.nationality,
                "national_id": p.national_id,
            }
            for p in exchange.person_items.all()
        ],
        "vehicles": [
            {
                "uuid": str(v.uuid),
                "plate": v.plate,
                "plate_canonical": v.plate_canonical,
                "country": v.registration_country,
            }
            for v in exchange.vehicle_items.all()
        ],
        "phones": [
            {"uuid": str(p.uuid), "number": p.number, "e164": p.e164} for p in exchange.phone_items.all()
        ],
        "documents": [
            {"uuid": str(d.uuid), "kind": d.document_kind, "number": d.number, "country": d.issuing_country}
            for d in exchange.identitydocument_items.all()
        ],
    }


def _request_envelope(exchange: Exchange) -> dict[str, Any]:
    fields = [
        "reference", "kind", "subject", "description", "purpose", "offence", "offence_max_penalty_months",
        "subject_link", "availability_reason", "urgency", "urgency_criterion", "urgency_reason", "accessibility",
        "language", "use_restrictions", "handling_code", "source_reliability", "information_assessment",
        "channel", "channel_exception", "copy_withheld_ground", "serious_offence", "requesting_country",
        "requested_country",
    ]  # fmt: skip
    content = {name: getattr(exchange, name) for name in fields}
    content["exchange_uuid"] = str(exchange.uuid)
    content["items"] = _item_envelope(exchange)
    return content


def _cleanup(stored: list[str]) -> None:
    for name in stored:
        attachment_files.path_of(name).unlink(missing_ok=True)


def _seal(message: Message, content: dict[str, Any], attachments: list[dict[str, Any]]) -> None:
    """Fill the immutable envelope and its digest before the single INSERT."""
    message.envelope = {
        "message_uuid": str(message.uuid),
        "exchange_uuid": str(message.exchange.uuid),
        "kind": message.kind,
        "sender_unit": message.sender_unit.code,
        "recipient_unit": message.recipient_unit.code,
        "sent_at": message.sent_at.isoformat(),
        "language": message.language,
        "body": message.body,
        "corrects": str(message.corrects.uuid) if message.corrects else None,
        "refusal_grounds": message.refusal_grounds,
        "item_decisions": message.item_decisions,
        "delay_until": message.delay_until.isoformat() if message.delay_until else None,
        "judicial_outcome": message.judicial_outcome,
        "europol_copy": message.europol_copy,
        "final": message.final,
        "content": content,
        "attachments": attachments,
    }
    message.digest = Message.digest_of(message.envelope)


def exchange_send(
    *, actor: User, data: RequestInput, spontaneous: bool = False, now: datetime | None = None
) -> Exchange:
    """Send a request for information (Art. 4) or own-initiative information (Art. 7) to the other country.

    Nothing is stored unless everything is valid; the answer deadline starts at receipt, which on
    a shared node is the moment of sending.
    """
    now = now or timezone.now()
    if actor.role not in SENDING_ROLES or actor.unit is None:
        raise PermissionDenied(_("Your role does not allow sending requests."))
    requested_unit = _requested_unit(actor, data)
    problems = check_request(
        data,
        requesting_country=actor.country,
        requested_country=requested_unit.country,
        spontaneous=spontaneous,
    )
    own_spoc = Unit.objects.filter(country=actor.country, is_spoc=True).first()
    designated = own_spoc is not None and actor.unit_id != own_spoc.pk
    if not designated and data.copy_withheld_ground:
        problems.add(
            "copy_withheld_ground", _("Only a designated authority sends a copy to its own contact point.")
        )
    if problems:
        raise ValidationFailed(
            _("The request was not sent: some fields need attention."), errors=dict(problems.errors)
        )
    stored: list[str] = []
    try:
        with transaction.atomic():
            exchange = _create_exchange(
                actor, data, requested_unit, own_spoc if designated else None, spontaneous, now
            )
            _create_items(exchange, data, actor.country)
            message = Message(
                exchange=exchange,
                kind=MessageKind.SPONTANEOUS if spontaneous else MessageKind.REQUEST,
                sender_unit=actor.unit,
                recipient_unit=requested_unit,
                author=actor,
                sent_at=now,
                received_at=now,
                language=data.language,
                body=data.description,
                europol_copy=data.europol_copy,
                final=True,
            )
            uploads = _store_attachments_pre(message, data.attachments, stored)
            _seal(message, _request_envelope(exchange), uploads)
            message.save()
            _attach_rows(message, data.attachments, uploads)
            clock.refresh(exchange, now=now)
            exchange.save()
            audit.record(
                actor=actor,
                action=AuditAction.SEND,
                obj=exchange,
                purpose=_("sending an information exchange"),
                personal_data=bool(data.persons or data.vehicles or data.phones or data.documents),
                details={"message": str(message.uuid), "kind": message.kind, "items": _counts(data)},
            )
    except Exception:
        _cleanup(stored)
        raise
    return exchange


def _counts(data: RequestInput) -> dict[str, int]:
    return {
        "persons": len(data.persons),
        "vehicles": len(data.vehicles),
        "phones": len(data.phones),
        "documents": len(data.documents),
    }


def _create_exchange(
    actor: User,
    data: RequestInput,
    requested_unit: Unit,
    copy_unit: Unit | None,
    spontaneous: bool,
    now: datetime,
) -> Exchange:
    assert actor.unit is not None  # checked by exchange_send
    return Exchange.objects.create(
        owner_country=actor.country,
        # The countries' own calendar year (as the Art. 18 statistics), whatever the user's time zone.
        reference=_next_reference(
            actor.country, timezone.localtime(now, timezone.get_default_timezone()).year
        ),
        kind=ExchangeKind.SPONTANEOUS if spontaneous else ExchangeKind.REQUEST,
        status=ExchangeStatus.PROVIDED if spontaneous else ExchangeStatus.OPEN,
        requesting_unit=actor.unit,
        requested_unit=requested_unit,
        requesting_country=actor.country,
        requested_country=requested_unit.country,
        copy_unit=None if data.copy_withheld_ground else copy_unit,
        copy_withheld_ground=data.copy_withheld_ground,
        subject=data.subject.strip(),
        description=data.description.strip(),
        purpose=data.purpose.strip(),
        offence=data.offence.strip(),
        offence_max_penalty_months=data.offence_max_penalty_months,
        subject_link=data.subject_link.strip(),
        availability_reason=data.availability_reason.strip(),
        urgency=Urgency.NON_URGENT if spontaneous else data.urgency,
        urgency_criterion="" if spontaneous or data.urgency != Urgency.URGENT else data.urgency_criterion,
        urgency_reason="" if spontaneous else data.urgency_reason.strip(),
        accessibility=data.accessibility or "direct",
        language=data.language,
        use_restrictions=data.use_restrictions.strip(),
        handling_code=data.handling_code,
        source_reliability=data.source_reliability,
        information_assessment=data.information_assessment,
        channel=data.channel,
        channel_exception=data.channel_exception if data.channel == "other" else "",
        europol_copy=data.europol_copy,
        serious_offence=data.serious_offence,
        received_at=now,
        closed_at=now if spontaneous else None,
        created_by=actor,
    )


def _create_items(exchange: Exchange, data: RequestInput, requesting_country: str) -> None:
    owner = exchange.owner_country
    for p in data.persons:
        checked = normalisation.check_national_id(p.national_id) if p.national_id.strip() else None
        Person.objects.create(
            exchange=exchange,
            owner_country=owner,
            given_name=p.given_name.strip(),
            middle_name=p.middle_name.strip(),
            family_name=p.family_name.strip(),
            name_latin=normalisation.latin_name(
                p.given_name.strip(), p.middle_name.strip(), p.family_name.strip()
            ),
            birth_date=p.birth_date or (checked.birth_date if checked else None),
            sex=p.sex or (checked.sex if checked and checked.sex else ""),
            nationality=p.nationality,
            national_id=checked.compact if checked else "",
            national_id_kind=checked.kind if checked else "",
            remarks=p.remarks,
        )
    for v in data.vehicles:
        Vehicle.objects.create(
            exchange=exchange,
            owner_country=owner,
            plate=v.plate.strip(),
            plate_canonical=normalisation.plate_canonical(v.plate),
            registration_country=v.registration_country,
            make=v.make,
            model=v.model,
            colour=v.colour,
            vin=v.vin.strip().upper(),
            remarks=v.remarks,
        )
    for ph in data.phones:
        Phone.objects.create(
            exchange=exchange,
            owner_country=owner,
            number=ph.number.strip(),
            e164=normalisation.phone_e164(ph.number, requesting_country) or "",
            remarks=ph.remarks,
        )
    for d in data.documents:
        IdentityDocument.objects.create(
            exchange=exchange,
            owner_country=owner,
            document_kind=d.document_kind,
            number=d.number.strip(),
            number_normalised=normalisation.document_normalised(d.number),
            issuing_country=d.issuing_country,
            remarks=d.remarks,
        )


def _store_attachments_pre(
    message: Message, uploads: list[UploadedFile], stored: list[str]
) -> list[dict[str, Any]]:
    """Write the files before the message row exists, so the envelope can name their digests."""
    described = []
    for upload in uploads:
        storage_name, digest = attachment_files.store(upload)
        stored.append(storage_name)
        described.append(
            {
                "filename": upload.filename,
                "sha256": digest,
                "size": len(upload.content),
                "storage": storage_name,
            }
        )
    return described


def _attach_rows(message: Message, uploads: list[UploadedFile], described: list[dict[str, Any]]) -> None:
    for upload, stored in zip(uploads, described, strict=True):
        Attachment.objects.create(
            message=message,
            filename=upload.filename[:200],
            content_type=upload.content_type or attachment_files.content_type_for(upload.filename),
            size=len(upload.content),
            sha256=stored["sha256"],
            storage_name=stored["storage"],
        )


# --- replies ------------------------------------------------------------------------------------------

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
        uploads = _store_attachments_pre(message, data.attachments, stored)
        _seal(message, {}, uploads)
        message.save()
        _attach_rows(message, data.attachments, uploads)
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
            purpose=_("reply to an information exchange"),
            personal_data=kind in (MessageKind.ANSWER, MessageKind.PARTIAL_ANSWER),
            details={"message": str(message.uuid), "kind": kind, "grounds": grounds},
        )
    except Exception:
        _cleanup(stored)
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
        _seal(message, {}, [])
        message.save()
        audit.record(
            actor=actor, action=AuditAction.SEND, obj=exchange, purpose=_("correction"),
            details={"message": str(message.uuid), "corrects": str(original.uuid)},
        )  # fmt: skip
    return message


def reminders_refresh(*, now: datetime | None = None) -> int:
    """Create reminders for open requests whose deadline is near or past (run by a background job)."""
    from jointdesk.exchange.models import Reminder

    now = now or timezone.now()
    created = 0
    thresholds = (120, 24 * 60, 0)
    open_requests = Exchange.objects.filter(
        kind=ExchangeKind.REQUEST, status=ExchangeStatus.OPEN, paused_since__isnull=True, due_at__isnull=False
    ).filter(due_at__lte=now + timedelta(hours=24))
    for exchange in open_requests.iterator():
        assert exchange.due_at is not None
        period = deadlines.statutory_period(exchange.urgency, exchange.accessibility).elapsed
        for minutes in thresholds:
            # As in deadlines.reminder_due: a threshold not shorter than the period would fire at receipt.
            if timedelta(minutes=minutes) >= period:
                continue
            if exchange.due_at - timedelta(minutes=minutes) <= now:
                with transaction.atomic():
                    _obj, was_created = Reminder.objects.get_or_create(
                        exchange=exchange, threshold_minutes=minutes, due_at=exchange.due_at,
                        defaults={"unit": exchange.requested_unit},
                    )  # fmt: skip
                created += int(was_created)
    return created
