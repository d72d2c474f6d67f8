"""Validation: every check a voucher passes before anything leaves the machine.

`validate_voucher` returns structured issues and never raises for a bookkeeper's mistake.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal

from app.domain.booking_rules import BookingRules
from app.domain.business_id import company_id_label, company_id_problem
from app.domain.currencies import ISO_4217
from app.domain.date_checks import line_date_issues, voucher_date_issues
from app.domain.exchange_rates import exchange_rate_issues
from app.domain.issues import Issue, error, has_errors, warning
from app.domain.messages import Message, message_of
from app.domain.money import ZERO, decimal_places
from app.domain.posting import post_voucher, voucher_totals
from app.domain.target_fields import entry_fields_not_sent, header_fields_not_sent, line_fields_not_sent
from app.domain.targets import DESCRIPTION_LIMIT, Target
from app.domain.text_rules import header_hidden_characters, line_hidden_characters
from app.domain.vat_codes import VatCodeError, VatTable
from app.domain.voucher import Voucher, VoucherLine

# Beyond this a typed amount is almost certainly a slip (a pasted account or reference number).
LARGEST_AMOUNT = Decimal("999999999.99")
_ACCOUNT = re.compile(r"\d{1,12}")


def validate_voucher(voucher: Voucher, table: VatTable, target: Target | None = None,
                     chart: Collection[str] | None = None,
                     known: list[Issue] | None = None, rules: BookingRules | None = None) -> list[Issue]:
    """All issues of a voucher for a target (None: target-neutral checks only).

    `chart`: the profile's account numbers, when known. `known`: issues found while reading the
    voucher (e.g. an unreadable date); a field that already has one is not reported again.
    `rules`: the profile's accounting currency, fiscal year and date window (None: the target's defaults).
    """
    rules = rules or BookingRules.for_target(target)
    issues: list[Issue] = list(known or [])
    taken = {(i.line, i.field) for i in issues}

    def add(issue: Issue) -> None:
        if (issue.line, issue.field) not in taken:
            issues.append(issue)

    for issue in header_issues(voucher, target, rules):
        add(issue)
    typed = voucher.typed_lines()
    if not typed:
        add(error("lines", Message("empty"), "empty"))
    for number, line in typed:
        for issue in line_issues(number, line, voucher, table, target, chart, rules):
            add(issue)
    if typed and not has_errors(issues):
        for issue in _balance_issues(voucher, table):
            add(issue)
    if target is Target.INFINITY and not has_errors(issues):
        for issue in _infinity_plan_issues(voucher, table):
            add(issue)
    return issues


def header_issues(voucher: Voucher, target: Target | None, rules: BookingRules | None = None) -> list[Issue]:
    """Issues of the voucher header alone (date, description, currency, rate, company, type)."""
    rules = rules or BookingRules.for_target(target)
    found: list[Issue] = []
    if voucher.date is None:
        found.append(error("date", Message("date_missing"), "date_missing"))
    limit = DESCRIPTION_LIMIT.get(target) if target else None
    if target and limit and len(voucher.description) > limit:
        found.append(error("description", Message("description_too_long", length=len(voucher.description),
                                                   target=target.value.capitalize(), limit=limit),
                           "description_too_long"))
    currency = voucher.currency.strip()
    if not re.fullmatch(r"[A-Z]{3}", currency):
        found.append(error("currency", Message("currency_malformed", currency=currency), "currency_malformed"))
    elif currency not in ISO_4217:
        found.append(error("currency", Message("currency_unknown", currency=currency), "currency_unknown"))
    elif target is Target.CONFIRMA and currency != "EUR":
        found.append(error("currency", Message("currency_not_supported", currency=currency),
                           "currency_not_supported"))
    if voucher.exchange_rate is not None:
        if not voucher.exchange_rate.is_finite() or voucher.exchange_rate <= 0:
            found.append(error("exchange_rate", Message("exchange_rate_not_positive"),
                               "exchange_rate_not_positive"))
        elif target is Target.INFINITY and currency == rules.accounting_currency and voucher.exchange_rate != 1:
            found.append(error("exchange_rate", Message("exchange_rate_for_chf", currency=currency),
                               "exchange_rate_for_chf"))
    if voucher.company_id.strip():
        # Each target's company identifier follows its country: a Swiss UID is no Y-tunnus.
        problem = company_id_problem(voucher.company_id, target)
        if problem:
            found.append(warning("company_id", problem.message, problem.code))
    elif target is Target.CONFIRMA:
        found.append(warning("company_id", Message("company_missing", label=company_id_label(target)),
                             "company_missing"))
    if target is Target.CONFIRMA and not voucher.type.strip():
        # Confirma's documentType is present in every documented body and the accounting systems behind it
        # need one; an empty type would only come back as a rejection.
        found.append(error("type", Message("type_missing"), "type_missing"))
    # Issue 14's checks come last: the first issue on a field is the one shown, and errors above come first.
    return [*found, *header_hidden_characters(voucher), *voucher_date_issues(voucher, rules),
            *exchange_rate_issues(voucher, target, rules), *header_fields_not_sent(voucher, target)]


def line_issues(number: int, line: VoucherLine, voucher: Voucher, table: VatTable,
                target: Target | None, chart: Collection[str] | None,
                rules: BookingRules | None = None) -> list[Issue]:
    """Issues of one typed line on its own (account, amount, VAT code, text, date); `number` is 1-based."""
    found: list[Issue] = []
    account = line.account.strip()
    if not account:
        found.append(error("account", Message("account_missing"), "account_missing", number))
    elif (foreign := foreign_digits_issue(number, account)) is not None:
        found.append(foreign)
    elif not _ACCOUNT.fullmatch(account):
        found.append(error("account", Message("account_malformed", account=account),
                           "account_malformed", number))
    elif target is Target.INFINITY and not 1000 <= int(account) <= 9999:
        found.append(error("account", Message("account_out_of_range", account=account),
                           "account_out_of_range", number))
    elif chart is not None and account not in chart:
        found.append(error("account", Message("account_unknown", account=account),
                           "account_unknown", number))
    found.extend(_amount_issues(number, line))
    day = voucher.booking_date(line)
    if line.vat_code.strip() and day is not None:
        try:
            resolved = table.resolve(line.vat_code, day)
        except VatCodeError as exc:
            found.append(error("vat_code", message_of(exc), "vat_code_unknown", number))
        else:
            if resolved.outside_dates:
                found.append(error("vat_code", resolved.outside_dates, "vat_code_outside_dates", number))
    if target is Target.INFINITY and len(line.text) > DESCRIPTION_LIMIT[Target.INFINITY]:
        found.append(error("text", Message("text_too_long", length=len(line.text),
                                            limit=DESCRIPTION_LIMIT[Target.INFINITY]), "text_too_long", number))
    return [*found, *line_hidden_characters(number, line),
            *line_date_issues(number, line, voucher, rules or BookingRules.for_target(target)),
            *line_fields_not_sent(number, line, target)]


def foreign_digits_issue(number: int, account: str) -> Issue | None:
    """An account written in another digit system (١٧٠١, １７０１, 𝟏𝟕𝟎𝟏): an error, never converted.

    Python's \\d and int() accept these; the targets do not agree on them (Confirma took the text as
    it was, Infinity read a different number), so only ASCII 0-9 may leave the machine.
    """
    if account.isascii() or not any(ch.isdigit() for ch in account):
        return None
    return error("account", Message("account_foreign_digits", account=account), "account_foreign_digits", number)


def _amount_issues(number: int, line: VoucherLine) -> list[Issue]:
    if line.debit is not None and line.credit is not None:
        return [error("credit", Message("debit_and_credit"), "debit_and_credit", number)]
    if line.debit is None and line.credit is None:
        return [error("debit", Message("amount_missing"), "amount_missing", number)]
    field, amount = ("debit", line.debit) if line.debit is not None else ("credit", line.credit)
    assert amount is not None  # one of the two is set (both checked above)
    if not amount.is_finite():
        return [error(field, Message("amount_not_a_number", amount=str(amount)), "amount_not_a_number", number)]
    if amount == 0:
        return [error(field, Message("amount_zero"), "amount_zero", number)]
    if amount < 0:
        return [error(field, Message(f"amount_negative_{field}", amount=-amount), "amount_negative", number)]
    if decimal_places(amount) > 2:
        return [error(field, Message("amount_decimals", amount=str(amount)), "amount_decimals", number)]
    if amount > LARGEST_AMOUNT:
        return [error(field, Message("amount_too_large", amount=amount, largest=LARGEST_AMOUNT), "amount_too_large",
                      number)]
    return []


def _balance_issues(voucher: Voucher, table: VatTable) -> list[Issue]:
    totals = voucher_totals(post_voucher(voucher, table))
    if totals.difference == ZERO:
        return []
    return [error("lines", Message("unbalanced", difference=abs(totals.difference), debit=totals.debit,
                                   credit=totals.credit), "unbalanced")]


def _infinity_plan_issues(voucher: Voucher, table: VatTable) -> list[Issue]:
    from app.domain.targets.infinity import plan_infinity_entries  # Infinity vouchers only: not loaded at start

    entries, issues = plan_infinity_entries(voucher, table)
    for entry in entries:
        text = entry.description
        line = entry.debit_line
        if not text:
            issues.append(error("description", Message("description_missing"), "description_missing"))
        elif len(text) > 128 or "\n" in text:
            issues.append(error("text", Message("text_not_single_line"),
                                "text_not_single_line", line))
    return issues + entry_fields_not_sent(voucher, entries)  # after the errors: one issue per cell, errors first
