"""The exchange module's JSON API: the same queries, access checks and actions as the HTML views.

Mounted under ``/api/exchange/``. Reads go through ``queries`` and ``access``, writes through
``actions``; this module only translates between JSON and the shared input dataclasses.
Attachments travel inline as base64 (``attachments[].content_base64``), so a request with its
files is one call that is stored whole or not at all; the limits on size and type are those of
the forms (``JOINTDESK_ATTACHMENT_MAX_BYTES``, ``JOINTDESK_ATTACHMENT_TYPES``).
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import FileResponse, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from ninja import Query, Router, Status
from ninja.params.functions import Path as PathParam

from jointdesk.accounts.models import Unit, User
from jointdesk.api.errors import ERROR_RESPONSES
from jointdesk.core.errors import ValidationFailed
from jointdesk.exchange import actions, clock, queries, statistics
from jointdesk.exchange import attachments as attachment_files
from jointdesk.exchange.access import access_attachment, access_exchange, access_message
from jointdesk.exchange.deadlines import ClockState
from jointdesk.exchange.inputs import (
    DocumentInput,
    ItemDecisionInput,
    PersonInput,
    PhoneInput,
    ReplyInput,
    RequestInput,
    UploadedFile,
    VehicleInput,
)
from jointdesk.exchange.models import Exchange, Message
from jointdesk.exchange.schemas import (
    AttachmentIn,
    CorrectionIn,
    ExchangeDetailOut,
    ExchangeFiltersIn,
    ExchangeItemOut,
    ExchangePageOut,
    MessageOut,
    ReplyIn,
    RequestIn,
    SpontaneousIn,
    StatisticsOut,
)

router = Router(tags=["exchange"])

DETAIL_PURPOSE = "consultation of an information exchange through the API"


def _actor(request: HttpRequest) -> User:
    return request.auth  # type: ignore[attr-defined,no-any-return]


# --- JSON -> shared inputs ------------------------------------------------------------------------


def _uploads(attachments: list[AttachmentIn]) -> list[UploadedFile]:
    """Decode the inline files; a file that is not base64 is named by its position."""
    uploads: list[UploadedFile] = []
    problems: dict[str, list[str]] = {}
    for index, attachment in enumerate(attachments):
        try:
            content = base64.b64decode(attachment.content_base64, validate=True)
        except (binascii.Error, ValueError):
            problems[f"attachments[{index}].content_base64"] = [_("This is not valid base64.")]
            continue
        uploads.append(UploadedFile(attachment.filename, attachment.content_type, content))
    if problems:
        raise ValidationFailed(_("Some attachments could not be read."), errors=problems)
    return uploads


def _request_input(payload: RequestIn | SpontaneousIn) -> RequestInput:
    return RequestInput(
        subject=payload.subject,
        description=payload.description,
        purpose=payload.purpose,
        offence=payload.offence,
        urgency=payload.urgency if isinstance(payload, RequestIn) else "",
        accessibility=payload.accessibility if isinstance(payload, RequestIn) else "",
        language=payload.language,
        handling_code=payload.handling_code,
        requested_unit_uuid=str(payload.requested_unit) if payload.requested_unit else "",
        offence_max_penalty_months=payload.offence_max_penalty_months,
        subject_link=payload.subject_link if isinstance(payload, RequestIn) else "",
        availability_reason=payload.availability_reason if isinstance(payload, RequestIn) else "",
        urgency_criterion=payload.urgency_criterion if isinstance(payload, RequestIn) else "",
        urgency_reason=payload.urgency_reason if isinstance(payload, RequestIn) else "",
        use_restrictions=payload.use_restrictions,
        source_reliability=payload.source_reliability,
        information_assessment=payload.information_assessment,
        channel=payload.channel,
        channel_exception=payload.channel_exception,
        copy_withheld_ground=payload.copy_withheld_ground,
        europol_copy=payload.europol_copy,
        serious_offence=payload.serious_offence,
        persons=[PersonInput(**p.dict()) for p in payload.persons],
        vehicles=[VehicleInput(**v.dict()) for v in payload.vehicles],
        phones=[PhoneInput(**p.dict()) for p in payload.phones],
        documents=[DocumentInput(**d.dict()) for d in payload.documents],
        attachments=_uploads(payload.attachments),
    )


def _reply_input(payload: ReplyIn) -> ReplyInput:
    return ReplyInput(
        body=payload.body,
        final=payload.final,
        grounds=list(payload.grounds),
        item_decisions=[
            ItemDecisionInput(item_uuid=str(d.item_uuid), decision=d.decision, grounds=list(d.grounds))
            for d in payload.item_decisions
        ],
        europol_copy=payload.europol_copy,
        delay_until=payload.delay_until,
        judicial_outcome=payload.judicial_outcome,
        attachments=_uploads(payload.attachments),
    )


# --- rows -> JSON ---------------------------------------------------------------------------------


def _unit(unit: Unit) -> dict[str, Any]:
    return {"uuid": unit.uuid, "code": unit.code, "name": unit.name, "country": unit.country}


def _remaining_seconds(exchange: Exchange, now: datetime) -> int | None:
    """From the stored clock: running -> until due; paused -> frozen at the pause; closed -> none."""
    if exchange.closed_at is not None or exchange.due_at is None:
        return None
    as_of = exchange.paused_since or now
    return int((exchange.due_at - as_of).total_seconds())


def _row(exchange: Exchange, now: datetime) -> dict[str, Any]:
    return {
        "reference": exchange.reference,
        "uuid": exchange.uuid,
        "kind": exchange.kind,
        "status": exchange.status,
        "urgency": exchange.urgency,
        "subject": exchange.subject,
        "requesting_unit": _unit(exchange.requesting_unit),
        "requested_unit": _unit(exchange.requested_unit),
        "requesting_country": exchange.requesting_country,
        "requested_country": exchange.requested_country,
        "received_at": exchange.received_at,
        "due_at": exchange.due_at,
        "paused": exchange.paused_since is not None,
        "overdue": clock.is_overdue_open(exchange, now=now),
        "remaining_seconds": _remaining_seconds(exchange, now),
    }


def _page(qs: Any, filters: ExchangeFiltersIn, now: datetime) -> dict[str, Any]:
    rows = list(qs[filters.offset : filters.offset + filters.limit])
    return {
        "count": qs.count(),
        "limit": filters.limit,
        "offset": filters.offset,
        "items": [_row(e, now) for e in rows],
    }


def _filters(filters: ExchangeFiltersIn) -> queries.ExchangeFilters:
    return queries.ExchangeFilters(
        status=filters.status,
        urgency=filters.urgency,
        country=filters.country,
        due_within_hours=filters.due_within_hours,
        kind=filters.kind,
        search=filters.search.strip(),
    )


def _attachment(request: HttpRequest, attachment: Any) -> dict[str, Any]:
    path = reverse("api:exchange_attachment_download", kwargs={"attachment_uuid": attachment.uuid})
    return {
        "uuid": attachment.uuid,
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "url": request.build_absolute_uri(path),
    }


def _message(
    request: HttpRequest, message: Message, known_units: dict[int, Unit] | None = None
) -> dict[str, Any]:
    """``known_units`` (the exchange's own units, by id) saves a query per message for the recipient."""
    known = known_units or {}
    recipient = known.get(message.recipient_unit_id) or message.recipient_unit
    return {
        "uuid": message.uuid,
        "kind": message.kind,
        "sender_unit": _unit(message.sender_unit),
        "recipient_unit": _unit(recipient),
        "author": message.author.username,
        "sent_at": message.sent_at,
        "received_at": message.received_at,
        "language": message.language,
        "body": message.body,
        "corrects": message.corrects.uuid if message.corrects_id and message.corrects else None,
        "refusal_grounds": list(message.refusal_grounds),
        "item_decisions": list(message.item_decisions),
        "delay_until": message.delay_until,
        "judicial_outcome": message.judicial_outcome,
        "europol_copy": message.europol_copy,
        "final": message.final,
        "digest": message.digest,
        "attachments": [_attachment(request, a) for a in message.attachments.all()],
    }


def _clock(state: ClockState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    unit = "hours" if state.period.unit.value.startswith("hour") else "days"
    return {
        "status": str(state.status),
        "period": f"{state.period.length} {unit}",
        "statutory_due_at": state.statutory_due_at,
        "due_at": state.due_at,
        "remaining_seconds": int(state.remaining.total_seconds()),
        "overdue": state.overdue,
        "paused": state.paused,
        "paused_since": state.paused_since,
        "total_paused_seconds": int(state.total_paused.total_seconds()),
        "judicial_delay": state.judicial_delay,
        "delay_expected_until": state.delay_expected_until,
        "delay_update_due": state.delay_update_due,
        "closed_at": state.closed_at,
        "met": state.met,
    }


_ITEM_FIELDS = ("uuid", "decision", "decision_grounds", "remarks")
_CONTENT_FIELDS = (
    "copy_withheld_ground", "description", "purpose", "offence", "offence_max_penalty_months", "subject_link",
    "availability_reason", "urgency_criterion", "urgency_reason", "accessibility", "language", "use_restrictions",
    "handling_code", "source_reliability", "information_assessment", "channel", "channel_exception", "europol_copy",
    "serious_offence", "closed_at",
)  # fmt: skip


def _items(rows: Any, *fields: str) -> list[dict[str, Any]]:
    return [{name: getattr(row, name) for name in (*_ITEM_FIELDS, *fields)} for row in rows.all()]


def _detail(request: HttpRequest, exchange: Exchange, now: datetime) -> dict[str, Any]:
    full = queries.exchange_detail(exchange)
    data = _row(full, now)
    data.update({name: getattr(full, name) for name in _CONTENT_FIELDS})
    data["copy_unit"] = _unit(full.copy_unit) if full.copy_unit else None
    data["evaluation_code"] = f"{full.source_reliability}{full.information_assessment}"
    data["items"] = {
        "persons": _items(
            full.person_items,
            "given_name",
            "middle_name",
            "family_name",
            "name_latin",
            "birth_date",
            "sex",
            "nationality",
            "national_id",
            "national_id_kind",
        ),
        "vehicles": _items(
            full.vehicle_items,
            "plate",
            "plate_canonical",
            "registration_country",
            "make",
            "model",
            "colour",
            "vin",
        ),
        "phones": _items(full.phone_items, "number", "e164"),
        "documents": _items(
            full.identitydocument_items, "document_kind", "number", "number_normalised", "issuing_country"
        ),
    }
    units = {u.pk: u for u in (full.requesting_unit, full.requested_unit, full.copy_unit) if u is not None}
    data["messages"] = [_message(request, m, units) for m in full.messages.all()]
    data["clock"] = _clock(clock.live_state(full, now=now))
    return data


# --- endpoints ------------------------------------------------------------------------------------


@router.get("/inbox", response={200: ExchangePageOut, **ERROR_RESPONSES}, url_name="exchange_inbox")
def exchange_inbox(request: HttpRequest, filters: Query[ExchangeFiltersIn]) -> dict[str, Any]:
    """What your unit received, overdue first, then by deadline."""
    now = timezone.now()
    return _page(queries.inbox_for_actor(_actor(request), _filters(filters), now=now), filters, now)


@router.get("/outbox", response={200: ExchangePageOut, **ERROR_RESPONSES}, url_name="exchange_outbox")
def exchange_outbox(request: HttpRequest, filters: Query[ExchangeFiltersIn]) -> dict[str, Any]:
    """What your unit sent (or was copied on), newest first."""
    now = timezone.now()
    return _page(queries.outbox_for_actor(_actor(request), _filters(filters), now=now), filters, now)


@router.get("/overdue", response={200: list[ExchangeItemOut], **ERROR_RESPONSES}, url_name="exchange_overdue")
def exchange_overdue(request: HttpRequest) -> list[dict[str, Any]]:
    """Every overdue request you can see, on either side, oldest deadline first."""
    now = timezone.now()
    return [_row(e, now) for e in queries.overdue_for_actor(_actor(request), now=now)]


@router.post("/exchanges", response={201: ExchangeDetailOut, **ERROR_RESPONSES}, url_name="exchange_create")
def exchange_create(request: HttpRequest, payload: RequestIn) -> Status[dict[str, Any]]:
    """Send a request for information (Article 4) to the other country; its deadline starts now."""
    actor = _actor(request)
    exchange = actions.exchange_send(actor=actor, data=_request_input(payload))
    return Status(201, _detail(request, exchange, timezone.now()))


@router.post(
    "/exchanges/spontaneous",
    response={201: ExchangeDetailOut, **ERROR_RESPONSES},
    url_name="exchange_spontaneous",
)
def exchange_spontaneous(request: HttpRequest, payload: SpontaneousIn) -> Status[dict[str, Any]]:
    """Provide information to the other country on your own initiative (Article 7)."""
    actor = _actor(request)
    exchange = actions.exchange_send(actor=actor, data=_request_input(payload), spontaneous=True)
    return Status(201, _detail(request, exchange, timezone.now()))


# After /exchanges/spontaneous: ninja matches the first pattern that fits, in this order.
@router.get(
    "/exchanges/{exchange_uuid}",
    response={200: ExchangeDetailOut, **ERROR_RESPONSES},
    url_name="exchange_detail",
)
def exchange_detail(request: HttpRequest, exchange_uuid: UUID) -> dict[str, Any]:
    """One exchange with its Article 4 content, named items, messages and live Article 5 clock."""
    exchange = access_exchange(_actor(request), exchange_uuid, purpose=DETAIL_PURPOSE)
    return _detail(request, exchange, timezone.now())


@router.post(
    "/exchanges/{exchange_uuid}/messages",
    response={201: MessageOut, **ERROR_RESPONSES},
    url_name="message_create",
)
def message_create(request: HttpRequest, exchange_uuid: UUID, payload: ReplyIn) -> Status[dict[str, Any]]:
    """Reply on an exchange: clarification, answer, refusal, delay notice, judicial outcome, withdrawal."""
    actor = _actor(request)
    exchange = access_exchange(actor, exchange_uuid, for_change=True, log=False)
    message = actions.message_send(
        actor=actor, exchange=exchange, kind=payload.kind, data=_reply_input(payload)
    )
    return Status(201, _message(request, message))


@router.post(
    "/messages/{message_uuid}/corrections",
    response={201: MessageOut, **ERROR_RESPONSES},
    url_name="message_correct",
)
def message_correct(
    request: HttpRequest, message_uuid: UUID, payload: CorrectionIn
) -> Status[dict[str, Any]]:
    """Correct a message your unit sent; the original stays as it was sent."""
    actor = _actor(request)
    original = access_message(
        actor, message_uuid, for_change=True, purpose=gettext_noop("correction of a sent message")
    )
    correction = actions.message_correct(actor=actor, original=original, body=payload.body)
    return Status(201, _message(request, correction))


@router.get(
    "/attachments/{attachment_uuid}",
    response={200: None, **ERROR_RESPONSES},
    url_name="exchange_attachment_download",
    openapi_extra={
        "responses": {
            200: {
                "description": "The file, as sent.",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def attachment_download(request: HttpRequest, attachment_uuid: UUID) -> FileResponse:
    """The file of an attachment, streamed only to someone who may see its message."""
    attachment = access_attachment(_actor(request), attachment_uuid)
    response = FileResponse(
        attachment_files.path_of(attachment.storage_name).open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _statistics(year: int) -> list[statistics.YearStatistics]:
    return statistics.year_statistics_current(year, now=timezone.now())


# The CSV first: /statistics/{year} would otherwise take '2026.csv' for a year.
@router.get(
    "/statistics/{year}.csv",
    response={200: None, **ERROR_RESPONSES},
    url_name="exchange_statistics_csv",
    openapi_extra={
        "responses": {
            200: {
                "description": "One row per reporting and requesting country.",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    },
)
def exchange_statistics_csv(
    request: HttpRequest, year: Annotated[int, PathParam(ge=2000, le=2100)]
) -> HttpResponse:
    """The same figures as CSV, one row per reporting country and requesting country."""
    response = HttpResponse(statistics.as_csv(_statistics(year)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="jointdesk-art18-statistics-{year}.csv"'
    return response


@router.get(
    "/statistics/{year}", response={200: StatisticsOut, **ERROR_RESPONSES}, url_name="exchange_statistics"
)
def exchange_statistics(
    request: HttpRequest, year: Annotated[int, PathParam(ge=2000, le=2100)]
) -> dict[str, Any]:
    """The Article 18 figures of one calendar year (Eastern European Time), per reporting country."""
    return {"year": year, "countries": [s.as_dict() for s in _statistics(year)]}
