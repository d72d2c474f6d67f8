"""A voucher template: a voucher kept under a name, to start new drafts from (rent, depreciation, accruals).

What a template keeps is the voucher as a draft would be made from it: no number (each draft gets the next
one), no identifier (each draft is a voucher of its own), no line booking dates (they follow the new date),
and no amounts where the template says the bookkeeper types them. Whether the date is left blank is kept
as a flag: a template is never dated (a draft from it gets today's date, or none; a recurring one its due
date).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.recurrence import Schedule
from app.domain.voucher import Voucher, VoucherLine, new_voucher_identifier

NAME_LIMIT = 80


class TemplateNameError(ValueError):
    """A template name that cannot be kept: empty, too long, or with a line break."""


def template_name(text: str) -> str:
    """The name as it is kept (spaces around it dropped); raises TemplateNameError."""
    name = text.strip()
    if not name:
        raise TemplateNameError("empty")
    if len(name) > NAME_LIMIT:
        raise TemplateNameError("too_long")
    if any(not ch.isprintable() for ch in name):
        raise TemplateNameError("control")
    return name


@dataclass(frozen=True)
class VoucherTemplate:
    """A named voucher to start drafts from; `schedule`: when it falls due by itself (None: only on request)."""

    name: str
    profile: str
    voucher: Voucher
    blank_amounts: bool = False
    blank_date: bool = False
    schedule: Schedule | None = None


def as_template_voucher(voucher: Voucher, *, blank_amounts: bool) -> Voucher:
    """What a template keeps of `voucher`: no number, date, identifier or booking dates; amounts only when
    the bookkeeper does not type them each time. Blank lines are left out."""
    lines = [replace(line, dimensions=dict(line.dimensions), booking_date=None,
                     debit=None if blank_amounts else line.debit, credit=None if blank_amounts else line.credit)
             for line in voucher.lines if not line.is_blank()]
    return replace(voucher, date=None, number="", identifier="", reverses="", lines=lines)


def voucher_from_template(template: VoucherTemplate, day: date | None, number: str) -> Voucher:
    """A new voucher (a new identifier) from the template, dated `day` and numbered `number`."""
    kept = template.voucher
    return replace(kept, date=day, number=number, identifier=new_voucher_identifier(),
                   lines=[replace(line, dimensions=dict(line.dimensions)) for line in kept.lines] or [VoucherLine()])
