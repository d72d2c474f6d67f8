"""Fixtures for the sandbox tests: plain httpx clients on the `sandbox` of tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from app.sandbox import DEFAULT_CONFIRMA_KEY, DEFAULT_INFINITY_TOKEN, SandboxServer


@pytest.fixture
def confirma(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.confirma_url, timeout=5,
                      headers={"X-Api-Key": DEFAULT_CONFIRMA_KEY, "Accept": "application/json"}) as client:
        yield client


@pytest.fixture
def infinity(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.infinity_url, timeout=5,
                      headers={"x-api-token": DEFAULT_INFINITY_TOKEN}) as client:
        yield client


@pytest.fixture
def admin(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url + "/_sandbox", timeout=5) as client:
        yield client
