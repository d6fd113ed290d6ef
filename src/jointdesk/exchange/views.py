"""Placeholder views; replaced by the full UI."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse


@login_required
def message_inbox(request: HttpRequest) -> HttpResponse:
    return HttpResponse("inbox")


message_outbox = exchange_overdue = exchange_create = statistics_year = message_inbox
