"""Deadline arithmetic: strict elapsed time, or Reg. 1182/71 with each country's holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from jointdesk.exchange.deadlines.vocabulary import (
    DeadlineMode,
    PeriodUnit,
    StatutoryPeriod,
)

# --- deadline arithmetic -----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year))


@dataclass(frozen=True)
class Calendar:
    """Where and how periods are counted for one request."""

    mode: DeadlineMode
    period: StatutoryPeriod
    country: str
    zone: ZoneInfo
    extra_non_working_days: frozenset[date]
    received_at: datetime

    def is_working_day(self, day: date) -> bool:
        """Reg. 1182/71 Art. 2(2): not a Saturday, Sunday or public holiday of the requested country
        (Art. 2(1): of the Member State where the action is to be taken; both recalled, unconfirmed),
        nor a bridge day decreed by government (FACTS §6: not in the `holidays` package)."""
        return (
            day.weekday() < 5
            and day not in public_holidays(self.country, day.year)
            and day not in self.extra_non_working_days
        )

    def midnight_after(self, day: date) -> datetime:
        """End of the last hour of `day` in the requested country, in UTC (midnight exists in EET)."""
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.zone).astimezone(UTC)

    @property
    def first_day(self) -> date:
        """Reg. 1182/71 Art. 3(1): the day of receipt is not counted."""
        return self.received_at.astimezone(self.zone).date() + timedelta(days=1)

    def unextended_end(self) -> datetime:
        """The deadline before pauses and Art. 3(4)/(5) extensions."""
        if self.mode is DeadlineMode.STRICT:
            return self.received_at + self.period.elapsed
        if self.period.unit is PeriodUnit.HOURS:
            # Art. 3(1)/(2)(a): the hour of receipt is not counted; start at the next full hour.
            local = self.received_at.astimezone(self.zone)
            hour_start = local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)
            return hour_start + timedelta(hours=1) + self.period.elapsed
        return self.midnight_after(self.first_day + timedelta(days=self.period.length - 1))

    def deadline(self, paused: timedelta) -> datetime:
        """The deadline after `paused` of suspension.

        Under Reg. 1182/71 the suspended time is added first; the day in which the shifted period then
        ends is its last day, and the period runs to the end of that day (Art. 3(2)(b)), then on to the
        end of the next working day (3(4)) and of the second working day (3(5)). The Regulation says
        nothing about suspension: this is our reading. Rounding up to the end of the day is what keeps
        it monotone (a property test guards this): ending at the shifted instant instead would let a
        one-minute pause move a period that ended on a Sunday from the end of Monday to 00:01 Monday.
        """
        end = self.unextended_end() + paused
        if self.mode is DeadlineMode.STRICT or self.period.unit is PeriodUnit.HOURS:
            return end
        last_day = (end - timedelta(microseconds=1)).astimezone(self.zone).date()
        while not self.is_working_day(last_day):
            last_day += timedelta(days=1)
        return self.midnight_after(max(last_day, self._second_working_day()))

    def _second_working_day(self) -> date:
        day, found = self.first_day, 0
        while True:
            if self.is_working_day(day):
                found += 1
                if found == 2:
                    return day
            day += timedelta(days=1)
