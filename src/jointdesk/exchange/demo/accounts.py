"""The demo accounts: one person per role that the tour of the application needs."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password

from jointdesk.accounts.models import Unit, User

DEMO_PASSWORD = "demo-password"  # noqa: S105 - printed on purpose, demo only


@dataclass(frozen=True)
class DemoAccount:
    username: str
    unit: str
    role: str
    language: str
    first_name: str
    last_name: str
    staff: bool = False

    @property
    def time_zone(self) -> str:
        return "Europe/Sofia" if self.unit.startswith("bg-") else "Europe/Bucharest"


DEMO_ACCOUNTS = [
    DemoAccount("ro-duty", "ro-spoc", "duty_officer", "ro", "Andreea", "Dumitrașcu"),
    DemoAccount("bg-duty", "bg-spoc", "duty_officer", "bg", "Десислава", "Маринова"),
    DemoAccount("ro-investigator", "ro-ipj-giurgiu", "investigator", "ro", "Mihai", "Tănase"),
    DemoAccount("bg-investigator", "bg-odmvr-ruse", "investigator", "bg", "Стоян", "Колев"),
    DemoAccount("ro-supervisor", "ro-spoc", "supervisor", "ro", "Cristian", "Popovici"),
    DemoAccount("bg-supervisor", "bg-spoc", "supervisor", "bg", "Пламен", "Атанасов"),
    DemoAccount("ro-dpo", "ro-spoc", "dpo", "ro", "Ioana", "Stoica"),
    DemoAccount("bg-dpo", "bg-spoc", "dpo", "bg", "Милена", "Петкова"),
    DemoAccount("analyst", "ro-jcc-giurgiu", "analyst", "en", "Răzvan", "Ghiță"),
    DemoAccount("planner", "bg-rdgp-ruse", "planner", "bg", "Цветан", "Йорданов"),
    DemoAccount("coordinator", "ro-spoc", "coordinator", "en", "Elena", "Marinescu"),
    DemoAccount("admin", "ro-spoc", "administrator", "en", "Adrian", "Neagu", staff=True),
    DemoAccount("unrelated", "ro-itpf-giurgiu", "investigator", "ro", "Sorin", "Bălan"),
    # More senders, so that requests come from the regional units along the whole border.
    DemoAccount("ro-investigator-constanta", "ro-ipj-constanta", "investigator", "ro", "Oana", "Munteanu"),
    DemoAccount("ro-border-dolj", "ro-stpf-dolj", "investigator", "ro", "Cosmin", "Drăgulescu"),
    DemoAccount("bg-investigator-vidin", "bg-odmvr-vidin", "investigator", "bg", "Цветелина", "Христова"),
    DemoAccount("bg-investigator-dobrich", "bg-odmvr-dobrich", "investigator", "bg", "Живко", "Златев"),
    DemoAccount("bg-border-silistra", "bg-gpu-silistra", "investigator", "bg", "Йордан", "Вълчев"),
]


def demo_accounts_present() -> bool:
    return User.objects.filter(username=DEMO_ACCOUNTS[0].username).exists()


def demo_accounts_ensure(units: dict[str, Unit]) -> dict[str, User]:
    """Create the missing demo users (one password hash shared by all: hashing is slow by design)."""
    password = make_password(DEMO_PASSWORD)
    users: dict[str, User] = {}
    for spec in DEMO_ACCOUNTS:
        user = User.objects.filter(username=spec.username).first()
        if user is None:
            unit = units[spec.unit]
            user = User(
                username=spec.username,
                first_name=spec.first_name,
                last_name=spec.last_name,
                email=f"{spec.username}@demo.jointdesk.invalid",
                unit=unit,
                country=unit.country,
                role=spec.role,
                language=spec.language,
                time_zone=spec.time_zone,
                is_staff=spec.staff,
                is_superuser=spec.staff,
                password=password,
            )
            user.save()
        users[spec.username] = user
    return users


def demo_accounts_table() -> list[dict[str, str]]:
    """Rows for the accounts table printed by ``seed_demo``."""
    users = {u.username: u for u in User.objects.filter(username__in=[a.username for a in DEMO_ACCOUNTS])}
    rows = []
    for spec in DEMO_ACCOUNTS:
        user = users.get(spec.username)
        if user is None:
            continue
        rows.append(
            {
                "username": user.username,
                "country": user.country,
                "unit": spec.unit,
                "role": str(user.get_role_display()),
                "language": user.language,
            }
        )
    return rows
