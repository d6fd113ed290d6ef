"""Every exchange endpoint, happy path first, then who may not see what."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.api.conftest import PDF_BYTES, VALID_CNP, attachment, urgent_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def sender(api_as):
    return api_as("bg-odmvr-ruse", "investigator")


@pytest.fixture
def receiver(api_as):
    return api_as("ro-spoc", "duty_officer")


@pytest.fixture
def outsider(api_as):
    """A unit of the requested country that is party to nothing."""
    return api_as("ro-ipj-giurgiu", "duty_officer")


@pytest.fixture
def sent(sender):
    response = sender.post("/exchanges", urgent_request(attachments=[attachment()]))
    assert response.status_code == 201, response.json()
    return response.json()


def test_create_request_returns_the_full_detail(sent, units):
    assert sent["reference"].startswith("BG-")
    assert sent["kind"] == "request"
    assert sent["status"] == "open"
    assert sent["requesting_unit"]["code"] == "bg-odmvr-ruse"
    assert sent["requested_unit"]["code"] == "ro-spoc"  # the other country's SPOC by default
    assert sent["copy_unit"]["code"] == "bg-spoc"  # Art. 4(1): a designated authority copies its SPOC
    assert sent["evaluation_code"] == "B2"
    person = sent["items"]["persons"][0]
    assert person["national_id"] == VALID_CNP
    assert person["national_id_kind"] == "CNP"
    assert person["birth_date"] == "1980-01-01"
    assert person["sex"] == "M"
    assert sent["items"]["vehicles"][0]["plate_canonical"]
    assert sent["items"]["phones"][0]["e164"] == "+40721234567"
    assert sent["items"]["documents"][0]["document_kind"] == "passport"
    assert sent["clock"]["period"] == "8 hours"
    assert 8 * 3600 - 60 < sent["clock"]["remaining_seconds"] <= 8 * 3600
    assert sent["clock"]["paused"] is False
    [message] = sent["messages"]
    assert message["kind"] == "request"
    assert len(message["digest"]) == 64
    [file] = message["attachments"]
    assert file["filename"] == "report.pdf"
    assert file["size"] == len(PDF_BYTES)
    assert file["url"].endswith(f"/api/exchange/attachments/{file['uuid']}")


def test_create_to_a_named_unit(sender, units):
    response = sender.post("/exchanges", urgent_request(requested_unit=str(units["ro-jcc-giurgiu"].uuid)))
    assert response.status_code == 201
    assert response.json()["requested_unit"]["code"] == "ro-jcc-giurgiu"


def test_inbox_lists_with_countdown_filters_and_pagination(sent, receiver, sender):
    second = sender.post("/exchanges", urgent_request(subject="Second", urgency="non_urgent")).json()
    page = receiver.get("/inbox").json()
    assert page["count"] == 2
    row = next(r for r in page["items"] if r["uuid"] == sent["uuid"])
    assert set(row) == {
        "reference", "uuid", "kind", "status", "urgency", "subject", "requesting_unit", "requested_unit",
        "requesting_country", "requested_country", "received_at", "due_at", "paused", "overdue", "remaining_seconds",
    }  # fmt: skip
    assert row["requesting_unit"]["country"] == "BG"
    assert row["overdue"] is False
    assert 0 < row["remaining_seconds"] <= 8 * 3600

    def uuids(**params):
        return [r["uuid"] for r in receiver.get("/inbox", params).json()["items"]]

    assert uuids(urgency="urgent") == [sent["uuid"]]
    assert uuids(urgency="non_urgent") == [second["uuid"]]
    assert set(uuids(country="BG")) == {sent["uuid"], second["uuid"]}
    assert uuids(due_within_hours=9) == [sent["uuid"]]  # the 7-day one is not due that soon
    assert uuids(search=sent["reference"]) == [sent["uuid"]]
    assert uuids(status="answered") == []
    assert len(uuids(status="open")) == 2
    first_page = receiver.get("/inbox", {"limit": 1}).json()
    second_page = receiver.get("/inbox", {"limit": 1, "offset": 1}).json()
    assert first_page["count"] == second_page["count"] == 2
    assert {first_page["items"][0]["uuid"], second_page["items"][0]["uuid"]} == {sent["uuid"], second["uuid"]}
    assert first_page["items"][0]["uuid"] == sent["uuid"]  # nearest deadline first


def test_outbox_shows_what_the_unit_sent(sent, sender, receiver):
    assert [r["uuid"] for r in sender.get("/outbox").json()["items"]] == [sent["uuid"]]
    assert receiver.get("/outbox").json()["count"] == 0
    assert sender.get("/inbox").json()["count"] == 0


def test_overdue_lists_late_requests_on_either_side(make_user, receiver, sender):
    from jointdesk.exchange.actions import exchange_send
    from jointdesk.exchange.inputs import RequestInput

    data = RequestInput(
        **{
            k: v
            for k, v in urgent_request().items()
            if k not in {"persons", "vehicles", "phones", "documents"}
        }
    )
    late = exchange_send(actor=sender.user, data=data, now=timezone.now() - timedelta(hours=9))
    for caller in (receiver, sender):
        [row] = caller.get("/overdue").json()
        assert row["uuid"] == str(late.uuid)
        assert row["overdue"] is True
        assert row["remaining_seconds"] < 0
    assert receiver.get("/inbox", {"status": "overdue"}).json()["count"] == 1


def test_detail_shows_everything_to_both_sides(sent, sender, receiver, api_as):
    for caller in (sender, receiver, api_as("bg-spoc", "duty_officer"), api_as("ro-spoc", "dpo")):
        response = caller.get(f"/exchanges/{sent['uuid']}")
        assert response.status_code == 200, caller.user
        detail = response.json()
        assert detail["purpose"] == urgent_request()["purpose"]
        assert detail["urgency_criterion"] == "relevance"
        assert detail["clock"]["status"] == "running"


def test_spontaneous_information(sender):
    body = urgent_request(subject="Own-initiative: convoy of stolen cars")
    for key in ("urgency", "accessibility", "urgency_criterion", "urgency_reason", "subject_link"):
        body.pop(key)
    response = sender.post("/exchanges/spontaneous", body)
    assert response.status_code == 201, response.json()
    detail = response.json()
    assert detail["kind"] == "spontaneous"
    assert detail["status"] == "provided"
    assert detail["clock"] is None
    assert detail["messages"][0]["kind"] == "spontaneous"


def test_attachment_download_streams_the_bytes(sent, receiver):
    file = sent["messages"][0]["attachments"][0]
    response = receiver.get(f"/attachments/{file['uuid']}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="report.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_refusal_on_legal_grounds(sent, receiver):
    response = receiver.post(
        f"/exchanges/{sent['uuid']}/messages",
        {"kind": "refusal", "grounds": ["a"], "body": "The information is not available (Art. 6(1)(a))."},
    )
    assert response.status_code == 201, response.json()
    assert response.json()["refusal_grounds"] == ["a"]
    detail = receiver.get(f"/exchanges/{sent['uuid']}").json()
    assert detail["status"] == "refused"
    assert {p["decision"] for p in detail["items"]["persons"]} == {"refused"}


def test_partial_answer_per_item(sent, receiver):
    person = sent["items"]["persons"][0]["uuid"]
    vehicle = sent["items"]["vehicles"][0]["uuid"]
    response = receiver.post(
        f"/exchanges/{sent['uuid']}/messages",
        {
            "kind": "partial_answer",
            "body": "Vehicle details attached; the person's data cannot be given.",
            "item_decisions": [
                {"item_uuid": person, "decision": "refused", "grounds": ["f.ii"]},
                {"item_uuid": vehicle, "decision": "provided"},
            ],
        },
    )
    assert response.status_code == 201, response.json()
    detail = receiver.get(f"/exchanges/{sent['uuid']}").json()
    assert detail["status"] == "partially_refused"
    assert detail["items"]["persons"][0]["decision_grounds"] == ["f.ii"]


def test_correction_links_to_the_original(sent, sender, receiver):
    original = sent["messages"][0]["uuid"]
    response = sender.post(f"/messages/{original}/corrections", {"body": "The plate is B 123 ABD, not ABC."})
    assert response.status_code == 201, response.json()
    assert response.json()["kind"] == "correction"
    assert response.json()["corrects"] == original
    kinds = [m["kind"] for m in receiver.get(f"/exchanges/{sent['uuid']}").json()["messages"]]
    assert kinds == ["request", "correction"]
    # Only the sending unit corrects its own message.
    refused = receiver.post(f"/messages/{original}/corrections", {"body": "no"})
    assert refused.status_code == 403
    assert refused.json()["code"] == "forbidden"


def test_full_flow_counts_in_the_statistics(sender, receiver):
    year = timezone.localtime().year

    def ro_from_bg() -> dict:
        stats = receiver.get(f"/statistics/{year}").json()
        ro = next(c for c in stats["countries"] if c["country"] == "RO")
        return next(
            (p for p in ro["partners"] if p["requesting_country"] == "BG"),
            {"answered_urgent": 0, "received_urgent": 0},
        )

    before = ro_from_bg()
    exchange = sender.post("/exchanges", urgent_request()).json()
    path = f"/exchanges/{exchange['uuid']}/messages"

    asked = receiver.post(path, {"kind": "clarification_request", "body": "Which border crossing, and when?"})
    assert asked.status_code == 201, asked.json()
    paused = receiver.get(f"/exchanges/{exchange['uuid']}").json()
    assert paused["status"] == "awaiting_clarification"
    assert paused["clock"]["paused"] is True
    assert receiver.get("/inbox").json()["items"][0]["paused"] is True

    clarified = sender.post(
        path, {"kind": "clarification", "body": "Ruse-Giurgiu bridge, 24 November, 22:10."}
    )
    assert clarified.status_code == 201, clarified.json()
    assert sender.get(f"/exchanges/{exchange['uuid']}").json()["clock"]["paused"] is False

    answered = receiver.post(
        path,
        {"kind": "answer", "body": "The driver is known; details attached.", "europol_copy": "not_needed",
         "attachments": [attachment("answer.txt", b"Ion Popescu, born 1980.", "text/plain")]},
    )  # fmt: skip
    assert answered.status_code == 201, answered.json()
    detail = sender.get(f"/exchanges/{exchange['uuid']}").json()
    assert detail["status"] == "answered"
    assert detail["clock"]["met"] is True
    assert [m["kind"] for m in detail["messages"]] == [
        "request",
        "clarification_request",
        "clarification",
        "answer",
    ]

    after = ro_from_bg()
    assert after["answered_urgent"] == before["answered_urgent"] + 1
    assert after["received_urgent"] == before["received_urgent"] + 1

    response = receiver.get(f"/statistics/{year}.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"statistics-{year}.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    row = next(r for r in rows if r["reporting_country"] == "RO" and r["requesting_country"] == "BG")
    assert int(row["answered_urgent"]) == after["answered_urgent"]
    assert int(row["year"]) == year
    bg = next(r for r in rows if r["reporting_country"] == "BG")
    assert int(bg["requests_sent"]) >= 1


def test_statistics_json_has_both_countries(receiver):
    stats = receiver.get("/statistics/2025").json()
    assert stats["year"] == 2025
    assert [c["country"] for c in stats["countries"]] == ["RO", "BG"]
    assert stats["countries"][0]["requests_sent"] == 0


# --- who may not see what ------------------------------------------------------------------------


def _not_found_bodies(caller, sent):
    exchange, message = sent["uuid"], sent["messages"][0]["uuid"]
    file = sent["messages"][0]["attachments"][0]["uuid"]
    return [
        caller.get(f"/exchanges/{exchange}"),
        caller.post(f"/exchanges/{exchange}/messages", {"kind": "answer", "body": "x"}),
        caller.post(f"/messages/{message}/corrections", {"body": "x"}),
        caller.get(f"/attachments/{file}"),
    ]


@pytest.mark.parametrize(
    "unit, role",
    [
        ("ro-ipj-giurgiu", "duty_officer"),  # a unit of the requested country, not party
        ("bg-odmvr-vidin", "investigator"),  # a unit of the requesting country, not party
        ("ro-spoc", "planner"),  # right unit, role without access
        ("ro-spoc", "administrator"),
    ],
)
def test_unrelated_callers_get_404_everywhere(sent, api_as, unit, role):
    caller = api_as(unit, role)
    unknown = _not_found_bodies(
        caller,
        {
            "uuid": str(uuid.uuid4()),
            "messages": [{"uuid": str(uuid.uuid4()), "attachments": [{"uuid": str(uuid.uuid4())}]}],
        },
    )
    for denied, missing in zip(_not_found_bodies(caller, sent), unknown, strict=True):
        assert denied.status_code == 404
        assert denied.json() == missing.json()  # the same answer as for something that does not exist
        assert denied.json()["code"] == "not_found"
    assert caller.get("/inbox").json()["count"] == 0
    assert caller.get("/outbox").json()["count"] == 0


def test_data_protection_officer_sees_but_cannot_act(sent, api_as):
    dpo = api_as("ro-spoc", "dpo")
    assert dpo.get(f"/exchanges/{sent['uuid']}").status_code == 200
    response = dpo.post(f"/exchanges/{sent['uuid']}/messages", {"kind": "answer", "body": "x"})
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


def test_the_requesting_side_cannot_answer(sent, sender):
    response = sender.post(f"/exchanges/{sent['uuid']}/messages", {"kind": "answer", "body": "x"})
    assert response.status_code == 403


def test_a_closed_exchange_cannot_be_answered_again(sent, receiver):
    path = f"/exchanges/{sent['uuid']}/messages"
    assert receiver.post(path, {"kind": "answer", "body": "Here it is."}).status_code == 201
    again = receiver.post(path, {"kind": "answer", "body": "And again."})
    assert again.status_code == 409
    assert again.json()["code"] == "invalid_state"
    assert again.json()["message"]


def test_list_query_counts_do_not_grow_with_the_rows(sender, receiver):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert receiver.get(path).status_code == 200
        return len(captured)

    sender.post("/exchanges", urgent_request())
    one = {path: queries_for(path) for path in ("/inbox", "/outbox", "/overdue")}
    for _ in range(4):
        sender.post("/exchanges", urgent_request())
    assert {path: queries_for(path) for path in one} == one
    # token lookup, its last-use stamp, the page, the count
    assert one["/inbox"] == 4


def test_detail_query_count_does_not_grow_with_the_messages(sent, sender, receiver):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for_detail() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert receiver.get(f"/exchanges/{sent['uuid']}").status_code == 200
        return len(captured)

    before = queries_for_detail()
    path = f"/exchanges/{sent['uuid']}/messages"
    receiver.post(path, {"kind": "clarification_request", "body": "When?"})
    sender.post(
        path,
        {
            "kind": "clarification",
            "body": "Yesterday.",
            "attachments": [attachment("note.txt", b"x", "text/plain")],
        },
    )
    receiver.post(path, {"kind": "answer", "body": "Done.", "attachments": [attachment()]})
    assert queries_for_detail() == before
