"""The new-request and own-initiative forms with their rows of persons, vehicles, phones and documents."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from jointdesk.exchange.choices import (
    Accessibility,
    Channel,
    ChannelException,
    CopyWithheldGround,
    DocumentKind,
    EuropolCopy,
    HandlingCode,
    InformationAssessment,
    Language,
    Sex,
    SourceReliability,
    Urgency,
    UrgencyCriterion,
)
from jointdesk.exchange.forms.common import (
    MultipleFileField,
    area_field,
    blank_choices,
    errors_to_forms,
    text_field,
    uploads_of,
)
from jointdesk.exchange.inputs import (
    DocumentInput,
    PersonInput,
    PhoneInput,
    RequestInput,
    VehicleInput,
)


# --- ------------------------------------------------------------------------------------------
class RequestForm(forms.Form):
    """The Art. 4(5) content of a request, with handling and evaluation codes."""

    requested_unit = forms.ChoiceField(
        label=_("Requested unit"), required=False,
        help_text=_("Leave empty to send to the other country's Single Point of Contact."),
    )  # fmt: skip
    subject = text_field(_("Subject"), max_length=200)
    description = area_field(_("Information sought"), rows=5)
    purpose = area_field(_("Purpose for which the information is sought"))
    offence = text_field(_("Offence"), max_length=200)
    offence_max_penalty_months = forms.IntegerField(
        label=_("Maximum penalty in the requested state (months)"), required=False, min_value=0,
        help_text=_("Needed when a refusal under Art. 6(1)(g)(i) could apply."),
    )  # fmt: skip
    subject_link = area_field(_("Link between the purpose and the persons concerned"))
    availability_reason = area_field(_("Why the information is believed to be available"))
    urgency = forms.ChoiceField(label=_("Urgency"), required=False, choices=blank_choices(Urgency.choices))
    urgency_criterion = forms.ChoiceField(
        label=_("Urgency ground (Art. 4(4))"), required=False, choices=blank_choices(UrgencyCriterion.choices)
    )
    urgency_reason = area_field(_("Reasons for urgency"), rows=2)
    accessibility = forms.ChoiceField(
        label=_("Accessibility of the information"), required=False, choices=blank_choices(Accessibility.choices),
        help_text=_("Urgent and directly accessible: 8 hours; urgent and indirectly accessible: 3 days; otherwise 7 days."),
    )  # fmt: skip
    language = forms.ChoiceField(
        label=_("Language of the request"), required=False, choices=blank_choices(Language.choices)
    )
    use_restrictions = area_field(_("Restrictions on use"), rows=2)
    handling_code = forms.ChoiceField(
        label=_("Handling code"), required=False, choices=blank_choices(HandlingCode.choices)
    )
    source_reliability = forms.ChoiceField(
        label=_("Source evaluation"), required=False, choices=blank_choices(SourceReliability.choices)
    )
    information_assessment = forms.ChoiceField(
        label=_("Information evaluation"),
        required=False,
        choices=blank_choices(InformationAssessment.choices),
    )
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=Channel.choices, initial=Channel.SIENA
    )
    channel_exception = forms.ChoiceField(
        label=_("Reason for not using SIENA (Art. 13(2))"),
        required=False,
        choices=blank_choices(ChannelException.choices),
    )
    copy_withheld_ground = forms.ChoiceField(
        label=_("Copy to own Single Point of Contact withheld (Art. 4(2))"), required=False,
        choices=blank_choices(CopyWithheldGround.choices),
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
        label=_("Serious criminal offence (provision mandatory, Art. 7(2))"), required=False
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
    given_name = text_field(_("Given name"), max_length=100)
    middle_name = text_field(_("Middle name or patronymic"), max_length=100)
    family_name = text_field(_("Family name"), max_length=100)
    birth_date = forms.DateField(
        label=_("Date of birth"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sex = forms.ChoiceField(label=_("Sex"), required=False, choices=Sex.choices)
    nationality = text_field(_("Nationality"), max_length=2, placeholder="RO", size=3)
    national_id = text_field(_("Personal number (CNP/EGN/LNCh)"), max_length=20)

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
    plate = text_field(_("Registration plate"), max_length=20)
    registration_country = text_field(_("Registration country"), max_length=2, placeholder="BG", size=3)
    make = text_field(_("Make"), max_length=60)
    model = text_field(_("Model"), max_length=60)
    colour = text_field(_("Colour"), max_length=40)

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
    number = text_field(_("Phone number"), max_length=40, placeholder="+40 721 234 567")

    def as_input(self) -> PhoneInput:
        return PhoneInput(number=self.cleaned_data.get("number", ""))


class DocumentForm(forms.Form):
    document_kind = forms.ChoiceField(
        label=_("Document kind"), required=False, choices=blank_choices(DocumentKind.choices)
    )
    number = text_field(_("Document number"), max_length=40)
    issuing_country = text_field(_("Issuing country"), max_length=2, placeholder="RO", size=3)

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
