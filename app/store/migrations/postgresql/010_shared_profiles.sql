-- Schema 10 on PostgreSQL (the SQLite step, ../010_shared_profiles.sql, says why): the office's connection
-- profiles, every setting but the API key, which stays in each bookkeeper's own keyring.

CREATE TABLE profiles (
    name        TEXT PRIMARY KEY,
    folded_name TEXT NOT NULL UNIQUE,
    content     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);
