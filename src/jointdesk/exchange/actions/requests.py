"""Sending a request for information (Art. 4) or own-initiative information (Art. 7)."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from jointdesk.accounts.models import Unit, User
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import PermissionDenied, ValidationFailed
from jointdesk.exchange import clock, normalisation
from jointdesk.exchange.access import SENDING_ROLES
from jointdesk.exchange.actions.sealing import (
    attach_rows,
    cleanup_files,
    request_envelope,
    seal,
    store_files,
)
from jointdesk.exchange.choices import (
    ExchangeKind,
    ExchangeStatus,
    MessageKind,
    Urgency,
)
from jointdesk.exchange.inputs import RequestInput
from jointdesk.exchange.models import (
    Exchange,
    IdentityDocument,
    Message,
    Person,
    Phone,
    ReferenceSequence,
    Vehicle,
)
from jointdesk.exchange.validation import check_request

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
            uploads = store_files(message, data.attachments, stored)
            seal(message, request_envelope(exchange), uploads)
            message.save()
            attach_rows(message, data.attachments, uploads)
            clock.refresh(exchange, now=now)
            exchange.save()
            audit.record(
                actor=actor,
                action=AuditAction.SEND,
                obj=exchange,
                purpose=gettext_noop("sending an information exchange"),
                personal_data=bool(data.persons or data.vehicles or data.phones or data.documents),
                details={"message": str(message.uuid), "kind": message.kind, "items": _counts(data)},
            )
    except Exception:
        cleanup_files(stored)
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
