"""Local storage: where data lives, typed settings with profiles, and the one keyring facade."""
