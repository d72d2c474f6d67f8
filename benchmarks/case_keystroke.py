"""One keystroke in a 10,000-line voucher: cell edit → that line's VAT, the totals and the Change for the view.

Target: median ≤ 1 ms, and within 2× of the same edit in a 10-line voucher (the baseline).
"""

from __future__ import annotations

from app.editing.editor import VoucherEditor
from app.resources import default_vat_table
from benchmarks.harness import Figures, Result
from benchmarks.vouchers import big_voucher

import time


def _keystrokes(editor: VoucherEditor, times: int) -> Figures:
    """Type alternating amounts into the debit cell of a VAT-bearing line in the middle of the voucher."""
    row = editor.row_of(editor.line_count // 2)
    figures = Figures()
    for i in range(times):
        text = f"{100 + i % 50},{i % 100:02d}"
        start = time.perf_counter()
        editor.set_cell(row, "debit", text)
        figures.samples.append(time.perf_counter() - start)
    return figures


def run(repeats: int) -> list[Result]:
    table = default_vat_table("FI")
    big = VoucherEditor(big_voucher(10_000), table)
    small = VoucherEditor(big_voucher(10), table)
    _keystrokes(big, 50), _keystrokes(small, 50)  # warm caches
    strokes = 200 * repeats
    subject, baseline = _keystrokes(big, strokes), _keystrokes(small, strokes)
    ratio = subject.median / baseline.median
    return [Result("One keystroke (debit cell) in a 10,000-line voucher: editing model", subject, baseline,
                   "the same keystroke in a 10-line voucher", "median ≤ 1 ms and ≤ 2× the 10-line edit",
                   subject.median <= 1e-3 and ratio <= 2.0, extras={"keystrokes timed": str(strokes)})]
