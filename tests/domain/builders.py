"""Small builders for vouchers in tests."""

from datetime import date
from decimal import Decimal

from app.domain.voucher import VatMode, Voucher, VoucherLine


def line(account, debit=None, credit=None, vat_code="", **kw) -> VoucherLine:
    return VoucherLine(account=account, debit=Decimal(debit) if debit is not None else None,
                       credit=Decimal(credit) if credit is not None else None, vat_code=vat_code, **kw)


def voucher(*lines, day="2025-12-13", mode=VatMode.GROSS, **kw) -> Voucher:
    kw.setdefault("description", "Test voucher")
    kw.setdefault("currency", "EUR")
    return Voucher(date=date.fromisoformat(day) if day else None, vat_mode=mode, lines=list(lines), **kw)
