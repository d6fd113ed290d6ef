"""The audit-log search page for data-protection officers."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from jointdesk.core import audit
from jointdesk.core.access import require_audit_reader
from jointdesk.core.choices import AuditAction
from jointdesk.core.queries import audit_events_for_actor


class AuditSearchForm(forms.Form):
    username = forms.CharField(label=_("User"), required=False)
    action = forms.ChoiceField(label=_("Action"), required=False, choices=[("", "—"), *AuditAction.choices])
    object_id = forms.CharField(label=_("Object identifier"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    personal_data_only = forms.BooleanField(label=_("Personal data only"), required=False)


@login_required
def audit_search(request: HttpRequest) -> HttpResponse:
    require_audit_reader(request.user)  # type: ignore[arg-type]
    form = AuditSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = audit_events_for_actor(request.user, **filters)  # type: ignore[arg-type]
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    audit.record(
        actor=request.user,  # type: ignore[arg-type]
        action=AuditAction.SEARCH,
        object_type="core.auditevent",
        details={"filters": sorted(k for k, v in filters.items() if v)},
    )
    return render(request, "core/audit_search.html", {"form": form, "page": page})
