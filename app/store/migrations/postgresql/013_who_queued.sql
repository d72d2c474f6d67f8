-- Schema 13 on PostgreSQL (the SQLite step, ../013_who_queued.sql, says why): who queued each voucher, and its
-- copy in the review index, filtered by the review's "Posted by".
-- A colleague's post reaching the other windows needs nothing in the schema: the outbox's review index sends
-- NOTIFY ledgerdesk_review in the transaction that changes a review row (app/store/review_index.py).

ALTER TABLE submissions ADD COLUMN queued_by TEXT NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN who TEXT NOT NULL DEFAULT '';
UPDATE submissions SET queued_by = COALESCE((SELECT who FROM audit_log WHERE audit_log.submission_id = submissions.id
                                             AND who <> '' ORDER BY id LIMIT 1), '');
UPDATE review SET who = (SELECT queued_by FROM submissions WHERE submissions.id = review.submission_id);
CREATE INDEX review_who ON review (who);
