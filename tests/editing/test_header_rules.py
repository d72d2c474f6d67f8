"""Header fields follow the profile's booking rules as they are typed: currency, rate, company identifier."""

from app.domain.booking_rules import BookingRules
from app.domain.targets import Target
from app.editing import VoucherEditor
from tests.editing.support import CH, TODAY, line, voucher


def swiss_editor(**kw):
    v = voucher(line("1020", debit="10.00"), line("3200", credit="10.00"), currency="EUR", **kw)
    return VoucherEditor(v, CH, Target.INFINITY, None, "de-CH", today=lambda: TODAY)


def test_a_euro_infinity_draft_shows_the_missing_rate_on_the_currency_field():
    ed = swiss_editor()
    (issue,) = ed.header_field_issues("currency")
    assert issue.code == "exchange_rate_missing" and issue.is_error


def test_choosing_infinitys_rate_in_the_rate_field_clears_the_error_and_is_shown_back():
    ed = swiss_editor()
    ed.set_header("exchange_rate", "target")
    assert ed.header_field_issues("currency") == [] and ed.voucher().use_target_rate
    assert ed.header_text("exchange_rate") == "target" and ed.voucher().exchange_rate is None
    ed.set_header("exchange_rate", "0.94")
    assert not ed.voucher().use_target_rate and str(ed.voucher().exchange_rate) == "0.94"


def test_a_profile_keeping_its_books_in_euros_needs_no_rate():
    v = voucher(line("1020", debit="10.00"), line("3200", credit="10.00"), currency="EUR")
    ed = VoucherEditor(v, CH, Target.INFINITY, None, "de-CH", today=lambda: TODAY,
                       rules=BookingRules(accounting_currency="EUR"))
    assert ed.header_field_issues("currency") == []


def test_a_swiss_uid_typed_on_an_infinity_voucher_is_quiet():
    ed = swiss_editor()
    ed.set_header("company_id", "CHE-116.281.710")
    assert ed.header_field_issues("company_id") == []
