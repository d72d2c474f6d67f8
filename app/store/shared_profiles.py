"""The office's connection profiles in the team database (schema 10, table `profiles`; docs/team.md).

A row is everything a Profile is but its API key: the key never reaches the database, each bookkeeper's stays
in their own OS keyring under the profile's name. Read at every call (no cache): a profile a colleague saved
is seen at the next read. Used only on a team location; a single bookkeeper's profiles stay in settings.json.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from app.store.backend import Connection
from app.store.clock import utc_now
from app.store.database import transaction
from app.store.profile import Profile, ProfileProblems


class SharedProfileUnreadable(ValueError):
    """A row of the team database's profiles cannot be made a profile; the message names it and why."""


def profile_content(profile: Profile) -> str:
    """The row's JSON: the profile's fields without its name (a Profile has no field for a key)."""
    fields = dataclasses.asdict(profile)
    del fields["name"]
    fields["target"] = profile.target.value
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


def same_settings(one: Profile, other: Profile) -> bool:
    """True when two profiles differ in nothing but their name's case."""
    return profile_content(one) == profile_content(other)


class SharedProfiles:
    """The team database's profiles, by name."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def all(self) -> dict[str, Profile]:
        """Every shared profile as stored now."""
        rows = self.conn.execute("SELECT name, content FROM profiles ORDER BY folded_name").fetchall()
        return {row[0]: _profile(row[0], row[1]) for row in rows}

    def get(self, name: str) -> Profile | None:
        row = self.conn.execute("SELECT name, content FROM profiles WHERE name = ?", (name,)).fetchone()
        return _profile(row[0], row[1]) if row else None

    def existing_name(self, name: str) -> str | None:
        """The stored name that equals `name` ignoring case, or None."""
        row = self.conn.execute("SELECT name FROM profiles WHERE folded_name = ?", (name.lower(),)).fetchone()
        return row[0] if row else None

    def add(self, profile: Profile, who: str) -> bool:
        """Store a new profile; False (nothing changed) when one of that name, ignoring case, exists."""
        with transaction(self.conn):
            cursor = self.conn.execute(
                "INSERT INTO profiles (name, folded_name, content, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (profile.name, profile.name.lower(), profile_content(profile), utc_now(), who))
        return cursor.rowcount == 1

    def update(self, profile: Profile, who: str) -> bool:
        """Replace the settings of the profile of that name; False when there is none."""
        with transaction(self.conn):
            cursor = self.conn.execute("UPDATE profiles SET content = ?, updated_at = ?, updated_by = ? "
                                       "WHERE name = ?", (profile_content(profile), utc_now(), who, profile.name))
        return cursor.rowcount == 1

    def mirror(self, profiles: dict[str, Profile]) -> None:
        """Make this table hold exactly `profiles` (the window's copy of the office's, kept for offline use)."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM profiles")
            for profile in profiles.values():
                self.conn.execute("INSERT INTO profiles (name, folded_name, content, updated_at, updated_by) "
                                  "VALUES (?, ?, ?, ?, '')",
                                  (profile.name, profile.name.lower(), profile_content(profile), utc_now()))

    def remove(self, name: str) -> bool:
        """Delete the profile for the whole office; False when there was none."""
        with transaction(self.conn):
            cursor = self.conn.execute("DELETE FROM profiles WHERE name = ?", (name,))
        return cursor.rowcount == 1


def _profile(name: str, content: str) -> Profile:
    try:
        fields: dict[str, Any] = json.loads(content)
        if not isinstance(fields, dict):
            raise ValueError("not a JSON object")
        return Profile(name=name, **fields)
    except ProfileProblems as exc:
        raise SharedProfileUnreadable(f"The team database's profile '{name}' cannot be used: "
                                      f"{' '.join(exc.problems)}") from None
    except (ValueError, TypeError) as exc:
        raise SharedProfileUnreadable(f"The team database's profile '{name}' cannot be read ({exc}). A newer "
                                      f"LedgerDesk may have written it: update LedgerDesk.") from None
