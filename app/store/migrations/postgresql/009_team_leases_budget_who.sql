-- Schema 9 on PostgreSQL (the SQLite step, ../009_team_leases_budget_who.sql, says why): a claim's lease, audit
-- rows naming who, Infinity's hourly request budget counted for every desktop of the office, and when a duty
-- done once for the office (Confirma's status sync of a profile) last ran; and each draft's owner.

ALTER TABLE submissions ADD COLUMN lease_until TEXT;
CREATE INDEX submissions_sending_lease ON submissions (lease_until) WHERE state = 'sending';
ALTER TABLE audit_log ADD COLUMN who TEXT NOT NULL DEFAULT '';
CREATE TABLE rate_budget (
    fingerprint      TEXT PRIMARY KEY,
    window_start_ms  BIGINT,
    count            BIGINT NOT NULL,
    blocked_until_ms BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE duties (
    name        TEXT PRIMARY KEY,
    last_run_ms BIGINT NOT NULL,
    run_by      TEXT NOT NULL DEFAULT ''
);
ALTER TABLE drafts ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN owner_name TEXT NOT NULL DEFAULT '';
