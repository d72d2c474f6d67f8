from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.vat import add_vat, split_gross
from app.domain.vat_rates import RATE_CLASSES

ALL_RATES = sorted({p.percent for periods in RATE_CLASSES.values() for p in periods})
cents = st.integers(min_value=-10**11, max_value=10**11).map(lambda c: Decimal(c) / 100)
rates = st.sampled_from(ALL_RATES)


@pytest.mark.parametrize("gross, percent, net, vat", [
    ("2990.00", "25.5", "2382.47", "607.53"),
    ("120.50", "8.1", "111.47", "9.03"),
    ("100.00", "25.5", "79.68", "20.32"),
    ("0.05", "25.5", "0.04", "0.01"),
    ("-2990.00", "25.5", "-2382.47", "-607.53"),
    ("50.00", "0", "50.00", "0.00"),
])
def test_split_gross_matches_the_worked_examples(gross, percent, net, vat):
    assert split_gross(Decimal(gross), Decimal(percent)) == (Decimal(net), Decimal(vat))


def test_add_vat_from_net():
    assert add_vat(Decimal("2382.47"), Decimal("25.5")) == (Decimal("607.53"), Decimal("2990.00"))
    assert add_vat(Decimal("-100.00"), Decimal("8.1")) == (Decimal("-8.10"), Decimal("-108.10"))


@given(cents, rates)
def test_net_plus_vat_is_the_gross(gross, percent):
    net, vat = split_gross(gross, percent)
    assert net + vat == gross
    assert net.as_tuple().exponent == -2 and vat.as_tuple().exponent == -2


@given(cents, rates)
def test_split_is_sign_symmetric(gross, percent):
    net, vat = split_gross(gross, percent)
    assert split_gross(-gross, percent) == (-net, -vat)


@given(cents, rates)
def test_add_vat_is_sign_symmetric_and_adds_up(net, percent):
    vat, gross = add_vat(net, percent)
    assert gross == net + vat
    assert add_vat(-net, percent) == (-vat, -gross)


@given(cents, rates)
def test_net_survives_a_round_trip_through_gross(net, percent):
    # Net mode sends gross = net + VAT; the target splitting it again must find the same net.
    _, gross = add_vat(net, percent)
    assert split_gross(gross, percent)[0] == net


def test_no_float_anywhere():
    net, vat = split_gross(Decimal("10.00"), Decimal("24"))
    assert type(net) is Decimal and type(vat) is Decimal
