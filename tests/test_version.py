"""The version is written once (app/__init__.py); the installed distribution must report the same one."""

from importlib import metadata

from app import __version__


def test_installed_distribution_reports_the_source_version():
    # pyproject.toml's version is dynamic (attr: app.__version__): a wheel, the .deb and `--version` agree.
    assert metadata.version("ledgerdesk") == __version__
