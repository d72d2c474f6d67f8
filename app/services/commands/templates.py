"""Commands for voucher templates and recurring vouchers (docs/templates.md), for the window and the CLI.

Save a voucher as a named template; start a draft from one (numbered as Ctrl+N numbers, dated today unless
the template leaves the date to the bookkeeper); list and delete templates. A template with a schedule is a
recurring voucher: each period that has fallen due becomes a draft once (`make_due_drafts`, at the window's
start or `ledgerdesk recurring due --make-drafts`), dated on its due date, and is never sent by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from app.domain.recurrence import Schedule, period_of
from app.domain.targets import Target
from app.domain.voucher import Voucher
from app.domain.voucher_template import VoucherTemplate, as_template_voucher, template_name, voucher_from_template
from app.services.commands.outbox import next_number
from app.store.backend import Connection
from app.store.drafts import DraftStore
from app.store.templates import TemplateRow, TemplateStore, TemplateUnreadable

__all__ = ["DueVoucher", "MadeDraft", "RecurringReport", "SavedTemplate", "TemplateDraft", "TemplateInfo",
           "TemplateMissing", "TemplateUnreadable", "delete_template", "draft_from_template", "due_vouchers",
           "list_templates", "make_due_drafts", "save_template"]

# Periods made into drafts per template and start, oldest first: after a year away a monthly template brings
# 12; a start date typed decades back brings this many and the rest at the following starts, never thousands.
MAX_CATCH_UP = 60


class TemplateMissing(LookupError):
    """No template of that name."""


@dataclass(frozen=True)
class SavedTemplate:
    """A template kept: its name as kept, and whether it replaced one of that name."""

    name: str
    replaced: bool


@dataclass(frozen=True)
class TemplateInfo:
    """A template as the list shows it; `problem`: why it cannot be read (then only its name is known)."""

    name: str
    profile: str
    description: str = ""
    lines: int = 0
    blank_amounts: bool = False
    blank_date: bool = False
    schedule: Schedule | None = None
    next_due: date | None = None
    problem: str = ""


@dataclass(frozen=True)
class TemplateDraft:
    """A new draft's voucher from a template, and the profile the template names."""

    voucher: Voucher
    profile: str
    template: VoucherTemplate


@dataclass(frozen=True)
class DueVoucher:
    """A period of a recurring template that has fallen due and is not yet a draft."""

    template: str
    profile: str
    due: date
    period: str


@dataclass(frozen=True)
class MadeDraft:
    """A due period made into a draft now."""

    template: str
    profile: str
    due: date
    voucher: Voucher


@dataclass
class RecurringReport:
    """What `make_due_drafts` did: the drafts it made and the templates it could not read."""

    made: list[MadeDraft] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def save_template(conn: Connection, name: str, voucher: Voucher, profile: str, *, target: Target | None = None,
                  blank_amounts: bool = False, blank_date: bool = False,
                  schedule: Schedule | None = None) -> SavedTemplate:
    """Keep `voucher` as template `name` (replacing one of that name); raises TemplateNameError."""
    kept = template_name(name)
    template = VoucherTemplate(kept, profile, as_template_voucher(voucher, blank_amounts=blank_amounts),
                               blank_amounts, blank_date, schedule)
    return SavedTemplate(kept, TemplateStore(conn).save(template, target))


def list_templates(conn: Connection, today: date) -> list[TemplateInfo]:
    """Every template by name, with when a recurring one is next due after `today`."""
    found = []
    for row in TemplateStore(conn).rows():
        try:
            template = row.template()
        except TemplateUnreadable as exc:
            found.append(TemplateInfo(row.name, row.profile, problem=str(exc)))
            continue
        schedule = template.schedule
        found.append(TemplateInfo(row.name, row.profile, template.voucher.description,
                                  sum(1 for line in template.voucher.lines if not line.is_blank()),
                                  template.blank_amounts, template.blank_date, schedule,
                                  schedule.next_after(today) if schedule else None))
    return found


def delete_template(conn: Connection, name: str) -> bool:
    """Remove template `name`; the recurring periods it made stay recorded (never made again). False if none."""
    return TemplateStore(conn).delete(name)


def draft_from_template(conn: Connection, name: str, today: date, taken: Iterable[str] = ()) -> TemplateDraft:
    """A new draft's voucher from template `name`: the next number of its profile (`taken`: the open tabs'
    numbers), dated `today` unless the template leaves the date blank. Raises TemplateMissing or
    TemplateUnreadable."""
    template = _template(TemplateStore(conn), name)
    number = next_number(conn, template.profile, taken)
    return TemplateDraft(voucher_from_template(template, None if template.blank_date else today, number),
                         template.profile, template)


def _template(store: TemplateStore, name: str) -> VoucherTemplate:
    row = store.get(name)
    if row is None:
        raise TemplateMissing(name)
    return row.template()


def due_vouchers(conn: Connection, today: date) -> tuple[list[DueVoucher], list[str]]:
    """The periods of recurring templates due on or before `today` and not yet made into drafts, oldest
    first; and the problems of templates that cannot be read."""
    store = TemplateStore(conn)
    due: list[DueVoucher] = []
    problems: list[str] = []
    for row in store.recurring_rows():
        pending, problem = _pending(store, row, today)
        due.extend(DueVoucher(row.name, row.profile, day, period_of(day)) for day in pending)
        if problem:
            problems.append(problem)
    due.sort(key=lambda d: (d.due, d.template))
    return due, problems


def _pending(store: TemplateStore, row: TemplateRow, today: date) -> tuple[list[date], str]:
    """The due dates of `row` not yet made (oldest first, at most MAX_CATCH_UP), or why it cannot be read."""
    try:
        schedule = row.schedule()
        if schedule is None or schedule.start > today:
            return [], ""
        made = store.made_periods(row.name)
        pending = [day for day in schedule.due_until(today) if period_of(day) not in made][:MAX_CATCH_UP]
        if pending:
            row.template()  # a voucher that cannot be read is said before anything is made of it
    except TemplateUnreadable as exc:
        return [], str(exc)
    return pending, ""


def _builder(conn: Connection, template: VoucherTemplate, day: date) -> Callable[[], Voucher]:
    """The draft of `template` due on `day`, numbered when it is made (inside the transaction that claims it)."""
    return lambda: voucher_from_template(template, day, next_number(conn, template.profile))


def make_due_drafts(conn: Connection, today: date, drafts: DraftStore | None = None) -> RecurringReport:
    """Make each due period of every recurring template a draft, once: the period is claimed and the draft
    saved in one transaction per draft, so another window or command doing the same at the same moment, or
    this one killed half-way and started again, never makes it twice. Nothing is sent."""
    store = TemplateStore(conn)
    drafts = drafts or DraftStore(conn)
    report = RecurringReport()
    for row in store.recurring_rows():
        pending, problem = _pending(store, row, today)
        if problem:
            report.unreadable.append(problem)
            continue
        if not pending:
            continue
        template = row.template()
        for day in pending:
            voucher = store.make_recurring_draft(row.name, period_of(day), day, _builder(conn, template, day),
                                                 template.profile, drafts)
            if voucher is not None:
                report.made.append(MadeDraft(row.name, template.profile, day, voucher))
    return report
