"""The exchange app's one door to the linkage engine's identifier and name normalisation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jointdesk.engines.linkage import identifiers, scripts


@dataclass(frozen=True)
class CheckedId:
    kind: str
    compact: str
    valid: bool
    problem: str | None
    birth_date: date | None
    sex: str | None


def check_national_id(value: str) -> CheckedId | None:
    parsed = identifiers.parse_national_id(value)
    if parsed is None:
        return None
    return CheckedId(
        kind=parsed.kind,
        compact=parsed.compact,
        valid=parsed.valid,
        problem=parsed.problem,
        birth_date=parsed.birth_date,
        sex=parsed.sex,
    )


def phone_e164(value: str, default_region: str) -> str | None:
    """E.164 for a valid number; None when the number cannot be a real phone number."""
    result = identifiers.normalise_phone(value, default_region=default_region)
    if not result or result.startswith("?"):
        return None
    return result


def plate_canonical(value: str) -> str:
    return identifiers.canonical_plate(value)


def document_normalised(value: str) -> str:
    return identifiers.normalise_document(value)


def latin_name(*parts: str) -> str:
    """Official Latin form of a name written in Cyrillic (Bulgarian Transliteration Act 2009)."""
    return " ".join(scripts.cyrillic_to_latin(p) for p in parts if p)
