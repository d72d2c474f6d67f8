-- Schema 14 on PostgreSQL: pg_trgm's index on review.accounts (' 1910 6300 ' — every account a line posts to,
-- each between spaces) serves the account filter, `accounts LIKE '% 6300 %'` (app/store/review.py), as
-- review_search_trgm serves the free text. Measured over 1,000,000 submissions: docs/performance.md.
CREATE INDEX review_accounts_trgm ON review USING gin (accounts gin_trgm_ops);
