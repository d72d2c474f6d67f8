"""Shared set-up for the editing-model tests: a fixed today, a small chart, editors built the GUI's way."""

from datetime import date

from app.domain.chart import ChartAccount
from app.domain.posting import post_line, post_voucher, voucher_totals
from app.domain.voucher import Voucher
from app.editing import COLUMNS, VoucherEditor
from app.resources import default_vat_table
from tests.domain.builders import line, voucher  # noqa: F401  (re-exported for the tests)

FI = default_vat_table("FI")
CH = default_vat_table("CH")
TODAY = date(2025, 12, 20)
KEYS = [c.key for c in COLUMNS]

CHART = [
    ChartAccount("1701", "Myyntisaamiset"),
    ChartAccount("1763", "Arvonlisäverosaamiset"),
    ChartAccount("1910", "Pankkitili"),
    ChartAccount("2939", "Arvonlisäverovelka"),
    ChartAccount("3000", "Myynti", "S"),
    ChartAccount("3010", "Myynti, kirjat", "S2"),
    ChartAccount("4000", "Ostot", "P"),
    ChartAccount("4001", "Erlöse Ausland"),
    ChartAccount("9999", "Suljettu tili", active=False),
]


def editor(v: Voucher | None = None, table=FI, target=None, chart=None, locale="fi") -> VoucherEditor:
    return VoucherEditor(v if v is not None else voucher(), table, target, chart, locale, today=lambda: TODAY)


def grid(ed: VoucherEditor) -> list[list[str]]:
    """Every cell as the user sees it."""
    return [[ed.display(r, k) for k in KEYS] for r in range(ed.row_count)]


def expected_rows(ed: VoucherEditor, table=FI) -> list[tuple[int, bool]]:
    """The display-row mapping rebuilt from scratch from the editor's voucher."""
    v = ed.voucher()
    rows = []
    for i, ln in enumerate(v.lines):
        rows.append((i, False))
        if not ln.is_blank() and post_line(i + 1, ln, v, table).has_vat_row:
            rows.append((i, True))
    return rows


def scratch_totals(ed: VoucherEditor, table=FI):
    totals = voucher_totals(post_voucher(ed.voucher(), table))
    return totals.debit, totals.credit, dict(totals.vat_by_code)


def live_totals(ed: VoucherEditor):
    return ed.totals.debit, ed.totals.credit, dict(ed.totals.vat_by_code)


def view_state(ed: VoucherEditor):
    """Everything the window shows: cells, cell issues, header, totals and the issues panel."""
    cells = [[(ed.display(r, k), ed.edit_text(r, k), [i.code for i in ed.cell_issues(r, k)]) for k in KEYS]
             for r in range(ed.row_count)]
    header = {f: ed.header_text(f) for f in ("date", "number", "type", "description", "currency",
                                            "exchange_rate", "vat_mode", "company_id", "identifier")}
    return cells, header, live_totals(ed), [(i.code, i.line, i.field) for i in ed.issues()]
