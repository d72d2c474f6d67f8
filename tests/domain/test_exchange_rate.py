"""A foreign-currency voucher says how it is converted (issue 14 item 1): a rate, or Infinity's own rate."""

from datetime import date
from decimal import Decimal

from app.domain.booking_rules import BookingRules
from app.domain.exchange_rates import exchange_rate_note
from app.domain.targets import Target
from app.domain.targets.infinity import infinity_bodies
from app.domain.validation import validate_voucher
from app.domain.voucher_file import dump_voucher_file, load_dumped_voucher, parse_voucher_file
from app.resources import default_vat_table
from app.store.profile import Profile
from tests.domain.builders import line, voucher

CH = default_vat_table("CH")


def euro_voucher(**kw):
    return voucher(line("1020", debit="100.00"), line("3200", credit="100.00"), currency="EUR", **kw)


def test_euro_voucher_for_infinity_without_a_rate_is_refused_on_the_currency_cell_naming_both_choices():
    issues = [i for i in validate_voucher(euro_voucher(), CH, Target.INFINITY) if i.is_error]
    (issue,) = issues
    assert (issue.field, issue.code) == ("currency", "exchange_rate_missing")
    assert "exchange rate" in issue.message and "Infinity's own rate" in issue.message and "CHF" in issue.message


def test_euro_voucher_with_a_rate_or_infinitys_rate_validates():
    assert not [i for i in validate_voucher(euro_voucher(exchange_rate=Decimal("0.94")), CH, Target.INFINITY)
                if i.is_error]
    assert not [i for i in validate_voucher(euro_voucher(use_target_rate=True), CH, Target.INFINITY) if i.is_error]


def test_a_rate_and_infinitys_rate_together_are_refused():
    v = euro_voucher(exchange_rate=Decimal("0.94"), use_target_rate=True)
    assert "exchange_rate_and_target_rate" in {i.code for i in validate_voucher(v, CH, Target.INFINITY)}


def test_a_profile_keeping_books_in_euros_needs_no_rate_for_euros():
    rules = BookingRules(accounting_currency="EUR")
    assert not [i for i in validate_voucher(euro_voucher(), CH, Target.INFINITY, rules=rules) if i.is_error]


def test_the_typed_exchange_rate_reaches_the_infinity_body():
    (body,) = infinity_bodies(euro_voucher(exchange_rate=Decimal("0.9412")), CH)
    assert body["currency"] == "EUR" and body["exchangeRate"] == Decimal("0.9412")


def test_infinitys_own_rate_sends_no_rate_and_the_preview_says_so():
    v = euro_voucher(use_target_rate=True)
    (body,) = infinity_bodies(v, CH)
    assert "exchangeRate" not in body
    note = exchange_rate_note(v, Target.INFINITY, BookingRules.for_target(Target.INFINITY))
    assert "Infinity converts EUR to CHF at its own rate for 2025-12-13" in note
    typed = exchange_rate_note(euro_voucher(exchange_rate=Decimal("0.94")), Target.INFINITY,
                               BookingRules.for_target(Target.INFINITY))
    assert typed == "EUR is converted at the rate you typed: 1 EUR = 0.94 CHF."


def test_exchange_rate_target_in_a_voucher_file_is_the_explicit_choice_and_round_trips():
    text = ('{"format": "ledgerdesk-voucher", "version": 1, "target": "infinity", "identifier": "x", '
            '"date": "2025-12-13", "description": "d", "currency": "EUR", "exchange_rate": "target", "lines": ['
            '{"account": "1020", "debit": "100.00"}, {"account": "3200", "credit": "100.00"}]}')
    loaded = parse_voucher_file(text)
    assert loaded.voucher.use_target_rate and loaded.voucher.exchange_rate is None
    dumped = dump_voucher_file(loaded.voucher, Target.INFINITY)
    assert '"exchange_rate": "target"' in dumped
    again, _ = load_dumped_voucher(dumped)
    assert again.use_target_rate and again.exchange_rate is None
    assert parse_voucher_file(dumped).voucher.use_target_rate


def test_new_infinity_profile_keeps_its_books_in_francs_and_confirma_in_euros():
    swiss = Profile(name="s", target="infinity", environment="production", base_url="https://api.infinity.swiss/v1")
    finnish = Profile(name="f", target="confirma", environment="sandbox", base_url="http://127.0.0.1:8765/x")
    assert (swiss.accounting_currency, finnish.accounting_currency) == ("CHF", "EUR")
    assert swiss.booking_rules(date(2026, 1, 5)) == BookingRules("CHF", 1, 60, date(2026, 1, 5))


def test_a_currency_that_is_no_code_is_named_as_such_not_as_a_missing_rate():
    v = voucher(line("1020", debit="100.00"), line("3200", credit="100.00"), currency="EURO")
    issues = validate_voucher(v, CH, Target.INFINITY)
    assert [i.code for i in issues if i.field == "currency"] == ["currency_malformed"]
