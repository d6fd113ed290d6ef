"""Filters of the inbox, outbox and statistics pages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from jointdesk.core.choices import Country
from jointdesk.exchange.choices import (
    ExchangeKind,
    ExchangeStatus,
    Urgency,
)
from jointdesk.exchange.queries import ExchangeFilters

# --- list filters -------------------------------------------------------------------------------------


class ExchangeFilterForm(forms.Form):
    """Filters of the inbox and outbox; every field optional, unknown values are ignored."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[
            ("", _("All")),
            ("open", _("Open (any)")),
            ("overdue", _("Overdue")),
            *ExchangeStatus.choices,
        ],
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"), required=False, choices=[("", _("All")), *Urgency.choices]
    )
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All")), *Country.choices]
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All")), *ExchangeKind.choices])
    due_within_hours = forms.IntegerField(
        label=_("Due within (hours)"), required=False, min_value=0, max_value=24 * 60,
        widget=forms.NumberInput(attrs={"size": 4, "style": "width:6rem"}),
    )  # fmt: skip
    search = forms.CharField(
        label=_("Search"), required=False, max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("reference or subject")}),
    )  # fmt: skip

    def filters(self) -> ExchangeFilters:
        """The valid part of the input as query filters (an invalid field is treated as empty)."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        if self.is_bound and not self.is_valid():
            data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        return ExchangeFilters(
            status=data.get("status") or "",
            urgency=data.get("urgency") or "",
            country=data.get("country") or "",
            kind=data.get("kind") or "",
            due_within_hours=data.get("due_within_hours"),
            search=(data.get("search") or "").strip(),
        )


class StatisticsYearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args: Any, years: Iterable[int] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, str(y)) for y in years]  # type: ignore[attr-defined]


def year_choices(today: date) -> list[int]:
    return list(range(today.year, today.year - 6, -1))
