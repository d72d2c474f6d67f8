-- Schema 4: one live submission per voucher and profile, enforced by the schema (issue 13).
--
-- A voucher is submitted to a profile once. Sending it again after a rejection or a cancellation reopens
-- that same submission (app/services/submission.py), so what an earlier attempt booked stays in its
-- request rows and is never sent again. Submissions from before this rule that duplicate a voucher on a
-- profile are kept as history with `superseded_by` naming the one that stays live
-- (004_one_submission_per_profile.py); only rows without it take part in the unique index.
--
-- `cancelled`: the bookkeeper withdrew a submission the target provably holds nothing of; `differs`: the
-- target booked it otherwise than the preview showed (the Python step widens the state CHECK for both). `mapping` on a request: frozen at queue time, how the target's fields map
-- back to the voucher's lines and what the preview predicted, so sending never re-plans.

ALTER TABLE submissions ADD COLUMN superseded_by INTEGER REFERENCES submissions (id);
ALTER TABLE requests ADD COLUMN mapping TEXT NOT NULL DEFAULT '';
