"""Issue 17, recurring vouchers: when a schedule falls due (Qt-free date arithmetic)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.recurrence import Repeat, Schedule, ScheduleError, period_of


def test_monthly_on_the_31st_falls_on_each_months_last_day_february_included():
    rent = Schedule(Repeat.MONTHLY, date(2026, 1, 31), 31)
    assert rent.due_until(date(2026, 5, 31)) == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                                                  date(2026, 4, 30), date(2026, 5, 31)]


def test_day_29_in_february_is_the_29th_in_a_leap_year_and_the_28th_otherwise():
    schedule = Schedule(Repeat.MONTHLY, date(2027, 12, 29), 29)
    assert schedule.due_until(date(2028, 3, 1))[1:] == [date(2028, 1, 29), date(2028, 2, 29)]
    assert Schedule(Repeat.MONTHLY, date(2026, 12, 29), 29).due_until(date(2027, 3, 1))[2] == date(2027, 2, 28)


def test_yearly_from_a_leap_day_is_the_28th_in_common_years_and_the_29th_again_in_the_next_leap_year():
    schedule = Schedule(Repeat.YEARLY, date(2024, 2, 29), 29)
    assert schedule.due_until(date(2028, 12, 31)) == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28),
                                                       date(2027, 2, 28), date(2028, 2, 29)]


def test_quarterly_from_the_31st_of_march_falls_on_every_quarter_end():
    schedule = Schedule(Repeat.QUARTERLY, date(2026, 3, 31), 31)
    assert schedule.due_until(date(2027, 3, 31)) == [date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30),
                                                      date(2026, 12, 31), date(2027, 3, 31)]


def test_the_first_occurrence_is_the_first_on_or_after_the_start():
    # Started on the 20th for the 5th: this month's 5th has passed, the first is next month's.
    assert Schedule(Repeat.MONTHLY, date(2026, 1, 20), 5).due_until(date(2026, 3, 1)) == [date(2026, 2, 5)]
    assert Schedule(Repeat.MONTHLY, date(2026, 1, 5), 5).due_until(date(2026, 1, 5)) == [date(2026, 1, 5)]
    assert Schedule(Repeat.MONTHLY, date(2026, 1, 5), 5).due_until(date(2026, 1, 4)) == []


def test_a_long_absence_brings_every_missed_period_once_in_order():
    schedule = Schedule(Repeat.MONTHLY, date(2024, 11, 15), 15)
    due = schedule.due_until(date(2026, 2, 14))
    assert len(due) == 15 and due[0] == date(2024, 11, 15) and due[-1] == date(2026, 1, 15)
    assert len({period_of(d) for d in due}) == 15  # one period each
    assert schedule.due_until(date(2026, 2, 14), limit=4) == due[:4]


def test_next_after_names_the_next_due_date_even_from_a_start_long_ago():
    schedule = Schedule(Repeat.QUARTERLY, date(1990, 3, 31), 31)
    assert schedule.next_after(date(2026, 7, 1)) == date(2026, 9, 30)
    assert schedule.next_after(date(2026, 9, 30)) == date(2026, 12, 31)
    assert Schedule(Repeat.MONTHLY, date(2030, 1, 10), 10).next_after(date(2026, 7, 1)) == date(2030, 1, 10)


def test_the_period_is_the_month_so_a_changed_day_does_not_make_a_period_again():
    assert period_of(date(2026, 2, 28)) == period_of(date(2026, 2, 5)) == "2026-02"


@pytest.mark.parametrize("day", [0, 32, -1])
def test_a_day_outside_the_month_is_refused(day):
    with pytest.raises(ScheduleError):
        Schedule(Repeat.MONTHLY, date(2026, 1, 1), day)


def test_no_repetition_is_not_a_schedule():
    with pytest.raises(ScheduleError):
        Schedule(Repeat.NONE, date(2026, 1, 1), 1)
