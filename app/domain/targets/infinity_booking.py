"""What an Infinity entry should book, as the preview shows it, and how what Infinity booked differs from it.

Infinity answers a post with the transactions it created (a net one, and a VAT one under a tax code), in its
accounting currency (CHF) with the original currency's amounts beside them. The prediction is frozen with the
request when the voucher is queued; after an accepted post the two are compared, and any difference is its
own outcome ("booked differently"), never a silent success.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.money import format_amount, from_cents, round_cents, to_cents
from app.domain.targets import INFINITY_ACCOUNTING_CURRENCY
from app.domain.targets.infinity import PlannedEntry, plan_infinity_entries
from app.domain.vat import split_gross
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher


def predict_booking(amount_cents: int, percent: Decimal, currency: str,
                    exchange_rate: Decimal | None) -> dict[str, Any]:
    """Net and VAT in cents as Infinity should book an entry: in the accounting currency where it can be
    computed (CHF, or a foreign currency at the voucher's rate), and always in the voucher's own currency.

    With a foreign currency and no rate, Infinity converts at its own rate: the CHF amounts are then unknown
    beforehand (`net`/`vat` None) and only the original amounts are compared."""
    original = from_cents(amount_cents)
    o_net, o_vat = split_gross(original, percent) if percent else (original, Decimal(0))
    prediction: dict[str, Any] = {"original_net": to_cents(o_net), "original_vat": to_cents(o_vat),
                                  "original_currency": currency, "currency": INFINITY_ACCOUNTING_CURRENCY,
                                  "net": None, "vat": None, "percent": str(percent)}
    if currency == INFINITY_ACCOUNTING_CURRENCY:
        prediction.update(net=prediction["original_net"], vat=prediction["original_vat"])
    elif exchange_rate is not None:
        gross = round_cents(original * exchange_rate)
        net, vat = split_gross(gross, percent) if percent else (gross, Decimal(0))
        prediction.update(net=to_cents(net), vat=to_cents(vat))
    return prediction


def booking_differences(prediction: Mapping[str, Any], transactions: Iterable[Mapping[str, Any]]) -> list[str]:
    """How what Infinity booked for one entry differs from its prediction, in words; [] when it matches."""
    booked = list(transactions)
    net = sum(t.get("amount") or 0 for t in booked if not t.get("isTaxTransaction"))
    vat = sum(t.get("amount") or 0 for t in booked if t.get("isTaxTransaction"))
    currencies = {t.get("currency") for t in booked if t.get("currency")}
    differences = []
    expected = prediction.get("currency", INFINITY_ACCOUNTING_CURRENCY)
    if currencies and currencies != {expected}:
        differences.append(f"booked in {', '.join(sorted(map(str, currencies)))}, expected {expected}")
    if prediction.get("net") is None and prediction.get("percent") and booked:
        # Converted at Infinity's own rate: the CHF gross is its choice, but its split into net and VAT must
        # still be the tax code's rate applied to that gross.
        percent = Decimal(prediction["percent"])
        split = split_gross(from_cents(net + vat), percent) if percent else (from_cents(net + vat), Decimal(0))
        if (to_cents(split[0]), to_cents(split[1])) != (net, vat):
            differences.append(f"net {_money(net, expected)}, VAT {_money(vat, expected)}: not {percent} % of the "
                               f"{_money(net + vat, expected)} Infinity booked (net {_money(to_cents(split[0]), expected)}"
                               f", VAT {_money(to_cents(split[1]), expected)})")
    if prediction.get("net") is not None and (net, vat) != (prediction["net"], prediction["vat"]):
        differences.append(f"net {_money(net, expected)}, VAT {_money(vat, expected)} where the preview showed "
                           f"net {_money(prediction['net'], expected)}, VAT {_money(prediction['vat'], expected)}")
    originals = [t for t in booked if t.get("originalAmount") is not None]
    # The books are in CHF: where those amounts were predicted they are what counts. Only a conversion at
    # Infinity's own rate leaves the voucher's own currency as the thing to compare.
    if prediction.get("net") is None and originals and prediction.get("original_currency"):
        o_currency = prediction["original_currency"]
        o_net = sum(t["originalAmount"] for t in originals if not t.get("isTaxTransaction"))
        o_vat = sum(t["originalAmount"] for t in originals if t.get("isTaxTransaction"))
        got_currency = {t.get("originalCurrency") for t in originals} - {None}
        if got_currency and got_currency != {o_currency}:
            differences.append(f"the original currency is {', '.join(sorted(map(str, got_currency)))}, "
                               f"not {o_currency}")
        elif (o_net, o_vat) != (prediction["original_net"], prediction["original_vat"]):
            differences.append(f"in {o_currency}: net {_money(o_net, o_currency)}, VAT {_money(o_vat, o_currency)} "
                               f"where the preview showed net {_money(prediction['original_net'], o_currency)}, "
                               f"VAT {_money(prediction['original_vat'], o_currency)}")
    return differences


def _money(cents: int, currency: str) -> str:
    return f"{format_amount(from_cents(cents))} {currency}"


@dataclass(frozen=True)
class EntryPreview:
    """One Infinity entry as the preview shows it and the outbox freezes it: its body and what it should book."""

    entry: PlannedEntry
    body: dict[str, Any]
    prediction: dict[str, Any]

    @property
    def target_rate(self) -> bool:
        """A foreign currency without a rate: Infinity converts at its own rate, the CHF amounts are unknown."""
        return self.prediction["net"] is None


def preview_entries(voucher: Voucher, table: VatTable) -> list[EntryPreview]:
    """The entries of a validated voucher, each with its exact body and predicted booking (one computation for
    the preview and the outbox, so what is compared after posting is what the bookkeeper saw)."""
    previews = []
    for entry in plan_infinity_entries(voucher, table)[0]:
        body = entry.body(voucher)
        prediction = predict_booking(entry.amount_cents, Decimal(entry.percent or 0), voucher.currency,
                                     body.get("exchangeRate"))
        previews.append(EntryPreview(entry, body, prediction))
    return previews
