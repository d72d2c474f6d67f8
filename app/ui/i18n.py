"""The window's language: LedgerDesk's translations (resources/i18n/ledgerdesk_XX.qm) and Qt's own (qtbase_XX.qm).

The language is the one chosen in Settings ▸ Language, else the system's (QLocale(), the system locale
unless a test set a default). The .qm files are built from the .ts sources by scripts/translations and
are not kept in git; in a source checkout a missing or stale .qm is compiled here with PySide6's lrelease,
so a fresh clone started any way at all shows its translations. A frozen bundle carries the .qm only.

    python -m app.ui.i18n        # compile the missing or stale .qm files (any OS; scripts/translations on Linux)
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.deferred import deferred
from app.resources import resources_dir

if TYPE_CHECKING:
    import subprocess
else:
    subprocess = deferred("subprocess")  # a checkout compiling its catalogues only: not on an install's start path

log = logging.getLogger(__name__)

CATALOG = "ledgerdesk"
# The languages of Settings ▸ Language; English is the source (its .ts holds only its plural forms).
LANGUAGES: tuple[str, ...] = ("en", "fi", "sv", "de")
# Each language named in itself, as a language menu shows them: never translated.
LANGUAGE_NAMES = {"en": "English", "fi": "Suomi", "sv": "Svenska", "de": "Deutsch"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate finds the strings by this name)
    """Mark `source` for lupdate in `context` and return it as it is, to be translated where it is shown.

    PySide6's own does the same but is typed to return `object`; this one keeps the English text a `str`."""
    return source

_installed: list[QTranslator] = []
_locale_before: QLocale | None = None
_shown = "en"


def translations_dir() -> Path:
    """resources/i18n: the .ts sources in a checkout and the compiled .qm files."""
    return resources_dir() / "i18n"


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues (qtbase_fi.qm …) are: Qt's translations path, else the PySide6 package's."""
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(configured.glob("qtbase_*.qm")):
        return configured
    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def ui_language(choice: str | None, locale: QLocale | None = None) -> str:
    """The language the window is shown in: the chosen one, else the first of the locale's UI languages we have."""
    if choice in LANGUAGES:
        return choice
    for name in (locale or QLocale()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def lrelease_command() -> list[str] | None:
    """PySide6's lrelease (it ships in the wheel), or one on PATH; None when there is none (a frozen bundle)."""
    if getattr(sys, "frozen", False):
        return None
    bundled = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.is_file():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(source: Path | None = None, target: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile each ledgerdesk_XX.ts of `source` into `target` (both resources/i18n by default) when its .qm
    is missing or older; returns the .qm files written. Raises RuntimeError when lrelease fails or is absent."""
    source = source or translations_dir()
    target = target or source
    written = []
    for ts in sorted(source.glob(f"{CATALOG}_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        command = lrelease_command()
        if command is None:
            raise RuntimeError("lrelease is not available: install PySide6 (pip install -e .) to compile translations.")
        target.mkdir(parents=True, exist_ok=True)
        try:
            done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True,
                                  timeout=60)
        except subprocess.SubprocessError as exc:
            raise RuntimeError(f"lrelease could not compile {ts.name}: {exc}") from exc
        if done.returncode != 0 or not qm.exists():
            raise RuntimeError(f"lrelease could not compile {ts.name}: {(done.stderr or done.stdout).strip()}")
        written.append(qm)
    return written


def catalogue(language: str) -> Path | None:
    """LedgerDesk's .qm for `language`, compiled first when a checkout has only (or a newer) .ts; else None."""
    folder = translations_dir()
    qm = folder / f"{CATALOG}_{language}.qm"
    ts = qm.with_suffix(".ts")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            compile_translations(folder)
        except (RuntimeError, OSError) as exc:
            log.warning("The %s translation could not be compiled: %s", language, exc)
    return qm if qm.exists() else None


def install_translations(choice: str | None, app: QCoreApplication | None = None) -> str:
    """Show the window in `choice` (None: the system's language): LedgerDesk's and Qt's translators are
    installed, replacing any installed before. Returns the language shown."""
    global _locale_before, _shown
    app = app or QCoreApplication.instance()
    remove_translations()
    language = _shown = ui_language(choice)
    if choice in LANGUAGES:
        # Qt's own formatting (calendar day names, spin boxes) then agrees with the chosen language.
        _locale_before = QLocale()
        QLocale.setDefault(QLocale(choice))
    found = []
    if (ours := catalogue(language)) is not None:
        found.append((str(ours.parent), ours.stem))
    if language != "en":
        found.append((str(qt_translations_dir()), f"qtbase_{language}"))
    for folder, name in found:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)  # static: the one application's
            _installed.append(translator)
        else:
            log.warning("The translation %s was not found in %s", name, folder)
    return language


def remove_translations() -> None:
    """Back to the English source texts and the locale as it was (tests, and a closing window)."""
    global _locale_before, _shown
    _shown = "en"
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None


def current_language() -> str:
    """The language the window is shown in now ("en" when no translation is installed)."""
    return _shown


def main() -> int:
    """Compile the missing or stale .qm files of resources/i18n."""
    written = compile_translations()
    for qm in written:
        print(f"compiled {qm}")
    if not written:
        print(f"The translations in {translations_dir()} are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
