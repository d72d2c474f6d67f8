-- Schema 11 (issue 17): source documents, the receipts and invoices a voucher rests on (docs/attachments.md).
--
-- `attachment_contents`: each document's bytes once, keyed by their SHA-256 (hex): the same receipt attached to
-- two vouchers, or twice, is stored once. In the database rather than as files beside it, so a team database
-- shows a colleague the receipt, a backup holds them in the same consistent copy as the vouchers, and a voucher
-- and its documents are written in one transaction. At most 20 MB each (app/store/attachments.py).
-- `attachments`: which voucher (its identifier: the draft's id, then its submissions' voucher_id) has which
-- document, under the file name it was attached with. No foreign key to drafts: a file attached from the
-- command line (`ledgerdesk attach`) or to a draft not yet autosaved names a voucher before any draft row does.

CREATE TABLE attachment_contents (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE attachments (
    voucher_id  TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES attachment_contents (sha256),
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    added_by    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (voucher_id, sha256)
);
CREATE INDEX attachments_content ON attachments (sha256);
