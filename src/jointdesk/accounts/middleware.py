"""Per-user language and time zone, and the second-factor gate."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation

_OPEN_PREFIXES = (
    "/accounts/login",
    "/accounts/logout",
    "/accounts/second-factor",
    "/static/",
    "/i18n/",
    "/api/",
)


class UserPreferencesMiddleware:
    """Show each user the UI in their chosen language and times in their time zone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            timezone.deactivate()
            return self.get_response(request)
        language = getattr(user, "language", "") or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        try:
            zone = zoneinfo.ZoneInfo(user.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = None
        # Overrides, not activations: the thread must not keep this user's language and zone
        # for whatever runs on it next (another user's request, a task, the next test).
        with translation.override(language), timezone.override(zone):
            response = self.get_response(request)
            response.headers.setdefault("Content-Language", language)
        return response


class RequireSecondFactorMiddleware:
    """A password alone opens nothing but the second-factor pages while 2FA is required."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            settings.JOINTDESK_REQUIRE_2FA
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(_OPEN_PREFIXES)
        ):
            return redirect("accounts:second_factor")
        return self.get_response(request)
