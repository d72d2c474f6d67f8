-- Schema 14: nothing changes on SQLite. On PostgreSQL (postgresql/014_review_accounts_index.sql) the review
-- list's account filter gets a trigram index: there it is `accounts LIKE '% 6300 %'` over a million rows,
-- which a sequential scan answers in a third of a second; SQLite scans its smaller single-user list newest
-- first and stops at the page (docs/performance.md).
SELECT 1;
