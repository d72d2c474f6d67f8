-- Schema 12 (issue 17): voucher templates, and which period of a recurring one has been made into a draft.
--
-- `templates`: a voucher kept under a name (voucher file v1 text, without number, date or identifier; without
-- amounts when `blank_amounts`), the profile its drafts go to, whether a draft from it is left undated
-- (`blank_date`), and its schedule: `repeats` none / monthly / quarterly / yearly, on `due_day` (1-31, the month's
-- last day where it has fewer), from `start_date` (YYYY-MM-DD) on (app/domain/recurrence.py).
-- `recurring_drafts`: one row per template and period ("2026-02") made into a draft, written in the same
-- transaction as that draft. Its primary key is what makes a due voucher a draft exactly once: two windows
-- starting at once, or a start after a kill, find the period taken and make nothing. Rows stay when a template
-- is deleted, so a template saved again under that name does not bring back periods already made.

CREATE TABLE templates (
    name          TEXT PRIMARY KEY,
    profile       TEXT NOT NULL DEFAULT '',
    content       TEXT NOT NULL,
    blank_amounts INTEGER NOT NULL DEFAULT 0,
    blank_date    INTEGER NOT NULL DEFAULT 0,
    repeats       TEXT NOT NULL DEFAULT 'none' CHECK (repeats IN ('none', 'monthly', 'quarterly', 'yearly')),
    due_day       INTEGER,
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
