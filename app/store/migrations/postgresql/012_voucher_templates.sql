-- Schema 12 on PostgreSQL (the SQLite step, ../012_voucher_templates.sql, says why): voucher templates, and
-- which period of a recurring one has been made into a draft (once per template and period, for the office).

CREATE TABLE templates (
    name          TEXT PRIMARY KEY,
    profile       TEXT NOT NULL DEFAULT '',
    content       TEXT NOT NULL,
    blank_amounts BIGINT NOT NULL DEFAULT 0,
    blank_date    BIGINT NOT NULL DEFAULT 0,
    repeats       TEXT NOT NULL DEFAULT 'none' CHECK (repeats IN ('none', 'monthly', 'quarterly', 'yearly')),
    due_day       BIGINT,
    start_date    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE recurring_drafts (
    template   TEXT NOT NULL,
    period     TEXT NOT NULL,
    due_date   TEXT NOT NULL,
    draft_id   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (template, period)
);
