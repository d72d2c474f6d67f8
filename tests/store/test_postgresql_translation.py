"""The one place the store's SQLite-spelled SQL becomes psycopg's (app/store/postgres.py translate), and the team
location's URL handling: pinned without a server."""

from __future__ import annotations

import pytest

from app.store.postgres import translate
from app.store.team_location import TeamDatabaseError, server_of, split_password


@pytest.mark.parametrize("sqlite, postgresql", [
    ("SELECT * FROM review WHERE profile = ? AND state IN (?,?)",
     "SELECT * FROM review WHERE profile = %s AND state IN (%s,%s)"),
    ("UPDATE submissions SET x = 1 WHERE claimed_by IS ?", "UPDATE submissions SET x = 1 WHERE claimed_by IS NOT DISTINCT FROM %s"),
    ("SELECT text FROM recent_texts WHERE text LIKE ? ESCAPE '\\'", "SELECT text FROM recent_texts WHERE text ILIKE %s ESCAPE '\\'"),
    ("SELECT '?', '50%', 'it''s ? here' FROM t WHERE a = ?", "SELECT '?', '50%%', 'it''s ? here' FROM t WHERE a = %s"),
    ("BEGIN IMMEDIATE", "BEGIN"),
    ("COMMIT", "COMMIT"),
])
def test_the_store_sql_is_translated_mechanically(sqlite, postgresql):
    assert translate(sqlite) == (postgresql, False)


def test_an_insert_into_a_table_with_an_identity_id_returns_it_unless_many_rows_are_written():
    statement = "INSERT INTO audit_log (at, profile, event) VALUES (?, ?, ?)"
    assert translate(statement) == ("INSERT INTO audit_log (at, profile, event) VALUES (%s, %s, %s) RETURNING id", True)
    assert translate(statement, many=True)[1] is False
    assert translate("INSERT INTO drafts (id) VALUES (?)")[1] is False  # its id is the voucher's identifier


@pytest.mark.parametrize("url, clean, password", [
    ("postgresql://bob:s%40cret@db.office:5432/ledgerdesk", "postgresql://bob@db.office:5432/ledgerdesk", "s@cret"),
    ("postgresql://bob@db.office/ledgerdesk?sslmode=require&password=pw",
     "postgresql://bob@db.office/ledgerdesk?sslmode=require", "pw"),
    ("postgres://db.office/ledgerdesk", "postgres://db.office/ledgerdesk", None),
    ("postgresql:///ledgerdesk?host=/run/postgresql", "postgresql:///ledgerdesk?host=/run/postgresql", None),
])
def test_the_password_is_taken_out_of_the_url_that_is_saved(url, clean, password):
    assert split_password(url) == (clean, password)


def test_the_server_is_named_without_user_or_password():
    assert server_of("postgresql://bob:pw@db.office/ledgerdesk") == "db.office:5432/ledgerdesk"
    assert server_of("postgresql:///ledgerdesk?host=/run/postgresql") == "/run/postgresql:5432/ledgerdesk"
    # the offline banner named port 5432 for a socket URL whose port is in its query
    assert server_of("postgresql:///books?host=/run/pg&port=6543&user=u") == "/run/pg:6543/books"


@pytest.mark.parametrize("url", ["", "ledgerdesk", "http://db/ledgerdesk", "postgresql://db", "postgresql://db:x/l",
                                 "postgresql://db/ledgerdesk#frag"])
def test_what_is_not_a_postgresql_url_is_refused(url):
    with pytest.raises(TeamDatabaseError, match="not a PostgreSQL address"):
        split_password(url)
