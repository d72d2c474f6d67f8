"""Prints the hostile corpus's figures in pytest's terminal summary, whether or not output is captured."""

from __future__ import annotations

import pytest

CORPUS_SUMMARY = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001 (pytest's signature)
    lines = config.stash.get(CORPUS_SUMMARY, [])
    if lines:
        terminalreporter.section("hostile voucher corpus")
        for line in lines:
            terminalreporter.write_line(line)
