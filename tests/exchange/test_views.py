"""The exchange web pages: lists, detail, forms, attachments and statistics, through the test client."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from jointdesk.core.choices import AuditAction
from jointdesk.core.models import AuditEvent
from jointdesk.exchange import actions
from jointdesk.exchange.inputs import PersonInput, ReplyInput, RequestInput, UploadedFile, VehicleInput
from jointdesk.exchange.models import Attachment, Exchange, Message, Person

pytestmark = pytest.mark.django_db

REQUESTER = "bg-odmvr-ruse:investigator"
RO_DUTY = "ro-spoc:duty_officer"
VALID_CNP = "1800101221144"
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


@pytest.fixture(autouse=True)
def _no_second_factor(settings):
    settings.JOINTDESK_REQUIRE_2FA = False


def send_request(actor, *, now=None, urgency="urgent", subject="Stolen car crossing at Ruse", attachments=()):
    """A request from Ruse to the Romanian SPOC about one person and one vehicle."""
    return actions.exchange_send(
        actor=actor,
        now=now,
        data=RequestInput(
            subject=subject,
            description="Owner and whereabouts of the vehicle",
            purpose="Investigation of vehicle theft",
            offence="Theft of a motor vehicle",
            offence_max_penalty_months=96,
            urgency=urgency,
            urgency_criterion="relevance" if urgency == "urgent" else "",
            urgency_reason="The vehicle is about to leave the EU" if urgency == "urgent" else "",
            accessibility="direct",
            language="en",
            handling_code="H0",
            subject_link="The person drove the vehicle across the Danube bridge",
            persons=[PersonInput(given_name="Ion", family_name="Popescu", national_id=VALID_CNP)],
            vehicles=[VehicleInput(plate="GR 12 ABC", registration_country="RO", make="Dacia")],
            attachments=list(attachments),
        ),
    )


def login(client, user):
    client.force_login(user)
    return client


def management(prefix: str, total: int = 1) -> dict[str, str]:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0"}


def request_post(**overrides: str) -> dict[str, str]:
    data = {
        "subject": "Phone used in a robbery in Giurgiu",
        "description": "Subscriber of the number",
        "purpose": "Robbery investigation",
        "offence": "Robbery",
        "offence_max_penalty_months": "120",
        "subject_link": "The number called the victim",
        "availability_reason": "Registered with a Bulgarian operator",
        "urgency": "urgent",
        "urgency_criterion": "life",
        "urgency_reason": "The victim was threatened again",
        "accessibility": "direct",
        "language": "en",
        "handling_code": "H0",
        "channel": "siena",
        "europol_copy": "not_assessed",
        **management("persons"),
        **management("vehicles"),
        **management("phones"),
        **management("documents"),
        "persons-0-given_name": "Ion",
        "persons-0-family_name": "Popescu",
        "persons-0-national_id": VALID_CNP,
        "vehicles-0-plate": "CT 07 XYZ",
        "phones-0-number": "+359 88 123 4567",
    }
    data.update(overrides)
    return data


# --- inbox, outbox, overdue ---------------------------------------------------------------------------


def test_inbox_shows_received_request_with_countdown(client, actors):
    exchange = send_request(actors[REQUESTER])
    response = login(client, actors[RO_DUTY]).get(reverse("exchange:message_inbox"))
    assert response.status_code == 200
    html = response.content.decode()
    assert exchange.reference in html
    assert "Stolen car crossing at Ruse" in html
    assert "h 59 min left" in html or "8 h 0 min left" in html  # an 8-hour clock just started
    assert 'data-due="' in html and "countdown.js" in html


def test_overdue_request_is_marked_and_sorted_first(client, actors):
    recent = send_request(actors[REQUESTER], subject="Recent one")
    late = send_request(actors[REQUESTER], now=timezone.now() - timedelta(hours=10), subject="Late one")
    response = login(client, actors[RO_DUTY]).get(reverse("exchange:message_inbox"))
    html = response.content.decode()
    assert '<tr class="overdue">' in html
    assert "OVERDUE" in html
    assert "1 overdue" in html  # in the page heading
    assert "overdue by 2 h" in html
    assert html.index(late.reference) < html.index(recent.reference)
    overdue_page = client.get(reverse("exchange:exchange_overdue")).content.decode()
    assert late.reference in overdue_page and recent.reference not in overdue_page


def test_outbox_shows_what_the_unit_sent(client, actors):
    exchange = send_request(actors[REQUESTER])
    html = login(client, actors[REQUESTER]).get(reverse("exchange:message_outbox")).content.decode()
    assert exchange.reference in html and "Romanian Single Point of Contact" in html
    assert exchange.reference not in client.get(reverse("exchange:message_inbox")).content.decode()


def test_filters_narrow_the_inbox(client, actors):
    urgent = send_request(actors[REQUESTER], subject="Urgent one")
    calm = send_request(actors[REQUESTER], urgency="non_urgent", subject="Calm one")
    late = send_request(actors[REQUESTER], now=timezone.now() - timedelta(hours=9), subject="Late one")
    login(client, actors[RO_DUTY])
    url = reverse("exchange:message_inbox")

    def refs(**params: str) -> set[str]:
        html = client.get(url, params).content.decode()
        return {x.reference for x in (urgent, calm, late) if x.reference in html}

    assert refs() == {urgent.reference, calm.reference, late.reference}
    assert refs(urgency="non_urgent") == {calm.reference}
    assert refs(status="overdue") == {late.reference}
    assert refs(status="open") == {urgent.reference, calm.reference, late.reference}
    assert refs(due_within_hours="9") == {urgent.reference, late.reference}
    assert refs(search="calm") == {calm.reference}
    assert refs(search=urgent.reference) == {urgent.reference}
    assert refs(country="BG") == {urgent.reference, calm.reference, late.reference}
    assert refs(status="answered") == set()
    assert refs(due_within_hours="not a number") == {urgent.reference, calm.reference, late.reference}


def test_htmx_request_gets_only_the_table(client, actors):
    exchange = send_request(actors[REQUESTER])
    response = login(client, actors[RO_DUTY]).get(
        reverse("exchange:message_inbox"),
        {"urgency": "urgent"},
        headers={"HX-Request": "true", "HX-Target": "exchange-table"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert exchange.reference in html
    assert "<html" not in html and 'id="exchange-table"' in html


def test_inbox_is_paginated(client, actors, now):
    for i in range(27):
        send_request(
            actors[REQUESTER], now=now - timedelta(minutes=i), urgency="non_urgent", subject=f"Bulk {i}"
        )
    login(client, actors[RO_DUTY])
    first = client.get(reverse("exchange:message_inbox")).content.decode()
    second = client.get(reverse("exchange:message_inbox"), {"page": 2}).content.decode()
    assert "27 exchanges" in first and "Page 1 of 2" in first
    assert first.count('href="/exchange/') - second.count('href="/exchange/') == 23  # 25 rows vs 2 rows


@pytest.mark.parametrize(
    "name", ["exchange:message_inbox", "exchange:message_outbox", "exchange:exchange_overdue"]
)
def test_list_query_count_does_not_grow_with_rows(client, actors, now, django_assert_num_queries, name):
    requester, duty = actors[REQUESTER], actors[RO_DUTY]
    viewer = duty if name != "exchange:message_outbox" else requester
    send_request(requester, now=now)
    login(client, viewer)
    url = reverse(name)
    client.get(url)  # warm up: session, content types
    # session, user, the user's unit (page header), count, page, overdue count (the overdue list reuses its
    # count), and on the inbox the reminders of the unit
    expected = {"exchange:message_inbox": 7, "exchange:message_outbox": 6, "exchange:exchange_overdue": 5}[
        name
    ]
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
    for i in range(6):
        send_request(requester, now=now - timedelta(hours=i + 1), urgency="non_urgent" if i % 2 else "urgent")
    with django_assert_num_queries(expected):
        assert (
            client.get(url, {"status": "open"} if name != "exchange:exchange_overdue" else {}).status_code
            == 200
        )


# --- detail and access --------------------------------------------------------------------------------


def test_detail_shows_request_items_timeline_and_clock(client, actors):
    exchange = send_request(actors[REQUESTER])
    response = login(client, actors[RO_DUTY]).get(reverse("exchange:exchange_detail", args=[exchange.uuid]))
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        exchange.reference, "Theft of a motor vehicle", "The person drove the vehicle across the Danube bridge",
        "Imminent risk of losing relevance", "Directly accessible", "H0: law-enforcement purposes only",
        "Popescu", VALID_CNP, "GR 12 ABC", "GR12ABC", "Deadline (Art. 5)", "8 hours", "Request",
        "Ask for clarification", "Refuse (Art. 6)", "Answer (final or partial)",
    ):  # fmt: skip
        assert text in html, text
    assert "Withdraw the request" not in html  # only the requesting side withdraws
    assert AuditEvent.objects.filter(
        action=AuditAction.VIEW, object_id=str(exchange.uuid), actor=actors[RO_DUTY]
    ).exists()


def test_times_are_shown_in_the_users_time_zone(client, actors, now):
    exchange = send_request(actors[REQUESTER], now=now)  # 08:00 UTC = 10:00 in Bucharest
    duty = actors[RO_DUTY]
    html = login(client, duty).get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    assert "2026-11-25 10:00" in html
    duty.time_zone = "UTC"
    duty.save()
    html = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    assert "2026-11-25 08:00" in html and "2026-11-25 10:00" not in html


@pytest.mark.parametrize(
    "viewer", ["ro-ipj-constanta:duty_officer", "bg-odmvr-vidin:investigator", "ro-spoc:planner"]
)
def test_unrelated_unit_gets_404_for_detail_and_attachment(client, actors, viewer):
    exchange = send_request(
        actors[REQUESTER],
        attachments=[UploadedFile(filename="plate.pdf", content_type="application/pdf", content=PDF)],
    )
    attachment = Attachment.objects.get(message__exchange=exchange)
    login(client, actors[viewer])
    detail = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid]))
    download = client.get(reverse("exchange:attachment_download", args=[attachment.uuid]))
    reply = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "answer"]), {"answer-body": "x"}
    )
    assert (detail.status_code, download.status_code, reply.status_code) == (404, 404, 404)
    assert exchange.reference not in detail.content.decode()
    assert PDF not in download.content
    assert AuditEvent.objects.filter(action=AuditAction.DENIED, actor=actors[viewer]).count() >= 2


def test_attachment_download_streams_the_file_safely(client, actors):
    exchange = send_request(
        actors[REQUESTER],
        attachments=[UploadedFile(filename="plate.pdf", content_type="application/pdf", content=PDF)],
    )
    attachment = Attachment.objects.get(message__exchange=exchange)
    login(client, actors[RO_DUTY])
    detail = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    url = reverse("exchange:attachment_download", args=[attachment.uuid])
    assert url in detail and "plate.pdf" in detail
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert (
        response["Content-Disposition"].startswith("attachment;")
        and "plate.pdf" in response["Content-Disposition"]
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert AuditEvent.objects.filter(action=AuditAction.DOWNLOAD, object_id=str(attachment.uuid)).exists()


def test_unknown_uuid_is_404(client, actors):
    login(client, actors[RO_DUTY])
    assert client.get("/exchange/00000000-0000-0000-0000-000000000000/").status_code == 404


# --- creating requests --------------------------------------------------------------------------------


def test_create_form_renders(client, actors):
    html = login(client, actors[REQUESTER]).get(reverse("exchange:exchange_create")).content.decode()
    for name in ("subject", "urgency_criterion", "source_reliability", "information_assessment", "persons-0-national_id",
                 "vehicles-0-plate", "phones-0-number", "documents-0-document_kind", "attachments", "channel_exception"):  # fmt: skip
        assert f'name="{name}"' in html, name


def test_create_request_through_the_form(client, actors):
    login(client, actors["ro-ipj-giurgiu:investigator"])
    upload = SimpleUploadedFile("note.txt", "Notă despre apel".encode(), content_type="text/plain")
    response = client.post(reverse("exchange:exchange_create"), {**request_post(), "attachments": [upload]})
    exchange = Exchange.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("exchange:exchange_detail", args=[exchange.uuid])
    assert exchange.requested_unit.code == "bg-spoc" and exchange.urgency == "urgent"
    assert exchange.person_items.get().national_id == VALID_CNP
    assert exchange.vehicle_items.get().plate_canonical == "CT07XYZ"
    assert exchange.phone_items.get().e164 == "+359881234567"
    assert Attachment.objects.get().filename == "note.txt"
    page = client.get(response["Location"]).content.decode()
    assert f"{exchange.reference} sent." in page


def test_invalid_cnp_names_the_field_and_check_and_stores_nothing(client, actors):
    login(client, actors["ro-ipj-giurgiu:investigator"])
    response = client.post(
        reverse("exchange:exchange_create"), request_post(**{"persons-0-national_id": "1800101221145"})
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "check digit is 5, expected 4" in html
    assert "Not sent: some fields need attention." in html
    form = response.context["forms"]
    assert "check digit" in form.formsets["persons"].forms[0].errors["national_id"][0]
    assert Exchange.objects.count() == 0 and Person.objects.count() == 0 and Message.objects.count() == 0


def test_missing_fields_are_named(client, actors):
    login(client, actors["ro-ipj-giurgiu:investigator"])
    response = client.post(
        reverse("exchange:exchange_create"),
        request_post(subject="", urgency_criterion="", **{"phones-0-number": "12"}),
    )
    forms = response.context["forms"]
    assert response.status_code == 400
    assert forms.main.errors["subject"] == ["This field is required."]
    assert "urgency_criterion" in forms.main.errors
    assert "not a valid phone number" in forms.formsets["phones"].forms[0].errors["number"][0]
    assert Exchange.objects.count() == 0


def test_forbidden_attachment_type_is_refused_clearly(client, actors):
    login(client, actors["ro-ipj-giurgiu:investigator"])
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/x-msdownload")
    response = client.post(reverse("exchange:exchange_create"), {**request_post(), "attachments": [upload]})
    assert response.status_code == 400
    errors = response.context["forms"].main.errors["attachments"]
    assert "tool.exe is of a type that may not be attached" in errors[0]
    assert Exchange.objects.count() == 0


def test_too_large_attachment_is_refused_clearly(client, actors, settings):
    settings.JOINTDESK_ATTACHMENT_MAX_BYTES = 100
    login(client, actors["ro-ipj-giurgiu:investigator"])
    upload = SimpleUploadedFile("scan.pdf", PDF + b"0" * 200, content_type="application/pdf")
    response = client.post(reverse("exchange:exchange_create"), {**request_post(), "attachments": [upload]})
    assert response.status_code == 400
    assert f"scan.pdf is {len(PDF) + 200} bytes; the limit is 100 bytes." in response.content.decode()
    assert Exchange.objects.count() == 0


def test_add_row_without_javascript(client, actors):
    login(client, actors["ro-ipj-giurgiu:investigator"])
    response = client.post(reverse("exchange:exchange_create"), {**request_post(), "add_row": "persons"})
    assert response.status_code == 200
    assert 'name="persons-1-given_name"' in response.content.decode()
    assert Exchange.objects.count() == 0


def test_spontaneous_information_through_the_form(client, actors):
    login(client, actors["bg-odmvr-ruse:investigator"])
    data = request_post(
        subject="Smuggling route via Silistra", **{"persons-0-national_id": ""}, serious_offence="on"
    )
    response = client.post(reverse("exchange:spontaneous_create"), data)
    assert response.status_code == 302
    exchange = Exchange.objects.get()
    assert exchange.kind == "spontaneous" and exchange.serious_offence and exchange.status == "provided"


def test_role_without_sending_rights_cannot_open_the_form(client, actors):
    assert (
        login(client, actors["ro-spoc:planner"]).get(reverse("exchange:exchange_create")).status_code == 403
    )


# --- replies ------------------------------------------------------------------------------------------


def test_clarification_pauses_then_answer_closes(client, actors):
    exchange = send_request(actors[REQUESTER])
    detail = reverse("exchange:exchange_detail", args=[exchange.uuid])
    login(client, actors[RO_DUTY])
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "clarification_request"]),
        {"clarification_request-body": "Which of the two owners do you mean?"},
    )
    assert response.status_code == 302 and response["Location"] == detail
    html = client.get(detail).content.decode()
    assert "paused" in html and "Which of the two owners do you mean?" in html
    assert "Ask for clarification" not in html  # no longer allowed in this state

    login(client, actors[REQUESTER])
    html = client.get(detail).content.decode()
    assert "Provide the clarification" in html
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "clarification"]),
        {"clarification-body": "The first."},
    )
    assert response.status_code == 302

    login(client, actors[RO_DUTY])
    person, vehicle = exchange.person_items.get(), exchange.vehicle_items.get()
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "answer"]),
        {
            "answer-completeness": "answer",
            "answer-body": "Registered to the person named.",
            "answer-europol_copy": "not_needed",
            "answer-item_0_decision": "provided",
            "answer-item_1_decision": "refused",
            "answer-item_1_grounds": ["f.ii"],
        },
    )
    assert response.status_code == 302
    exchange.refresh_from_db()
    person.refresh_from_db()
    vehicle.refresh_from_db()
    assert exchange.status == "partially_refused" and exchange.europol_copy == "not_needed"
    assert (person.decision, vehicle.decision, vehicle.decision_grounds) == ("provided", "refused", ["f.ii"])
    html = client.get(detail).content.decode()
    assert "(f)(ii) jeopardises an investigation or a person&#x27;s safety" in html
    assert "deadline met" in html


def test_reply_errors_are_shown_on_the_field(client, actors):
    exchange = send_request(actors[REQUESTER])
    login(client, actors[RO_DUTY])
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "refusal"]), {"refusal-body": ""}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "A refusal needs at least one ground of Article 6(1)." in html
    assert "Give the reasons for the refusal (Art. 6(2))." in html
    exchange.refresh_from_db()
    assert exchange.status == "open"


def test_refusal_with_grounds(client, actors):
    exchange = send_request(actors[REQUESTER])
    login(client, actors[RO_DUTY])
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "refusal"]),
        {
            "refusal-grounds": ["a", "f.ii"],
            "refusal-body": "Not held; and it would jeopardise an investigation.",
        },
    )
    assert response.status_code == 302
    html = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    assert "(a) information not available" in html and "Refused" in html


def test_item_refusal_without_ground_points_at_the_item(client, actors):
    exchange = send_request(actors[REQUESTER])
    login(client, actors[RO_DUTY])
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "answer"]),
        {"answer-completeness": "answer", "answer-body": "Here.", "answer-europol_copy": "not_assessed",
         "answer-item_1_decision": "refused"},
    )  # fmt: skip
    assert response.status_code == 400
    form = next(f for f in response.context["reply_forms"] if f.kind == "answer")
    assert form.errors["item_1_grounds"] == ["A refused item needs at least one ground of Article 6(1)."]


def test_judicial_delay_notice_and_outcome(client, actors):
    exchange = send_request(actors[REQUESTER])
    login(client, actors[RO_DUTY])
    until = timezone.localtime(timezone.now() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "delay_notice"]),
        {
            "delay_notice-delay_until": until,
            "delay_notice-body": "Prosecutor's authorisation needed for bank data.",
        },
    )
    assert response.status_code == 302
    html = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    assert "delayed – judicial authorisation" in html and "Record the judicial decision" in html
    assert "Prosecutor&#x27;s authorisation needed" in html
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "judicial_outcome"]),
        {"judicial_outcome-judicial_outcome": "obtained", "judicial_outcome-body": ""},
    )
    assert response.status_code == 302
    exchange.refresh_from_db()
    assert exchange.status == "open"


def test_action_in_wrong_state_is_refused(client, actors):
    exchange = send_request(actors[REQUESTER])
    login(client, actors[REQUESTER])
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "answer"]), {"answer-body": "x"}
    )
    assert response.status_code == 403, response.context and [
        f.errors for f in response.context["reply_forms"]
    ]  # the requesting side cannot answer


def test_withdraw_and_correct(client, actors):
    exchange = send_request(actors[REQUESTER])
    request_message = exchange.messages.get()
    login(client, actors[REQUESTER])
    response = client.post(
        reverse("exchange:message_correct", args=[exchange.uuid]),
        {"correction-message": str(request_message.uuid), "correction-body": "The plate is GR 12 ABD."},
    )
    assert response.status_code == 302
    correction = exchange.messages.get(kind="correction")
    assert correction.corrects == request_message
    response = client.post(
        reverse("exchange:message_create", args=[exchange.uuid, "withdrawal"]),
        {"withdrawal-body": "Found the car."},
    )
    assert response.status_code == 302
    exchange.refresh_from_db()
    assert exchange.status == "withdrawn"
    html = client.get(reverse("exchange:exchange_detail", args=[exchange.uuid])).content.decode()
    assert "The plate is GR 12 ABD." in html and "corrects" in html


# --- statistics ---------------------------------------------------------------------------------------


@pytest.fixture
def year_of_exchanges(actors, now):
    """In 2026: two requests BG -> RO (one refused on (a), one answered), one RO -> BG."""
    answered = send_request(actors[REQUESTER], now=now)
    refused = send_request(actors[REQUESTER], now=now, urgency="non_urgent")
    actions.message_send(
        actor=actors[RO_DUTY],
        exchange=answered,
        kind="answer",
        data=ReplyInput(body="Here."),
        now=now + timedelta(hours=1),
    )
    actions.message_send(
        actor=actors[RO_DUTY], exchange=refused, kind="refusal", data=ReplyInput(body="Not held.", grounds=["a"]),
        now=now + timedelta(hours=1),
    )  # fmt: skip
    actions.exchange_send(
        actor=actors["ro-spoc:duty_officer"], now=now,
        data=RequestInput(subject="s", description="d", purpose="p", offence="o", urgency="non_urgent",
                          accessibility="direct", language="en", handling_code="H0", subject_link="l"),
    )  # fmt: skip
    return answered, refused


def test_statistics_page(client, actors, year_of_exchanges):
    response = login(client, actors["ro-ipj-giurgiu:analyst"]).get(
        reverse("exchange:statistics_year"), {"year": 2026}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Article 18 statistics for 2026" in html
    assert "Reporting country: Romania (RO)" in html and "Reporting country: Bulgaria (BG)" in html
    assert "(a) information not available" in html
    assert reverse("exchange:statistics_csv", args=[2026]) in html
    ro = response.context["reports"][0]
    assert ro.country == "RO" and ro.requests_sent == 1
    assert ro.partners[0].requesting_country == "BG"
    assert (
        ro.partners[0].answered_urgent,
        ro.partners[0].refused,
        ro.partners[0].refused_by_ground["a"],
    ) == (1, 1, 1)


def test_statistics_csv_contents_and_export_is_audited(client, actors, year_of_exchanges):
    analyst = actors["ro-ipj-giurgiu:analyst"]
    response = login(client, analyst).get(reverse("exchange:statistics_csv", args=[2026]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="jointdesk-art18-2026.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    ro = next(r for r in rows if r["reporting_country"] == "RO")
    bg = next(r for r in rows if r["reporting_country"] == "BG")
    assert (ro["requesting_country"], ro["received_urgent"], ro["received_non_urgent"]) == ("BG", "1", "1")
    assert (ro["answered_urgent"], ro["refused"], ro["refused_ground_a"], ro["requests_sent"]) == (
        "1",
        "1",
        "1",
        "1",
    )
    assert (bg["requests_sent"], bg["requesting_country"], bg["received_non_urgent"]) == ("2", "RO", "1")
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, actor=analyst, object_id="2026").exists()


def test_statistics_need_a_unit(client, db):
    from jointdesk.accounts.models import User

    user = User.objects.create_user(username="nobody", password="correct horse battery staple")
    assert login(client, user).get(reverse("exchange:statistics_year")).status_code == 403
    assert client.get(reverse("exchange:statistics_csv", args=[2026])).status_code == 403


def test_inbox_shows_reminders_raised_by_the_background_job(client, actors, now):
    """The job's reminders reach the answering unit's inbox, most pressing first, and vanish once answered."""
    from jointdesk.exchange.actions import reminders_refresh

    urgent = send_request(actors[REQUESTER], now=now - timedelta(hours=7), urgency="urgent")  # due in 1 h
    calm = send_request(
        actors[REQUESTER], now=now - timedelta(days=6, hours=12), urgency="non_urgent"
    )  # 12 h
    assert reminders_refresh(now=now) == 2  # 2 h for the 8-hour request, 24 h for the 7-day one
    login(client, actors[RO_DUTY])
    html = client.get(reverse("exchange:message_inbox")).content.decode()
    panel = html[html.index('id="reminders"') :]
    assert panel.index(urgent.reference) < panel.index(calm.reference)
    assert "due within 2 hours" in panel and "due within 24 hours" in panel
    other = client.get(reverse("exchange:message_outbox")).content.decode()
    assert 'id="reminders"' not in other
