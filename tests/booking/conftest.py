"""Prints how many generated vouchers went preview → body → sandbox, in pytest's terminal summary."""

from __future__ import annotations

import pytest

BOOKING_SUMMARY = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001 (pytest's signature)
    lines = config.stash.get(BOOKING_SUMMARY, [])
    if lines:
        terminalreporter.section("preview = body = booked")
        for line in lines:
            terminalreporter.write_line(line)
