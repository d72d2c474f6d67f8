-- Schema 7: other identifiers under which a voucher's submission on a profile is known (issue 13).
--
-- A voucher file without an `identifier` gets one derived from its content, so a corrected file has a new
-- one. When such a file corrects a partly refused Infinity submission (the entries that were booked are in
-- its plan unchanged), the correction reopens that submission and its identifier is recorded here: sending
-- either file again finds the same submission, and nothing already booked is booked twice.

CREATE TABLE submission_aliases (
    voucher_id      TEXT NOT NULL,
    profile         TEXT NOT NULL,
    submission_id   INTEGER NOT NULL REFERENCES submissions (id),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (voucher_id, profile)
);
