-- Schema 1: drafts, outbox (submissions and their requests), append-only audit log,
-- per-profile chart of accounts and VAT code table, recently used texts and accounts.

CREATE TABLE drafts (
    id          TEXT PRIMARY KEY,          -- the voucher identifier (Confirma ledgerIdentifier)
    profile     TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,             -- voucher file v1 JSON: what the bookkeeper typed
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0 -- 1 once submitted and accepted; kept, not shown as a draft
);

-- One row per voucher submission. The voucher is snapshotted: later edits of the draft never change
-- what was sent.
CREATE TABLE submissions (
    id              INTEGER PRIMARY KEY,
    voucher_id      TEXT NOT NULL,
    profile         TEXT NOT NULL,
    target          TEXT NOT NULL CHECK (target IN ('confirma', 'infinity')),
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'pending', 'synced',
                                                   'failed', 'rejected', 'uncertain')),
    voucher         TEXT NOT NULL,         -- voucher file v1 JSON as submitted
    summary         TEXT NOT NULL DEFAULT '{}',  -- date, number, description, total: for the review list
    detail          TEXT NOT NULL DEFAULT '',    -- the last outcome in plain words
    remote_status   TEXT,                  -- Confirma documentStatus, when known
    claimed_by      TEXT,                  -- "host:pid:start" of the process sending it
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX submissions_state ON submissions (state);
CREATE INDEX submissions_voucher ON submissions (voucher_id);

-- One row per HTTP request a submission needs: one for Confirma, one per entry for Infinity.
CREATE TABLE requests (
    id              INTEGER PRIMARY KEY,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    seq             INTEGER NOT NULL,
    body            TEXT NOT NULL,         -- exact JSON body to send
    state           TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'rejected', 'uncertain')),
    result          TEXT NOT NULL DEFAULT '',  -- JSON: remote ids / transactions, or the rejection
    updated_at      TEXT NOT NULL,
    UNIQUE (submission_id, seq)
);

-- Append-only: what was sent and what came back. Never a key.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    profile         TEXT NOT NULL,
    submission_id   INTEGER,
    request_id      INTEGER,
    event           TEXT NOT NULL,         -- e.g. 'request', 'state', 'reconcile', 'resolve'
    method          TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    request_body    TEXT NOT NULL DEFAULT '',
    response_status INTEGER,
    response_body   TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_submission ON audit_log (submission_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE accounts (
    profile          TEXT NOT NULL,
    number           TEXT NOT NULL,
    name             TEXT NOT NULL,
    default_vat_code TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (profile, number)
);

CREATE TABLE vat_tables (
    profile     TEXT PRIMARY KEY,
    content     TEXT NOT NULL              -- VatTable.to_dict() JSON
);

CREATE TABLE recent_texts (
    profile     TEXT NOT NULL,
    text        TEXT NOT NULL,
    uses        INTEGER NOT NULL DEFAULT 1,
    last_used   TEXT NOT NULL,
    PRIMARY KEY (profile, text)
);

CREATE TABLE recent_accounts (
    profile     TEXT NOT NULL,
    number      TEXT NOT NULL,
    uses        INTEGER NOT NULL DEFAULT 1,
    last_used   TEXT NOT NULL,
    PRIMARY KEY (profile, number)
);
