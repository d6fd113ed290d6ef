"""Engine tests run without Django: neutralise the suite-wide autouse fixtures that need it.

tests/conftest.py defines autouse fixtures that take pytest-django's `settings` when Django is
importable. Engine tests are pure, and `make test-engines` runs them with `-p no:django`, where
`settings` does not exist; overriding the fixtures by name here keeps them out of engine tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _fast_password_hashing() -> None:
    return None


@pytest.fixture(autouse=True)
def _private_storage() -> None:
    return None
