"""``manage.py seed_demo``: every state, valid identifiers, something overdue now, non-zero statistics."""

from __future__ import annotations

import io

import phonenumbers
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from stdnum.bg import egn
from stdnum.ro import cnp

from jointdesk.accounts.models import User
from jointdesk.core.audit import verify_chain
from jointdesk.exchange.choices import ExchangeStatus
from jointdesk.exchange.demo.identities import cnp_check_digit, egn_check_digit
from jointdesk.exchange.models import Exchange, MessageRefusal, Person, Phone, Vehicle
from jointdesk.exchange.queries import ExchangeFilters, inbox_for_actor, overdue_for_actor
from jointdesk.exchange.statistics import year_statistics

pytestmark = pytest.mark.django_db(transaction=False)


def _seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db):
    return _seed("--exchanges", "60")


def test_check_digits_match_the_facts_examples():
    assert cnp_check_digit("163061512345") == "7"
    assert egn_check_digit("803205603") == "1"


def test_every_status_appears(seeded):
    statuses = set(Exchange.objects.values_list("status", flat=True))
    assert statuses == set(ExchangeStatus.values)
    assert Exchange.objects.count() == 60


def test_identifiers_are_valid(seeded):
    persons = Person.objects.exclude(national_id="")
    assert persons.filter(national_id_kind="CNP").exists() and persons.filter(national_id_kind="EGN").exists()
    for person in persons:
        validator = cnp if person.national_id_kind == "CNP" else egn
        assert validator.is_valid(person.national_id), person.national_id
    assert Person.objects.filter(given_name__regex=r"[А-Яа-я]").exists()  # Bulgarian names in Cyrillic
    for phone in Phone.objects.all():
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone.e164)), phone.number
    assert Vehicle.objects.exclude(plate_canonical="").count() == Vehicle.objects.count()


def test_something_is_overdue_and_something_is_due_soon(seeded):
    now = timezone.now()
    ro_duty = User.objects.get(username="ro-duty")
    bg_duty = User.objects.get(username="bg-duty")
    assert overdue_for_actor(ro_duty, now=now).exists()
    assert inbox_for_actor(bg_duty, ExchangeFilters(status="overdue"), now=now).exists()
    assert (
        inbox_for_actor(ro_duty, ExchangeFilters(due_within_hours=8), now=now)
        .exclude(due_at__lt=now)
        .exists()
    )
    unrelated = User.objects.get(username="unrelated")
    assert not inbox_for_actor(unrelated, ExchangeFilters(), now=now).exists()


def test_statistics_are_not_zero(seeded):
    now = timezone.now()
    for country in ("RO", "BG"):
        totals = [year_statistics(country, year, now=now) for year in (now.year - 1, now.year)]
        assert sum(s.requests_sent for s in totals) > 0
        assert sum(s.received_total for s in totals) > 0
        assert sum(p.answered_non_urgent + p.answered_urgent for s in totals for p in s.partners) > 0
    assert MessageRefusal.objects.filter(ground="g.i").exists()
    for row in MessageRefusal.objects.filter(ground="g.i").select_related("exchange"):
        assert (
            row.exchange.offence_max_penalty_months is not None
            and row.exchange.offence_max_penalty_months <= 12
        )


def test_history_is_replayed_in_time_and_the_audit_chain_holds(seeded):
    checked, broken, _problem = verify_chain()
    assert broken is None and checked > 60
    oldest = Exchange.objects.order_by("received_at").first()
    assert oldest is not None and (timezone.now() - oldest.received_at).days > 300
    assert oldest.created_at == oldest.received_at


def test_second_run_prints_the_accounts_and_loads_nothing(seeded):
    assert "ro-duty" in seeded and "demo-password" in seeded and "/accounts/login/" in seeded
    count = Exchange.objects.count()
    again = _seed("--exchanges", "60")
    assert "already present" in again and "bg-investigator" in again
    assert Exchange.objects.count() == count
    user = User.objects.get(username="bg-duty")
    assert user.check_password("demo-password") and user.language == "bg" and user.time_zone == "Europe/Sofia"
    assert User.objects.get(username="admin").is_superuser


def test_refuses_to_mix_with_other_data(seeded):
    User.objects.filter(username="ro-duty").update(username="someone-else")
    with pytest.raises(CommandError, match="not demo data"):
        _seed("--exchanges", "60")
