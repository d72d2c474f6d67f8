-- Schema 8: a submission's words as a message code and parameters (issue 15 item 4, issue 18).
--
-- `detail` keeps the English sentence (the command line prints it, free-text search reads it). Beside it,
-- `detail_message` holds the same sentence as app/domain/messages.py's JSON (code and typed parameters), so the
-- review shows it in the window's language. NULL where the words are not LedgerDesk's own (a target's status
-- text) or were written by an earlier version: those are shown as stored.

ALTER TABLE submissions ADD COLUMN detail_message TEXT;
