"""Settings: typed profiles, documented default addresses, atomic writes, damaged and newer files."""

import dataclasses
import json
import os
import stat

import pytest
from pydantic import ValidationError

from app.domain.targets import Target
from app.services.profiles import ProfileInputError, new_profile
from app.store import paths, settings as settings_module
from app.store.settings import is_sealed
from app.store.profile import ProfileProblems
from app.store.settings import (
    SCHEMA_VERSION,
    Profile,
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    set_aside,
    write_atomically,
)

CONFIRMA_STAGING = "https://staging-integrations.confirmafinance.com/api/v1/partner"


def confirma(name="acme", **changes):
    values = dict(name=name, target="confirma", environment="staging", base_url=CONFIRMA_STAGING,
                  company_id="1234567-1")
    return Profile(**{**values, **changes})


def infinity(name="swiss", **changes):
    values = dict(name=name, target="infinity", environment="production", base_url="https://api.infinity.swiss/v1")
    return Profile(**{**values, **changes})


def profile_json(profile):
    """A profile as the settings file holds it."""
    return {**dataclasses.asdict(profile), "target": profile.target.value}


def test_settings_round_trip_through_the_file():
    saved = Settings().with_profile(confirma()).with_profile(infinity(auth_header="bearer", vat_table="ch"))
    save_settings(saved)
    assert load_settings() == saved
    on_disk = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert on_disk["schema_version"] == SCHEMA_VERSION
    assert on_disk["profiles"]["swiss"]["target"] == "infinity"


def test_the_settings_file_is_readable_by_its_owner_only():
    save_settings(Settings().with_profile(confirma()))
    assert stat.S_IMODE(paths.settings_path().stat().st_mode) == 0o600


def test_no_settings_file_means_no_profiles_and_nothing_is_written():
    assert load_settings() == Settings()
    assert not paths.settings_path().exists()


def test_no_field_of_the_settings_can_hold_a_key():
    fields = set(Settings.model_fields) | {field.name for field in dataclasses.fields(Profile)}
    assert not [f for f in fields if any(word in f.lower() for word in ("key", "secret", "token", "password"))]


def test_a_key_smuggled_into_the_file_is_refused_and_not_echoed():
    data = {"schema_version": 1, "profiles": {"acme": {**profile_json(confirma()), "api_key": "sk-live-do-not-print"}}}
    paths.settings_path().write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert "api_key" in str(caught.value) and "sk-live-do-not-print" not in str(caught.value)


@pytest.mark.parametrize(("target", "environment", "url"), [
    ("confirma", "staging", CONFIRMA_STAGING),
    ("confirma", "production", "https://integrations.confirmafinance.com/api/v1/partner"),
    ("confirma", "sandbox", "http://127.0.0.1:8765/api/v1/partner"),
    ("infinity", "production", "https://api.infinity.swiss/v1"),
    ("infinity", "sandbox", "http://127.0.0.1:8765/v1"),
])
def test_documented_default_addresses(target, environment, url):
    assert new_profile("p", target, environment).base_url == url


def test_infinity_staging_needs_an_address_because_none_is_documented():
    with pytest.raises(ProfileInputError, match="Infinity documents no staging server"):
        new_profile("p", "infinity", "staging")
    assert new_profile("p", "infinity", "staging", base_url="https://test.example.ch/v1/").base_url \
        == "https://test.example.ch/v1"


@pytest.mark.parametrize("name", ["a", "Acme Oy", "acme_2025.test-1", "x" * 40])
def test_acceptable_profile_names(name):
    assert confirma(name).name == name


@pytest.mark.parametrize("name", ["", "x" * 41, "acme/prod", "ä", " acme", "acme ", "a\nb"])
def test_unacceptable_profile_names(name):
    with pytest.raises(ValueError, match="cannot be a profile name"):
        confirma(name)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765/v1", "http://localhost:9000", "http://[::1]:8000/x",
                                 "https://api.example.com/v1"])
def test_https_or_loopback_addresses_are_accepted(url):
    assert confirma(base_url=url).base_url == url


@pytest.mark.parametrize(("url", "problem"), [
    ("http://api.example.com/v1", "uses plain http"),
    ("http://10.0.0.5/v1", "uses plain http"),
    ("ftp://example.com", "not a web address"),
    ("example.com/v1", "not a web address"),
    ("https://example.com/v1?x=1", "must not have a query"),
    ("https://user:pa55word@example.com/v1", "must not carry a user name or password"),
])
def test_unsafe_or_unusable_addresses_are_refused(url, problem):
    with pytest.raises(ValueError, match=problem) as caught:
        confirma(base_url=url)
    assert "pa55word" not in str(caught.value).replace(url, "")


def test_a_mistyped_company_id_is_a_warning_not_a_failure():
    profile = confirma(company_id="1234567-8")
    assert profile.warnings() == ["Company ID: The check digit of '1234567-8' should be 1; the number may be mistyped."]
    assert confirma(company_id="1234567-1").warnings() == []


def test_options_of_the_other_target_are_refused():
    with pytest.raises(ValueError, match="X-Api-Key"):
        confirma(auth_header="bearer")
    with pytest.raises(ValueError, match="Infinity always splits VAT itself"):
        infinity(explicit_vat_rows=False)


def test_profile_names_may_not_differ_only_in_case():
    # Some keyrings ignore case, so the two would share one stored key.
    with pytest.raises(ValidationError, match="differ only in case"):
        Settings().with_profile(confirma("Acme")).with_profile(confirma("acme"))


def test_production_is_flagged():
    assert infinity().is_production and not confirma().is_production
    assert infinity().target is Target.INFINITY


def test_an_interrupted_write_leaves_the_old_file_and_no_litter(monkeypatch):
    first = Settings().with_profile(confirma())
    save_settings(first)
    before = paths.settings_path().read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(settings_module.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        save_settings(first.with_profile(infinity()))
    assert paths.settings_path().read_bytes() == before
    # No temporary file is left; the seal beside the file still vouches for the old content, not the new.
    assert sorted(p.name for p in paths.data_dir().iterdir()) == ["settings.json", "settings.json.checked"]
    assert is_sealed(paths.settings_path(), before)


def test_an_atomic_write_is_synced_before_it_replaces_the_file(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(settings_module.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd)))
    monkeypatch.setattr(settings_module.os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b)))
    write_atomically(tmp_path / "f.json", "{}")
    assert events[:2] == ["fsync", "replace"]
    assert (tmp_path / "f.json").read_text() == "{}"


@pytest.mark.parametrize("damage", ["{not json", "", "[1, 2]", '{"schema_version": "one"}'])
def test_a_damaged_file_is_a_clear_error_and_is_never_overwritten(damage):
    path = paths.settings_path()
    path.write_text(damage, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(path) in str(caught.value) and "damaged" in str(caught.value)
    with pytest.raises(SettingsError):
        save_settings(Settings().with_profile(confirma()))
    assert path.read_text(encoding="utf-8") == damage


def test_a_damaged_file_can_be_set_aside_to_start_again():
    path = paths.settings_path()
    path.write_text("{not json", encoding="utf-8")
    backup = set_aside()
    assert backup.name == "settings.json.bak" and backup.read_text(encoding="utf-8") == "{not json"
    path.write_text("{again", encoding="utf-8")
    assert set_aside().name == "settings.json.bak1"
    save_settings(Settings())
    assert load_settings() == Settings()


def test_a_file_from_a_newer_version_is_refused_untouched():
    path = paths.settings_path()
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "profiles": {}, "future": True}),
                    encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(SettingsError, match="newer LedgerDesk") as caught:
        load_settings()
    assert str(path) in str(caught.value)
    with pytest.raises(SettingsError, match="newer LedgerDesk"):
        save_settings(Settings())
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_profile_keeps_its_fiscal_year_and_currency_through_a_save_and_a_load(tmp_path):
    path = tmp_path / "settings.json"
    profile = new_profile("swiss", "infinity", "production", accounting_currency="eur", fiscal_year_start=7,
                          max_days_ahead=30)
    save_settings(Settings(profiles={"swiss": profile}), path)
    loaded = load_settings(path).profiles["swiss"]
    assert (loaded.accounting_currency, loaded.fiscal_year_start, loaded.max_days_ahead) == ("EUR", 7, 30)


@pytest.mark.parametrize("changes, words", [
    ({"target": "confirma", "accounting_currency": "CHF"}, "euros only"),
    ({"accounting_currency": "XYZ"}, "ISO 4217"), ({"fiscal_year_start": 13}, "1 to 12"),
    ({"max_days_ahead": -1}, "0 to 3660"),
])
def test_a_profile_with_impossible_booking_rules_is_refused_in_words(changes, words):
    fields = {"name": "p", "target": "infinity", "environment": "production",
              "base_url": "https://api.infinity.swiss/v1", **changes}
    with pytest.raises(ProfileProblems, match=words):
        Profile(**fields)
