"""Settings migrations: every earlier file version loads, is upgraded once, and keeps a backup."""

import json

import pytest

from app.store import paths
from app.store.review_filter import ReviewFilter
from app.store.settings import MIGRATIONS, SCHEMA_VERSION, Profile, Settings, SettingsError, load_settings, migrate
from app.store.states import SubmissionState

# One sample file per earlier version, and the settings it must become. Adding a version without a
# sample here fails test_every_earlier_version_has_a_sample.
SAMPLES = {
    0: (
        {"profiles": [
            {"name": "acme", "target": "confirma", "env": "test", "company": "1234567-1"},
            {"name": "acme live", "target": "confirma", "env": "prod", "vat_rows": False},
            {"name": "swiss", "target": "infinity", "env": "prod", "auth": "bearer"},
            {"name": "local", "target": "infinity", "env": "sandbox", "url": "http://127.0.0.1:9000/v1"},
        ]},
        Settings(profiles={p.name: p for p in [
            Profile(name="acme", target="confirma", environment="staging", company_id="1234567-1",
                    base_url="https://staging-integrations.confirmafinance.com/api/v1/partner"),
            Profile(name="acme live", target="confirma", environment="production", explicit_vat_rows=False,
                    base_url="https://integrations.confirmafinance.com/api/v1/partner"),
            Profile(name="swiss", target="infinity", environment="production", auth_header="bearer",
                    base_url="https://api.infinity.swiss/v1"),
            Profile(name="local", target="infinity", environment="sandbox", base_url="http://127.0.0.1:9000/v1"),
        ]}),
    ),
    1: (
        {"schema_version": 1, "profiles": {"acme": {
            "name": "acme", "target": "confirma", "environment": "staging", "company_id": "1234567-1",
            "base_url": "https://staging-integrations.confirmafinance.com/api/v1/partner"}}},
        Settings(profiles={"acme": Profile(
            name="acme", target="confirma", environment="staging", company_id="1234567-1",
            base_url="https://staging-integrations.confirmafinance.com/api/v1/partner")}),  # and an empty filter
    ),
    2: (
        {"schema_version": 2, "profiles": {"acme": {
            "name": "acme", "target": "confirma", "environment": "staging", "company_id": "1234567-1",
            "base_url": "https://staging-integrations.confirmafinance.com/api/v1/partner"}},
         "review_filter": {"profile": "acme", "states": ["rejected"]}},
        Settings(profiles={"acme": Profile(
            name="acme", target="confirma", environment="staging", company_id="1234567-1",
            base_url="https://staging-integrations.confirmafinance.com/api/v1/partner")},
            review_filter=ReviewFilter(profile="acme", states=(SubmissionState.REJECTED,)),
            language=None),  # follows the OS
    ),
    3: (
        {"schema_version": 3, "profiles": {
            "acme": {"name": "acme", "target": "confirma", "environment": "staging",
                     "base_url": "https://staging-integrations.confirmafinance.com/api/v1/partner"},
            "swiss": {"name": "swiss", "target": "infinity", "environment": "production",
                      "base_url": "https://api.infinity.swiss/v1"}},
         "review_filter": {}, "language": "fi"},
        Settings(profiles={
            "acme": Profile(name="acme", target="confirma", environment="staging", accounting_currency="EUR",
                            base_url="https://staging-integrations.confirmafinance.com/api/v1/partner"),
            "swiss": Profile(name="swiss", target="infinity", environment="production", accounting_currency="CHF",
                             fiscal_year_start=1, max_days_ahead=60, base_url="https://api.infinity.swiss/v1")},
            language="fi"),  # books in the target's currency, a calendar fiscal year
    ),
}


def test_every_earlier_version_has_a_sample_and_a_step():
    assert set(SAMPLES) == set(range(SCHEMA_VERSION))
    assert set(MIGRATIONS) == set(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(SAMPLES))
def test_each_step_moves_exactly_one_version_up(version):
    data, _ = SAMPLES[version]
    assert MIGRATIONS[version](json.loads(json.dumps(data)))["schema_version"] == version + 1


@pytest.mark.parametrize("version", sorted(SAMPLES))
def test_every_earlier_version_loads_as_the_current_settings(version):
    data, expected = SAMPLES[version]
    assert Settings.model_validate(migrate(json.loads(json.dumps(data)))) == expected


@pytest.mark.parametrize("version", sorted(SAMPLES))
def test_an_earlier_file_is_upgraded_once_and_the_original_kept(version):
    data, expected = SAMPLES[version]
    path = paths.settings_path()
    original = json.dumps(data, indent=1)
    path.write_text(original, encoding="utf-8")
    assert load_settings() == expected
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert path.with_name(f"settings.json.v{version}.bak").read_text(encoding="utf-8") == original
    assert load_settings() == expected


def test_an_earlier_file_that_cannot_be_migrated_is_left_alone():
    path = paths.settings_path()
    # Infinity documents no staging server, so a v0 "test" Infinity profile without an address has none.
    original = json.dumps({"profiles": [{"name": "swiss", "target": "infinity", "env": "test"}]})
    path.write_text(original, encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot use") as caught:
        load_settings()
    assert str(path) in str(caught.value)
    assert path.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in paths.data_dir().iterdir()) == ["settings.json"]


def test_a_v0_profile_without_a_name_is_a_clear_error():
    paths.settings_path().write_text(json.dumps({"profiles": [{"target": "confirma"}]}), encoding="utf-8")
    with pytest.raises(SettingsError, match="has no 'name'"):
        load_settings()


def test_a_v2_file_keeps_its_filter_and_follows_the_system_language():
    data, _ = SAMPLES[2]
    migrated = MIGRATIONS[2](json.loads(json.dumps(data)))
    assert migrated["language"] is None
    assert migrated["review_filter"] == data["review_filter"]
    assert migrated["profiles"] == data["profiles"]
