-- Schema 13 (issue 16, team mode): who queued each voucher, so the review can be filtered by who posted it.
--
-- `submissions.queued_by`: the bookkeeper who queued the voucher (last queued it, after a correction): the name
-- given to `team connect --name`, else the OS user (app/store/team_location.bookkeeper_name), as audit rows name
-- them. `review.who` is its copy in the review index, with an index of its own: the list is filtered by it as by
-- profile (app/store/review.py). Submissions queued before this version take the name of their first audit row
-- that names anyone ('' when none does).

ALTER TABLE submissions ADD COLUMN queued_by TEXT NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN who TEXT NOT NULL DEFAULT '';
UPDATE submissions SET queued_by = COALESCE((SELECT who FROM audit_log WHERE audit_log.submission_id = submissions.id
                                             AND who <> '' ORDER BY id LIMIT 1), '');
UPDATE review SET who = (SELECT queued_by FROM submissions WHERE submissions.id = review.submission_id);
CREATE INDEX review_who ON review (who);
