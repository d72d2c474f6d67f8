"""Imports go at the top of a module; an import that must wait uses app/deferred.py, the one mechanism.

Imports inside functions are counted here so they do not grow back. Platform-only modules may be imported
where they are used (they do not exist everywhere); every other one is on ALLOWED, a list that only shrinks.
"""

import ast
from collections import Counter

from tests.conftest import REPO

# Modules that exist only on some platforms (or are optional there): imported where the platform is known.
PLATFORM_ONLY = {"msvcrt", "fcntl", "ctypes", "ctypes.wintypes", "secretstorage"}

# (file, module imported inside a function) still to be moved to the top or to `deferred(...)`, with how many
# times. Remove an entry when its import is gone; the second test says which entries are stale.
ALLOWED = Counter({
    ("app/domain/validation.py", "app.domain.targets.infinity"): 1,
    ("app/editing/__init__.py", "app.editing"): 1,
    ("app/store/paths.py", "app.store.installation"): 1,
})


def imports_inside_functions() -> Counter:
    """(file, module) → how many imports of it sit inside a function, platform-only modules left out."""
    found: Counter = Counter()
    for path in sorted((REPO / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        inner: set[int] = set()
        for function in ast.walk(tree):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner.update(id(node) for node in ast.walk(function) if isinstance(node, (ast.Import, ast.ImportFrom)))
        for node in ast.walk(tree):
            if id(node) not in inner:
                continue
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for module in modules:
                if module not in PLATFORM_ONLY:
                    found[(path.relative_to(REPO).as_posix(), module)] += 1
    return found


def test_no_new_import_inside_a_function():
    new = imports_inside_functions() - ALLOWED
    assert not new, ("import these at the top of the module, or through app/deferred.py when the window's start "
                     f"must not wait for them: {sorted(new.elements())}")


def test_the_allowed_list_only_names_imports_that_are_still_there():
    stale = ALLOWED - imports_inside_functions()
    assert not stale, f"remove from ALLOWED in tests/test_deferred_imports.py: {sorted(stale.elements())}"
