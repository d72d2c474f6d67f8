"""The translation sources: complete, current with the code, consistent, and compiled from nothing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.ui.accessibility import plain
from app.ui.header_widget import LABELS
from app.ui.i18n import CATALOG, LANGUAGES, compile_translations, install_translations, lrelease_command
from app.ui.main_window import MENUS
from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"
TRANSLATED = [language for language in LANGUAGES if language != "en"]
TS_FILES = [I18N / f"{CATALOG}_{language}.ts" for language in LANGUAGES]
PLACEHOLDER = re.compile(r"\{\w+\}|%n")
MNEMONIC = re.compile(r"&(?!&|\w+;)\w")  # an Alt letter, not "&&" nor an entity such as "&nbsp;"


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → <message> of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.findall("message"):
            found[(context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def lupdate() -> str:
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / ("lupdate.exe" if os.name == "nt" else "lupdate")
    return str(bundled) if bundled.exists() else shutil.which("pyside6-lupdate") or "lupdate"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_entry_is_unfinished_or_empty(path):
    text = path.read_text(encoding="utf-8")
    assert text.count('type="unfinished"') == 0
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text
    empty = [key for key, message in messages(path).items() if not all(translations(message))]
    assert empty == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    wrong = []
    for (context, source, _), message in messages(I18N / f"{CATALOG}_{language}.ts").items():
        for form in translations(message):
            if sorted(set(PLACEHOLDER.findall(form))) != sorted(set(PLACEHOLDER.findall(source))):
                wrong.append((context, source, form))
            if MNEMONIC.search(source) and not MNEMONIC.search(form):
                wrong.append((context, source, form + "  ← lost its Alt letter"))
    assert wrong == []


def test_the_translations_hold_every_string_marked_in_the_code(tmp_path):
    # lupdate over the code as it is now, into copies of the .ts files: nothing new may turn up, nothing vanish.
    shutil.copytree(REPO / "app" / "ui", tmp_path / "app" / "ui", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    for path in TS_FILES:
        shutil.copy(path, tmp_path / "resources" / "i18n" / path.name)
    sources = sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "app" / "ui").rglob("*.py"))
    full = [f"resources/i18n/{CATALOG}_{language}.ts" for language in TRANSLATED]
    for extra, files in (([], full), (["-pluralonly"], [f"resources/i18n/{CATALOG}_en.ts"])):
        done = subprocess.run([lupdate(), "-no-obsolete", "-locations", "relative", "-source-language", "en", *extra,
                               *sources, "-ts", *files], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    stale = []
    for path in TS_FILES:
        updated = tmp_path / "resources" / "i18n" / path.name
        if set(messages(updated)) != set(messages(path)) or 'type="unfinished"' in updated.read_text("utf-8"):
            new = set(messages(updated)) - set(messages(path))
            gone = set(messages(path)) - set(messages(updated))
            stale.append(f"{path.name}: new {sorted(new)[:5]}, no longer in the code {sorted(gone)[:5]}")
    assert stale == [], "run scripts/translations and translate what is new"


def test_the_qm_files_compile_from_a_clean_state(tmp_path, qapp):
    for path in TS_FILES:
        shutil.copy(path, tmp_path / path.name)
    written = compile_translations(tmp_path, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{CATALOG}_{language}.qm" for language in LANGUAGES)
    assert compile_translations(tmp_path, tmp_path / "out") == []  # up to date: nothing compiled again
    translator = QTranslator()
    assert translator.load(str(tmp_path / "out" / f"{CATALOG}_fi.qm"))
    assert translator.translate("MainWindow", "&File") == "&Tiedosto"
    assert translator.translate("VoucherColumns", "Debit") == "Debet"


def test_scripts_translations_compile_is_idempotent_on_a_fresh_clone(tmp_path):
    # A clone has the .ts sources and no .qm: scripts/run and scripts/test compile them, once.
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "translations", tmp_path / "scripts" / "translations")
    shutil.copytree(I18N, tmp_path / "resources" / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    script = tmp_path / "scripts" / "translations"
    first = subprocess.run(["bash", str(script), "--compile"], capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    compiled = sorted((tmp_path / "resources" / "i18n").glob("*.qm"))
    assert [p.stem for p in compiled] == sorted(f"{CATALOG}_{language}" for language in LANGUAGES)
    stamps = [p.stat().st_mtime_ns for p in compiled]
    again = subprocess.run(["bash", str(script), "--compile"], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and again.stderr == "" and again.stdout == ""
    assert [p.stat().st_mtime_ns for p in compiled] == stamps


def test_the_window_compiles_a_missing_catalogue_when_it_starts_from_a_checkout(qapp, tmp_path, monkeypatch):
    assert lrelease_command() is not None
    checkout = tmp_path / "resources"
    shutil.copytree(I18N, checkout / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr("app.ui.i18n.resources_dir", lambda: checkout)
    assert install_translations("sv") == "sv"
    assert (checkout / "i18n" / f"{CATALOG}_sv.qm").exists()
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"


@pytest.mark.parametrize("language", LANGUAGES)
def test_alt_letters_of_the_header_and_the_menus_do_not_clash(qapp, language):
    install_translations(language)
    texts = [QCoreApplication.translate("HeaderWidget", text) for text in LABELS.values()]
    texts.append(QCoreApplication.translate("HeaderWidget", "&Profile"))
    texts += [QCoreApplication.translate("MainWindow", title) for title, _ in MENUS]
    letters = [re.search(r"&(\w)", text).group(1).lower() for text in texts]
    clashes = {letter: [plain(t) for t, x in zip(texts, letters, strict=True) if x == letter]
               for letter in letters if letters.count(letter) > 1}
    assert clashes == {}
