"""Settings ▸ Language: saved in the settings (schema 3), applied at the next start, numbers included."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale

from app.domain.targets import Target
from app.editing import number_format
from app.store import paths
from app.store.settings import SCHEMA_VERSION, Settings, load_settings, save_settings
from app.ui.i18n import current_language
from app.ui.workspace import entry_locale

from ..conftest import add_profile, running_gui


def test_the_language_round_trips_through_the_settings_file(confirma_profile):
    save_settings(load_settings().with_language("sv"))
    assert load_settings().language == "sv"
    assert load_settings().profiles == {confirma_profile.name: confirma_profile}  # the profiles are kept
    on_disk = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert on_disk["language"] == "sv" and on_disk["schema_version"] == SCHEMA_VERSION
    # Other edits keep it, and None means "follow the system" again.
    assert load_settings().without_profile("nobody").with_review_filter(load_settings().review_filter).language == "sv"
    save_settings(load_settings().with_language(None))
    assert load_settings().language is None


def test_a_version_2_file_is_upgraded_to_follow_the_system(confirma_profile):
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("language")
    data["schema_version"] = 2
    original = json.dumps(data)
    path.write_text(original, encoding="utf-8")
    settings = load_settings()
    assert settings.language is None and confirma_profile.name in settings.profiles
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert path.with_name("settings.json.v2.bak").read_text(encoding="utf-8") == original


@pytest.mark.parametrize("saved", ["Klingon!", 42, ["fi"]])
def test_a_language_that_cannot_be_read_follows_the_system_and_keeps_the_profiles(confirma_profile, saved):
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["language"] = saved
    path.write_text(json.dumps(data), encoding="utf-8")
    settings = load_settings()
    assert settings.language is None and confirma_profile.name in settings.profiles


def test_the_saved_language_wins_over_the_system_one(qapp, qtbot, confirma_profile):
    save_settings(load_settings().with_language("fi"))  # an English desktop (conftest), Finnish chosen
    with running_gui(qtbot) as gui:
        assert gui.language == "fi" and current_language() == "fi"
        assert gui.window.menuBar().actions()[0].text() == "&Tiedosto"
        assert QLocale().language() == QLocale.Language.Finnish  # Qt's own formats agree
    assert current_language() == "en"  # closing the window removed the translators
    assert QLocale().language() == QLocale.Language.English


def test_the_language_menu_saves_the_choice_for_the_next_start(qapp, qtbot, confirma_profile):
    with running_gui(qtbot) as gui:
        window = gui.window
        menu = window.language_menu
        assert menu.actions_by_language[None].isChecked()  # nothing chosen yet: the system's
        assert [a.text() for a in menu.actions() if not a.isSeparator()][1:] == [
            "&English", "&Suomi", "S&venska", "&Deutsch"]  # each in its own language, with an Alt letter
        menu.actions_by_language["de"].trigger()
        assert load_settings().language == "de"
        assert menu.actions_by_language["de"].isChecked()
        assert window.outcome.kind == "info" and "Deutsch" in window.outcome.text.text()
        assert "next time" in window.outcome.text.text()
        assert window.menuBar().actions()[0].text() == "&File"  # the running window stays as it was
        menu.actions_by_language[None].trigger()
        assert load_settings().language is None
    save_settings(load_settings().with_language("de"))
    with running_gui(qtbot) as gui:
        assert gui.window.menuBar().actions()[0].text() == "&Datei"
        assert gui.window.language_menu.actions_by_language["de"].isChecked()


def test_by_default_the_profile_country_decides_how_numbers_are_typed():
    assert entry_locale(Target.CONFIRMA) == "fi" and entry_locale(Target.INFINITY) == "de-CH"
    # A chosen language overrides it for every profile.
    assert entry_locale(Target.INFINITY, "fi") == "fi"
    assert entry_locale(Target.CONFIRMA, "de") == "de-CH"
    assert entry_locale(Target.CONFIRMA, "sv") == "sv"
    assert entry_locale(Target.INFINITY, "en") == "en"
    assert entry_locale(Target.INFINITY, "ja") == "de-CH"  # a language we have no format for changes nothing
    assert number_format("sv").decimal_sep == "," and number_format("sv").thousands_sep == " "


def test_the_grid_of_a_swiss_profile_keeps_swiss_numbers_in_a_finnish_window(qapp, qtbot, sandbox):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    QLocale.setDefault(QLocale("fi_FI"))
    with running_gui(qtbot) as gui:
        page = gui.window.tabs.current_page()
        assert gui.language == "fi"
        assert page.editor.fmt == number_format("de-CH")
        page.view.go_to(0, "debit")
        page.model.setData(page.model.index(0, 3), "1234.5")
        assert page.model.index(0, 3).data() == "1'234.50"


def test_a_chosen_language_sets_the_number_format_of_every_profile(qapp, qtbot, sandbox):
    add_profile("Swiss", Target.INFINITY, sandbox.infinity_url)
    save_settings(load_settings().with_language("sv"))
    with running_gui(qtbot) as gui:
        page = gui.window.tabs.current_page()
        assert page.editor.fmt == number_format("sv")
        page.model.setData(page.model.index(0, 3), "1234,5")
        assert page.model.index(0, 3).data() == "1 234,50"
        assert page.totals.debit.text().startswith("1 234,50")


def test_settings_without_a_language_are_valid_settings():
    assert Settings().language is None


def test_the_system_language_is_the_first_of_its_ui_languages_we_have():
    from app.ui.i18n import ui_language

    assert ui_language(None, QLocale("de_CH")) == "de"
    assert ui_language(None, QLocale("sv_FI")) == "sv"
    assert ui_language(None, QLocale("fi_FI")) == "fi"
    assert ui_language(None, QLocale("nb_NO")) == "en"  # no Norwegian: the English source
    assert ui_language("fi", QLocale("de_CH")) == "fi"  # a choice beats the system
    assert ui_language("fr", QLocale("sv_SE")) == "sv"  # a choice we cannot show: the system's
