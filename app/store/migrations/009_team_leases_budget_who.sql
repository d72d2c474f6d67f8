-- Schema 9 (issue 16, team mode): claims with a lease, a request budget in the store, audit rows naming who.
--
-- `submissions.lease_until`: on the team database (PostgreSQL) a claim is a lease held by an installation and
-- a person until this time (ISO 8601 UTC, the server's clock), renewed by a heartbeat while sending; a lease
-- that runs out becomes uncertain (app/store/leases.py). SQLite keeps deciding by the claiming process
-- (host, pid, start), so it leaves this column NULL.
-- `audit_log.who`: the configured name, else the OS user, of whoever wrote the row ('' for older rows).
-- `rate_budget`: Infinity's hourly request count per token fingerprint. The team database counts for every
-- desktop there; SQLite keeps the count in the user's shared state file (app/client/rate_budget.py), because
-- that count is shared by all data folders on one computer, so this table stays empty on SQLite.
-- `duties`: when a chore the office needs done once (Confirma's status sync of a profile) last ran, and by
-- whom; on the team database whoever holds its advisory lock runs it (app/store/duties.py). Empty on SQLite.
-- `drafts.owner`, `owner_name`: the installation id and name of the data location whose bookkeeper edits the
-- draft ('' for drafts from before: anyone's). Only the owner's window restores and autosaves it; a colleague
-- takes it over explicitly (app/store/drafts.py).

ALTER TABLE submissions ADD COLUMN lease_until TEXT;
CREATE INDEX submissions_sending_lease ON submissions (lease_until) WHERE state = 'sending';
ALTER TABLE audit_log ADD COLUMN who TEXT NOT NULL DEFAULT '';
CREATE TABLE rate_budget (
    fingerprint      TEXT PRIMARY KEY,
    window_start_ms  INTEGER,
    count            INTEGER NOT NULL,
    blocked_until_ms INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE duties (
    name        TEXT PRIMARY KEY,
    last_run_ms INTEGER NOT NULL,
    run_by      TEXT NOT NULL DEFAULT ''
);
ALTER TABLE drafts ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN owner_name TEXT NOT NULL DEFAULT '';
