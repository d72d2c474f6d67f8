"""Fields the chosen target cannot carry (issue 14 item 6): each is a warning naming the field and the target.

What each target's body holds is in app/domain/targets/ (API-CONTRACTS.md A and B). Infinity's ledger entry
has a date, one description, two accounts, an amount, a currency, a rate and a tax code: no voucher number,
type, project or dimensions, and one text and one date per entry, however many lines it pairs. Confirma
takes everything LedgerDesk types except an exchange rate (it takes euros only). The company is not named
for Infinity: its API key belongs to one organisation, so nothing the bookkeeper chose is lost there.
Dimension issues use the dimension type in lower case as their field (`COST_CENTER` -> `cost_center`),
which is the grid column's key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain.issues import Issue, warning
from app.domain.messages import Message
from app.domain.targets import Target
from app.domain.voucher import Voucher, VoucherLine

if TYPE_CHECKING:
    from app.domain.targets.infinity import PlannedEntry

CODE = "field_not_sent"
_DIMENSION_NAMES = {"COST_CENTER": "dimension_cost_center"}  # message codes


def header_fields_not_sent(voucher: Voucher, target: Target | None) -> list[Issue]:
    """Header fields with a value the target has no place for."""
    found: list[Issue] = []
    if target is Target.INFINITY:
        if voucher.number.strip():
            found.append(warning("number", Message("not_sent_number", number=voucher.number.strip()), CODE))
        if voucher.type.strip():
            found.append(warning("type", Message("not_sent_type", type=voucher.type.strip()), CODE))
    elif target is Target.CONFIRMA and voucher.exchange_rate is not None:
        found.append(warning("exchange_rate", Message("not_sent_exchange_rate", rate=str(voucher.exchange_rate)), CODE))
    return found


def line_fields_not_sent(number: int, line: VoucherLine, target: Target | None) -> list[Issue]:
    """A line's project and dimensions, where the target has no place for them; `number` is 1-based."""
    if target is not Target.INFINITY:
        return []
    found: list[Issue] = []
    if line.project.strip():
        found.append(warning("project", Message("not_sent_project", project=line.project.strip()), CODE, number))
    for kind, value in line.dimensions.items():
        if value.strip():
            name = Message(_DIMENSION_NAMES[kind]) if kind in _DIMENSION_NAMES else kind
            found.append(warning(kind.lower(), Message("not_sent_dimension", name=name, kind=kind, value=value.strip()),
                                 CODE, number))
    return found


def entry_fields_not_sent(voucher: Voucher, entries: Iterable[PlannedEntry]) -> list[Issue]:
    """Texts and dates an Infinity entry cannot take, because it keeps one of each for the lines it pairs."""
    entries = list(entries)
    lines = dict(voucher.typed_lines())
    found: list[Issue] = []
    for number, line in lines.items():
        mine = [e for e in entries if number in (e.debit_line, e.credit_line)]
        if not mine:
            continue
        text = line.text.strip()
        if text and all(e.description != text for e in mine):
            found.append(warning("text", Message("not_sent_text", text=mine[0].description), CODE, number))
        day = voucher.booking_date(line)
        if day is not None and all(e.date != day for e in mine):
            said = (Message("not_sent_booking_date", day=day, entry_day=mine[0].date) if mine[0].date
                    else Message("not_sent_booking_date_undated", day=day))
            found.append(warning("booking_date", said, CODE, number))
    description = voucher.description.strip()
    if description and entries and all(e.description != description for e in entries):
        found.append(warning("description", Message("not_sent_description"), CODE))
    return found
