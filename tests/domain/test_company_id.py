"""Company identifiers follow the target's country: Y-tunnus for Confirma, Swiss UID for Infinity."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.business_id import company_id_label, company_id_problem
from app.domain.targets import Target
from app.domain.validation import validate_voucher
from app.resources import default_vat_table
from tests.domain.builders import line, voucher

CH = default_vat_table("CH")
FI = default_vat_table("FI")


def _company_issues(v, table, target):
    return [i for i in validate_voucher(v, table, target) if i.field == "company_id"]


def test_valid_swiss_uid_on_an_infinity_voucher_is_not_warned_as_a_y_tunnus():
    v = voucher(line("1020", debit="100.00"), line("3200", credit="100.00"), currency="CHF",
                company_id="CHE-116.281.710")
    assert _company_issues(v, CH, Target.INFINITY) == []


def test_mistyped_swiss_uid_on_an_infinity_voucher_names_the_check_digit():
    v = voucher(line("1020", debit="100.00"), line("3200", credit="100.00"), currency="CHF",
                company_id="CHE-116.281.711")
    (issue,) = _company_issues(v, CH, Target.INFINITY)
    assert issue.code == "swiss_uid" and "check digit" in issue.message and "Y-tunnus" not in issue.message


def test_y_tunnus_on_an_infinity_voucher_is_not_a_swiss_uid():
    v = voucher(line("1020", debit="100.00"), line("3200", credit="100.00"), currency="CHF",
                company_id="0737546-2")
    (issue,) = _company_issues(v, CH, Target.INFINITY)
    assert issue.code == "swiss_uid" and "CHE-123.456.789" in issue.message


def test_swiss_uid_on_a_confirma_voucher_is_not_a_y_tunnus():
    v = voucher(line("1701", debit="1.00"), line("3000", credit="1.00"), company_id="CHE-116.281.710", type="ML")
    (issue,) = _company_issues(v, FI, Target.CONFIRMA)
    assert issue.code == "y_tunnus" and "Y-tunnus" in issue.message


@pytest.mark.parametrize("value, target, expected", [
    ("0737546-2", Target.CONFIRMA, None), ("0737546-3", Target.CONFIRMA, "y_tunnus"),
    ("CHE-116.281.710", Target.INFINITY, None), ("CHE116281710", Target.INFINITY, None),
    ("CHE-116.281.710 MWST", Target.INFINITY, None), ("CHE-116.281", Target.INFINITY, "swiss_uid"),
    ("CHE-116.281.710", None, None), ("0737546-2", None, None), ("12345", None, "company_id"),
])
def test_company_id_problem_by_target(value, target, expected):
    problem = company_id_problem(value, target)
    assert (problem.code if problem else None) == expected


def test_company_id_label_names_the_country_identifier():
    assert company_id_label(Target.CONFIRMA) == "Y-tunnus"
    assert company_id_label(Target.INFINITY) == "UID"
    assert company_id_label(None) == "Company ID"


@settings(max_examples=500, deadline=None)
@given(digits=st.integers(min_value=0, max_value=99_999_999), check=st.integers(min_value=0, max_value=9))
def test_the_uid_check_digit_agrees_with_python_stdnum(digits, check):
    from stdnum.ch import uid

    text = f"CHE{digits:08d}{check}"
    assert (company_id_problem(text, Target.INFINITY) is None) == uid.is_valid(text)


@settings(max_examples=500, deadline=None)
@given(digits=st.integers(min_value=0, max_value=9_999_999), check=st.integers(min_value=0, max_value=9))
def test_the_y_tunnus_check_digit_agrees_with_python_stdnum(digits, check):
    from stdnum.fi import ytunnus

    text = f"{digits:07d}-{check}"
    assert (company_id_problem(text, Target.CONFIRMA) is None) == ytunnus.is_valid(text)


def test_checking_a_company_id_loads_no_third_party_module():
    """The window checks identifiers as they are typed; stdnum would add ~70 ms and pydoc (not bundled)."""
    import subprocess
    import sys
    probe = ("import sys; from app.domain.business_id import company_id_problem as p; "
             "p('CHE-116.281.710', 'infinity'); p('0737546-2', 'confirma'); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('stdnum', 'pydoc')))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
