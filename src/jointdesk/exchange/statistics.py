"""The Article 18 statistics of Directive (EU) 2023/977 for one calendar year and one country.

Art. 18(1): (a) requests submitted; (b) requests received and answered, split urgent / non-urgent
and by requesting Member State; (c) requests refused, by requesting Member State and by Art. 6
ground; (d) cases where the Art. 5(1) deadlines were exceeded because judicial authorisation had
to be obtained (Art. 5(2)), by requesting Member State. Years run on the countries' own clock
(Eastern European Time). Counting is done in SQL so a year of 200,000 messages stays fast.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db.models import Count, F, Max, Q

from jointdesk.core.choices import Country
from jointdesk.exchange.choices import ExchangeKind, ExchangeStatus, RefusalGround, Urgency
from jointdesk.exchange.models import Exchange, MessageRefusal

_ZONE = ZoneInfo("Europe/Bucharest")


@dataclass
class PartnerFigures:
    """Figures about the requests one requesting country sent to the reporting country."""

    requesting_country: str
    received_urgent: int = 0
    received_non_urgent: int = 0
    answered_urgent: int = 0
    answered_non_urgent: int = 0
    refused: int = 0
    refused_by_ground: dict[str, int] = field(default_factory=dict)
    judicial_overruns: int = 0
    deadlines_missed: int = 0


@dataclass
class YearStatistics:
    country: str
    year: int
    requests_sent: int
    requests_sent_by_spoc: int
    requests_sent_by_other_authorities: int
    spontaneous_sent: int
    spontaneous_received: int
    partners: list[PartnerFigures]

    @property
    def received_total(self) -> int:
        return sum(p.received_urgent + p.received_non_urgent for p in self.partners)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _year_bounds(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1, tzinfo=_ZONE), datetime(year + 1, 1, 1, tzinfo=_ZONE)


def year_statistics(country: str, year: int, *, now: datetime) -> YearStatistics:
    """Art. 18 figures for ``country`` (as requested and requesting state) in calendar ``year``."""
    return year_statistics_all(year, now=now, countries=[country])[0]


def year_statistics_all(
    year: int, *, now: datetime, countries: Sequence[str] = tuple(Country.values)
) -> list[YearStatistics]:
    """Art. 18 figures of every reporting country in ``countries`` for ``year``, in three grouped queries."""
    start, end = _year_bounds(year)
    in_year = Q(received_at__gte=start, received_at__lt=end)
    request = Q(kind=ExchangeKind.REQUEST)
    sent = {
        row["requesting_country"]: row
        for row in Exchange.objects.filter(in_year, requesting_country__in=countries)
        .values("requesting_country")
        .annotate(
            requests=Count("id", filter=request),
            by_spoc=Count("id", filter=request & Q(requesting_unit__is_spoc=True)),
            spontaneous=Count("id", filter=Q(kind=ExchangeKind.SPONTANEOUS)),
        )
        .order_by()
    }
    answered = request & Q(status__in=[ExchangeStatus.ANSWERED, ExchangeStatus.PARTIALLY_REFUSED])
    late_with_judicial = Q(judicial_delay=True) & (
        Q(closed_at__gt=F("due_at")) | Q(closed_at__isnull=True, due_at__lt=now)
    )
    missed = Q(judicial_delay=False) & (
        Q(closed_at__gt=F("due_at")) | Q(closed_at__isnull=True, due_at__lt=now, status=ExchangeStatus.OPEN)
    )
    received = (
        Exchange.objects.filter(in_year, requested_country__in=countries)
        .values("requested_country", "requesting_country")
        .annotate(
            received_urgent=Count("id", filter=request & Q(urgency=Urgency.URGENT)),
            received_non_urgent=Count("id", filter=request & Q(urgency=Urgency.NON_URGENT)),
            answered_urgent=Count("id", filter=answered & Q(urgency=Urgency.URGENT)),
            answered_non_urgent=Count("id", filter=answered & Q(urgency=Urgency.NON_URGENT)),
            refused=Count(
                "id",
                filter=request & Q(status__in=[ExchangeStatus.REFUSED, ExchangeStatus.PARTIALLY_REFUSED]),
            ),
            judicial_overruns=Count("id", filter=request & late_with_judicial),
            deadlines_missed=Count("id", filter=request & missed & ~Q(status=ExchangeStatus.WITHDRAWN)),
            spontaneous=Count("id", filter=Q(kind=ExchangeKind.SPONTANEOUS)),
        )
        .order_by()
    )
    partners: dict[str, dict[str, PartnerFigures]] = {c: {} for c in countries}
    spontaneous_received = dict.fromkeys(countries, 0)
    for row in received:
        reporting = row.pop("requested_country")
        spontaneous_received[reporting] += row.pop("spontaneous")
        if row["received_urgent"] + row["received_non_urgent"]:
            partners[reporting][row["requesting_country"]] = PartnerFigures(**row)
    grounds = (
        MessageRefusal.objects.filter(
            exchange__received_at__gte=start,
            exchange__received_at__lt=end,
            exchange__requested_country__in=countries,
            exchange__kind=ExchangeKind.REQUEST,
        )
        .values("exchange__requested_country", "exchange__requesting_country", "ground")
        .annotate(n=Count("exchange_id", distinct=True))
        .order_by()
    )
    for row in grounds:
        requesting = row["exchange__requesting_country"]
        partner = partners[row["exchange__requested_country"]].setdefault(
            requesting, PartnerFigures(requesting)
        )
        partner.refused_by_ground[row["ground"]] = row["n"]
    return [
        _report(country, year, sent.get(country, {}), spontaneous_received[country], partners[country])
        for country in countries
    ]


def year_statistics_current(year: int, *, now: datetime) -> list[YearStatistics]:
    """The pages' and the API's figures: recomputed after any change to an exchange, else once a minute.

    Every message saves its exchange (bumping ``updated_at``), so the latest ``updated_at`` identifies
    the data; the minute bucket bounds how stale the time-dependent counts (open requests that have
    just become late) can be. Exact figures for a given moment come from ``year_statistics_all``.
    """
    latest = Exchange.objects.aggregate(latest=Max("updated_at"))["latest"]
    stamp = latest.timestamp() if latest else 0
    key = f"jointdesk:art18:{year}:{stamp}:{int(now.timestamp() // 60)}"
    cached: list[YearStatistics] | None = cache.get(key)
    if cached is None:
        cached = year_statistics_all(year, now=now)
        cache.set(key, cached, timeout=120)
    return cached


def _report(
    country: str,
    year: int,
    sent: dict[str, int],
    spontaneous_received: int,
    partners: dict[str, PartnerFigures],
) -> YearStatistics:
    for partner in partners.values():
        partner.refused_by_ground = {g: partner.refused_by_ground.get(g, 0) for g in RefusalGround.values}
    requests, by_spoc = sent.get("requests", 0), sent.get("by_spoc", 0)
    return YearStatistics(
        country=country,
        year=year,
        requests_sent=requests,
        requests_sent_by_spoc=by_spoc,
        requests_sent_by_other_authorities=requests - by_spoc,
        spontaneous_sent=sent.get("spontaneous", 0),
        spontaneous_received=spontaneous_received,
        partners=sorted(partners.values(), key=lambda p: p.requesting_country),
    )


def as_csv(stats: list[YearStatistics]) -> str:
    """One row per reporting country and requesting country, one column per Art. 18 figure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    ground_columns = [f"refused_ground_{g}" for g in RefusalGround.values]
    writer.writerow(
        [
            "year", "reporting_country", "requests_sent", "requests_sent_by_spoc", "requests_sent_by_other_authorities",
            "spontaneous_sent", "spontaneous_received", "requesting_country", "received_urgent", "received_non_urgent",
            "answered_urgent", "answered_non_urgent", "refused", *ground_columns, "judicial_overruns_art_5_2",
            "deadlines_missed",
        ]
    )  # fmt: skip
    for s in stats:
        partners = s.partners or [PartnerFigures(requesting_country="")]
        for p in partners:
            writer.writerow(
                [
                    s.year, s.country, s.requests_sent, s.requests_sent_by_spoc, s.requests_sent_by_other_authorities,
                    s.spontaneous_sent, s.spontaneous_received, p.requesting_country, p.received_urgent,
                    p.received_non_urgent, p.answered_urgent, p.answered_non_urgent, p.refused,
                    *[p.refused_by_ground.get(g, 0) for g in RefusalGround.values], p.judicial_overruns, p.deadlines_missed,
                ]
            )  # fmt: skip
    return buffer.getvalue()
