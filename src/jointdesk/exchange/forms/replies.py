"""The reply forms of the detail page: clarification, answer, refusal, delay, outcome, withdrawal, correction."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from jointdesk.exchange.choices import (
    EuropolCopy,
    ItemDecision,
    JudicialOutcome,
    MessageKind,
    RefusalGround,
)
from jointdesk.exchange.forms.common import (
    DATETIME_LOCAL,
    MultipleFileField,
    blank_choices,
    errors_to_forms,
    uploads_of,
)
from jointdesk.exchange.inputs import (
    ItemDecisionInput,
    ReplyInput,
)

# --- replies ------------------------------------------------------------------------------------------


class ReplyForm(forms.Form):
    """Base of the reply forms: a text and optional attachments."""

    kind: str = ""
    body = forms.CharField(label=_("Text"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    attachments = MultipleFileField(label=_("Attachments"), help_text=_("PDF, JPEG, PNG, text or CSV."))

    def __init__(self, *args: Any, items: Iterable[tuple[str, str]] = (), **kwargs: Any) -> None:
        kwargs.setdefault("prefix", self.kind)
        super().__init__(*args, **kwargs)

    def message_kind(self) -> str:
        return self.kind

    def as_input(self) -> ReplyInput:
        d = self.cleaned_data
        return ReplyInput(body=d.get("body", ""), attachments=uploads_of(d.get("attachments") or []))

    def add_errors(self, errors: dict[str, list[str]]) -> None:
        errors_to_forms(self, errors, {})


class ClarificationRequestForm(ReplyForm):
    kind = MessageKind.CLARIFICATION_REQUEST
    body = forms.CharField(
        label=_("What needs clarifying"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ClarificationForm(ReplyForm):
    kind = MessageKind.CLARIFICATION
    body = forms.CharField(label=_("Clarification"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class WithdrawalForm(ReplyForm):
    kind = MessageKind.WITHDRAWAL
    body = forms.CharField(
        label=_("Why the request is withdrawn"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AnswerForm(ReplyForm):
    """Final or partial answer; each named item can be marked provided or refused with its grounds."""

    kind = MessageKind.ANSWER
    completeness = forms.ChoiceField(
        label=_("This answer is"),
        required=False,
        choices=[
            (MessageKind.ANSWER, _("Final: it closes the request")),
            (MessageKind.PARTIAL_ANSWER, _("Partial: more follows")),
        ],
    )
    body = forms.CharField(
        label=_("Information provided"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    europol_copy = forms.ChoiceField(
        label=_("Copy to Europol (Art. 12)"), required=False, choices=EuropolCopy.choices,
        initial=EuropolCopy.NOT_ASSESSED,
    )  # fmt: skip

    def __init__(self, *args: Any, items: Iterable[tuple[str, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.item_fields: list[tuple[str, str, str]] = []
        for i, (item_uuid, label) in enumerate(items):
            decision, grounds = f"item_{i}_decision", f"item_{i}_grounds"
            self.fields[decision] = forms.ChoiceField(
                label=label, required=False,
                choices=[("", _("as the answer says")), (ItemDecision.PROVIDED, _("provided")), (ItemDecision.REFUSED, _("refused"))],
            )  # fmt: skip
            self.fields[grounds] = forms.MultipleChoiceField(
                label=_("Grounds for refusing %(item)s") % {"item": label},
                required=False,
                choices=RefusalGround.choices,
                widget=forms.SelectMultiple(attrs={"size": 4}),
            )
            self.item_fields.append((item_uuid, decision, grounds))

    def item_rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        return [(self[decision], self[grounds]) for _uuid, decision, grounds in self.item_fields]

    def message_kind(self) -> str:
        return self.cleaned_data.get("completeness") or MessageKind.ANSWER

    def decisions(self) -> list[tuple[ItemDecisionInput, str]]:
        """Item decisions with the form field each came from (for putting errors back)."""
        chosen = []
        for item_uuid, decision, grounds in self.item_fields:
            value = self.cleaned_data.get(decision)
            if value:
                chosen.append(
                    (ItemDecisionInput(item_uuid, value, list(self.cleaned_data.get(grounds) or [])), grounds)
                )
        return chosen

    def as_input(self) -> ReplyInput:
        d = self.cleaned_data
        return ReplyInput(
            body=d.get("body", ""),
            final=self.message_kind() == MessageKind.ANSWER,
            item_decisions=[decision for decision, _field in self.decisions()],
            europol_copy=d.get("europol_copy") or EuropolCopy.NOT_ASSESSED,
            attachments=uploads_of(d.get("attachments") or []),
        )

    def add_errors(self, errors: dict[str, list[str]]) -> None:
        fields = [field for _decision, field in self.decisions()]
        remapped: dict[str, list[str]] = {}
        for key, messages in errors.items():
            match = re.fullmatch(r"item_decisions\[(\d+)\]\.\w+", key)
            if match and int(match.group(1)) < len(fields):
                key = fields[int(match.group(1))]
            remapped.setdefault(key, []).extend(messages)
        errors_to_forms(self, remapped, {})


class RefusalForm(ReplyForm):
    kind = MessageKind.REFUSAL
    grounds = forms.MultipleChoiceField(
        label=_("Grounds (Art. 6(1))"),
        required=False,
        choices=RefusalGround.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    body = forms.CharField(
        label=_("Reasons (Art. 6(2))"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def as_input(self) -> ReplyInput:
        d = self.cleaned_data
        return ReplyInput(
            body=d.get("body", ""), grounds=list(d.get("grounds") or []),
            attachments=uploads_of(d.get("attachments") or []),
        )  # fmt: skip


class DelayForm(ReplyForm):
    """Art. 5(2) notice of a delay for judicial authorisation (or an update of one)."""

    kind = MessageKind.DELAY_NOTICE
    delay_until = forms.DateTimeField(
        label=_("Delay expected until"),
        required=False,
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
    )
    body = forms.CharField(
        label=_("Reasons for the delay"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def as_input(self) -> ReplyInput:
        d = self.cleaned_data
        return ReplyInput(body=d.get("body", ""), delay_until=d.get("delay_until"))


class DelayUpdateForm(DelayForm):
    kind = MessageKind.DELAY_UPDATE


class JudicialOutcomeForm(ReplyForm):
    kind = MessageKind.JUDICIAL_OUTCOME
    judicial_outcome = forms.ChoiceField(
        label=_("Judicial authorisation"), required=False, choices=blank_choices(JudicialOutcome.choices)
    )
    body = forms.CharField(label=_("Remarks"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def as_input(self) -> ReplyInput:
        d = self.cleaned_data
        return ReplyInput(body=d.get("body", ""), judicial_outcome=d.get("judicial_outcome", ""))


REPLY_FORMS: dict[str, type[ReplyForm]] = {
    form.kind: form
    for form in (
        ClarificationRequestForm,
        ClarificationForm,
        AnswerForm,
        RefusalForm,
        DelayForm,
        DelayUpdateForm,
        JudicialOutcomeForm,
        WithdrawalForm,
    )
}


class CorrectionForm(forms.Form):
    """Correct one of the messages the user's unit sent; the original stays as it was."""

    message = forms.ChoiceField(label=_("Message to correct"))
    body = forms.CharField(label=_("Correction"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, messages: Iterable[tuple[str, str]] = (), **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "correction")
        super().__init__(*args, **kwargs)
        self.fields["message"].choices = list(messages)  # type: ignore[attr-defined]

    def add_errors(self, errors: dict[str, list[str]]) -> None:
        errors_to_forms(self, errors, {})
