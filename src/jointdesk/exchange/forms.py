"""Shape of the exchange module's HTML input; the rules live in actions and validation.

Fields are mostly optional here on purpose: the action checks them and names every problem with
a path such as ``persons[0].national_id``, which ``errors_to_forms`` puts back on the right field
of the right formset row, so the user sees in one go what is wrong and where.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from jointdesk.core.choices import Country
from jointdesk.exchange.choices import (
    Accessibility,
    Channel,
    ChannelException,
    CopyWithheldGround,
    DocumentKind,
    EuropolCopy,
    ExchangeKind,
    ExchangeStatus,
    HandlingCode,
    InformationAssessment,
    ItemDecision,
    JudicialOutcome,
    Language,
    MessageKind,
    RefusalGround,
    Sex,
    SourceReliability,
    Urgency,
    UrgencyCriterion,
)
from jointdesk.exchange.inputs import (
    DocumentInput,
    ItemDecisionInput,
    PersonInput,
    PhoneInput,
    ReplyInput,
    RequestInput,
    UploadedFile,
    VehicleInput,
)
from jointdesk.exchange.queries import ExchangeFilters

EMPTY = [("", "—")]
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


def _blank(choices: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return [*EMPTY, *[(value, label) for value, label in choices if value != ""]]


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


# --- attachments --------------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; the type and content checks happen in the action."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        limit = settings.JOINTDESK_ATTACHMENT_MAX_BYTES
        problems = []
        for upload in files:
            # Checked before reading, so an oversized upload is never loaded into memory.
            if upload.size > limit:
                problems.append(
                    forms.ValidationError(
                        _("%(name)s is %(size)s bytes; the limit is %(limit)s bytes."),
                        params={"name": upload.name, "size": upload.size, "limit": limit},
                    )
                )
        if problems:
            raise forms.ValidationError(problems)
        return list(files)


def uploads_of(files: list[Any]) -> list[UploadedFile]:
    return [UploadedFile(filename=f.name, content_type=f.content_type or "", content=f.read()) for f in files]


# --- request ------------------------------------------------------------------------------------------


def _text(
    label: Any, *, required: bool = False, max_length: int | None = None, **widget_attrs: Any
) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        widget=forms.TextInput(attrs=widget_attrs or None),
    )


def _area(label: Any, *, rows: int = 3, help_text: Any = "") -> forms.CharField:
    return forms.CharField(
        label=label, required=False, widget=forms.Textarea(attrs={"rows": rows}), help_text=help_text
    )


class RequestForm(forms.Form):
    """The Art. 4(5) content of a request, with handling and evaluation codes."""

    requested_unit = forms.ChoiceField(
        label=_("Requested unit"), required=False,
        help_text=_("Leave empty to send to the other country's Single Point of Contact."),
    )  # fmt: skip
    subject = _text(_("Subject"), max_length=200)
    description = _area(_("Information sought"), rows=5)
    purpose = _area(_("Purpose for which the information is sought"))
    offence = _text(_("Offence"), max_length=200)
    offence_max_penalty_months = forms.IntegerField(
        label=_("Maximum penalty in the requested state (months)"), required=False, min_value=0,
        help_text=_("Needed when a refusal under Art. 6(1)(g)(i) could apply."),
    )  # fmt: skip
    subject_link = _area(_("Link between the purpose and the persons concerned"))
    availability_reason = _area(_("Why the information is believed to be available"))
    urgency = forms.ChoiceField(label=_("Urgency"), required=False, choices=_blank(Urgency.choices))
    urgency_criterion = forms.ChoiceField(
        label=_("Urgency ground (Art. 4(4))"), required=False, choices=_blank(UrgencyCriterion.choices)
    )
    urgency_reason = _area(_("Reasons for urgency"), rows=2)
    accessibility = forms.ChoiceField(
        label=_("Accessibility of the information"), required=False, choices=_blank(Accessibility.choices),
        help_text=_("Urgent and directly accessible: 8 hours; urgent and indirectly accessible: 3 days; otherwise 7 days."),
    )  # fmt: skip
    language = forms.ChoiceField(
        label=_("Language of the request"), required=False, choices=_blank(Language.choices)
    )
    use_restrictions = _area(_("Restrictions on use"), rows=2)
    handling_code = forms.ChoiceField(
        label=_("Handling code"), required=False, choices=_blank(HandlingCode.choices)
    )
    source_reliability = forms.ChoiceField(
        label=_("Source evaluation"), required=False, choices=_blank(SourceReliability.choices)
    )
    information_assessment = forms.ChoiceField(
        label=_("Information evaluation"), required=False, choices=_blank(InformationAssessment.choices)
    )
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=Channel.choices, initial=Channel.SIENA
    )
    channel_exception = forms.ChoiceField(
        label=_("Reason for not using SIENA (Art. 13(2))"),
        required=False,
        choices=_blank(ChannelException.choices),
    )
    copy_withheld_ground = forms.ChoiceField(
        label=_("Copy to own Single Point of Contact withheld (Art. 4(2))"), required=False,
        choices=_blank(CopyWithheldGround.choices),
    )  # fmt: skip
    europol_copy = forms.ChoiceField(
        label=_("Copy to Europol (Art. 12)"), required=False, choices=EuropolCopy.choices,
        initial=EuropolCopy.NOT_ASSESSED,
    )  # fmt: skip
    attachments = MultipleFileField(label=_("Attachments"), help_text=_("PDF, JPEG, PNG, text or CSV."))

    def __init__(self, *args: Any, unit_choices: Iterable[tuple[str, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["requested_unit"].choices = [("", _("Single Point of Contact")), *unit_choices]  # type: ignore[attr-defined]


class SpontaneousForm(RequestForm):
    """Own-initiative provision (Art. 7): no urgency or deadline, but the serious-offence flag."""

    serious_offence = forms.BooleanField(
        label=_("Serious criminal offence (provision mandatory, Art. 7(1))"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in (
            "urgency",
            "urgency_criterion",
            "urgency_reason",
            "accessibility",
            "availability_reason",
        ):
            del self.fields[name]
        self.fields["description"].label = _("Information provided")
        self.fields["purpose"].label = _("Why it is provided")


class PersonForm(forms.Form):
    given_name = _text(_("Given name"), max_length=100)
    middle_name = _text(_("Middle name or patronymic"), max_length=100)
    family_name = _text(_("Family name"), max_length=100)
    birth_date = forms.DateField(
        label=_("Date of birth"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sex = forms.ChoiceField(label=_("Sex"), required=False, choices=Sex.choices)
    nationality = _text(_("Nationality"), max_length=2, placeholder="RO", size=3)
    national_id = _text(_("Personal number (CNP/EGN/LNCh)"), max_length=20)

    def as_input(self) -> PersonInput:
        d = self.cleaned_data
        return PersonInput(
            given_name=d.get("given_name", ""),
            middle_name=d.get("middle_name", ""),
            family_name=d.get("family_name", ""),
            birth_date=d.get("birth_date"),
            sex=d.get("sex", ""),
            nationality=(d.get("nationality") or "").strip().upper(),
            national_id=d.get("national_id", ""),
        )


class VehicleForm(forms.Form):
    plate = _text(_("Registration plate"), max_length=20)
    registration_country = _text(_("Registration country"), max_length=2, placeholder="BG", size=3)
    make = _text(_("Make"), max_length=60)
    model = _text(_("Model"), max_length=60)
    colour = _text(_("Colour"), max_length=40)

    def as_input(self) -> VehicleInput:
        d = self.cleaned_data
        return VehicleInput(
            plate=d.get("plate", ""),
            registration_country=(d.get("registration_country") or "").strip().upper(),
            make=d.get("make", ""),
            model=d.get("model", ""),
            colour=d.get("colour", ""),
        )


class PhoneForm(forms.Form):
    number = _text(_("Phone number"), max_length=40, placeholder="+40 721 234 567")

    def as_input(self) -> PhoneInput:
        return PhoneInput(number=self.cleaned_data.get("number", ""))


class DocumentForm(forms.Form):
    document_kind = forms.ChoiceField(
        label=_("Document kind"), required=False, choices=_blank(DocumentKind.choices)
    )
    number = _text(_("Document number"), max_length=40)
    issuing_country = _text(_("Issuing country"), max_length=2, placeholder="RO", size=3)

    def as_input(self) -> DocumentInput:
        d = self.cleaned_data
        return DocumentInput(
            document_kind=d.get("document_kind", ""),
            number=d.get("number", ""),
            issuing_country=(d.get("issuing_country") or "").strip().upper(),
        )


PersonFormSet = forms.formset_factory(PersonForm, extra=2, max_num=50)
VehicleFormSet = forms.formset_factory(VehicleForm, extra=2, max_num=50)
PhoneFormSet = forms.formset_factory(PhoneForm, extra=2, max_num=50)
DocumentFormSet = forms.formset_factory(DocumentForm, extra=1, max_num=50)

ITEM_FORMSETS: dict[str, type[forms.BaseFormSet[Any]]] = {
    "persons": PersonFormSet,
    "vehicles": VehicleFormSet,
    "phones": PhoneFormSet,
    "documents": DocumentFormSet,
}


class RequestForms:
    """The request form with its four item formsets, bound together and turned into a RequestInput."""

    def __init__(
        self,
        data: Any = None,
        files: Any = None,
        *,
        spontaneous: bool,
        unit_choices: Iterable[tuple[str, str]],
    ):
        form_class = SpontaneousForm if spontaneous else RequestForm
        self.spontaneous = spontaneous
        self.main = form_class(data, files, unit_choices=unit_choices)
        self.formsets = {name: cls(data, prefix=name) for name, cls in ITEM_FORMSETS.items()}
        # Which formset row became which list index of the input, to put errors back.
        self.rows: dict[str, list[forms.Form]] = {name: [] for name in ITEM_FORMSETS}

    @staticmethod
    def with_row_added(data: Any, prefix: str) -> Any:
        """A copy of the POST data with one more empty row in formset ``prefix`` (works without JavaScript)."""
        data = data.copy()
        key = f"{prefix}-TOTAL_FORMS"
        with contextlib.suppress(ValueError):
            data[key] = str(min(int(data.get(key, "0")) + 1, 50))
        return data

    def is_valid(self) -> bool:
        return self.main.is_valid() & all(fs.is_valid() for fs in self.formsets.values())

    def as_input(self) -> RequestInput:
        d = self.main.cleaned_data
        items: dict[str, list[Any]] = {}
        for name, formset in self.formsets.items():
            self.rows[name] = [f for f in formset.forms if f.has_changed()]
            items[name] = [f.as_input() for f in self.rows[name]]  # type: ignore[attr-defined]
        return RequestInput(
            subject=d.get("subject", ""),
            description=d.get("description", ""),
            purpose=d.get("purpose", ""),
            offence=d.get("offence", ""),
            urgency=d.get("urgency", ""),
            accessibility=d.get("accessibility", ""),
            language=d.get("language", ""),
            handling_code=d.get("handling_code", ""),
            requested_unit_uuid=d.get("requested_unit", ""),
            offence_max_penalty_months=d.get("offence_max_penalty_months"),
            subject_link=d.get("subject_link", ""),
            availability_reason=d.get("availability_reason", ""),
            urgency_criterion=d.get("urgency_criterion", ""),
            urgency_reason=d.get("urgency_reason", ""),
            use_restrictions=d.get("use_restrictions", ""),
            source_reliability=d.get("source_reliability", ""),
            information_assessment=d.get("information_assessment", ""),
            channel=d.get("channel") or Channel.SIENA,
            channel_exception=d.get("channel_exception", ""),
            copy_withheld_ground=d.get("copy_withheld_ground", ""),
            europol_copy=d.get("europol_copy") or EuropolCopy.NOT_ASSESSED,
            serious_offence=bool(d.get("serious_offence")),
            attachments=uploads_of(d.get("attachments") or []),
            **items,
        )

    def add_errors(self, errors: dict[str, list[str]]) -> None:
        errors_to_forms(self.main, errors, self.rows)


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
        label=_("Judicial authorisation"), required=False, choices=_blank(JudicialOutcome.choices)
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


class StatisticsYearForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int)

    def __init__(self, *args: Any, years: Iterable[int] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, str(y)) for y in years]  # type: ignore[attr-defined]


def year_choices(today: date) -> list[int]:
    return list(range(today.year, today.year - 6, -1))


# --- errors from actions back onto fields -------------------------------------------------------------

_ROW_FIELD = re.compile(r"^(?P<list>\w+)\[(?P<index>\d+)\](?:\.(?P<field>\w+))?$")


def errors_to_forms(
    form: forms.Form, errors: dict[str, list[str]], rows: dict[str, list[forms.Form]]
) -> None:
    """Attach ``ValidationFailed.errors`` to fields: ``persons[0].national_id`` goes to that row's field.

    Keys that match no field become errors of the form as a whole, prefixed with the key so the
    user still learns where the problem is.
    """
    for key, messages in errors.items():
        target, field = _target(form, key, rows)
        for message in messages:
            if target is form and field is None:
                form.add_error(None, f"{key}: {message}" if key else message)
            else:
                target.add_error(field, message)


def _target(form: forms.Form, key: str, rows: dict[str, list[forms.Form]]) -> tuple[forms.Form, str | None]:
    if key in form.fields:
        return form, key
    match = _ROW_FIELD.match(key)
    if match is None:
        return form, None
    name, index, field = match["list"], int(match["index"]), match["field"]
    if field is None and name in form.fields:  # attachments[1]
        return form, name
    if name in rows and index < len(rows[name]) and field in rows[name][index].fields:
        return rows[name][index], field
    return form, None
