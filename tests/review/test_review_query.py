"""Filtering and paging the review list: each filter alone, combined, and newest first.

Every test runs three times: through SQLite's trigram index, by scanning the folded column (an SQLite without
the trigram tokenizer, and words shorter than three characters), and on PostgreSQL (pg_trgm).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.store.database import connect
from app.store.outbox import SUBMISSION_STATES
from app.store.review import ReviewFilter, ReviewQuery
from app.store.review_filter import REVIEW_STATES
from tests.conftest import new_team_store
from tests.review.support import line, submit, voucher
from app.store.states import SubmissionState


@pytest.fixture(scope="module", params=["trigram index", "scan", "postgresql"])
def query(request, tmp_path_factory):
    """One database for the module (the tests only read), queried each way."""
    if request.param == "postgresql":
        conn = new_team_store(request.getfixturevalue("postgresql_server"),
                              request.getfixturevalue("postgresql_template"))
    else:
        conn = connect(tmp_path_factory.mktemp("review") / "db.sqlite3")
    ids = {}
    # (key, day, number, description, profile, target, state, lines)
    for key, day, number, description, profile, target, state, lines in [
        ("rent", "2024-01-31", "1001", "Office rent March", "acme", "confirma", SubmissionState.SYNCED,
         [line("6300", debit="1200.00", text="Toimisto"), line("1910", credit="1200.00")]),
        ("credit", "2024-02-15", "1002", "Hyvitys asiakkaalle", "acme", "confirma", SubmissionState.FAILED,
         [line("3000", debit="50.00", text="Palautus"), line("1701", credit="50.00")]),
        ("erlos", "2024-03-01", "A-77", "Erlös Verkauf", "swiss", "infinity", SubmissionState.ACCEPTED,
         [line("1020", debit="99.95"), line("3200", credit="99.95", text="Verkauf Büro", vat_code="UN")]),
        ("taxi", "2025-06-30", "1003", "Travel", "acme", "confirma", SubmissionState.REJECTED,
         [line("7000", debit="12.50", text="Taxi to client"), line("1910", credit="12.50")]),
        ("big", "2025-12-31", "2001", "Machine purchase", "beta", "confirma", SubmissionState.PENDING,
         [line("1100", debit="25000.00", text="Lathe, 50% off"), line("2871", credit="25000.00")]),
    ]:
        v = voucher(*lines, day=day, number=number, description=description)
        ids[key] = submit(conn, v, profile=profile, target=target, state=state)
    reader = ReviewQuery(conn, use_text_index=request.param == "trigram index")
    assert reader.use_text_index == (request.param == "trigram index")  # PostgreSQL: pg_trgm serves LIKE itself
    reader.ids = ids
    return reader


def found(query, **filters) -> set[str]:
    """The keys the filter lets through, checking count() against page()."""
    review_filter = ReviewFilter(**filters)
    rows = query.page(review_filter, 0, 100)
    assert query.count(review_filter) == len(rows)
    names = {sid: key for key, sid in query.ids.items()}
    return {names[r.submission_id] for r in rows}


ALL = {"rent", "credit", "erlos", "taxi", "big"}


def test_no_filter_lists_everything_newest_first(query):
    rows = query.page()
    assert [r.submission_id for r in rows] == sorted(query.ids.values(), reverse=True)
    assert query.count() == 5 and ReviewFilter().is_empty()


def test_paging_walks_the_list_newest_first_without_gaps(query):
    pages = [query.page(ReviewFilter(), offset, 2) for offset in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert [r.submission_id for p in pages for r in p] == sorted(query.ids.values(), reverse=True)


def test_a_row_carries_what_the_list_shows(query):
    row = query.row(query.ids["erlos"])
    assert (row.date, row.number, row.description, row.profile, row.target, row.total, row.currency, row.state) == (
        date(2024, 3, 1), "A-77", "Erlös Verkauf", "swiss", "infinity", Decimal("99.95"), "EUR",
        SubmissionState.ACCEPTED)


@pytest.mark.parametrize("filters, expected", [
    ({"date_from": date(2024, 2, 15)}, {"credit", "erlos", "taxi", "big"}),
    ({"date_to": date(2024, 2, 15)}, {"rent", "credit"}),
    ({"date_from": date(2024, 2, 1), "date_to": date(2024, 12, 31)}, {"credit", "erlos"}),
    ({"profile": "acme"}, {"rent", "credit", "taxi"}),
    ({"profile": "nobody"}, set()),
    ({"states": (SubmissionState.FAILED, SubmissionState.REJECTED)}, {"credit", "taxi"}),
    ({"states": (SubmissionState.SYNCED,)}, {"rent"}),
    ({"account": "1910"}, {"rent", "taxi"}),
    ({"account": "3200"}, {"erlos"}),
    ({"account": "19"}, set()),  # an account, not a prefix
    ({"amount_min": Decimal("50.00")}, {"rent", "credit", "erlos", "big"}),
    ({"amount_max": Decimal("50")}, {"credit", "taxi"}),
    ({"amount_min": Decimal("12.50"), "amount_max": Decimal("99.95")}, {"credit", "erlos", "taxi"}),
])
def test_each_filter_alone(query, filters, expected):
    assert found(query, **filters) == expected


@pytest.mark.parametrize("text, expected", [
    ("rent", {"rent"}),  # a substring of the description
    ("RENT", {"rent"}),
    ("office march", {"rent"}),  # every word, in any order
    ("march office x", set()),
    ("hyvitys", {"credit"}),  # "Hyvitys": case-insensitive
    ("erlos", {"erlos"}),  # "Erlös": accent-insensitive
    ("ERLÖS", {"erlos"}),
    ("buro", {"erlos"}),  # a line text ("Verkauf Büro")
    ("toimisto", {"rent"}),
    ("A-77", {"erlos"}),  # the number
    ("100", {"rent", "credit", "taxi"}),  # numbers 1001, 1002 and 1003
    ("ta", {"taxi"}),  # shorter than a trigram: scanned even where the index exists
    ("ta rent", set()),
    ("cl ta", {"taxi"}),  # "Taxi to client": both words short
    ("50%", {"big"}),  # % is a plain character, not a wildcard
    ('"', set()),
    ("", ALL),
    ("   ", ALL),
])
def test_free_text(query, text, expected):
    assert found(query, text=text) == expected


def test_filters_combine(query):
    assert found(query, profile="acme", account="1910") == {"rent", "taxi"}
    assert found(query, profile="acme", account="1910", text="taxi") == {"taxi"}
    assert found(query, states=(SubmissionState.SYNCED, SubmissionState.REJECTED),
                 amount_min=Decimal("100")) == {"rent"}
    assert found(query, date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), text="erl", account="1020") == {"erlos"}
    assert found(query, profile="swiss", text="rent") == set()


def test_profiles_lists_every_profile_that_submitted(query):
    assert query.profiles() == ["acme", "beta", "swiss"]


def test_filter_fields_are_checked():
    assert ReviewFilter(states=(SubmissionState.FAILED, SubmissionState.FAILED)).states == (SubmissionState.FAILED,)
    assert ReviewFilter(amount_min=Decimal("10.005")).amount_min == Decimal("10.01")
    assert ReviewFilter(account=" 1910 ").account == "1910"
    with pytest.raises(ValueError, match="unknown submission state"):
        ReviewFilter(states=("lost",))
    assert REVIEW_STATES == SUBMISSION_STATES


def test_on_postgresql_free_text_is_served_by_the_trigram_index(query):
    if not query.postgresql:
        pytest.skip("SQLite's trigram index is the FTS5 table, used by its own queries")
    where, params = query._where(ReviewFilter(text="verkauf"))
    query.conn.execute("SET enable_seqscan = off")  # five rows: only then does the plan show what it can use
    try:
        plan = "\n".join(r[0] for r in query.conn.execute(f"EXPLAIN SELECT submission_id FROM review{where}", params))
    finally:
        query.conn.execute("RESET enable_seqscan")
    assert "review_search_trgm" in plan, plan


def test_the_count_the_window_shows_is_exact_up_to_the_cap(query):
    """What the review window shows per keystroke (count_at_most): SQLite counts exactly; the team database
    exactly up to the cap, then "more than" it, never a number the list does not hold."""
    everything = query.count_at_most(ReviewFilter())
    assert (everything.value, everything.exact) == (5, True)
    assert query.count_at_most(ReviewFilter(account="1910")).value == 2
    capped = query.count_at_most(ReviewFilter(), cap=3)
    if query.postgresql:
        assert (capped.value, capped.exact) == (3, False)
    else:
        assert (capped.value, capped.exact) == (5, True)
    assert query.count_at_most(ReviewFilter(account="1910"), cap=2) == query.count_at_most(ReviewFilter(account="1910"))


@pytest.mark.parametrize("account", ["19%0", "19_0", "1\\910"])
def test_an_account_typed_with_like_wildcards_matches_only_itself(query, account):
    assert found(query, account=account) == set()
