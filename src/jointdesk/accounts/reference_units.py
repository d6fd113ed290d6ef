"""The organisations and units of both countries that every installation starts with.

Loaded by ``manage.py seed_units`` (idempotent) and by the test fixtures, so tests and the demo
talk about the same real bodies along the Romanian-Bulgarian border.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from jointdesk.accounts.choices import OrganisationKind
from jointdesk.accounts.models import Organisation, Unit


@dataclass(frozen=True)
class OrgSpec:
    code: str
    country: str
    kind: str
    name: str
    name_local: str


@dataclass(frozen=True)
class UnitSpec:
    code: str
    org: str
    name: str
    name_local: str
    is_spoc: bool = False
    is_joint: bool = False
    parent: str = ""
    region: str = ""


ORGANISATIONS = [
    OrgSpec("ro-ccpi", "RO", OrganisationKind.SPOC, "Centre for International Police Cooperation",
            "Centrul de Cooperare Polițienească Internațională"),
    OrgSpec("ro-igpr", "RO", OrganisationKind.NATIONAL_POLICE, "Romanian Police", "Poliția Română"),
    OrgSpec("ro-igpf", "RO", OrganisationKind.BORDER_POLICE, "Romanian Border Police", "Poliția de Frontieră Română"),
    OrgSpec("bg-iocd", "BG", OrganisationKind.SPOC, "International Operational Cooperation Directorate",
            "Дирекция „Международно оперативно сътрудничество“"),
    OrgSpec("bg-gdnp", "BG", OrganisationKind.NATIONAL_POLICE, "General Directorate National Police",
            "Главна дирекция „Национална полиция“"),
    OrgSpec("bg-gdbp", "BG", OrganisationKind.BORDER_POLICE, "General Directorate Border Police",
            "Главна дирекция „Гранична полиция“"),
]  # fmt: skip

UNITS = [
    UnitSpec("ro-spoc", "ro-ccpi", "Romanian Single Point of Contact (CCPI)", "Punctul Unic de Contact (CCPI)", is_spoc=True, region="București"),
    UnitSpec("ro-jcc-giurgiu", "ro-igpf", "Joint Contact Centre Giurgiu-Ruse", "Centrul Comun de Contact Giurgiu", is_joint=True, region="Giurgiu"),
    UnitSpec("ro-ipj-giurgiu", "ro-igpr", "Giurgiu County Police", "Inspectoratul de Poliție Județean Giurgiu", region="Giurgiu"),
    UnitSpec("ro-ipj-constanta", "ro-igpr", "Constanța County Police", "Inspectoratul de Poliție Județean Constanța", region="Constanța"),
    UnitSpec("ro-itpf-giurgiu", "ro-igpf", "Giurgiu Territorial Border Police", "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu", region="Giurgiu"),
    UnitSpec("ro-stpf-dolj", "ro-igpf", "Dolj Border Police Service (Calafat)", "Serviciul Teritorial al Poliției de Frontieră Dolj", parent="ro-itpf-giurgiu", region="Dolj"),
    UnitSpec("bg-spoc", "bg-iocd", "Bulgarian Single Point of Contact (IOCD)", "Единно звено за контакт (ДМОС)", is_spoc=True, region="София"),
    UnitSpec("bg-odmvr-ruse", "bg-gdnp", "Ruse Regional Directorate of the Interior", "ОДМВР Русе", region="Русе"),
    UnitSpec("bg-odmvr-vidin", "bg-gdnp", "Vidin Regional Directorate of the Interior", "ОДМВР Видин", region="Видин"),
    UnitSpec("bg-odmvr-dobrich", "bg-gdnp", "Dobrich Regional Directorate of the Interior", "ОДМВР Добрич", region="Добрич"),
    UnitSpec("bg-rdgp-ruse", "bg-gdbp", "Ruse Regional Border Police Directorate", "РДГП Русе", region="Русе"),
    UnitSpec("bg-gpu-silistra", "bg-gdbp", "Silistra Border Police Station", "ГПУ Силистра", parent="bg-rdgp-ruse", region="Силистра"),
]  # fmt: skip


def ensure_reference_units() -> dict[str, Unit]:
    """Create the organisations and units if missing; return the units by code."""
    with transaction.atomic():
        orgs = {}
        for o in ORGANISATIONS:
            orgs[o.code], _ = Organisation.objects.get_or_create(
                code=o.code,
                defaults={"country": o.country, "kind": o.kind, "name": o.name, "name_local": o.name_local},
            )
        units: dict[str, Unit] = {}
        for u in UNITS:
            org = orgs[u.org]
            units[u.code], _ = Unit.objects.get_or_create(
                code=u.code,
                defaults={
                    "organisation": org, "country": org.country, "name": u.name, "name_local": u.name_local,
                    "is_spoc": u.is_spoc, "is_joint": u.is_joint, "parent": units.get(u.parent), "region": u.region,
                },
            )  # fmt: skip
    return units
