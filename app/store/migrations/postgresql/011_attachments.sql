-- Schema 11 on PostgreSQL (the SQLite step, ../011_attachments.sql, says why): source documents, their bytes
-- once per SHA-256 in the team database (bytea), so every colleague's window shows the receipt.

CREATE TABLE attachment_contents (
    sha256      TEXT PRIMARY KEY,
    size        BIGINT NOT NULL,
    content     BYTEA NOT NULL,
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
