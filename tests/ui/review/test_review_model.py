"""The review list's Qt model over ReviewQuery: Qt's model tester, pages fetched on demand, every filter
alone and combined, what each cell shows, and 100,000 submissions opened in about a second."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.domain.targets import Target
from app.store.database import connect
from app.store.review import ReviewFilter, ReviewQuery
from app.store.settings import Profile
from app.ui import style
from app.ui.review.model import COLUMN_KEYS, PAGE_SIZE, ReviewTableModel
from app.ui.review.states import state_colours
from tests.review.support import line, submit, voucher
from app.store.states import SubmissionState

COL = {key: i for i, key in enumerate(COLUMN_KEYS)}
LIVE = Profile(name="acme live", target=Target.CONFIRMA, environment="production",
               base_url="https://integrations.confirmafinance.com/api/v1/partner")


@pytest.fixture
def conn(tmp_path):
    connection = connect(tmp_path / "ledgerdesk.sqlite3")
    yield connection
    connection.close()


def test_qt_model_tester_passes_while_pages_are_fetched_newest_first(conn, qtmodeltester):
    for n in range(450):
        submit(conn, voucher(line("6300", debit="10.00", text=f"Coffee {n}"), line("1910", credit="10.00"),
                             number=str(1000 + n), description=f"Office coffee {n}"))
    model = ReviewTableModel(ReviewQuery(conn), {})
    model.set_filter(ReviewFilter())
    assert (model.total_count, model.rowCount()) == (450, PAGE_SIZE)  # only the first page is read
    qtmodeltester.check(model)  # the tester itself calls canFetchMore/fetchMore
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    numbers = [model.index(r, COL["number"]).data() for r in range(model.rowCount())]
    assert numbers[:3] == ["1449", "1448", "1447"] and numbers[-1] == "1000"  # newest first
    model.set_filter(ReviewFilter(text="coffee 44"))  # a reset under the tester's eyes
    qtmodeltester.check(model)
    assert model.total_count == 14  # "44" anywhere: 44, 144, 244, 344 and 440–449


@pytest.fixture
def curated(conn):
    """Five submissions that differ in every filtered property."""
    rows = [("1001", "2024-01-31", "Office rent March", "acme", "confirma", SubmissionState.SYNCED,
             [line("6300", debit="1200.00", text="Toimisto"), line("1910", credit="1200.00")]),
            ("1002", "2024-02-15", "Hyvitys asiakkaalle", "acme", "confirma", SubmissionState.FAILED,
             [line("3000", debit="50.00", text="Palautus"), line("1701", credit="50.00")]),
            ("A-77", "2024-03-01", "Erlös Verkauf", "swiss", "infinity", SubmissionState.UNCERTAIN,
             [line("1020", debit="99.95"), line("3200", credit="99.95", text="Verkauf Büro", vat_code="UN")]),
            ("1003", "2025-06-30", "Travel", "acme live", "confirma", SubmissionState.REJECTED,
             [line("7000", debit="12.50", text="Taxi to client"), line("1910", credit="12.50")]),
            ("2001", "2025-12-31", "Machine purchase", "beta", "confirma", SubmissionState.PENDING,
             [line("1100", debit="25000.00", text="Lathe"), line("2871", credit="25000.00")])]
    for number, day, description, profile, target, state, lines in rows:
        submit(conn, voucher(*lines, day=day, number=number, description=description,
                             currency="CHF" if target == "infinity" else "EUR"),
               profile=profile, target=target, state=state)
    model = ReviewTableModel(ReviewQuery(conn), {"acme live": LIVE})
    model.set_filter(ReviewFilter())
    return model


def numbers(model, **filters) -> set[str]:
    model.set_filter(ReviewFilter(**filters))
    assert model.total_count == model.rowCount()  # the count on the status line agrees with the rows
    return {model.index(r, COL["number"]).data() for r in range(model.rowCount())}


def test_every_filter_alone_and_combined(curated, qtmodeltester):
    everything = {"1001", "1002", "A-77", "1003", "2001"}
    assert numbers(curated) == everything
    assert numbers(curated, date_from=date(2024, 2, 1), date_to=date(2024, 12, 31)) == {"1002", "A-77"}
    assert numbers(curated, profile="acme") == {"1001", "1002"}
    assert numbers(curated, states=(SubmissionState.FAILED, SubmissionState.REJECTED)) == {"1002", "1003"}
    assert numbers(curated, account="1910") == {"1001", "1003"}
    assert numbers(curated, amount_min=Decimal("50.00"), amount_max=Decimal("1200.00")) == {"1001", "1002", "A-77"}
    assert numbers(curated, text="erlos") == {"A-77"}  # accents folded: "erlos" finds "Erlös"
    assert numbers(curated, text="taxi client") == {"1003"}  # every word, in line texts too
    # Combined: each condition must hold.
    assert numbers(curated, account="1910", date_from=date(2025, 1, 1)) == {"1003"}
    assert numbers(curated, profile="acme", states=(SubmissionState.SYNCED,), amount_min=Decimal("1000")) == {"1001"}
    assert numbers(curated, text="office", states=(SubmissionState.FAILED,)) == set()
    qtmodeltester.check(curated)


def test_cells_show_state_words_colours_totals_and_production(curated):
    curated.set_filter(ReviewFilter())
    by_number = {curated.index(r, COL["number"]).data(): r for r in range(curated.rowCount())}

    def cell(number, key, role=Qt.ItemDataRole.DisplayRole):
        return curated.index(by_number[number], COL[key]).data(role)

    assert cell("2001", "state") == "pending at target"
    assert cell("1002", "state") == "failed at target"
    assert cell("A-77", "state") == SubmissionState.UNCERTAIN
    assert cell("A-77", "state", Qt.ItemDataRole.BackgroundRole) == state_colours(SubmissionState.UNCERTAIN)[1]
    assert cell("1001", "state", Qt.ItemDataRole.ForegroundRole) == state_colours(SubmissionState.SYNCED)[0]
    assert cell("2001", "total") == "25 000,00 EUR"  # Confirma's Finnish format
    assert cell("A-77", "total") == "99.95 CHF"  # Infinity's Swiss format
    assert cell("2001", "total", Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert cell("1003", "profile") == "acme live · confirma · PRODUCTION"
    assert cell("1003", "profile", Qt.ItemDataRole.ForegroundRole) == style.PRODUCTION_COLOUR
    assert cell("1001", "description") == "Office rent March"


def test_review_dates_are_written_as_the_grid_writes_them_not_iso(curated):
    """Issue 18: the grid shows 31.1.2024, so the review must too (it showed 2024-01-31)."""
    curated.set_filter(ReviewFilter())
    by_number = {curated.index(r, COL["number"]).data(): r for r in range(curated.rowCount())}
    assert curated.index(by_number["1001"], COL["date"]).data() == "31.1.2024"  # Confirma: Finnish
    assert curated.index(by_number["A-77"], COL["date"]).data() == "1.3.2024"  # Infinity: Swiss
    changed = curated.index(by_number["1001"], COL["updated_at"]).data()
    assert "-" not in changed.split(" ")[0], changed  # the last change too: d.m.yyyy HH:MM


@pytest.mark.slow
def test_a_hundred_thousand_vouchers_open_in_about_a_second_and_filter_as_typed(tmp_path, qtbot):
    from benchmarks.case_review import build

    path = tmp_path / "big.sqlite3"
    build(path, 100_000)
    started = time.perf_counter()
    conn = connect(path)
    model = ReviewTableModel(ReviewQuery(conn), {})
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_filter(ReviewFilter())
    view.show()
    qtbot.waitExposed(view)
    opened = time.perf_counter() - started
    try:
        assert model.total_count == 100_000 and model.rowCount() == PAGE_SIZE
        assert opened < 1.5, f"opening took {opened:.2f} s"
        slowest = 0.0
        for typed in ("o", "of", "off", "offi", "offic", "office"):  # what each debounced keystroke costs
            started = time.perf_counter()
            model.set_filter(ReviewFilter(text=typed))
            slowest = max(slowest, time.perf_counter() - started)
        assert model.total_count > 0
        assert slowest < 0.25, f"a keystroke's query took {slowest * 1000:.0f} ms on the GUI thread"
    finally:
        conn.close()


def test_booked_by_infinity_shows_what_the_preview_showed_in_its_own_currency_on_infinitys_rate():
    """Found walking as a bookkeeper: a EUR voucher on Infinity's rate showed '—' where the preview had shown
    net 1,000.00 / VAT 81.00 EUR beside the CHF that Infinity booked."""
    import json
    from decimal import Decimal

    from app.store.outbox import RequestRow
    from app.ui.review.evidence import infinity_transactions

    mapping = {"predicted": {"net": None, "vat": None, "currency": "CHF", "original_net": 100000,
                             "original_vat": 8100, "original_currency": "EUR", "percent": "8.1"}}
    booked = [{"id": "a" * 24, "amount": 94000, "currency": "CHF", "isTaxTransaction": False},
              {"id": "b" * 24, "amount": 7614, "currency": "CHF", "isTaxTransaction": True}]
    row = RequestRow(1, 1, 1, "{}", "accepted", json.dumps(booked), "now", json.dumps(mapping))
    shown = [(t.amount, t.currency, t.predicted, t.predicted_currency, t.differs) for t in infinity_transactions([row])]
    assert shown == [(Decimal("940.00"), "CHF", Decimal("1000.00"), "EUR", False),
                     (Decimal("76.14"), "CHF", Decimal("81.00"), "EUR", False)]


def test_on_the_team_database_a_long_list_says_more_than_and_still_scrolls_to_its_end(postgresql_store):
    """The team database counts a filter's matches only up to the cap (a keystroke over a million submissions
    stays fast): the list says "more than", loads on as it is scrolled, and knows the count at its end."""
    total, cap = 2 * PAGE_SIZE + PAGE_SIZE // 2, PAGE_SIZE + PAGE_SIZE // 4
    for n in range(total):
        submit(postgresql_store, voucher(line("6300", debit="10.00"), line("1910", credit="10.00"),
                                         number=str(1000 + n), description=f"Office coffee {n}"))
    model = ReviewTableModel(ReviewQuery(postgresql_store), {})
    model.count_cap = cap
    counts: list[int] = []
    model.count_changed.connect(counts.append)
    model.set_filter(ReviewFilter(text="coffee"))
    assert (model.total_count, model.count_is_exact, model.rowCount()) == (cap, False, PAGE_SIZE)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert (model.total_count, model.count_is_exact, model.rowCount()) == (2 * PAGE_SIZE, False, 2 * PAGE_SIZE)
    model.fetchMore(QModelIndex())
    assert (model.total_count, model.count_is_exact, model.rowCount()) == (total, True, total)
    assert not model.canFetchMore(QModelIndex())
    assert counts == [cap, 2 * PAGE_SIZE, total]
    model.set_filter(ReviewFilter(text="coffee 24"))  # 24, 124, 224, 240–249, 324, 424: a short first page
    assert (model.total_count, model.count_is_exact, model.rowCount()) == (15, True, 15)
