-- Schema 5: the texts of a draft's unreadable cells, kept beside the draft. A cell typed as "12,3,4" (not an
-- amount) or "31.11.2026" (no such day) is left empty in the voucher file text (`content`), which has no
-- place for it; its text is kept here so that after a restart or a crash the cell shows it again with its
-- issue. JSON object {"<line index>:<column>": "text", "header:<field>": "text"}; NULL when there is none.

ALTER TABLE drafts ADD COLUMN raw_cells TEXT;
