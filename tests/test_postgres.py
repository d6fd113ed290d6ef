"""The suite really talks to the database it was told to use, and PostgreSQL is really there.

``make test`` runs the suite twice: on SQLite (no DATABASE_URL) and with
DATABASE_URL=postgres://...; CI fails on any skip, so nothing here skips under CI: on the SQLite
run the PostgreSQL server is still checked directly, with psycopg.
"""

from __future__ import annotations

import os
import threading

import pytest
from django.db import connection, connections

from tests.conftest import POSTGRES_URL_DEFAULT

DATABASE_URL = os.environ.get("DATABASE_URL", "")
CONFIGURED_VENDOR = "postgresql" if DATABASE_URL.startswith(("postgres://", "postgresql://")) else "sqlite"
UNDER_CI = os.environ.get("CI", "").lower() == "true"


@pytest.mark.django_db
@pytest.mark.parametrize("vendor", [CONFIGURED_VENDOR], ids=[f"DATABASE_URL->{CONFIGURED_VENDOR}"])
def test_suite_uses_the_configured_engine(vendor):
    assert connection.vendor == vendor, (
        f"DATABASE_URL={DATABASE_URL!r} but the tests run on {connection.vendor}"
    )
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("SELECT current_database(), version()")
            name, version = cursor.fetchone()
            assert name.startswith("test_")  # pytest-django's test database, never the real one
            assert version.startswith("PostgreSQL")
        else:
            cursor.execute("SELECT sqlite_version()")
            assert cursor.fetchone()[0]


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_server_answers():
    """On the PostgreSQL run through the suite's own connection; on the SQLite run directly, with psycopg."""
    if CONFIGURED_VENDOR == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version_num")
            assert int(cursor.fetchone()[0]) >= 130000
        return
    if not (UNDER_CI or os.environ.get("JOINTDESK_CHECK_POSTGRES")):
        pytest.skip(
            "DATABASE_URL is not set, so this run uses SQLite; run with "
            f"DATABASE_URL={POSTGRES_URL_DEFAULT} (as `make test-postgres` does) to test PostgreSQL"
        )
    import psycopg

    # The maintenance database exists on every server, whatever the test database is called.
    server = POSTGRES_URL_DEFAULT.replace("postgres://", "postgresql://", 1).rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, connect_timeout=5) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert conn.info.server_version >= 130000


@pytest.mark.django_db(transaction=True)
def test_concurrent_audit_writers_keep_one_chain(actors):
    """The chain lock (advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite) serialises writers."""
    from jointdesk.core import audit
    from jointdesk.core.audit import verify_chain
    from jointdesk.core.choices import AuditAction
    from jointdesk.core.models import AuditEvent

    users = [actors["ro-spoc:duty_officer"], actors["bg-spoc:duty_officer"], actors["ro-spoc:dpo"]]
    errors: list[BaseException] = []
    start = threading.Barrier(len(users))

    def write(user):
        try:
            start.wait()
            for i in range(15):
                audit.record(actor=user, action=AuditAction.VIEW, object_id=f"{user.pk}-{i}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert AuditEvent.objects.filter(action=AuditAction.VIEW).count() == 45
    checked, broken, reason = verify_chain()
    assert broken is None, reason
    assert checked == AuditEvent.objects.count()
