"""The key never appears in logs, reprs, outcome messages, excerpts or exception texts."""

from __future__ import annotations

import logging

import httpx
import pytest

from app.client import (ClientProfile, ConfirmaClient, InfinityClient, RateBudget, RetryPolicy,
                        StatusUnavailable)
from app.client.redaction import excerpt, redact
from app.domain.targets import Target

KEY = "sk-LIVE-4f9d2c7a1b8e6f3d5a0c"
DOCUMENTED = {"date": "2025-01-01", "description": "Einnahme", "debitAccount": 1020, "creditAccount": 3200,
              "amount": 12050, "currency": "CHF", "taxCode": "UN81"}

ECHOES = [
    lambda r: httpx.Response(400, json={"code": "general/malformed-request", "message": f"bad token {KEY}",
                                        "invalidFields": ["amount"],
                                        "details": [{"field": "amount", "message": f"for {KEY}"}]}),
    lambda r: httpx.Response(401, json={"message": f"key {KEY} is not valid"}),
    lambda r: httpx.Response(502, text=f"<html><pre>X-Api-Key: {KEY}</pre></html>"),
    lambda r: httpx.Response(200, text=f"<html>{KEY}</html>"),
    lambda r: httpx.Response(503, json={"message": f"upstream saw {KEY}"}),
    lambda r: httpx.Response(404, text=f"no route for key={KEY}"),
    lambda r: (_ for _ in ()).throw(httpx.ReadTimeout(f"timed out sending {KEY}")),
    lambda r: (_ for _ in ()).throw(httpx.ConnectError(f"refused {KEY}")),
    lambda r: (_ for _ in ()).throw(httpx.RemoteProtocolError(f"closed while {KEY}")),
]


def confirma(handler):
    prof = ClientProfile("fi", Target.CONFIRMA, "https://confirma.example/api/v1/partner", "staging", lambda: KEY)
    return ConfirmaClient(prof, transport=httpx.MockTransport(handler), sleep=lambda s: None,
                          retry=RetryPolicy(attempts=2, backoff=0))


def infinity(handler):
    prof = ClientProfile("ch", Target.INFINITY, "https://api.infinity.swiss/v1", "production", lambda: KEY,
                         auth_header="bearer")
    return InfinityClient(prof, transport=httpx.MockTransport(handler), sleep=lambda s: None,
                          budget=RateBudget())


@pytest.mark.parametrize("answer", ECHOES)
def test_a_key_echoed_by_the_server_or_an_exception_is_masked_everywhere(answer, caplog):
    caplog.set_level(logging.DEBUG)
    texts = []
    for make in (confirma, infinity):
        client = make(answer)
        texts += [repr(client), str(client), repr(client.profile)]
        if isinstance(client, ConfirmaClient):
            outcomes = [client.sync_status(), client.validate_token(), client.renew_token()]
            try:
                client.status_of("x")
            except StatusUnavailable as exc:
                texts += [str(exc), repr(exc)]
        else:
            outcomes = [client.post_entry(dict(DOCUMENTED))]
        for outcome in outcomes:
            texts += [outcome.message, str(outcome), repr(outcome)]
            for issue in getattr(outcome, "field_issues", ()):
                texts.append(issue.message)
        client.close()
    texts.append(caplog.text)
    leaks = [t for t in texts if KEY in t or KEY[3:] in t]
    assert leaks == []


def test_redact_masks_known_secrets_encoded_forms_and_token_shapes():
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefghijk"
    odd = "abc+def/ghi=="
    text = redact(f"a {KEY} b abc%2Bdef%2Fghi%3D%3D Authorization: Bearer xyz123 {jwt}", [KEY, odd])
    assert KEY not in text and "abc%2B" not in text and "xyz123" not in text and jwt not in text
    assert text.startswith("a [redacted] b [redacted]")


def test_excerpt_redacts_before_cutting():
    body = ("x" * 495) + KEY
    assert KEY[:5] not in excerpt(body, [KEY], limit=500)
