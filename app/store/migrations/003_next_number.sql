-- Schema 3: the next voucher number without reading every submission. A new draft proposes one more than
-- the highest all-digit number the profile has in drafts and in the outbox (app/store/lookups.py); this
-- partial index on the number's value makes that a lookup at 100,000 submissions, not a scan of them.
-- Numbers that are not only digits ('B-12', '') are not in the index, as they do not count for numbering.

CREATE INDEX review_profile_number ON review (profile, CAST(number AS INTEGER))
    WHERE number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*';
