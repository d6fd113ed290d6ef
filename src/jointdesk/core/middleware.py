"""Turn domain errors into 4xx pages that say what is wrong (the API does the same in JSON)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jointdesk.core.errors import JointdeskError


class DomainErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, JointdeskError):
            return render(request, "core/error.html", {"error": exception}, status=exception.status_code)
        return None
