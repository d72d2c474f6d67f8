-- Schema 6: voucher numbers unique per profile (issue 14). The next number and "is this number in use?"
-- look at the profile's open drafts and its submissions together (app/store/lookups.py), each one index
-- lookup. A draft's number lives in its voucher JSON; the expression below is repeated word for word in
-- lookups.py, as SQLite uses an index on an expression only for that same expression. json_valid keeps
-- a damaged draft from failing the index (and so every save).

CREATE INDEX drafts_profile_number ON drafts (
    profile, (CASE WHEN json_valid(content) THEN json_extract(content, '$.number') END))
    WHERE archived = 0;

CREATE INDEX review_profile_number_text ON review (profile, number);
