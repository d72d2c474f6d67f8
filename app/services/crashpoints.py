"""Crash points live in app.crashpoints (outside the layers, so the store can have them too); kept here
so that existing imports of app.services.crashpoints keep working."""

from app.crashpoints import CRASH_ENV, crash_point

__all__ = ["CRASH_ENV", "crash_point"]
