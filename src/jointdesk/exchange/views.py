"""Web pages of the information exchange: inbox, outbox, overdue list, detail, forms, statistics.

Thin function-based views: parse the input, call access/queries/actions, render. Domain errors
(not found, not allowed, wrong state) are turned into pages by core.middleware; validation
errors of an action are put back on the form fields they concern.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from jointdesk.accounts.queries import units_all
from jointdesk.core import audit
from jointdesk.core.choices import AuditAction
from jointdesk.core.errors import NotFoundOrForbidden, PermissionDenied, ValidationFailed
from jointdesk.exchange import actions, clock, queries, statistics
from jointdesk.exchange import attachments as attachment_files
from jointdesk.exchange.access import (
    ANSWERING_ROLES,
    SENDING_ROLES,
    WORKING_ROLES,
    access_attachment,
    access_exchange,
    side_of,
)
from jointdesk.exchange.choices import ExchangeKind, ExchangeStatus, MessageKind, RefusalGround
from jointdesk.exchange.forms import (
    ITEM_FORMSETS,
    REPLY_FORMS,
    CorrectionForm,
    ExchangeFilterForm,
    ReplyForm,
    RequestForms,
    StatisticsYearForm,
    year_choices,
)
from jointdesk.exchange.models import Exchange, Message

PAGE_SIZE = 25
DETAIL_PURPOSE = "consultation of an information exchange (web)"


def _actor(request: HttpRequest) -> Any:
    return request.user


# --- lists --------------------------------------------------------------------------------------------


def _list_page(
    request: HttpRequest,
    *,
    box: str,
    title: str,
    rows: QuerySet[Exchange],
    form: Any,
    overdue: int | None,
    reminders: list[queries.ActiveReminder] | None = None,
) -> HttpResponse:
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    if overdue is None:  # the overdue list: every row is overdue
        overdue = page.paginator.count
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "box": box,
        "title": title,
        "form": form,
        "page": page,
        "now": timezone.now(),
        "overdue_count": overdue,
        "query": query.urlencode(),
        "reminders": reminders or [],
    }
    template = "exchange/message_list.html"
    if getattr(request, "htmx", False) and request.htmx.target == "exchange-table":  # type: ignore[attr-defined]
        template += "#exchange-table"
    return render(request, template, context)


def _mailbox(request: HttpRequest, box: str) -> HttpResponse:
    actor, now = _actor(request), timezone.now()
    form = ExchangeFilterForm(request.GET or None)
    filters = form.filters() if request.GET else queries.ExchangeFilters()
    list_for_actor = queries.inbox_for_actor if box == "inbox" else queries.outbox_for_actor
    rows = list_for_actor(actor, filters, now=now)
    overdue = list_for_actor(actor, queries.ExchangeFilters(status="overdue"), now=now).count()
    title = _("Inbox") if box == "inbox" else _("Outbox")
    reminders = (
        queries.reminders_for_actor(actor) if box == "inbox" and not getattr(request, "htmx", False) else []
    )
    return _list_page(
        request, box=box, title=title, rows=rows, form=form, overdue=overdue, reminders=reminders
    )


@login_required
@require_GET
def message_inbox(request: HttpRequest) -> HttpResponse:
    """What the user's unit received, overdue first, with filters and a countdown per open request."""
    return _mailbox(request, "inbox")


@login_required
@require_GET
def message_outbox(request: HttpRequest) -> HttpResponse:
    """What the user's unit sent (or was copied on)."""
    return _mailbox(request, "outbox")


@login_required
@require_GET
def exchange_overdue(request: HttpRequest) -> HttpResponse:
    """Every overdue request the user may see, on either side, oldest deadline first."""
    rows = queries.overdue_for_actor(_actor(request), now=timezone.now())
    return _list_page(request, box="overdue", title=_("Overdue requests"), rows=rows, form=None, overdue=None)


# --- detail and replies -------------------------------------------------------------------------------


def _allowed_kinds(actor: Any, exchange: Exchange, side: str | None) -> list[str]:
    """Reply kinds to offer; the actions enforce the same rules, this only avoids useless forms."""
    if side is None or exchange.kind != ExchangeKind.REQUEST:
        return []
    status = exchange.status
    kinds: list[str] = []
    if side == "requested" and actor.role in ANSWERING_ROLES:
        if status == ExchangeStatus.OPEN:
            kinds += [MessageKind.CLARIFICATION_REQUEST, MessageKind.ANSWER, MessageKind.REFUSAL]
            # Art. 5(2) allows one notice of delay; afterwards only updates (and it is over once decided).
            if not any(m.kind == MessageKind.DELAY_NOTICE for m in exchange.messages.all()):
                kinds.append(MessageKind.DELAY_NOTICE)
        elif status == ExchangeStatus.JUDICIAL_DELAY:
            kinds += [
                MessageKind.DELAY_UPDATE,
                MessageKind.JUDICIAL_OUTCOME,
                MessageKind.ANSWER,
                MessageKind.REFUSAL,
            ]
    if side == "requesting" and actor.role in WORKING_ROLES:
        if status == ExchangeStatus.AWAITING_CLARIFICATION:
            kinds.append(MessageKind.CLARIFICATION)
        if status in (
            ExchangeStatus.OPEN,
            ExchangeStatus.AWAITING_CLARIFICATION,
            ExchangeStatus.JUDICIAL_DELAY,
        ):
            kinds.append(MessageKind.WITHDRAWAL)
    return kinds


def _items(exchange: Exchange) -> list[tuple[str, Any, str]]:
    """(uuid, item, label) for every named item, in the order of the request."""
    rows: list[tuple[str, Any, str]] = []
    for related, label in (
        ("person_items", _("Person")),
        ("vehicle_items", _("Vehicle")),
        ("phone_items", _("Phone")),
        ("identitydocument_items", _("Document")),
    ):
        for item in getattr(exchange, related).all():
            rows.append((str(item.uuid), item, f"{label}: {item}"))
    return rows


def _correctable(actor: Any, exchange: Exchange) -> list[Message]:
    if actor.role not in WORKING_ROLES:
        return []
    return [
        m
        for m in exchange.messages.all()
        if m.sender_unit_id == actor.unit_id and m.kind != MessageKind.CORRECTION
    ]


def _detail_context(
    request: HttpRequest, exchange: Exchange, bound: dict[str, Any] | None = None
) -> dict[str, Any]:
    actor, now = _actor(request), timezone.now()
    exchange = queries.exchange_detail(exchange)
    side = side_of(actor, exchange)
    items = _items(exchange)
    labels = {uuid: label for uuid, _item, label in items}
    item_choices = [(uuid, label) for uuid, _item, label in items]
    bound = bound or {}
    kinds = _allowed_kinds(actor, exchange, side)
    kinds += [
        kind for kind in bound if kind in REPLY_FORMS and kind not in kinds
    ]  # keep a rejected form visible
    reply_forms = [bound.get(kind) or REPLY_FORMS[kind](items=item_choices) for kind in kinds]
    correctable = _correctable(actor, exchange)
    correction_form = bound.get("correction") or CorrectionForm(
        messages=[
            (str(m.uuid), f"{m.get_kind_display()} · {timezone.localtime(m.sent_at):%Y-%m-%d %H:%M}")
            for m in correctable
        ]
    )
    timeline = [
        {
            "message": m,
            "decisions": [
                (labels.get(d.get("item"), d.get("item")), d.get("decision"), d.get("grounds", []))
                for d in m.item_decisions
            ],
        }
        for m in exchange.messages.all()
    ]
    return {
        "exchange": exchange,
        "clock": clock.live_state(exchange, now=now),
        "now": now,
        "side": side,
        "items": items,
        "timeline": timeline,
        "reply_forms": reply_forms,
        "correction_form": correction_form if correctable else None,
    }


@login_required
@require_GET
def exchange_detail(request: HttpRequest, exchange_uuid: UUID) -> HttpResponse:
    """Everything about one exchange; consulting it is logged with its purpose."""
    exchange = access_exchange(
        _actor(request), exchange_uuid, purpose=request.GET.get("purpose", "")[:200] or DETAIL_PURPOSE
    )
    return render(request, "exchange/exchange_detail.html", _detail_context(request, exchange))


@login_required
@require_POST
def message_create(request: HttpRequest, exchange_uuid: UUID, kind: str) -> HttpResponse:
    """Send one reply (clarification, answer, refusal, delay notice, withdrawal) from the detail page."""
    actor = _actor(request)
    if kind not in REPLY_FORMS:
        raise NotFoundOrForbidden("no such reply")
    exchange = access_exchange(actor, exchange_uuid, for_change=True, log=False)
    item_choices = [(uuid, label) for uuid, _item, label in _items(queries.exchange_detail(exchange))]
    form: ReplyForm = REPLY_FORMS[kind](request.POST, request.FILES, items=item_choices)
    if form.is_valid():
        try:
            message = actions.message_send(
                actor=actor, exchange=exchange, kind=form.message_kind(), data=form.as_input()
            )
        except ValidationFailed as error:
            form.add_errors(error.errors)
            if not error.errors:
                form.add_error(None, error.message)
        else:
            messages.success(request, _("%(kind)s sent.") % {"kind": message.get_kind_display()})
            return redirect("exchange:exchange_detail", exchange_uuid=exchange.uuid)
    context = _detail_context(request, exchange, bound={kind: form})
    context["open_form"] = kind
    return render(request, "exchange/exchange_detail.html", context, status=400)


@login_required
@require_POST
def message_correct(request: HttpRequest, exchange_uuid: UUID) -> HttpResponse:
    """Send a correction of a message the user's unit sent; the original stays unchanged."""
    actor = _actor(request)
    exchange = queries.exchange_detail(access_exchange(actor, exchange_uuid, for_change=True, log=False))
    correctable = {str(m.uuid): m for m in _correctable(actor, exchange)}
    form = CorrectionForm(request.POST, messages=[(uuid, uuid) for uuid in correctable])
    if form.is_valid():
        try:
            actions.message_correct(
                actor=actor,
                original=correctable[form.cleaned_data["message"]],
                body=form.cleaned_data["body"],
            )
        except ValidationFailed as error:
            form.add_errors(error.errors)
        else:
            messages.success(request, _("Correction sent."))
            return redirect("exchange:exchange_detail", exchange_uuid=exchange.uuid)
    context = _detail_context(request, exchange, bound={"correction": form})
    context["open_form"] = "correction"
    return render(request, "exchange/exchange_detail.html", context, status=400)


@login_required
@require_GET
def attachment_download(request: HttpRequest, attachment_uuid: UUID) -> FileResponse:
    """Stream an attachment from private storage, only after the access check (which logs it)."""
    attachment = access_attachment(_actor(request), attachment_uuid)
    path = attachment_files.path_of(attachment.storage_name)
    if not path.is_file():
        raise NotFoundOrForbidden("no such attachment")
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# --- new requests -------------------------------------------------------------------------------------


def _unit_choices(actor: Any) -> list[tuple[str, str]]:
    other = actions.OTHER_COUNTRY.get(actor.country, "")
    return [(str(u.uuid), u.name) for u in units_all() if u.country == other]


def _create(request: HttpRequest, *, spontaneous: bool) -> HttpResponse:
    actor = _actor(request)
    if actor.role not in SENDING_ROLES or actor.unit_id is None:
        raise PermissionDenied(_("Your role does not allow sending requests."))
    bound = request.method == "POST"
    add_row = request.POST.get("add_row", "") if bound else ""
    data = RequestForms.with_row_added(request.POST, add_row) if add_row in ITEM_FORMSETS else request.POST
    forms = RequestForms(
        data if bound else None, request.FILES if bound else None,
        spontaneous=spontaneous, unit_choices=_unit_choices(actor),
    )  # fmt: skip
    status = 200
    if bound and add_row:
        messages.info(request, _("A row was added. Files must be chosen again."))
    elif bound:
        status = 400
        if forms.is_valid():
            try:
                exchange = actions.exchange_send(actor=actor, data=forms.as_input(), spontaneous=spontaneous)
            except ValidationFailed as error:
                forms.add_errors(error.errors)
                if not error.errors:
                    forms.main.add_error(None, error.message)
            else:
                messages.success(request, _("%(reference)s sent.") % {"reference": exchange.reference})
                return redirect("exchange:exchange_detail", exchange_uuid=exchange.uuid)
    return render(
        request, "exchange/exchange_create.html", {"forms": forms, "spontaneous": spontaneous}, status=status
    )


@login_required
@require_http_methods(["GET", "POST"])
def exchange_create(request: HttpRequest) -> HttpResponse:
    """Write and send a request for information (Art. 4)."""
    return _create(request, spontaneous=False)


@login_required
@require_http_methods(["GET", "POST"])
def spontaneous_create(request: HttpRequest) -> HttpResponse:
    """Provide information on one's own initiative (Art. 7)."""
    return _create(request, spontaneous=True)


# --- statistics ---------------------------------------------------------------------------------------


def _require_unit(actor: Any) -> None:
    if actor.unit_id is None:
        raise PermissionDenied(_("Statistics are available to members of a unit."))


@login_required
@require_GET
def statistics_year(request: HttpRequest) -> HttpResponse:
    """The Art. 18 figures of both countries for one calendar year."""
    actor, now = _actor(request), timezone.now()
    _require_unit(actor)
    years = year_choices(timezone.localdate())
    form = StatisticsYearForm(request.GET or {"year": years[0]}, years=years)
    year = form.cleaned_data["year"] if form.is_valid() else years[0]
    reports = statistics.year_statistics_current(year, now=now)
    return render(
        request,
        "exchange/statistics_year.html",
        {
            "form": form,
            "year": year,
            "reports": reports,
            "grounds": RefusalGround.choices,
            "csv_url": reverse("exchange:statistics_csv", args=[year]),
        },
    )


@login_required
@require_GET
def statistics_csv(request: HttpRequest, year: int) -> HttpResponse:
    """The same figures as CSV, one row per reporting and requesting country; the export is logged."""
    actor = _actor(request)
    _require_unit(actor)
    if not 2000 <= year <= 2100:
        return HttpResponseBadRequest(_("Year out of range."))
    reports = statistics.year_statistics_current(year, now=timezone.now())
    audit.record(
        actor=actor, action=AuditAction.EXPORT, object_type="exchange.statistics", object_id=str(year)
    )
    response = HttpResponse(statistics.as_csv(reports), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="jointdesk-art18-{year}.csv"'
    return response
