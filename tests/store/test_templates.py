"""Issue 17, templates and recurring vouchers in the store, on both backends: a template keeps what a draft is
made from; each due period becomes a draft exactly once, even when two windows start at once."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal

import pytest

from app.domain.recurrence import Repeat, Schedule
from app.domain.voucher import Voucher, VoucherLine
from app.domain.voucher_template import TemplateNameError
from app.services.commands import templates
from app.store.drafts import DraftStore
from app.store.templates import TemplateStore
from app.domain.voucher_file import load_dumped_voucher
from tests.conftest import reconnect


def rent(number: str = "77") -> Voucher:
    return Voucher(date=date(2026, 1, 3), number=number, description="Office rent", lines=[
        VoucherLine(account="6300", text="Rent", debit=Decimal("1200.00"), booking_date=date(2026, 1, 2)),
        VoucherLine(account="1910", text="Rent", credit=Decimal("1200.00")),
        VoucherLine()])


def monthly(start: date, day: int) -> Schedule:
    return Schedule(Repeat.MONTHLY, start, day)


def open_drafts(conn) -> list[Voucher]:
    return [load_dumped_voucher(row.content)[0] for row in DraftStore(conn).open_drafts()]


def test_a_template_keeps_the_voucher_without_its_number_date_or_booking_dates(store_conn):
    saved = templates.save_template(store_conn, "  Rent  ", rent(), "office")
    assert saved == templates.SavedTemplate("Rent", replaced=False)
    draft = templates.draft_from_template(store_conn, "Rent", date(2026, 3, 9))
    voucher = draft.voucher
    assert (draft.profile, voucher.date, voucher.number, voucher.description) == ("office", date(2026, 3, 9), "1",
                                                                                  "Office rent")
    assert [(x.account, x.debit, x.credit, x.booking_date) for x in voucher.lines] == [
        ("6300", Decimal("1200.00"), None, None), ("1910", None, Decimal("1200.00"), None)]
    assert voucher.identifier != rent().identifier
    again = templates.draft_from_template(store_conn, "Rent", date(2026, 3, 9), taken=["1"])
    assert again.voucher.number == "2" and again.voucher.identifier != voucher.identifier


def test_amounts_and_date_are_left_for_the_bookkeeper_where_the_template_says_so(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", blank_amounts=True, blank_date=True)
    voucher = templates.draft_from_template(store_conn, "Rent", date(2026, 3, 9)).voucher
    assert voucher.date is None
    assert [(x.account, x.text, x.debit, x.credit) for x in voucher.lines] == [("6300", "Rent", None, None),
                                                                               ("1910", "Rent", None, None)]


def test_saving_under_a_taken_name_replaces_that_template_and_says_so(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office")
    changed = rent()
    changed.description = "Office rent, new lease"
    assert templates.save_template(store_conn, "Rent", changed, "office").replaced
    [info] = templates.list_templates(store_conn, date(2026, 1, 1))
    assert (info.name, info.description, info.lines) == ("Rent", "Office rent, new lease", 2)


@pytest.mark.parametrize("name", ["", "   ", "x" * 81, "two\nlines"])
def test_a_template_name_that_cannot_be_kept_is_refused_and_nothing_is_saved(store_conn, name):
    with pytest.raises(TemplateNameError):
        templates.save_template(store_conn, name, rent(), "office")
    assert templates.list_templates(store_conn, date(2026, 1, 1)) == []


def test_a_deleted_template_is_gone_and_a_missing_one_is_said(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office")
    assert templates.delete_template(store_conn, "Rent")
    assert not templates.delete_template(store_conn, "Rent")
    with pytest.raises(templates.TemplateMissing):
        templates.draft_from_template(store_conn, "Rent", date(2026, 1, 1))


def test_the_list_shows_when_a_recurring_template_is_next_due(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2026, 1, 31), 31))
    templates.save_template(store_conn, "Coffee", rent(), "office")
    coffee, rent_info = templates.list_templates(store_conn, date(2026, 2, 10))
    assert (coffee.name, coffee.schedule, coffee.next_due) == ("Coffee", None, None)
    assert (rent_info.schedule.repeat, rent_info.next_due) == (Repeat.MONTHLY, date(2026, 2, 28))


def test_missed_periods_become_drafts_once_each_dated_on_their_due_date(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2025, 11, 30), 31))
    due, problems = templates.due_vouchers(store_conn, date(2026, 3, 1))
    assert [d.due for d in due] == [date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 28)]
    assert problems == []
    report = templates.make_due_drafts(store_conn, date(2026, 3, 1))
    assert [m.due for m in report.made] == [d.due for d in due]
    drafts = open_drafts(store_conn)
    assert sorted((v.date, v.number) for v in drafts) == [(date(2025, 11, 30), "1"), (date(2025, 12, 31), "2"),
                                                          (date(2026, 1, 31), "3"), (date(2026, 2, 28), "4")]
    assert all(v.lines[0].debit == Decimal("1200.00") for v in drafts)  # drafts only: nothing is queued
    assert store_conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0

    # The next start, the same day and later: nothing twice; only the period that has fallen due since.
    assert templates.make_due_drafts(store_conn, date(2026, 3, 1)).made == []
    assert [m.due for m in templates.make_due_drafts(store_conn, date(2026, 3, 31)).made] == [date(2026, 3, 31)]
    assert templates.due_vouchers(store_conn, date(2026, 3, 31)) == ([], [])


def test_a_recurring_draft_discarded_by_the_bookkeeper_is_not_made_again(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2026, 1, 5), 5))
    [made] = templates.make_due_drafts(store_conn, date(2026, 1, 20)).made
    DraftStore(store_conn).archive(made.voucher.identifier)  # Ctrl+W, Discard
    assert templates.make_due_drafts(store_conn, date(2026, 1, 20)).made == []


def test_a_template_deleted_and_saved_again_does_not_bring_back_periods_already_made(store_conn):
    schedule = monthly(date(2026, 1, 5), 5)
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=schedule)
    assert len(templates.make_due_drafts(store_conn, date(2026, 2, 20)).made) == 2
    templates.delete_template(store_conn, "Rent")
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2026, 1, 5), 12))
    assert [m.due for m in templates.make_due_drafts(store_conn, date(2026, 3, 20)).made] == [date(2026, 3, 12)]


def test_a_start_decades_back_makes_at_most_the_catch_up_limit_per_start_and_the_rest_later(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2000, 1, 1), 1))
    first = templates.make_due_drafts(store_conn, date(2026, 1, 1)).made
    assert len(first) == templates.MAX_CATCH_UP and first[0].due == date(2000, 1, 1)
    second = templates.make_due_drafts(store_conn, date(2026, 1, 1)).made
    assert second[0].due == date(2005, 1, 1)  # continues where the first stopped, nothing twice


def test_two_windows_starting_at_once_make_each_due_draft_once(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2025, 1, 31), 31))
    templates.save_template(store_conn, "Depreciation", rent(), "office",
                            schedule=Schedule(Repeat.QUARTERLY, date(2025, 3, 31), 31))
    connections = [reconnect(store_conn) for _ in range(4)]
    start = threading.Barrier(len(connections))
    reports: list[templates.RecurringReport] = []
    errors: list[BaseException] = []

    def window(conn) -> None:
        try:
            start.wait()
            reports.append(templates.make_due_drafts(conn, date(2026, 1, 31)))
        except BaseException as exc:  # reported below, with the thread's other results
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(conn,)) for conn in connections]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for conn in connections:
        conn.close()
    assert errors == []
    made = [m for report in reports for m in report.made]
    assert len(made) == 13 + 4  # Jan 2025 … Jan 2026 monthly, and four quarter ends
    drafts = open_drafts(store_conn)
    assert len(drafts) == 17 and len({v.number for v in drafts}) == 17  # and never one number twice
    periods = store_conn.execute("SELECT count(*) FROM recurring_drafts").fetchone()[0]
    assert periods == 17


def test_a_damaged_template_is_named_and_the_others_still_fall_due(store_conn):
    templates.save_template(store_conn, "Rent", rent(), "office", schedule=monthly(date(2026, 1, 5), 5))
    templates.save_template(store_conn, "Broken", rent(), "office", schedule=monthly(date(2026, 1, 5), 5))
    store_conn.execute("BEGIN")
    store_conn.execute("UPDATE templates SET content = 'not a voucher' WHERE name = 'Broken'")
    store_conn.execute("COMMIT")
    report = templates.make_due_drafts(store_conn, date(2026, 1, 5))
    assert [m.template for m in report.made] == ["Rent"]
    assert len(report.unreadable) == 1 and "template Broken cannot be read" in report.unreadable[0]
    assert [i.problem != "" for i in templates.list_templates(store_conn, date(2026, 1, 5))] == [True, False]
    assert TemplateStore(store_conn).get("Broken") is not None
