-- Schema 10 (issue 16, team mode): connection profiles shared by the office.
--
-- `profiles`: one row per profile of a team database, everything a profile is but its API key (target,
-- environment, base URL, company, auth header, VAT rows, the VAT table choice, currency, fiscal year, days
-- ahead) as the JSON of app/store/profile.py's Profile without its name. No column can hold a key: each
-- bookkeeper's key stays in their own OS keyring under the profile's name (app/store/shared_profiles.py).
-- `folded_name`: the name in lower case, unique, because some keyrings ignore case ("Acme" and "acme" would
-- share one key). `updated_by`: who saved it last (the configured name, else the OS user).
-- On SQLite the table is created and stays EMPTY: a single bookkeeper's profiles stay in settings.json, which
-- the window reads at start without opening the database, and which backups, `ledgerdesk profile` and older
-- versions already know (docs/team.md, "Shared profiles").

CREATE TABLE profiles (
    name        TEXT PRIMARY KEY,
    folded_name TEXT NOT NULL UNIQUE,
    content     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT ''
);
