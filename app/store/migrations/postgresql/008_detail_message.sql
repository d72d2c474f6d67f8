-- Schema 8 on PostgreSQL: a submission's words as a message code and parameters (the SQLite step,
-- ../008_detail_message.sql, says why). NULL where the words are not LedgerDesk's own or are older.

ALTER TABLE submissions ADD COLUMN detail_message TEXT;
