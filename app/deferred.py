"""The one way LedgerDesk defers an import: the module is named at the top of the file and loaded on first use.

    from typing import TYPE_CHECKING
    from app.deferred import deferred

    if TYPE_CHECKING:
        from app.store import settings_model
    else:
        settings_model = deferred("app.store.settings_model")  # pydantic: not needed to open the window

    ... settings_model.Settings.model_validate(data) ...

The `TYPE_CHECKING` import gives mypy, import-linter and the reader the real dependency; at run time the
name is a stand-in that imports the module the first time one of its attributes is asked for, and then
forwards to it. Everything else is imported at the top of its module: an import inside a function is kept
only where tests/test_deferred_imports.py allows it (platform-only modules, and the list it shrinks).
Why this and not imports inside functions: the deferral is visible in one place per module, typed, seen by
the layer contracts, and cannot be copied into a new function by accident; why not `importlib.util.LazyLoader`:
under Python 3.11 it is not safe when two threads touch the module first (the start-up reconcile's worker does).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred:
    """Stands in for a module until one of its attributes is used; the import runs under Python's import lock."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<deferred module {self._name!r}{'' if self._module is None else ' (loaded)'}>"


def deferred(name: str) -> Any:
    """A stand-in for module `name` that imports it on first attribute access (see the module's docstring)."""
    return _Deferred(name)
