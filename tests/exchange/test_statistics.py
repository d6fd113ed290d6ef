"""Article 18 statistics: a hand-built year with known counts, and the year boundary in EET."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from jointdesk.exchange import actions
from jointdesk.exchange.choices import MessageKind, RefusalGround
from jointdesk.exchange.inputs import ItemDecisionInput, ReplyInput
from jointdesk.exchange.statistics import PartnerFigures, YearStatistics, as_csv, year_statistics
from tests.exchange.test_actions import request_input

pytestmark = pytest.mark.django_db

BUCHAREST = ZoneInfo("Europe/Bucharest")
STATS_NOW = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)


def _reply(actor, exchange, kind, at, **data):
    data.setdefault("body", "text")
    return actions.message_send(actor=actor, exchange=exchange, kind=kind, data=ReplyInput(**data), now=at)


@pytest.fixture
def year(actors):
    """Exchanges of 2026 between the two countries, with what each should count for."""
    bg = actors["bg-odmvr-ruse:investigator"]
    ro = actors["ro-spoc:duty_officer"]
    day = iter(datetime(2026, 3, 2, 8, 0, tzinfo=UTC) + timedelta(days=3 * i) for i in range(100))

    def send(actor=bg, urgent=True, **extra):
        at = next(day)
        data = request_input(urgency="urgent" if urgent else "non_urgent", **extra)
        return actions.exchange_send(actor=actor, data=data, now=at), at

    # 1, 2: urgent, answered on time
    for _ in range(2):
        exchange, at = send()
        _reply(ro, exchange, MessageKind.ANSWER, at + timedelta(hours=3))
    # 3: non-urgent, answered on time
    exchange, at = send(urgent=False)
    _reply(ro, exchange, MessageKind.ANSWER, at + timedelta(days=2))
    # 4: non-urgent, refused on two grounds
    exchange, at = send(urgent=False)
    _reply(ro, exchange, MessageKind.REFUSAL, at + timedelta(days=1), grounds=["a", "f.ii"])
    # 5: urgent, partly refused (the vehicle, on ground f.ii), the person provided
    exchange, at = send()
    vehicle = exchange.vehicle_items.get()
    _reply(
        ro,
        exchange,
        MessageKind.ANSWER,
        at + timedelta(hours=5),
        item_decisions=[ItemDecisionInput(item_uuid=str(vehicle.uuid), decision="refused", grounds=["f.ii"])],
    )
    # 6: urgent, judicial authorisation needed, notified in time, answered late: Art. 5(2) overrun
    exchange, at = send()
    _reply(
        ro, exchange, MessageKind.DELAY_NOTICE, at + timedelta(hours=1), delay_until=at + timedelta(hours=48)
    )
    _reply(ro, exchange, MessageKind.JUDICIAL_OUTCOME, at + timedelta(hours=20), judicial_outcome="obtained")
    _reply(ro, exchange, MessageKind.ANSWER, at + timedelta(hours=21))
    # 7: non-urgent, answered a day late without any notice: deadline missed
    exchange, at = send(urgent=False)
    _reply(ro, exchange, MessageKind.ANSWER, at + timedelta(days=8))
    # 8: urgent, still open and long overdue: deadline missed
    send()
    # 9: urgent, withdrawn after its deadline had passed: not a missed deadline
    exchange, at = send()
    _reply(bg, exchange, MessageKind.WITHDRAWAL, at + timedelta(hours=10))
    # 10: a clarification paused it; still awaiting clarification at the end of the year: nothing missed
    exchange, at = send(urgent=False)
    _reply(ro, exchange, MessageKind.CLARIFICATION_REQUEST, at + timedelta(hours=1))
    # 11: own-initiative information from Bulgaria
    actions.exchange_send(actor=bg, data=request_input(), spontaneous=True, now=next(day))
    # Romania's own requests: one by its SPOC, one by a county police (designated authority), and one provision
    send(actor=ro)
    send(actor=actors["ro-ipj-giurgiu:investigator"], urgent=False)
    actions.exchange_send(actor=ro, data=request_input(language="bg"), spontaneous=True, now=next(day))
    # Outside the year: neither counts
    actions.exchange_send(actor=bg, data=request_input(), now=datetime(2025, 6, 1, 8, 0, tzinfo=UTC))
    actions.exchange_send(actor=bg, data=request_input(), now=datetime(2027, 1, 5, 8, 0, tzinfo=UTC))


def _grounds(**counts) -> dict[str, int]:
    grounds = dict.fromkeys(RefusalGround.values, 0)
    grounds.update({k.replace("_", "."): v for k, v in counts.items()})
    return grounds


def test_romania_2026(year):
    stats = year_statistics("RO", 2026, now=STATS_NOW)
    assert stats == YearStatistics(
        country="RO",
        year=2026,
        requests_sent=2,
        requests_sent_by_spoc=1,
        requests_sent_by_other_authorities=1,
        spontaneous_sent=1,
        spontaneous_received=1,
        partners=[
            PartnerFigures(
                requesting_country="BG",
                received_urgent=6,
                received_non_urgent=4,
                answered_urgent=4,
                answered_non_urgent=2,
                refused=2,
                refused_by_ground=_grounds(a=1, f_ii=2),
                judicial_overruns=1,
                deadlines_missed=2,
            )
        ],
    )
    assert stats.received_total == 10


def test_bulgaria_2026(year):
    stats = year_statistics("BG", 2026, now=STATS_NOW)
    assert (stats.requests_sent, stats.requests_sent_by_spoc, stats.requests_sent_by_other_authorities) == (
        10,
        0,
        10,
    )
    assert (stats.spontaneous_sent, stats.spontaneous_received) == (1, 1)
    assert stats.partners == [
        PartnerFigures(
            requesting_country="RO",
            received_urgent=1,
            received_non_urgent=1,
            refused_by_ground=_grounds(),
            deadlines_missed=2,  # neither was answered: both open and overdue by mid-January
        )
    ]


def test_open_request_is_missed_only_once_its_deadline_has_passed(actors):
    received = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    actions.exchange_send(actor=actors["bg-odmvr-ruse:investigator"], data=request_input(), now=received)
    before = year_statistics("RO", 2026, now=received + timedelta(hours=8))  # inclusive deadline
    after = year_statistics("RO", 2026, now=received + timedelta(hours=8, minutes=1))
    assert before.partners[0].deadlines_missed == 0
    assert after.partners[0].deadlines_missed == 1


def test_csv(year):
    text = as_csv([year_statistics("RO", 2026, now=STATS_NOW), year_statistics("BG", 2026, now=STATS_NOW)])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 2
    ro = rows[0]
    assert ro["year"] == "2026"
    assert ro["reporting_country"] == "RO"
    assert ro["requesting_country"] == "BG"
    expected = {
        "requests_sent": "2",
        "requests_sent_by_spoc": "1",
        "requests_sent_by_other_authorities": "1",
        "spontaneous_sent": "1",
        "spontaneous_received": "1",
        "received_urgent": "6",
        "received_non_urgent": "4",
        "answered_urgent": "4",
        "answered_non_urgent": "2",
        "refused": "2",
        "refused_ground_a": "1",
        "refused_ground_f.ii": "2",
        "refused_ground_g.i": "0",
        "judicial_overruns_art_5_2": "1",
        "deadlines_missed": "2",
    }
    assert {k: ro[k] for k in expected} == expected
    assert [c for c in rows[0] if c.startswith("refused_ground_")] == [
        f"refused_ground_{g}" for g in RefusalGround.values
    ]
    assert rows[1]["reporting_country"] == "BG"
    assert rows[1]["requesting_country"] == "RO"


def test_empty_year_gives_one_csv_row_of_zeros(db):
    stats = year_statistics("RO", 2030, now=STATS_NOW)
    assert stats.partners == [] and stats.requests_sent == 0
    rows = list(csv.DictReader(io.StringIO(as_csv([stats]))))
    assert len(rows) == 1
    assert rows[0]["requesting_country"] == ""
    assert rows[0]["received_urgent"] == "0"


def test_year_boundary_is_midnight_in_eastern_european_time(actors):
    bg = actors["bg-odmvr-ruse:investigator"]
    late_2026 = datetime(2026, 12, 31, 23, 30, tzinfo=BUCHAREST)
    early_2027 = datetime(2027, 1, 1, 0, 30, tzinfo=BUCHAREST)
    assert late_2026.astimezone(UTC) == datetime(2026, 12, 31, 21, 30, tzinfo=UTC)
    assert early_2027.astimezone(UTC).year == 2026  # 22:30 UTC on New Year's Eve
    first = actions.exchange_send(
        actor=bg, data=request_input(urgency="non_urgent"), now=late_2026.astimezone(UTC)
    )
    second = actions.exchange_send(
        actor=bg, data=request_input(urgency="non_urgent"), now=early_2027.astimezone(UTC)
    )
    assert first.reference.startswith("BG-2026-")
    assert second.reference.startswith("BG-2027-")
    stats_2026 = year_statistics("RO", 2026, now=STATS_NOW)
    stats_2027 = year_statistics("RO", 2027, now=STATS_NOW)
    assert stats_2026.partners[0].received_non_urgent == 1
    assert stats_2027.partners[0].received_non_urgent == 1
    assert year_statistics("BG", 2026, now=STATS_NOW).requests_sent == 1
    assert year_statistics("BG", 2027, now=STATS_NOW).requests_sent == 1


def test_reference_year_does_not_depend_on_the_users_time_zone(actors):
    """A user who chose UTC sends at 00:30 on 1 January in Bucharest: the request belongs to the new year."""
    from django.utils import timezone

    with timezone.override("UTC"):
        exchange = actions.exchange_send(
            actor=actors["bg-odmvr-ruse:investigator"],
            data=request_input(),
            now=datetime(2027, 1, 1, 0, 30, tzinfo=BUCHAREST).astimezone(UTC),
        )
    assert exchange.reference == "BG-2027-000001"
    assert year_statistics("BG", 2027, now=STATS_NOW).requests_sent == 1


def test_requests_received_in_summer_time_stay_in_their_year(actors):
    """EEST (UTC+3) in summer: the boundary logic must not depend on the season of the request."""
    bg = actors["bg-odmvr-ruse:investigator"]
    actions.exchange_send(
        actor=bg, data=request_input(), now=datetime(2026, 7, 1, 0, 30, tzinfo=BUCHAREST).astimezone(UTC)
    )
    assert year_statistics("RO", 2026, now=STATS_NOW).partners[0].received_urgent == 1


def test_page_figures_follow_every_new_message(actors, settings):
    """The cached figures the pages show change as soon as an exchange changes, without waiting."""
    from django.core.cache import cache
    from django.utils import timezone

    from jointdesk.exchange import actions
    from jointdesk.exchange.inputs import ReplyInput
    from jointdesk.exchange.statistics import year_statistics_current
    from tests.exchange.test_actions import request_input

    cache.clear()
    now = timezone.now()
    year = timezone.localtime(now).year
    exchange = actions.exchange_send(actor=actors["bg-spoc:duty_officer"], data=request_input(), now=now)
    before = year_statistics_current(year, now=now)[0]
    assert before.country == "RO" and sum(p.answered_urgent for p in before.partners) == 0
    actions.message_send(
        actor=actors["ro-spoc:duty_officer"],
        exchange=exchange,
        kind="answer",
        data=ReplyInput(body="Found."),
        now=now,
    )
    after = year_statistics_current(year, now=now)[0]
    assert sum(p.answered_urgent + p.answered_non_urgent for p in after.partners) == 1
