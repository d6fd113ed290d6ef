"""Exchange actions: sending requests, replying, correcting, reminders.

Everything goes through ``exchange.actions``; states, rows and files are checked afterwards. The
shared builder ``request_input`` (an urgent request about one person and one vehicle, as in the
main flow of issue 2) is imported by the other exchange test modules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from jointdesk.core.errors import InvalidTransition, PermissionDenied, ValidationFailed
from jointdesk.core.models import AuditEvent
from jointdesk.exchange import actions, clock
from jointdesk.exchange.choices import ExchangeStatus, ItemDecision, MessageKind
from jointdesk.exchange.deadlines import ClockStatus
from jointdesk.exchange.inputs import (
    ItemDecisionInput,
    PersonInput,
    PhoneInput,
    ReplyInput,
    RequestInput,
    UploadedFile,
    VehicleInput,
)
from jointdesk.exchange.models import (
    Attachment,
    Exchange,
    Message,
    MessageRefusal,
    Person,
    Phone,
    Reminder,
    Vehicle,
)

pytestmark = pytest.mark.django_db

VALID_EGN = "8001010008"  # born 1980-01-01, male
VALID_CNP = "1800101221144"  # born 1980-01-01, male
PDF = b"%PDF-1.4\n% jointdesk test\n"


def request_input(**overrides) -> RequestInput:
    """An urgent request about a person and a vehicle, valid for a Bulgarian sender to Romania."""
    base = RequestInput(
        subject="Stolen car crossing at Giurgiu-Ruse bridge",
        description="Owner and recent border crossings of the vehicle; identity of the driver.",
        purpose="Criminal investigation of a vehicle theft ring operating across the Danube.",
        offence="Theft of a motor vehicle",
        offence_max_penalty_months=60,
        urgency="urgent",
        urgency_criterion="relevance",
        urgency_reason="The vehicle is expected to leave the EU within two days.",
        accessibility="direct",
        language="en",
        handling_code="H0",
        subject_link="The person is the registered keeper of the vehicle.",
        source_reliability="B",
        information_assessment="2",
        persons=[PersonInput(given_name="Иван", family_name="Петров", national_id=VALID_EGN)],
        vehicles=[VehicleInput(plate="Р 1234 ВХ", registration_country="BG", make="Škoda")],
    )
    return replace(base, **overrides)


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Exchange, Message, Person, Vehicle, Phone, Attachment, MessageRefusal, AuditEvent)
    }


def stored_files(settings) -> list:
    root = settings.JOINTDESK_PRIVATE_STORAGE
    return sorted(root.iterdir()) if root.exists() else []


@pytest.fixture
def investigator(actors):
    return actors["bg-odmvr-ruse:investigator"]


@pytest.fixture
def officer(actors):
    return actors["ro-spoc:duty_officer"]


@pytest.fixture
def sent(investigator, now):
    return actions.exchange_send(actor=investigator, data=request_input(), now=now)


def reply(actor, exchange, kind, at, **data):
    data.setdefault("body", "text")
    return actions.message_send(actor=actor, exchange=exchange, kind=kind, data=ReplyInput(**data), now=at)


# --- sending a request -----------------------------------------------------------------------------


def test_urgent_request_goes_to_the_other_spoc_with_an_8_hour_clock(sent, units, now):
    sent.refresh_from_db()
    assert sent.requested_unit == units["ro-spoc"]
    assert sent.requesting_unit == units["bg-odmvr-ruse"]
    assert (sent.requesting_country, sent.requested_country, sent.owner_country) == ("BG", "RO", "BG")
    assert sent.status == ExchangeStatus.OPEN
    assert sent.kind == "request"
    assert sent.reference == "BG-2026-000001"
    assert sent.received_at == now
    assert sent.due_at == now + timedelta(hours=8)
    state = clock.live_state(sent, now=now + timedelta(hours=1))
    assert state.remaining == timedelta(hours=7)
    assert state.status == ClockStatus.RUNNING


def test_items_are_structured_and_normalised(sent):
    person = sent.person_items.get()
    assert (person.given_name, person.family_name) == ("Иван", "Петров")
    assert person.name_latin == "Ivan Petrov"
    assert person.national_id == VALID_EGN
    assert person.national_id_kind == "EGN"
    assert person.birth_date == date(1980, 1, 1)  # taken from the EGN
    assert person.sex == "M"
    assert person.owner_country == "BG"
    vehicle = sent.vehicle_items.get()
    assert vehicle.plate == "Р 1234 ВХ"
    assert vehicle.plate_canonical == "P1234BX"


def test_phone_is_stored_in_e164(investigator, now):
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(phones=[PhoneInput(number="0888 123 456")]), now=now
    )
    assert exchange.phone_items.get().e164 == "+359888123456"


def test_references_count_up_per_country_and_year(investigator, actors, now):
    second = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    ro = actions.exchange_send(actor=actors["ro-spoc:duty_officer"], data=request_input(), now=now)
    first_2027 = actions.exchange_send(actor=investigator, data=request_input(), now=now.replace(year=2027))
    assert second.reference == "BG-2026-000001"
    assert ro.reference == "RO-2026-000001"
    assert first_2027.reference == "BG-2027-000001"


@pytest.mark.parametrize(
    "urgency,accessibility,hours",
    [("urgent", "direct", 8), ("urgent", "indirect", 72), ("non_urgent", "direct", 168)],
)
def test_article_5_periods(investigator, now, urgency, accessibility, hours):
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(urgency=urgency, accessibility=accessibility), now=now
    )
    assert exchange.due_at == now + timedelta(hours=hours)


def test_designated_authority_copies_its_own_spoc(sent, units):
    assert sent.copy_unit == units["bg-spoc"]
    assert sent.copy_withheld_ground == ""


def test_designated_authority_may_withhold_the_copy_on_a_ground(investigator, now):
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(copy_withheld_ground="a"), now=now
    )
    assert exchange.copy_unit is None
    assert exchange.copy_withheld_ground == "a"


def test_spoc_sends_without_a_copy_and_cannot_claim_a_withholding_ground(actors, now):
    spoc = actors["bg-spoc:duty_officer"]
    exchange = actions.exchange_send(actor=spoc, data=request_input(), now=now)
    assert exchange.copy_unit is None
    with pytest.raises(ValidationFailed) as caught:
        actions.exchange_send(actor=spoc, data=request_input(copy_withheld_ground="a"), now=now)
    assert "copy_withheld_ground" in caught.value.errors


def test_request_to_a_named_unit_of_the_other_country(investigator, units, now):
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(requested_unit_uuid=str(units["ro-jcc-giurgiu"].uuid)), now=now
    )
    assert exchange.requested_unit == units["ro-jcc-giurgiu"]


@pytest.mark.parametrize("target", ["bg-spoc", "not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_request_to_an_own_country_or_unknown_unit_is_refused(investigator, units, now, target):
    value = str(units[target].uuid) if target in units else target
    before = counts()
    with pytest.raises(ValidationFailed) as caught:
        actions.exchange_send(actor=investigator, data=request_input(requested_unit_uuid=value), now=now)
    assert list(caught.value.errors) == ["requested_unit"]
    assert counts() == before


@pytest.mark.parametrize("role", ["planner", "coordinator", "dpo", "administrator"])
def test_roles_that_may_not_send(actors, now, role):
    with pytest.raises(PermissionDenied):
        actions.exchange_send(actor=actors[f"bg-odmvr-ruse:{role}"], data=request_input(), now=now)
    assert not Exchange.objects.exists()


def test_own_initiative_information_is_closed_at_once(investigator, now):
    exchange = actions.exchange_send(
        actor=investigator,
        data=request_input(urgency="", urgency_criterion="", urgency_reason="", subject_link=""),
        spontaneous=True,
        now=now,
    )
    assert exchange.kind == "spontaneous"
    assert exchange.status == ExchangeStatus.PROVIDED
    assert exchange.due_at is None
    assert exchange.closed_at == now
    assert exchange.messages.get().kind == MessageKind.SPONTANEOUS


# --- bad input -------------------------------------------------------------------------------------


def _refused(actor, data, now, settings) -> dict[str, list[str]]:
    before = counts()
    with pytest.raises(ValidationFailed) as caught:
        actions.exchange_send(actor=actor, data=data, now=now)
    assert counts() == before, "nothing may be half-saved"
    assert stored_files(settings) == [], "no file may be left in private storage"
    assert caught.value.status_code == 400
    return caught.value.errors


@pytest.mark.parametrize(
    "field",
    [
        "subject",
        "description",
        "purpose",
        "offence",
        "urgency",
        "accessibility",
        "language",
        "handling_code",
        "subject_link",
    ],
)
def test_missing_field_is_named(investigator, now, settings, field):
    errors = _refused(investigator, request_input(**{field: ""}), now, settings)
    assert field in errors
    assert errors[field] == ["This field is required."]


def test_all_problems_are_reported_at_once(investigator, now, settings):
    errors = _refused(investigator, request_input(subject="", purpose=" ", handling_code="H9"), now, settings)
    assert {"subject", "purpose", "handling_code"} <= set(errors)


def test_urgent_request_needs_a_criterion_and_reason(investigator, now, settings):
    errors = _refused(investigator, request_input(urgency_criterion="", urgency_reason=""), now, settings)
    assert set(errors) == {"urgency_criterion", "urgency_reason"}


def test_unknown_urgency_criterion(investigator, now, settings):
    errors = _refused(investigator, request_input(urgency_criterion="because"), now, settings)
    assert "'because' is not one of the allowed values." in errors["urgency_criterion"]


def test_language_not_accepted_by_the_requested_country(investigator, now, settings):
    errors = _refused(investigator, request_input(language="bg"), now, settings)
    assert list(errors) == ["language"]
    assert "en, ro" in errors["language"][0]


def test_romanian_is_accepted_by_romania(investigator, now):
    assert (
        actions.exchange_send(actor=investigator, data=request_input(language="ro"), now=now).language == "ro"
    )


def test_invalid_egn_names_the_failed_check(investigator, now, settings):
    person = PersonInput(given_name="Иван", family_name="Петров", national_id="8001010009")
    errors = _refused(investigator, request_input(persons=[person]), now, settings)
    assert list(errors) == ["persons[0].national_id"]
    assert "EGN" in errors["persons[0].national_id"][0]
    assert "check digit" in errors["persons[0].national_id"][0]


def test_invalid_cnp_names_the_failed_check(investigator, now, settings):
    person = PersonInput(given_name="Ion", family_name="Popescu", national_id="1800101221145")
    errors = _refused(investigator, request_input(persons=[person]), now, settings)
    message = errors["persons[0].national_id"][0]
    assert "CNP" in message
    assert "check digit is 5, expected 4" in message


def test_cnp_with_an_impossible_date_names_the_date(investigator, now, settings):
    person = PersonInput(given_name="Ion", family_name="Popescu", national_id="1801301221144")
    errors = _refused(investigator, request_input(persons=[person]), now, settings)
    assert "persons[0].national_id" in errors
    assert "month 13 is not a valid month" in errors["persons[0].national_id"][0]


def test_birth_date_that_contradicts_the_cnp(investigator, now, settings):
    person = PersonInput(
        given_name="Ion", family_name="Popescu", national_id=VALID_CNP, birth_date=date(1980, 1, 2)
    )
    errors = _refused(investigator, request_input(persons=[person]), now, settings)
    assert list(errors) == ["persons[0].birth_date"]
    assert "1980-01-01" in errors["persons[0].birth_date"][0]


def test_sex_that_contradicts_the_cnp(investigator, now, settings):
    person = PersonInput(given_name="Ion", family_name="Popescu", national_id=VALID_CNP, sex="F")
    errors = _refused(investigator, request_input(persons=[person]), now, settings)
    assert list(errors) == ["persons[0].sex"]


def test_second_person_errors_carry_its_index(investigator, now, settings):
    persons = [PersonInput(given_name="A", family_name="B"), PersonInput(given_name="", family_name="C")]
    errors = _refused(investigator, request_input(persons=persons), now, settings)
    assert list(errors) == ["persons[1].given_name"]


def test_invalid_phone(investigator, now, settings):
    errors = _refused(investigator, request_input(phones=[PhoneInput(number="12")]), now, settings)
    assert list(errors) == ["phones[0].number"]
    assert "'12' is not a valid phone number" in errors["phones[0].number"][0]


def test_plate_without_letters_or_digits(investigator, now, settings):
    errors = _refused(investigator, request_input(vehicles=[VehicleInput(plate="- -")]), now, settings)
    assert list(errors) == ["vehicles[0].plate"]


def test_other_channel_needs_an_article_13_exception(investigator, now, settings):
    errors = _refused(investigator, request_input(channel="other"), now, settings)
    assert list(errors) == ["channel_exception"]
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(channel="other", channel_exception="b"), now=now
    )
    assert exchange.channel_exception == "b"


def test_too_large_attachment_is_refused_with_its_size(investigator, now, settings):
    settings.JOINTDESK_ATTACHMENT_MAX_BYTES = 100
    big = UploadedFile(filename="scan.pdf", content_type="application/pdf", content=PDF + b"x" * 200)
    errors = _refused(investigator, request_input(attachments=[big]), now, settings)
    assert list(errors) == ["attachments[0]"]
    assert "the limit is 100 bytes" in errors["attachments[0]"][0]


@pytest.mark.parametrize(
    "upload",
    [
        UploadedFile(filename="tool.exe", content_type="application/x-msdownload", content=b"MZ\x90\x00"),
        UploadedFile(filename="fake.pdf", content_type="application/pdf", content=b"MZ\x90\x00"),
        UploadedFile(filename="notes.txt", content_type="text/plain", content=b"\xff\xfe\xfa"),
        UploadedFile(filename="empty.txt", content_type="text/plain", content=b""),
    ],
    ids=["forbidden-type", "content-does-not-match-type", "not-utf8", "empty"],
)
def test_forbidden_attachment_is_refused(investigator, now, settings, upload):
    errors = _refused(investigator, request_input(attachments=[upload]), now, settings)
    assert upload.filename in errors["attachments[0]"][0]


def test_nothing_half_saved_when_an_invalid_field_follows_a_valid_attachment(investigator, now, settings):
    good = UploadedFile(filename="scan.pdf", content_type="application/pdf", content=PDF)
    _refused(investigator, request_input(attachments=[good], offence=""), now, settings)


def test_nothing_half_saved_when_storing_fails_midway(investigator, now, settings, monkeypatch):
    """A failure after the files are written rolls back the rows and removes the files."""
    good = UploadedFile(filename="scan.pdf", content_type="application/pdf", content=PDF)
    before = counts()

    def broken_audit(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(actions.audit, "record", broken_audit)
    with pytest.raises(RuntimeError):
        actions.exchange_send(actor=investigator, data=request_input(attachments=[good]), now=now)
    assert counts() == before
    assert stored_files(settings) == []


def test_attachment_is_stored_privately_with_its_digest(investigator, now, settings):
    good = UploadedFile(filename="scan.pdf", content_type="application/pdf", content=PDF)
    exchange = actions.exchange_send(actor=investigator, data=request_input(attachments=[good]), now=now)
    attachment = Attachment.objects.get(message__exchange=exchange)
    files = stored_files(settings)
    assert [f.name for f in files] == [attachment.storage_name]
    assert files[0].read_bytes() == PDF
    assert attachment.size == len(PDF)
    message = exchange.messages.get()
    assert message.envelope["attachments"][0]["sha256"] == attachment.sha256


# --- state machine ---------------------------------------------------------------------------------


def _delay(officer, exchange, at, hours=48):
    return reply(
        officer,
        exchange,
        MessageKind.DELAY_NOTICE,
        at,
        body="Court order needed",
        delay_until=at + timedelta(hours=hours),
    )


def _state(name, investigator, officer, now):
    """Bring a fresh exchange into state ``name``; return it and the moment after the last step."""
    exchange = actions.exchange_send(actor=investigator, data=request_input(), now=now)
    at = now + timedelta(minutes=30)
    if name == "awaiting_clarification":
        reply(officer, exchange, MessageKind.CLARIFICATION_REQUEST, at)
    elif name == "judicial_delay":
        _delay(officer, exchange, at)
    elif name == "answered":
        reply(officer, exchange, MessageKind.ANSWER, at)
    elif name == "refused":
        reply(officer, exchange, MessageKind.REFUSAL, at, grounds=["a"])
    elif name == "withdrawn":
        reply(investigator, exchange, MessageKind.WITHDRAWAL, at)
    exchange.refresh_from_db()
    assert exchange.status == name
    return exchange, at + timedelta(minutes=30)


def _reply_data(kind, at):
    if kind == MessageKind.REFUSAL:
        return {"grounds": ["a"]}
    if kind in (MessageKind.DELAY_NOTICE, MessageKind.DELAY_UPDATE):
        return {"delay_until": at + timedelta(hours=24)}
    if kind == MessageKind.JUDICIAL_OUTCOME:
        return {"judicial_outcome": "obtained"}
    return {}


REQUESTED_SIDE = "requested"
REQUESTING_SIDE = "requesting"
ALLOWED = [
    ("open", MessageKind.CLARIFICATION_REQUEST, REQUESTED_SIDE, "awaiting_clarification"),
    ("open", MessageKind.ANSWER, REQUESTED_SIDE, "answered"),
    ("open", MessageKind.PARTIAL_ANSWER, REQUESTED_SIDE, "answered"),
    ("open", MessageKind.REFUSAL, REQUESTED_SIDE, "refused"),
    ("open", MessageKind.DELAY_NOTICE, REQUESTED_SIDE, "judicial_delay"),
    ("open", MessageKind.WITHDRAWAL, REQUESTING_SIDE, "withdrawn"),
    ("awaiting_clarification", MessageKind.CLARIFICATION, REQUESTING_SIDE, "open"),
    ("awaiting_clarification", MessageKind.WITHDRAWAL, REQUESTING_SIDE, "withdrawn"),
    ("judicial_delay", MessageKind.DELAY_UPDATE, REQUESTED_SIDE, "judicial_delay"),
    ("judicial_delay", MessageKind.JUDICIAL_OUTCOME, REQUESTED_SIDE, "open"),
    ("judicial_delay", MessageKind.ANSWER, REQUESTED_SIDE, "answered"),
    ("judicial_delay", MessageKind.PARTIAL_ANSWER, REQUESTED_SIDE, "answered"),
    ("judicial_delay", MessageKind.REFUSAL, REQUESTED_SIDE, "refused"),
    ("judicial_delay", MessageKind.WITHDRAWAL, REQUESTING_SIDE, "withdrawn"),
]


@pytest.mark.parametrize("start,kind,side,end", ALLOWED, ids=[f"{a}-{k}" for a, k, _s, _e in ALLOWED])
def test_allowed_transition(investigator, officer, now, start, kind, side, end):
    exchange, at = _state(start, investigator, officer, now)
    actor = officer if side == REQUESTED_SIDE else investigator
    message = reply(actor, exchange, kind, at, **_reply_data(kind, at))
    exchange.refresh_from_db()
    assert exchange.status == end
    assert message.kind == kind
    assert message.sender_unit == (
        exchange.requested_unit if side == REQUESTED_SIDE else exchange.requesting_unit
    )


FORBIDDEN = [
    ("open", MessageKind.CLARIFICATION, REQUESTING_SIDE),
    ("open", MessageKind.DELAY_UPDATE, REQUESTED_SIDE),
    ("open", MessageKind.JUDICIAL_OUTCOME, REQUESTED_SIDE),
    ("awaiting_clarification", MessageKind.ANSWER, REQUESTED_SIDE),
    ("awaiting_clarification", MessageKind.REFUSAL, REQUESTED_SIDE),
    ("awaiting_clarification", MessageKind.CLARIFICATION_REQUEST, REQUESTED_SIDE),
    ("awaiting_clarification", MessageKind.DELAY_NOTICE, REQUESTED_SIDE),
    ("judicial_delay", MessageKind.DELAY_NOTICE, REQUESTED_SIDE),
    ("judicial_delay", MessageKind.CLARIFICATION_REQUEST, REQUESTED_SIDE),
    ("answered", MessageKind.ANSWER, REQUESTED_SIDE),
    ("answered", MessageKind.REFUSAL, REQUESTED_SIDE),
    ("answered", MessageKind.WITHDRAWAL, REQUESTING_SIDE),
    ("answered", MessageKind.CLARIFICATION_REQUEST, REQUESTED_SIDE),
    ("refused", MessageKind.ANSWER, REQUESTED_SIDE),
    ("refused", MessageKind.WITHDRAWAL, REQUESTING_SIDE),
    ("withdrawn", MessageKind.ANSWER, REQUESTED_SIDE),
    ("withdrawn", MessageKind.CLARIFICATION, REQUESTING_SIDE),
    ("withdrawn", MessageKind.WITHDRAWAL, REQUESTING_SIDE),
]


@pytest.mark.parametrize("start,kind,side", FORBIDDEN, ids=[f"{a}-{k}" for a, k, _s in FORBIDDEN])
def test_forbidden_transition(investigator, officer, now, start, kind, side):
    exchange, at = _state(start, investigator, officer, now)
    before = counts()
    actor = officer if side == REQUESTED_SIDE else investigator
    with pytest.raises(InvalidTransition) as caught:
        reply(actor, exchange, kind, at, **_reply_data(kind, at))
    assert caught.value.status_code == 409
    assert counts() == before
    exchange.refresh_from_db()
    assert exchange.status == start


WRONG_SIDE = [
    (MessageKind.ANSWER, "bg-odmvr-ruse:investigator"),  # the requester cannot answer its own request
    (MessageKind.REFUSAL, "bg-odmvr-ruse:supervisor"),
    (MessageKind.CLARIFICATION_REQUEST, "bg-odmvr-ruse:investigator"),
    (MessageKind.WITHDRAWAL, "ro-spoc:duty_officer"),  # only the requester withdraws
    (MessageKind.ANSWER, "ro-spoc:investigator"),  # Art. 14: the SPOC's duty officer or supervisor decides
    (MessageKind.ANSWER, "ro-spoc:analyst"),
    (MessageKind.ANSWER, "bg-spoc:duty_officer"),  # copied, but not a party
    (MessageKind.ANSWER, "ro-ipj-giurgiu:duty_officer"),  # same country as the requested unit
    (MessageKind.ANSWER, "ro-spoc:dpo"),
    (MessageKind.WITHDRAWAL, "bg-spoc:duty_officer"),
    (MessageKind.WITHDRAWAL, "bg-odmvr-ruse:planner"),
]


@pytest.mark.parametrize("kind,actor_key", WRONG_SIDE, ids=[f"{k}-{a}" for k, a in WRONG_SIDE])
def test_wrong_side_or_role_is_denied(actors, sent, now, kind, actor_key):
    before = counts()
    with pytest.raises(PermissionDenied) as caught:
        reply(actors[actor_key], sent, kind, now + timedelta(minutes=5), **_reply_data(kind, now))
    assert caught.value.status_code == 403
    assert counts() == before


def test_requested_supervisor_may_answer(actors, sent, now):
    reply(actors["ro-spoc:supervisor"], sent, MessageKind.ANSWER, now + timedelta(hours=1))
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.ANSWERED


def test_unknown_message_kind(officer, sent, now):
    with pytest.raises(ValidationFailed) as caught:
        reply(officer, sent, "shrug", now)
    assert list(caught.value.errors) == ["kind"]


def test_partial_answer_not_final_keeps_the_clock_running(officer, sent, now):
    reply(officer, sent, MessageKind.PARTIAL_ANSWER, now + timedelta(hours=1), final=False)
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.OPEN
    assert sent.closed_at is None
    assert sent.due_at == now + timedelta(hours=8)


@pytest.mark.parametrize(
    "kind,data,field",
    [
        (MessageKind.CLARIFICATION_REQUEST, {"body": " "}, "body"),
        (MessageKind.ANSWER, {"body": ""}, "body"),
        (MessageKind.REFUSAL, {"body": "no"}, "grounds"),
        (MessageKind.REFUSAL, {"body": "", "grounds": ["a"]}, "body"),
        (MessageKind.DELAY_NOTICE, {"body": "court"}, "delay_until"),
        (MessageKind.DELAY_NOTICE, {"body": ""}, "body"),
        (MessageKind.ANSWER, {"europol_copy": "maybe"}, "europol_copy"),
    ],
)
def test_reply_missing_field_is_named(officer, sent, now, kind, data, field):
    data = {"body": "text", **data}
    with pytest.raises(ValidationFailed) as caught:
        actions.message_send(
            actor=officer, exchange=sent, kind=kind, data=ReplyInput(**data), now=now + timedelta(hours=1)
        )
    assert field in caught.value.errors


def test_delay_must_end_in_the_future(officer, sent, now):
    at = now + timedelta(hours=1)
    with pytest.raises(ValidationFailed) as caught:
        reply(officer, sent, MessageKind.DELAY_NOTICE, at, body="court", delay_until=at)
    assert list(caught.value.errors) == ["delay_until"]


# --- the clock through the actions -----------------------------------------------------------------


def test_clarification_pauses_and_resumes_the_clock(investigator, officer, sent, now):
    asked, answered = now + timedelta(hours=1), now + timedelta(hours=3, minutes=20)
    reply(officer, sent, MessageKind.CLARIFICATION_REQUEST, asked, body="Which border crossing?")
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.AWAITING_CLARIFICATION
    assert sent.paused_since == asked
    during = clock.live_state(sent, now=asked + timedelta(hours=1))
    assert during.paused and during.status == ClockStatus.PAUSED
    assert during.remaining == timedelta(hours=7)  # frozen at the moment of the pause

    reply(investigator, sent, MessageKind.CLARIFICATION, answered, body="Giurgiu-Ruse bridge")
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.OPEN
    assert sent.paused_since is None
    assert sent.due_at == now + timedelta(hours=8) + (answered - asked)
    after = clock.live_state(sent, now=answered)
    assert after.remaining == timedelta(hours=7)
    assert after.total_paused == answered - asked


def test_judicial_delay_notice_excuses_the_overrun(officer, sent, now):
    notice_at = now + timedelta(hours=2)
    _delay(officer, sent, notice_at, hours=48)
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.JUDICIAL_DELAY
    assert sent.judicial_delay is True
    late = clock.live_state(sent, now=now + timedelta(hours=20))
    assert late.overdue and late.overrun_excused
    assert late.status == ClockStatus.DELAYED_JUDICIAL

    reply(officer, sent, MessageKind.JUDICIAL_OUTCOME, now + timedelta(hours=30), judicial_outcome="obtained")
    reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=31), body="Keeper identified")
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.ANSWERED
    assert sent.overrun is True
    assert sent.deadline_met is False
    assert sent.judicial_delay is True
    final = clock.live_state(sent, now=now + timedelta(days=3))
    assert final.status == ClockStatus.LATE_EXCUSED


def test_overdue_without_notice_is_missed(officer, sent, now):
    reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=9))
    sent.refresh_from_db()
    assert (sent.overrun, sent.deadline_met, sent.judicial_delay) == (True, False, False)
    assert clock.live_state(sent, now=now + timedelta(hours=10)).status == ClockStatus.MISSED


def test_answer_on_time_is_met(officer, sent, now):
    reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=8))  # deadlines are inclusive
    sent.refresh_from_db()
    assert (sent.overrun, sent.deadline_met, sent.closed_at) == (False, True, now + timedelta(hours=8))


def test_withdrawal_closes_without_verdict(investigator, sent, now):
    reply(investigator, sent, MessageKind.WITHDRAWAL, now + timedelta(hours=12))
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.WITHDRAWN
    assert sent.deadline_met is None
    assert sent.overrun is False


# --- refusals --------------------------------------------------------------------------------------


def test_refusal_with_several_grounds(officer, sent, now):
    message = reply(
        officer,
        sent,
        MessageKind.REFUSAL,
        now + timedelta(hours=1),
        body="Not available",
        grounds=["a", "f.ii"],
    )
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.REFUSED
    assert message.refusal_grounds == ["a", "f.ii"]
    assert sorted(MessageRefusal.objects.filter(message=message).values_list("ground", flat=True)) == [
        "a",
        "f.ii",
    ]
    assert set(sent.person_items.values_list("decision", flat=True)) == {ItemDecision.REFUSED}
    assert sent.vehicle_items.get().decision_grounds == ["a", "f.ii"]


def test_unknown_ground_is_refused(officer, sent, now):
    with pytest.raises(ValidationFailed) as caught:
        reply(officer, sent, MessageKind.REFUSAL, now, grounds=["z"])
    assert "'z' is not a ground of Article 6(1)." in caught.value.errors["grounds"]


@pytest.mark.parametrize("months,allowed", [(6, True), (12, True), (13, False), (60, False), (None, False)])
def test_ground_g_i_only_for_offences_up_to_one_year(investigator, officer, now, months, allowed):
    exchange = actions.exchange_send(
        actor=investigator, data=request_input(offence_max_penalty_months=months), now=now
    )
    if allowed:
        reply(officer, exchange, MessageKind.REFUSAL, now, grounds=["g.i"])
        exchange.refresh_from_db()
        assert exchange.status == ExchangeStatus.REFUSED
    else:
        with pytest.raises(ValidationFailed) as caught:
            reply(officer, exchange, MessageKind.REFUSAL, now, grounds=["g.i"])
        assert "grounds" in caught.value.errors
        assert "one year or less" in caught.value.errors["grounds"][0]


def test_partial_refusal_per_item_in_a_final_answer(officer, sent, now):
    person, vehicle = sent.person_items.get(), sent.vehicle_items.get()
    message = reply(
        officer,
        sent,
        MessageKind.ANSWER,
        now + timedelta(hours=2),
        body="Keeper data attached; vehicle data withheld.",
        item_decisions=[ItemDecisionInput(item_uuid=str(vehicle.uuid), decision="refused", grounds=["f.ii"])],
    )
    sent.refresh_from_db()
    person.refresh_from_db()
    vehicle.refresh_from_db()
    assert sent.status == ExchangeStatus.PARTIALLY_REFUSED
    assert person.decision == ItemDecision.PROVIDED
    assert (vehicle.decision, vehicle.decision_grounds) == (ItemDecision.REFUSED, ["f.ii"])
    assert message.item_decisions == [{"item": str(vehicle.uuid), "decision": "refused", "grounds": ["f.ii"]}]
    assert list(MessageRefusal.objects.filter(exchange=sent).values_list("ground", flat=True)) == ["f.ii"]


def test_partial_refusal_per_item_in_a_refusal(officer, sent, now):
    person, vehicle = sent.person_items.get(), sent.vehicle_items.get()
    reply(
        officer,
        sent,
        MessageKind.REFUSAL,
        now + timedelta(hours=2),
        body="Only the person can be answered.",
        grounds=["a"],
        item_decisions=[
            ItemDecisionInput(item_uuid=str(person.uuid), decision="provided"),
            ItemDecisionInput(item_uuid=str(vehicle.uuid), decision="refused", grounds=["a"]),
        ],
    )
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.PARTIALLY_REFUSED
    assert sent.person_items.get().decision == ItemDecision.PROVIDED
    assert sent.vehicle_items.get().decision == ItemDecision.REFUSED


def test_item_decisions_are_checked(officer, sent, now):
    vehicle = sent.vehicle_items.get()
    with pytest.raises(ValidationFailed) as caught:
        reply(
            officer,
            sent,
            MessageKind.ANSWER,
            now,
            item_decisions=[
                ItemDecisionInput(item_uuid="00000000-0000-0000-0000-000000000000", decision="provided"),
                ItemDecisionInput(item_uuid=str(vehicle.uuid), decision="refused"),
                ItemDecisionInput(item_uuid=str(vehicle.uuid), decision="maybe"),
            ],
        )
    assert set(caught.value.errors) == {
        "item_decisions[0].item_uuid",
        "item_decisions[1].grounds",
        "item_decisions[2].decision",
    }


# --- immutable messages ----------------------------------------------------------------------------


def test_sent_message_cannot_be_changed_or_deleted(sent):
    message = sent.messages.get()
    message.body = "something else"
    with pytest.raises(TypeError, match="immutable"):
        message.save()
    with pytest.raises(TypeError, match="immutable"):
        message.delete()
    message.refresh_from_db()
    assert message.body == sent.description


def test_envelope_digest_matches_content(sent):
    message = Message.objects.get(exchange=sent)  # as read back from the database
    assert message.digest == Message.digest_of(message.envelope)
    assert len(message.digest) == 64
    envelope = message.envelope
    assert envelope["message_uuid"] == str(message.uuid)
    assert envelope["exchange_uuid"] == str(sent.uuid)
    assert envelope["sender_unit"] == "bg-odmvr-ruse"
    assert envelope["recipient_unit"] == "ro-spoc"
    content = envelope["content"]
    assert content["reference"] == sent.reference
    assert content["urgency"] == "urgent"
    assert content["items"]["persons"][0]["family_name"] == "Петров"
    assert content["items"]["vehicles"][0]["plate_canonical"] == "P1234BX"
    tampered = {**envelope, "body": "changed"}
    assert Message.digest_of(tampered) != message.digest


def test_reply_envelope_digest(officer, sent, now):
    message = reply(officer, sent, MessageKind.REFUSAL, now + timedelta(hours=1), grounds=["a"])
    stored = Message.objects.get(pk=message.pk)
    assert stored.digest == Message.digest_of(stored.envelope)
    assert stored.envelope["refusal_grounds"] == ["a"]
    assert stored.envelope["kind"] == "refusal"


def test_correction_links_to_the_original(officer, sent, now):
    original = reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=1), body="Keeper: Ivan Petrov")
    digest = original.digest
    correction = actions.message_correct(
        actor=officer, original=original, body="Keeper: Ivan Petrov Ivanov", now=now + timedelta(hours=2)
    )
    assert correction.kind == MessageKind.CORRECTION
    assert correction.corrects == original
    assert correction.envelope["corrects"] == str(original.uuid)
    assert correction.digest == Message.digest_of(correction.envelope)
    original.refresh_from_db()
    assert (original.body, original.digest) == ("Keeper: Ivan Petrov", digest)
    assert list(original.corrections.all()) == [correction]
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.ANSWERED  # a correction does not reopen anything


def test_only_the_sending_unit_corrects(actors, officer, sent, now):
    original = reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=1))
    for key in ("bg-odmvr-ruse:investigator", "ro-ipj-giurgiu:duty_officer", "ro-spoc:planner"):
        with pytest.raises(PermissionDenied):
            actions.message_correct(
                actor=actors[key], original=original, body="x", now=now + timedelta(hours=2)
            )


def test_correction_needs_a_text(officer, sent, now):
    original = reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=1))
    with pytest.raises(ValidationFailed) as caught:
        actions.message_correct(actor=officer, original=original, body="  ", now=now)
    assert list(caught.value.errors) == ["body"]


# --- reminders -------------------------------------------------------------------------------------


def _reminders(exchange):
    return sorted(Reminder.objects.filter(exchange=exchange).values_list("threshold_minutes", flat=True))


def test_reminders_at_24h_2h_and_overdue_once_each(investigator, units, now):
    exchange = actions.exchange_send(actor=investigator, data=request_input(urgency="non_urgent"), now=now)
    due = now + timedelta(days=7)
    assert exchange.due_at == due
    assert actions.reminders_refresh(now=due - timedelta(hours=25)) == 0
    assert actions.reminders_refresh(now=due - timedelta(hours=24)) == 1
    assert actions.reminders_refresh(now=due - timedelta(hours=23)) == 0
    assert _reminders(exchange) == [24 * 60]
    assert actions.reminders_refresh(now=due - timedelta(hours=2)) == 1
    assert actions.reminders_refresh(now=due - timedelta(hours=1)) == 0
    assert _reminders(exchange) == [120, 24 * 60]
    assert actions.reminders_refresh(now=due + timedelta(minutes=1)) == 1
    assert actions.reminders_refresh(now=due + timedelta(hours=5)) == 0
    assert _reminders(exchange) == [0, 120, 24 * 60]
    reminder = Reminder.objects.filter(exchange=exchange).first()
    assert reminder.unit == units["ro-spoc"]
    assert reminder.due_at == due


def test_a_late_first_run_creates_every_crossed_threshold_at_once(investigator, now):
    exchange = actions.exchange_send(actor=investigator, data=request_input(urgency="non_urgent"), now=now)
    assert actions.reminders_refresh(now=exchange.due_at + timedelta(hours=1)) == 3


def test_urgent_request_gets_no_pointless_24h_reminder(sent, now):
    """An 8-hour request is inside 24 hours from receipt: a '24 hours left' warning says nothing."""
    assert actions.reminders_refresh(now=now + timedelta(minutes=1)) == 0
    assert actions.reminders_refresh(now=now + timedelta(hours=6)) == 1
    assert _reminders(sent) == [120]


def test_no_reminders_while_paused_or_after_closing(investigator, officer, now):
    paused = actions.exchange_send(actor=investigator, data=request_input(urgency="non_urgent"), now=now)
    reply(officer, paused, MessageKind.CLARIFICATION_REQUEST, now + timedelta(hours=1))
    closed = actions.exchange_send(actor=investigator, data=request_input(urgency="non_urgent"), now=now)
    reply(officer, closed, MessageKind.ANSWER, now + timedelta(hours=1))
    assert actions.reminders_refresh(now=now + timedelta(days=8)) == 0
    assert not Reminder.objects.exists()


def test_reminder_follows_a_deadline_moved_by_a_pause(investigator, officer, now):
    exchange = actions.exchange_send(actor=investigator, data=request_input(urgency="non_urgent"), now=now)
    assert actions.reminders_refresh(now=now + timedelta(days=6, hours=1)) == 1  # 24 h left
    reply(officer, exchange, MessageKind.CLARIFICATION_REQUEST, now + timedelta(days=6, hours=2))
    reply(investigator, exchange, MessageKind.CLARIFICATION, now + timedelta(days=9, hours=2))
    exchange.refresh_from_db()
    assert exchange.due_at == now + timedelta(days=10)
    assert (
        actions.reminders_refresh(now=now + timedelta(days=9, hours=3)) == 1
    )  # a new 24 h reminder for the new deadline


def test_only_one_delay_notice_per_request(officer, sent, now):
    """Art. 5(2): one notice, then updates; after the judge decided, a new notice is refused cleanly."""
    _delay(officer, sent, now + timedelta(hours=1), hours=10)
    reply(officer, sent, MessageKind.JUDICIAL_OUTCOME, now + timedelta(hours=2), judicial_outcome="obtained")
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.OPEN
    before = counts()
    with pytest.raises(InvalidTransition) as caught:
        _delay(officer, sent, now + timedelta(hours=3))
    assert "already notified" in caught.value.message
    assert counts() == before


def test_clock_refusing_a_history_is_an_invalid_transition_not_a_crash(officer, sent, now, monkeypatch):
    from jointdesk.exchange import deadlines

    def impossible(*args, **kwargs):
        raise deadlines.DeadlineError("event 1 (Answered): happens before the previous event")

    monkeypatch.setattr(actions.clock, "refresh", impossible)
    before = counts()
    with pytest.raises(InvalidTransition):
        reply(officer, sent, MessageKind.ANSWER, now + timedelta(hours=1))
    assert counts() == before
    sent.refresh_from_db()
    assert sent.status == ExchangeStatus.OPEN
