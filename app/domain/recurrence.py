"""When a recurring voucher falls due: monthly on day N, quarterly, yearly (pure date arithmetic).

A schedule repeats every 1, 3 or 12 months from the month of its start date, on day N of the month; a month
shorter than N (day 31 in February or June, 29 in a common year's February) takes its last day, so "monthly
on the 31st" is the last day of every month and a quarterly schedule started on 31.3. falls on each quarter's
end. Each occurrence belongs to one period, named by its year and month ("2026-02"); a period is made into
a draft at most once, whatever the day is later changed to (app/store/templates.py records it).
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Repeat(StrEnum):
    """How often a template falls due."""

    NONE = "none"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


MONTHS_BETWEEN = {Repeat.MONTHLY: 1, Repeat.QUARTERLY: 3, Repeat.YEARLY: 12}


class ScheduleError(ValueError):
    """A schedule that cannot be kept (a day outside 1–31, or no repetition)."""


@dataclass(frozen=True)
class Schedule:
    """Every `repeat` from the month of `start`, on `day` (the month's last day where it has fewer days);
    the first occurrence is the first on or after `start`."""

    repeat: Repeat
    start: date
    day: int

    def __post_init__(self) -> None:
        if self.repeat is Repeat.NONE:
            raise ScheduleError("a schedule repeats monthly, quarterly or yearly")
        if not 1 <= self.day <= 31:
            raise ScheduleError(f"the day of the month is 1 to 31, not {self.day}")

    def occurrence(self, index: int) -> date:
        """The `index`th date of the series counted from the start's month (0: in that month)."""
        months = self.start.month - 1 + index * MONTHS_BETWEEN[self.repeat]
        year, month = self.start.year + months // 12, months % 12 + 1
        return date(year, month, min(self.day, monthrange(year, month)[1]))

    def due_until(self, today: date, limit: int | None = None) -> list[date]:
        """Every occurrence from the start up to and including `today`, oldest first (at most `limit`)."""
        found: list[date] = []
        index = 0 if self.occurrence(0) >= self.start else 1
        while (limit is None or len(found) < limit) and (day := self.occurrence(index)) <= today:
            found.append(day)
            index += 1
        return found

    def next_after(self, day: date) -> date:
        """The first occurrence after `day` (and not before the start)."""
        index = 0 if self.occurrence(0) >= self.start else 1
        # Skip whole years of periods at once: a start long ago costs no loop over every month since.
        step = MONTHS_BETWEEN[self.repeat]
        months_gone = (day.year - self.start.year) * 12 + day.month - self.start.month
        index = max(index, months_gone // step - 1)
        while (found := self.occurrence(index)) <= day:
            index += 1
        return found


def period_of(day: date) -> str:
    """The period an occurrence makes a draft for: its year and month ("2026-02"). Every schedule has at
    most one occurrence a month, so the month names the period even when the day is changed later."""
    return f"{day.year:04d}-{day.month:02d}"
