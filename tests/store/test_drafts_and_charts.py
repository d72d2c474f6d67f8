"""Drafts, charts, VAT tables and recently used texts through the store's interface, on SQLite and PostgreSQL."""

from __future__ import annotations

from app.domain.chart import ChartAccount
from app.resources import default_vat_table
from app.store.charts import ChartStore, RecentUse
from app.store.drafts import DraftStore


def test_a_draft_is_saved_replaced_listed_archived_and_deleted(store_conn):
    drafts = DraftStore(store_conn)
    drafts.save("d-1", '{"number": "1"}', "acme")
    drafts.save("d-2", '{"number": "2"}', "acme", {"0:debit": "12,3,4"})
    drafts.save("d-1", '{"number": "1b"}', "acme")  # saved again: the newest text, the newest edit
    assert [(d.id, d.content, dict(d.raw_cells)) for d in drafts.open_drafts()] == [
        ("d-1", '{"number": "1b"}', {}), ("d-2", '{"number": "2"}', {"0:debit": "12,3,4"})]
    drafts.archive("d-1")
    assert [d.id for d in drafts.open_drafts()] == ["d-2"]
    assert drafts.get("d-1").content == '{"number": "1b"}'  # archived, kept
    drafts.save("d-1", "{}", "acme")  # typed into again: open again
    assert {d.id for d in drafts.open_drafts()} == {"d-1", "d-2"}
    drafts.delete("d-2")
    assert drafts.get("d-2") is None


def test_a_chart_is_replaced_whole_and_read_in_account_order(store_conn):
    charts = ChartStore(store_conn)
    assert charts.replace_accounts("acme", [ChartAccount("6300", "Rent", "24"), ChartAccount("1910", "Bank"),
                                            ChartAccount("3000", "Sales", active=False)]) == 3
    assert [a.number for a in charts.accounts("acme")] == ["1910", "3000", "6300"]
    assert [a.number for a in charts.accounts("acme", active_only=True)] == ["1910", "6300"]
    charts.replace_accounts("acme", [ChartAccount("1910", "Bank account")])
    assert charts.accounts("acme") == [ChartAccount("1910", "Bank account")]
    assert charts.accounts("other") == []


def test_a_vat_table_is_stored_per_profile(store_conn):
    charts, table = ChartStore(store_conn), default_vat_table("fi")
    assert charts.vat_table("acme") is None
    charts.set_vat_table("acme", table)
    charts.set_vat_table("acme", table)  # replaced, not duplicated
    assert charts.vat_table("acme").to_dict() == table.to_dict()


def test_recent_texts_come_by_prefix_in_any_case_most_recent_first(store_conn):
    recent = RecentUse(store_conn)
    recent.record("acme", texts=["Office supplies", " Office rent ", "100% discount"], accounts=["6300", "1910"])
    recent.record("acme", texts=["Office supplies"], accounts=["6300"])
    assert recent.texts("acme", prefix="OFFICE S") == ["Office supplies"]  # SQLite's LIKE ignores ASCII case
    assert set(recent.texts("acme", prefix="office")) == {"Office supplies", "Office rent"}
    assert recent.texts("acme", prefix="100%") == ["100% discount"] and recent.texts("acme", prefix="1_0") == []
    assert recent.accounts("acme")[0] == "6300"
    assert store_conn.execute("SELECT uses FROM recent_texts WHERE text = ?", ("Office supplies",)).fetchone()[0] == 2
