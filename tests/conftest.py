"""Shared fixtures: the reference units of both countries and one actor per role and unit.

Actors are named ``<unit code>:<role>``, e.g. ``actors["ro-spoc:duty_officer"]``. Pure engine tests
under tests/engines do not use any of this and run without Django.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

POSTGRES_URL_DEFAULT = "postgres://postgres@127.0.0.1:5432/test"


def pytest_collection_modifyitems(config, items):
    """Under CI every test must run: a skip of a PostgreSQL, browser or Spark test is a failure."""
    config._jointdesk_ci = os.environ.get("CI", "").lower() == "true"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if getattr(item.config, "_jointdesk_ci", False) and report.skipped:
        # Parametrised marks that skip by design (e.g. xfail) are not used in this suite.
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which must run every test: {report.longrepr}"


try:
    import django
except ImportError:  # bare engine environment
    django = None

if django is not None:

    @pytest.fixture
    def units(db):
        from jointdesk.accounts.reference_units import ensure_reference_units

        return ensure_reference_units()

    @pytest.fixture
    def make_user(db, units):
        from jointdesk.accounts.models import User

        def _make(unit_code: str, role: str, *, username: str | None = None, language: str = "en", **extra):
            unit = units[unit_code]
            return User.objects.create_user(
                username=username or f"{unit_code}-{role}".replace("_", "-"),
                password="correct horse battery staple",
                unit=unit,
                country=unit.country,
                role=role,
                language=language,
                **extra,
            )

        return _make

    @pytest.fixture
    def actors(make_user, units):
        from jointdesk.accounts.choices import Role

        return {f"{code}:{role}": make_user(code, role) for code in units for role in Role.values}

    @pytest.fixture
    def now():
        """A fixed moment for tests that pass ``now`` explicitly (Wednesday, 10:00 in Bucharest)."""
        return datetime(2026, 11, 25, 8, 0, tzinfo=UTC)

    @pytest.fixture(autouse=True)
    def _fast_password_hashing(settings):
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    @pytest.fixture(autouse=True)
    def _private_storage(settings, tmp_path):
        settings.JOINTDESK_PRIVATE_STORAGE = tmp_path / "private"
