"""Voucher templates, and the periods of recurring ones already made into drafts (schema 12).

A template's voucher is kept as voucher file v1 text (the format drafts use), read back without pydantic.
A period of a recurring template becomes a draft exactly once: `make_recurring_draft` claims the period
(primary key template + period) and saves the draft in one transaction, so two windows starting at once, a
command and a window, or a start after the process was killed half-way, never make the same draft twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.crashpoints import crash_point
from app.domain.recurrence import Repeat, Schedule, ScheduleError
from app.domain.targets import Target
from app.domain.voucher import Voucher
from app.domain.voucher_file import VoucherFileError, dump_voucher_file, read_stored_voucher
from app.domain.voucher_template import VoucherTemplate
from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction
from app.store.drafts import DraftStore

_COLUMNS = "name, profile, content, blank_amounts, blank_date, repeats, due_day, start_date"


class TemplateUnreadable(ValueError):
    """A stored template whose voucher or schedule cannot be read (a damaged row): named, never a crash."""


@dataclass(frozen=True)
class TemplateRow:
    """A stored template as its columns hold it."""

    name: str
    profile: str
    content: str
    blank_amounts: bool
    blank_date: bool
    repeats: str
    due_day: int | None
    start_date: str | None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> TemplateRow:
        return cls(row[0], row[1], row[2], bool(row[3]), bool(row[4]), row[5],
                   None if row[6] is None else int(row[6]), row[7])

    def schedule(self) -> Schedule | None:
        """Its schedule, read from the columns alone (what is due is known before the voucher is read);
        raises TemplateUnreadable for a damaged row."""
        if self.repeats == Repeat.NONE.value:
            return None
        try:
            if self.due_day is None or self.start_date is None:
                raise ScheduleError("the schedule has no day or start date")
            return Schedule(Repeat(self.repeats), date.fromisoformat(self.start_date), self.due_day)
        except (ScheduleError, ValueError) as exc:
            raise TemplateUnreadable(f"template {self.name} cannot be read: {exc}") from None

    def template(self) -> VoucherTemplate:
        """The template this row holds; raises TemplateUnreadable for a damaged row."""
        schedule = self.schedule()
        try:
            voucher = read_stored_voucher(self.content, source=f"template {self.name}")
        except (VoucherFileError, ValueError) as exc:
            raise TemplateUnreadable(f"template {self.name} cannot be read: {exc}") from None
        return VoucherTemplate(self.name, self.profile, voucher, self.blank_amounts, self.blank_date, schedule)


class TemplateStore:
    """Save, list, read and delete templates; record the recurring periods made into drafts."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def save(self, template: VoucherTemplate, target: Target | None = None) -> bool:
        """Keep `template` under its name, replacing one of that name; True when it replaced one."""
        now = utc_now()
        schedule = template.schedule
        values = (template.profile, dump_voucher_file(template.voucher, target), int(template.blank_amounts),
                  int(template.blank_date), schedule.repeat.value if schedule else Repeat.NONE.value,
                  schedule.day if schedule else None, schedule.start.isoformat() if schedule else None)
        with transaction(self.conn):
            replaced = self.conn.execute("SELECT 1 FROM templates WHERE name = ?", (template.name,)).fetchone()
            if replaced:
                self.conn.execute("UPDATE templates SET profile = ?, content = ?, blank_amounts = ?, blank_date = ?, "
                                  "repeats = ?, due_day = ?, start_date = ?, updated_at = ? WHERE name = ?",
                                  (*values, now, template.name))
            else:
                self.conn.execute(f"INSERT INTO templates ({_COLUMNS}, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (template.name, *values, now, now))
        return replaced is not None

    def rows(self) -> list[TemplateRow]:
        """Every template, by name."""
        return [TemplateRow.from_row(row) for row in
                self.conn.execute(f"SELECT {_COLUMNS} FROM templates ORDER BY name").fetchall()]

    def recurring_rows(self) -> list[TemplateRow]:
        """The templates with a schedule, by name (one indexed-free scan of a small table)."""
        return [TemplateRow.from_row(row) for row in
                self.conn.execute(f"SELECT {_COLUMNS} FROM templates WHERE repeats <> ? ORDER BY name",
                                  (Repeat.NONE.value,)).fetchall()]

    def get(self, name: str) -> TemplateRow | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM templates WHERE name = ?", (name,)).fetchone()
        return TemplateRow.from_row(row) if row else None

    def delete(self, name: str) -> bool:
        """Remove the template; the periods it already made stay recorded. True when there was one."""
        with transaction(self.conn):
            cursor = self.conn.execute("DELETE FROM templates WHERE name = ?", (name,))
        return cursor.rowcount > 0

    def made_periods(self, name: str) -> set[str]:
        """The periods of template `name` already made into drafts."""
        return {row[0] for row in self.conn.execute("SELECT period FROM recurring_drafts WHERE template = ?",
                                                    (name,)).fetchall()}

    def make_recurring_draft(self, name: str, period: str, due: date, build: Callable[[], Voucher], profile: str,
                             drafts: DraftStore, target: Target | None = None) -> Voucher | None:
        """Claim `period` of template `name` and save the voucher `build()` makes (inside the transaction, so
        its number is read under the same lock) as its draft, all in one transaction. None, with nothing
        written, when the period was already made, by this process or any other."""
        with transaction(self.conn, exclusive="recurring-drafts"):
            voucher = build()
            claimed = self.conn.execute(
                "INSERT INTO recurring_drafts (template, period, due_date, draft_id, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (template, period) DO NOTHING",
                (name, period, due.isoformat(), voucher.identifier, utc_now()))
            if claimed.rowcount == 0:
                return None
            drafts.save(voucher.identifier, dump_voucher_file(voucher, target), profile)
            # The crash tests kill the process here: the period claimed and the draft written, not committed.
            crash_point("recurring-draft")
        return voucher
