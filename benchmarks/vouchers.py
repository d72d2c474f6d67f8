"""Large vouchers for the benchmarks, built the way a bookkeeper's would be."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.voucher import Voucher, VoucherLine

FI_COSTS = ["4000", "7680", "7610"]
CH_COSTS = ["4200", "6500", "4000"]


def big_voucher(lines: int, *, swiss: bool = False) -> Voucher:
    """`lines - 1` cost lines with VAT codes and one payable line balancing them (gross)."""
    codes = ["VM", "VB", "VMR"] if swiss else ["P", "P", "P1"]
    costs = CH_COSTS if swiss else FI_COSTS
    voucher = Voucher(date=date(2025, 6, 30), number="B-1", type="OL", description="Benchmark supplier bill",
                      currency="CHF" if swiss else "EUR", company_id="0737546-2")
    total = Decimal(0)
    for i in range(lines - 1):
        amount = Decimal(1000 + (i * 37) % 90000) / 100
        total += amount
        voucher.lines.append(VoucherLine(account=costs[i % 3], text=f"Item {i}", debit=amount,
                                         vat_code=codes[i % 3]))
    voucher.lines.append(VoucherLine(account="2000" if swiss else "2871", text="Supplier", credit=total))
    return voucher
