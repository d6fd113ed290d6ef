"""Bad input: every error names the field and says what is wrong, and nothing is half-saved."""

from __future__ import annotations

import pytest

from tests.api.conftest import PDF_BYTES, attachment, urgent_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def sender(api_as):
    return api_as("bg-odmvr-ruse", "investigator")


@pytest.fixture
def receiver(api_as):
    return api_as("ro-spoc", "duty_officer")


def _counts() -> dict[str, int]:
    from jointdesk.exchange.models import (
        Attachment,
        Exchange,
        IdentityDocument,
        Message,
        Person,
        Phone,
        Vehicle,
    )

    models = (Exchange, Message, Person, Vehicle, Phone, IdentityDocument, Attachment)
    return {m.__name__: m.objects.count() for m in models}


def _stored_files(settings) -> list:
    root = settings.JOINTDESK_PRIVATE_STORAGE
    return sorted(root.iterdir()) if root.exists() else []


def _refused(caller, body, settings, path="/exchanges"):
    """POST, expect a 400 envelope, and check that no row and no file was left behind."""
    rows, files = _counts(), _stored_files(settings)
    response = caller.post(path, body)
    assert response.status_code == 400, response.content
    assert _counts() == rows
    assert _stored_files(settings) == files
    envelope = response.json()
    assert envelope["code"] == "validation_failed"
    assert envelope["message"]
    return envelope["errors"]


def test_missing_field_is_named(sender, settings):
    body = urgent_request()
    del body["subject"]
    assert _refused(sender, body, settings) == {"subject": ["This field is required."]}


def test_missing_nested_field_is_named_with_its_position(sender, settings):
    body = urgent_request(persons=[{"given_name": "Ion", "family_name": "Popescu"}, {"given_name": "Maria"}])
    assert _refused(sender, body, settings) == {"persons[1].family_name": ["This field is required."]}


def test_wrong_type_says_what_is_expected(sender, settings):
    errors = _refused(sender, urgent_request(offence_max_penalty_months="ten", persons=[{"given_name": "Ion",
                      "family_name": "Popescu", "birth_date": "01.01.1980"}]), settings)  # fmt: skip
    assert errors == {
        "offence_max_penalty_months": ["Must be a whole number."],
        "persons[0].birth_date": ["Must be a date written as YYYY-MM-DD."],
    }


def test_invalid_cnp_says_which_check_failed(sender, settings):
    errors = _refused(sender, urgent_request(persons=[{"given_name": "Ion", "family_name": "Popescu",
                      "national_id": "1800101221145"}]), settings)  # fmt: skip
    [message] = errors["persons[0].national_id"]
    assert "CNP" in message
    assert "check digit is 5, expected 4" in message


def test_cnp_with_an_impossible_month(sender, settings):
    errors = _refused(sender, urgent_request(persons=[{"given_name": "Ion", "family_name": "Popescu",
                      "national_id": "1801301221144"}]), settings)  # fmt: skip
    assert "month 13" in errors["persons[0].national_id"][0]


def test_every_domain_problem_is_reported_at_once(sender, settings):
    body = urgent_request(
        urgency="very", handling_code="H9", urgency_reason="", phones=[{"number": "12"}],
        documents=[{"document_kind": "tattoo", "number": "1"}],
    )  # fmt: skip
    errors = _refused(sender, body, settings)
    assert set(errors) >= {"urgency", "handling_code", "phones[0].number", "documents[0].document_kind"}
    assert "not one of the allowed values" in errors["urgency"][0]


def test_urgent_request_needs_its_reason(sender, settings):
    errors = _refused(sender, urgent_request(urgency_reason="  "), settings)
    assert errors == {"urgency_reason": ["This field is required."]}


def test_unknown_recipient_unit(sender, settings, units):
    errors = _refused(sender, urgent_request(requested_unit=str(units["bg-spoc"].uuid)), settings)
    assert list(errors) == ["requested_unit"]


def test_attachment_too_large_is_refused(sender, settings):
    settings.JOINTDESK_ATTACHMENT_MAX_BYTES = 32
    errors = _refused(
        sender, urgent_request(attachments=[attachment(content=PDF_BYTES + b"x" * 64)]), settings
    )
    [message] = errors["attachments[0]"]
    assert "the limit is 32 bytes" in message


def test_attachment_of_a_forbidden_type_is_refused(sender, settings):
    body = urgent_request(
        attachments=[attachment(), attachment("tool.exe", b"MZ\x90\x00", "application/x-msdownload")]
    )
    errors = _refused(sender, body, settings)
    assert list(errors) == ["attachments[1]"]
    assert "may not be attached" in errors["attachments[1]"][0]


def test_attachment_whose_content_is_not_its_type(sender, settings):
    errors = _refused(
        sender, urgent_request(attachments=[attachment("scan.pdf", b"<html>", "application/pdf")]), settings
    )
    assert "does not contain what its type says" in errors["attachments[0]"][0]


def test_attachment_that_is_not_base64(sender, settings):
    body = urgent_request(
        attachments=[{"filename": "a.pdf", "content_type": "application/pdf", "content_base64": "%%%"}]
    )
    assert _refused(sender, body, settings) == {
        "attachments[0].content_base64": ["This is not valid base64."]
    }


def test_reply_attachment_refused_leaves_the_exchange_untouched(sender, receiver, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    settings.JOINTDESK_ATTACHMENT_MAX_BYTES = 16
    body = {"kind": "answer", "body": "Attached.", "attachments": [attachment()]}
    errors = _refused(receiver, body, settings, path=f"/exchanges/{exchange['uuid']}/messages")
    assert "attachments[0]" in errors
    detail = receiver.get(f"/exchanges/{exchange['uuid']}").json()
    assert detail["status"] == "open"
    assert {p["decision"] for p in detail["items"]["persons"]} == {"pending"}


def test_refusal_without_grounds(sender, receiver, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    errors = _refused(
        receiver, {"kind": "refusal", "body": "No."}, settings, f"/exchanges/{exchange['uuid']}/messages"
    )
    assert "Article 6(1)" in errors["grounds"][0]


def test_refusal_on_an_unknown_ground(sender, receiver, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    body = {"kind": "refusal", "body": "No.", "grounds": ["z"]}
    errors = _refused(receiver, body, settings, f"/exchanges/{exchange['uuid']}/messages")
    assert errors["grounds"] == ["'z' is not a ground of Article 6(1)."]


def test_unknown_message_kind_lists_the_allowed_ones(sender, receiver, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    errors = _refused(receiver, {"kind": "thanks"}, settings, f"/exchanges/{exchange['uuid']}/messages")
    assert list(errors) == ["kind"]
    assert errors["kind"][0].startswith("Must be one of:")
    assert "'clarification_request'" in errors["kind"][0]


def test_item_decision_about_an_item_not_in_the_request(sender, receiver, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    body = {"kind": "answer", "body": "x", "item_decisions": [
        {"item_uuid": "8f1d2c1e-58c5-4bb8-a0c4-4c5c2b0a0f11", "decision": "provided"}]}  # fmt: skip
    errors = _refused(receiver, body, settings, f"/exchanges/{exchange['uuid']}/messages")
    assert errors == {"item_decisions[0].item_uuid": ["This item is not part of the request."]}


def test_empty_correction(sender, settings):
    exchange = sender.post("/exchanges", urgent_request()).json()
    message = exchange["messages"][0]["uuid"]
    assert _refused(sender, {"body": " "}, settings, f"/messages/{message}/corrections") == {
        "body": ["Say what is corrected."]
    }


def test_malformed_json(sender):
    response = sender.post("/exchanges", "{not json")
    assert response.status_code == 400
    assert response.json() == {
        "code": "bad_request",
        "message": "The request body is not valid JSON.",
        "errors": {},
    }


def test_bad_query_parameters_are_named(receiver):
    response = receiver.get("/inbox", {"status": "lost", "limit": 0, "due_within_hours": "soon"})
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors["status"][0].startswith("Must be one of:")
    assert errors["limit"] == ["Must be at least 1."]
    assert errors["due_within_hours"] == ["Must be a whole number."]


def test_a_malformed_identifier_in_the_path(receiver):
    response = receiver.get("/exchanges/not-a-uuid")
    assert response.status_code == 400
    assert response.json()["errors"] == {"exchange_uuid": ["Must be a UUID."]}


def test_statistics_year_out_of_range(receiver):
    response = receiver.get("/statistics/1900")
    assert response.status_code == 400
    assert response.json()["errors"] == {"year": ["Must be at least 2000."]}


def test_our_failure_is_a_500_that_reveals_nothing(receiver, monkeypatch):
    from jointdesk.exchange import queries

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(queries, "inbox_for_actor", broken)
    response = receiver.get("/inbox")
    assert response.status_code == 500
    assert response.json()["code"] == "server_error"
    assert "secret" not in response.content.decode()


def test_a_body_over_the_upload_limit_is_a_413(sender, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    rows = _counts()
    response = sender.post(
        "/exchanges", urgent_request(attachments=[attachment(content=PDF_BYTES + b"x" * 4096)])
    )
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert "attachments" in response.json()["errors"]
    assert _counts() == rows
