"""API test helpers: a client per actor that sends its bearer token, and a valid urgent request."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

PREFIX = "/api/exchange"
VALID_CNP = "1800101221144"
PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


class ApiClient:
    """Talks to /api/exchange as one user, with a fresh Django client (no session)."""

    def __init__(self, user: Any, raw_token: str):
        self.user = user
        self.token = raw_token
        self.client = Client()

    def _headers(self) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}"}

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.client.get(PREFIX + path, params or {}, **self._headers())

    def post(self, path: str, body: Any) -> Any:
        data = body if isinstance(body, str) else json.dumps(body, default=str)
        return self.client.post(PREFIX + path, data=data, content_type="application/json", **self._headers())


@pytest.fixture
def token_for(db: Any) -> Callable[[Any], str]:
    from jointdesk.accounts.actions import api_token_create

    def _token(user: Any) -> str:
        _token_row, raw = api_token_create(actor=user, name="tests")
        return raw

    return _token


@pytest.fixture
def api_as(make_user: Any, token_for: Any) -> Callable[[str, str], ApiClient]:
    """``api_as("ro-spoc", "duty_officer")``: a client for a (new) user of that unit and role."""
    made: dict[str, ApiClient] = {}

    def _as(unit_code: str, role: str) -> ApiClient:
        key = f"{unit_code}:{role}"
        if key not in made:
            user = make_user(unit_code, role)
            made[key] = ApiClient(user, token_for(user))
        return made[key]

    return _as


def attachment(
    filename: str = "report.pdf", content: bytes = PDF_BYTES, content_type: str = "application/pdf"
) -> dict:
    return {
        "filename": filename,
        "content_type": content_type,
        "content_base64": base64.b64encode(content).decode(),
    }


def urgent_request(**overrides: Any) -> dict[str, Any]:
    """An urgent, directly accessible request about one person and one vehicle (8-hour deadline)."""
    body: dict[str, Any] = {
        "subject": "Stolen vehicle crossing at Ruse-Giurgiu bridge",
        "description": "Identity and travel history of the driver; registration details of the vehicle.",
        "purpose": "Locate a suspect in an ongoing investigation of vehicle theft.",
        "offence": "Theft of a motor vehicle",
        "offence_max_penalty_months": 120,
        "subject_link": "The person was driving the vehicle at the border crossing.",
        "urgency": "urgent",
        "urgency_criterion": "relevance",
        "urgency_reason": "The vehicle is expected to leave the EU within hours.",
        "accessibility": "direct",
        "language": "en",
        "handling_code": "H0",
        "source_reliability": "B",
        "information_assessment": "2",
        "persons": [{"given_name": "Ion", "family_name": "Popescu", "national_id": VALID_CNP}],
        "vehicles": [{"plate": "B 123 ABC", "registration_country": "RO", "make": "Dacia"}],
        "phones": [{"number": "+40 721 234 567"}],
        "documents": [{"document_kind": "passport", "number": "055123456", "issuing_country": "RO"}],
    }
    body.update(overrides)
    return body
