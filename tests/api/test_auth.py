"""Who may call the API: bearer tokens (missing, wrong, revoked, inactive user) and verified sessions."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.api.conftest import PREFIX

pytestmark = pytest.mark.django_db


def _inbox(client: Client, **headers: str):
    return client.get(PREFIX + "/inbox", **headers)


def test_missing_token_is_401_with_the_envelope():
    response = _inbox(Client())
    assert response.status_code == 401
    body = response.json()
    assert body["code"] == "unauthenticated"
    assert "Authorization: Bearer" in body["message"]
    assert body["errors"] == {}
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_wrong_token_is_401(api_as):
    api_as("ro-spoc", "duty_officer")
    response = _inbox(Client(), HTTP_AUTHORIZATION="Bearer jd_not-a-real-token")
    assert response.status_code == 401
    assert response.json()["code"] == "unauthenticated"
    assert "invalid" in response.json()["message"]


def test_empty_bearer_is_401():
    assert _inbox(Client(), HTTP_AUTHORIZATION="Bearer ").status_code == 401


def test_revoked_token_is_401(make_user):
    from jointdesk.accounts.actions import api_token_create, api_token_revoke

    user = make_user("ro-spoc", "duty_officer")
    token, raw = api_token_create(actor=user, name="laptop")
    assert _inbox(Client(), HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    api_token_revoke(actor=user, token=token)
    response = _inbox(Client(), HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 401
    assert "revoked" in response.json()["message"]


def test_token_of_a_deactivated_user_is_401(api_as):
    caller = api_as("ro-spoc", "duty_officer")
    caller.user.is_active = False
    caller.user.save(update_fields=["is_active"])
    assert caller.get("/inbox").status_code == 401


def test_valid_token_works_and_marks_last_use(api_as):
    caller = api_as("ro-spoc", "duty_officer")
    response = caller.get("/inbox")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "limit": 50, "offset": 0, "items": []}
    assert caller.user.api_tokens.get().last_used_at is not None


def test_a_wrong_token_is_not_rescued_by_a_session(make_user, settings):
    settings.JOINTDESK_REQUIRE_2FA = False
    client = Client()
    client.force_login(make_user("ro-spoc", "duty_officer"))
    assert _inbox(client).status_code == 200
    assert _inbox(client, HTTP_AUTHORIZATION="Bearer jd_wrong").status_code == 401


def test_session_needs_the_second_factor_when_required(make_user, settings):
    settings.JOINTDESK_REQUIRE_2FA = True
    client = Client()
    client.force_login(make_user("ro-spoc", "duty_officer"))
    assert _inbox(client).status_code == 401


def test_session_writes_need_the_csrf_token(make_user, settings):
    settings.JOINTDESK_REQUIRE_2FA = False
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("bg-odmvr-ruse", "investigator"))
    response = client.post(PREFIX + "/exchanges", data="{}", content_type="application/json")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"


def test_bearer_writes_need_no_csrf_token(api_as):
    caller = api_as("bg-odmvr-ruse", "investigator")
    caller.client = Client(enforce_csrf_checks=True)
    response = caller.post("/exchanges", {})
    assert response.status_code == 400  # judged on its content, not refused for CSRF
