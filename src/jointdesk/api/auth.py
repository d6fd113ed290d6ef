"""Who is calling the API: a bearer token (the main path) or a verified browser session.

A token is looked up by the SHA-256 digest of what the caller sends; the raw value is never
stored. A browser session counts only once its second factor is verified (while 2FA is
required), and then needs the CSRF token for unsafe methods like any other form post.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from jointdesk.accounts.models import User
from jointdesk.accounts.queries import user_for_api_token


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>``; a token that is sent but unknown or revoked is a 401 at once."""

    def authenticate(self, request: HttpRequest, token: str) -> User:
        user = user_for_api_token(token.strip()) if token.strip() else None
        if user is None:
            raise AuthenticationError(401, _("The API token is invalid or has been revoked."))
        request.user = user
        return user


class VerifiedSession(APIKeyCookie):
    """The logged-in browser user, once past the second factor; CSRF-checked for unsafe methods."""

    param_name: str = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest) -> Any | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not user.is_active:
            return None  # no session: leave the caller to the generic 401
        if settings.JOINTDESK_REQUIRE_2FA and not user.is_verified():
            return None
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        return request.user if key else None


bearer_token = BearerToken()
verified_session = VerifiedSession()
# Order matters: a request that sends a token is judged by its token alone.
API_AUTH = [bearer_token, verified_session]
