"""Domain errors: one family, a status code each, shown the same way in HTML as in JSON."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from jointdesk.core.errors import (
    InvalidTransition,
    JointdeskError,
    NotFoundOrForbidden,
    PermissionDenied,
    ValidationFailed,
)
from jointdesk.core.middleware import DomainErrorMiddleware


@pytest.mark.parametrize(
    "error,status,code",
    [
        (ValidationFailed, 400, "validation_failed"),
        (NotFoundOrForbidden, 404, "not_found"),
        (PermissionDenied, 403, "forbidden"),
        (InvalidTransition, 409, "invalid_state"),
    ],
)
def test_each_error_has_a_4xx_status_and_code(error, status, code):
    exc = error("what is wrong")
    assert isinstance(exc, JointdeskError)
    assert exc.status_code == status
    assert exc.as_dict() == {"code": code, "message": "what is wrong", "errors": {}}


def test_field_error_names_the_field():
    exc = ValidationFailed("This field is required.", field="subject")
    assert exc.errors == {"subject": ["This field is required."]}
    assert exc.field == "subject"


def test_errors_map_several_fields():
    errors = {"subject": ["required"], "persons[0].national_id": ["check digit is 5, expected 4"]}
    assert ValidationFailed("not sent", errors=errors).as_dict()["errors"] == errors


@pytest.mark.django_db
@pytest.mark.parametrize(
    "exc",
    [
        ValidationFailed("bad plate", field="plate"),
        NotFoundOrForbidden("no such exchange"),
        InvalidTransition("closed"),
    ],
)
def test_middleware_renders_domain_errors_as_4xx_pages(exc, rf: RequestFactory):
    request = rf.get("/exchange/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    response = DomainErrorMiddleware(lambda r: None).process_exception(request, exc)
    assert response.status_code == exc.status_code
    assert exc.message in response.content.decode()


def test_middleware_leaves_other_exceptions_alone(rf: RequestFactory):
    assert DomainErrorMiddleware(lambda r: None).process_exception(rf.get("/"), RuntimeError("boom")) is None
