"""The window's start reads the profiles and language from a sealed settings file without pydantic, and
from any other file exactly as the full validation does (`read_startup_settings`, app/store/settings.py)."""

import dataclasses
import json
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from app.store import paths, settings as settings_module
from app.store.review_filter import ReviewFilter
from app.store.settings import Profile, Settings, SettingsError, load_settings, save_settings
from app.store.settings import is_sealed, read_startup_settings, seal_content, seal_path
from tests.conftest import REPO
from app.store.states import SubmissionState

ACME = Profile(name="acme", target="confirma", environment="staging", company_id="1234567-1",
               base_url="https://staging-integrations.confirmafinance.com/api/v1/partner")
ACME_LIVE = Profile(name="acme live", target="confirma", environment="production", explicit_vat_rows=False,
                    base_url="https://integrations.confirmafinance.com/api/v1/partner")
SWISS = Profile(name="swiss", target="infinity", environment="production", auth_header="bearer", vat_table="ch",
                base_url="https://api.infinity.swiss/v1")
SETTINGS = Settings(profiles={p.name: p for p in (ACME, ACME_LIVE, SWISS)},
                    review_filter=ReviewFilter(date_from=date(2024, 1, 1), states=(SubmissionState.FAILED,)),
                    language="fi")


def profile_json(profile: Profile) -> dict:
    return {**dataclasses.asdict(profile), "target": profile.target.value}


def read_in_a_fresh_process() -> dict:
    """What read_startup_settings gives in a new interpreter (as the window's start calls it), and whether
    pydantic was loaded for it; {"error": ...} when it raised."""
    script = textwrap.dedent("""
        import dataclasses, json, sys
        from app.store.settings import read_startup_settings
        try:
            settings = read_startup_settings()
        except Exception as exc:
            print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
        else:
            print(json.dumps({
                "profiles": {name: {**dataclasses.asdict(p), "target": p.target.value}
                             for name, p in settings.profiles.items()},
                "language": settings.language,
                "pydantic": "pydantic" in sys.modules,
            }))
    """)
    # LEDGERDESK_HOME (tests/conftest.py) is inherited: the child reads this test's settings file.
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def validations(monkeypatch):
    """Counts the full validations (load_settings) that read_startup_settings falls back to."""
    calls = []
    real = settings_module.load_settings
    monkeypatch.setattr(settings_module, "load_settings", lambda path=None: (calls.append(path), real(path))[1])
    return calls


def test_a_saved_file_is_read_at_start_as_load_settings_reads_it_without_pydantic():
    save_settings(SETTINGS)
    assert is_sealed(paths.settings_path(), paths.settings_path().read_bytes())
    loaded = load_settings()
    startup = read_startup_settings()
    assert startup.profiles == loaded.profiles == SETTINGS.profiles
    assert startup.language == loaded.language == "fi"
    assert all(type(p) is Profile for p in startup.profiles.values())
    assert startup.profiles["swiss"].target is SWISS.target
    fresh = read_in_a_fresh_process()
    assert fresh == {"profiles": {name: profile_json(p) for name, p in loaded.profiles.items()},
                     "language": "fi", "pydantic": False}


def test_no_settings_file_means_no_profiles_and_the_system_language():
    startup = read_startup_settings()
    assert startup.profiles == {} and startup.language is None
    assert not paths.settings_path().exists() and not seal_path(paths.settings_path()).exists()


def test_a_canonical_file_without_a_seal_is_validated_once_then_sealed(validations):
    save_settings(SETTINGS)
    seal_path(paths.settings_path()).unlink()
    assert read_startup_settings().profiles == SETTINGS.profiles
    assert len(validations) == 1
    assert is_sealed(paths.settings_path(), paths.settings_path().read_bytes())
    assert read_startup_settings().profiles == SETTINGS.profiles
    assert len(validations) == 1
    assert read_in_a_fresh_process()["pydantic"] is False


def test_a_hand_edited_invalid_profile_is_refused_with_the_usual_message(validations):
    save_settings(SETTINGS)
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profiles"]["acme"]["base_url"] = "http://api.example.com/v1"
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    edited = path.read_bytes()
    with pytest.raises(SettingsError) as at_start:
        read_startup_settings()
    with pytest.raises(SettingsError) as on_load:
        load_settings()
    assert str(at_start.value) == str(on_load.value)
    message = str(at_start.value)
    assert message.startswith(f"The settings file {path} holds values LedgerDesk cannot use (")
    assert "profiles.acme" in message and "uses plain http" in message and "move it aside" in message
    assert validations, "the edited file went through the full validation"
    assert path.read_bytes() == edited and not is_sealed(path, edited)
    assert read_in_a_fresh_process() == {"error": f"SettingsError: {message}"}


def test_a_hand_edited_file_the_startup_reader_would_accept_is_still_validated(validations):
    # Each profile is fine on its own, but the file files one under another name: only Settings can tell.
    save_settings(Settings().with_profile(ACME))
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profiles"]["other"] = data["profiles"].pop("acme")
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="filed under the name 'other'"):
        read_startup_settings()
    assert validations


def test_a_seal_that_does_not_fit_its_file_falls_back_to_the_full_validation(validations, caplog):
    # A key smuggled into a profile, with a seal claiming the file was validated: the user still gets the
    # validation's words (naming the field, never echoing the value), not a TypeError.
    path = paths.settings_path()
    data = Settings().with_profile(ACME).model_dump(mode="json")
    data["profiles"]["acme"]["api_key"] = "sk-live-do-not-print"
    raw = (json.dumps(data, indent=2) + "\n").encode("utf-8")
    path.write_bytes(raw)
    seal_path(path).write_bytes(seal_content(raw))
    with pytest.raises(SettingsError, match="holds values LedgerDesk cannot use") as caught:
        read_startup_settings()
    assert "api_key" in str(caught.value) and "sk-live-do-not-print" not in str(caught.value)
    assert validations and "does not fit its file" in caplog.text


@pytest.mark.parametrize("language", ["Finnish", "FI", 7, ["fi"]])
def test_a_dropped_language_is_not_sealed_and_the_start_follows_the_system(language, validations):
    save_settings(SETTINGS)
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["language"] = language
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    edited = path.read_bytes()
    assert load_settings().language is None
    assert not is_sealed(path, edited)
    startup = read_startup_settings()
    assert startup.language is None and startup.profiles == SETTINGS.profiles
    assert validations
    assert path.read_bytes() == edited  # the file is left as the user wrote it
    assert read_in_a_fresh_process()["language"] is None


def test_a_dropped_review_filter_is_not_sealed():
    save_settings(SETTINGS)
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["review_filter"] = {"states": ["lost"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_settings().review_filter == ReviewFilter()
    assert not is_sealed(path, path.read_bytes())


@pytest.mark.parametrize("typed", [0, 0.0])
def test_a_value_the_model_tidies_is_not_sealed_even_when_python_calls_it_equal(typed):
    # 0 == 0.0 == False in Python: the file must still not be taken for what the model writes.
    save_settings(Settings().with_profile(ACME_LIVE))
    path = paths.settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profiles"]["acme live"]["explicit_vat_rows"] = typed
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    assert load_settings().profiles["acme live"].explicit_vat_rows is False
    assert not is_sealed(path, path.read_bytes())
    assert read_startup_settings().profiles["acme live"].explicit_vat_rows is False


def test_the_seal_of_another_ledgerdesk_version_is_not_trusted(monkeypatch):
    path = paths.settings_path()
    with monkeypatch.context() as other_version:
        other_version.setattr(settings_module, "__version__", "0.0.1")
        save_settings(SETTINGS)
    older_seal = seal_path(path).read_bytes()
    assert older_seal.startswith(b"LedgerDesk 0.0.1\n")
    assert not is_sealed(path, path.read_bytes())
    assert read_in_a_fresh_process()["pydantic"] is True  # validated: this version's reader did not trust it
    # This version has validated the file by now, so it seals it as its own.
    assert seal_path(path).read_bytes() == seal_content(path.read_bytes()) != older_seal
    assert read_in_a_fresh_process()["pydantic"] is False


def test_another_versions_seal_on_a_file_this_version_refuses_is_not_trusted(monkeypatch):
    # What an older LedgerDesk accepted (here: a profile filed under another name) this one validates itself.
    path = paths.settings_path()
    data = Settings().with_profile(ACME).model_dump(mode="json")
    data["profiles"] = {"other": data["profiles"]["acme"]}
    raw = (json.dumps(data, indent=2) + "\n").encode("utf-8")
    path.write_bytes(raw)
    with monkeypatch.context() as other_version:
        other_version.setattr(settings_module, "__version__", "0.0.1")
        seal_path(path).write_bytes(seal_content(raw))
    assert not is_sealed(path, raw)
    with pytest.raises(SettingsError, match="filed under the name 'other'"):
        read_startup_settings()
