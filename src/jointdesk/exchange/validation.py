"""Rules a request and its named items must satisfy before anything is stored.

Every problem is collected with the name of the field it concerns (``persons[0].national_id``),
so the form or API caller sees all that is wrong at once.
"""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext as _

from jointdesk.exchange import attachments as attachment_files
from jointdesk.exchange import normalisation
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
    SourceReliability,
    Urgency,
    UrgencyCriterion,
)
from jointdesk.exchange.inputs import PersonInput, RequestInput, UploadedFile

# Art. 11: languages each contact point works in (English always among them).
ACCEPTED_LANGUAGES = {"RO": {"ro", "en"}, "BG": {"bg", "en"}}
ISO_COUNTRIES_HINT = _("a two-letter ISO 3166 country code, e.g. RO, BG, SY")


class Problems:
    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = defaultdict(list)

    def add(self, field: str, message: str) -> None:
        self.errors[field].append(str(message))

    def __bool__(self) -> bool:
        return bool(self.errors)


def _choice(problems: Problems, field: str, value: str, choices: type, *, required: bool = True) -> None:
    if not value:
        if required:
            problems.add(field, _("This field is required."))
        return
    if value not in choices.values:  # type: ignore[attr-defined]
        problems.add(field, _("'%(value)s' is not one of the allowed values.") % {"value": value})


def _required(problems: Problems, field: str, value: str) -> None:
    if not (value or "").strip():
        problems.add(field, _("This field is required."))


def _country(problems: Problems, field: str, value: str) -> None:
    if value and (len(value) != 2 or not value.isalpha() or not value.isupper()):
        problems.add(field, _("Expected %(hint)s.") % {"hint": ISO_COUNTRIES_HINT})


def check_person(problems: Problems, prefix: str, person: PersonInput) -> None:
    _required(problems, f"{prefix}.given_name", person.given_name)
    _required(problems, f"{prefix}.family_name", person.family_name)
    _country(problems, f"{prefix}.nationality", person.nationality)
    if person.sex not in ("", "M", "F"):
        problems.add(f"{prefix}.sex", _("Sex must be M, F or empty."))
    if person.national_id.strip():
        checked = normalisation.check_national_id(person.national_id)
        if checked is None or not checked.valid:
            problem = checked.problem if checked is not None else _("not a personal number")
            problems.add(
                f"{prefix}.national_id",
                _("Personal number %(kind)s is not valid: %(problem)s.")
                % {"kind": checked.kind if checked else "", "problem": problem},
            )
        else:
            if person.birth_date and checked.birth_date and checked.birth_date != person.birth_date:
                problems.add(
                    f"{prefix}.birth_date",
                    _(
                        "The date of birth %(given)s does not match the one encoded in the %(kind)s (%(encoded)s)."
                    )
                    % {
                        "given": person.birth_date.isoformat(),
                        "kind": checked.kind,
                        "encoded": checked.birth_date.isoformat(),
                    },
                )
            if person.sex and checked.sex and checked.sex != person.sex:
                problems.add(
                    f"{prefix}.sex",
                    _("The sex %(given)s does not match the one encoded in the %(kind)s (%(encoded)s).")
                    % {"given": person.sex, "kind": checked.kind, "encoded": checked.sex},
                )


def check_uploads(problems: Problems, uploads: list[UploadedFile]) -> None:
    for index, upload in enumerate(uploads):
        for message in attachment_files.check(upload, index):
            problems.add(f"attachments[{index}]", message)


def check_request(
    data: RequestInput, *, requesting_country: str, requested_country: str, spontaneous: bool
) -> Problems:
    """All that is wrong with a request (Art. 4) or own-initiative provision (Art. 7)."""
    problems = Problems()
    _required(problems, "subject", data.subject)
    _required(problems, "description", data.description)
    _required(problems, "purpose", data.purpose)
    _required(problems, "offence", data.offence)
    if not spontaneous:
        _choice(problems, "urgency", data.urgency, Urgency)
        _choice(problems, "accessibility", data.accessibility, Accessibility)
        if data.urgency == Urgency.URGENT:
            _choice(problems, "urgency_criterion", data.urgency_criterion, UrgencyCriterion)
            _required(problems, "urgency_reason", data.urgency_reason)
        _required(problems, "subject_link", data.subject_link)
    _choice(problems, "language", data.language, Language)
    if data.language and data.language not in ACCEPTED_LANGUAGES.get(requested_country, {"en"}):
        problems.add(
            "language",
            _("The contact point of %(country)s does not accept requests in this language; use %(accepted)s.")
            % {
                "country": requested_country,
                "accepted": ", ".join(sorted(ACCEPTED_LANGUAGES[requested_country])),
            },
        )
    _choice(problems, "handling_code", data.handling_code, HandlingCode)
    _choice(problems, "source_reliability", data.source_reliability, SourceReliability, required=False)
    _choice(
        problems, "information_assessment", data.information_assessment, InformationAssessment, required=False
    )
    _choice(problems, "channel", data.channel, Channel)
    if data.channel == Channel.OTHER:
        _choice(problems, "channel_exception", data.channel_exception, ChannelException)
    _choice(problems, "copy_withheld_ground", data.copy_withheld_ground, CopyWithheldGround, required=False)
    _choice(problems, "europol_copy", data.europol_copy, EuropolCopy)
    if data.offence_max_penalty_months is not None and data.offence_max_penalty_months < 0:
        problems.add("offence_max_penalty_months", _("Must be zero or more."))
    for i, person in enumerate(data.persons):
        check_person(problems, f"persons[{i}]", person)
    for i, vehicle in enumerate(data.vehicles):
        _required(problems, f"vehicles[{i}].plate", vehicle.plate)
        if vehicle.plate.strip() and not normalisation.plate_canonical(vehicle.plate):
            problems.add(f"vehicles[{i}].plate", _("The plate has no letters or digits."))
        _country(problems, f"vehicles[{i}].registration_country", vehicle.registration_country)
    for i, phone in enumerate(data.phones):
        _required(problems, f"phones[{i}].number", phone.number)
        if phone.number.strip() and normalisation.phone_e164(phone.number, requesting_country) is None:
            problems.add(
                f"phones[{i}].number",
                _(
                    "'%(number)s' is not a valid phone number; write it with its country code, e.g. +40 721 234 567."
                )
                % {"number": phone.number},
            )
    for i, document in enumerate(data.documents):
        _choice(problems, f"documents[{i}].document_kind", document.document_kind, DocumentKind)
        _required(problems, f"documents[{i}].number", document.number)
        _country(problems, f"documents[{i}].issuing_country", document.issuing_country)
    check_uploads(problems, data.attachments)
    return problems
