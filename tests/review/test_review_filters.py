"""The review filter is kept across restarts in the settings file, without disturbing the profiles."""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import date
from decimal import Decimal

from app.services.review_filters import load_review_filter, save_review_filter
from app.store import paths
from app.store.review_filter import ReviewFilter
from app.store.settings import SCHEMA_VERSION, Profile, Settings, load_settings, save_settings
from app.store.states import SubmissionState

FILTER = ReviewFilter(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), profile="acme",
                      states=(SubmissionState.FAILED, SubmissionState.REJECTED), account="1910",
                      amount_min=Decimal("10.50"),
                      amount_max=Decimal("99999.99"), text="Erlös März")
ACME = Profile(name="acme", target="confirma", environment="sandbox", base_url="http://127.0.0.1:8765/api/v1/partner")


def test_the_first_run_has_an_empty_filter():
    assert load_review_filter() == ReviewFilter() and load_review_filter().is_empty()


def test_a_filter_survives_save_and_load_exactly():
    save_settings(Settings().with_profile(ACME))
    save_review_filter(FILTER)
    assert load_review_filter() == FILTER
    assert load_settings().profiles == {"acme": ACME}
    on_disk = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    assert on_disk["schema_version"] == SCHEMA_VERSION
    # Amounts are written as decimal strings, never binary floats.
    assert (on_disk["review_filter"]["amount_min"], on_disk["review_filter"]["amount_max"]) == ("10.50", "99999.99")


def test_changing_profiles_keeps_the_filter():
    save_review_filter(FILTER)
    settings = load_settings().with_profile(ACME)
    assert settings.review_filter == FILTER
    assert settings.without_profile("acme").review_filter == FILTER


def test_a_v1_file_gains_an_empty_filter_and_keeps_its_profiles():
    v1 = {"schema_version": 1, "profiles": {"acme": {**dataclasses.asdict(ACME), "target": ACME.target.value}}}
    paths.settings_path().write_text(json.dumps(v1), encoding="utf-8")
    settings = load_settings()
    assert settings.review_filter == ReviewFilter() and settings.profiles == {"acme": ACME}
    assert paths.settings_path().with_name("settings.json.v1.bak").exists()
    save_review_filter(FILTER)
    assert load_review_filter() == FILTER


def test_a_filter_that_cannot_be_read_is_dropped_not_the_profiles(caplog):
    save_settings(Settings().with_profile(ACME))
    data = json.loads(paths.settings_path().read_text(encoding="utf-8"))
    data["review_filter"] = {"states": ["lost"], "colour": "red"}
    paths.settings_path().write_text(json.dumps(data), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        settings = load_settings()
    assert settings.review_filter == ReviewFilter() and settings.profiles == {"acme": ACME}
    assert "review filter was dropped" in caplog.text
