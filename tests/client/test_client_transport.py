"""Building clients from profiles: URL safety, headers, timeouts, TLS, failure classification."""

from __future__ import annotations

import ssl

import httpx
import pytest

from app import __version__
from app.client import (ClientProfile, ConfirmaClient, InfinityClient, NotSent, ProfileError, Timeouts,
                        Uncertain)
from app.client.transport import build_http_client, classify_failure
from app.domain.targets import Target

KEY = "k-7f3a9c2e5b1d4f6a8c0e"


def profile(target=Target.CONFIRMA, url="https://staging-integrations.confirmafinance.com/api/v1/partner",
            supplier=lambda: KEY, **kw):
    return ClientProfile("test", target, url, "staging", supplier, **kw)


def recording(status=200, json=None, seen=None):
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, json=json if json is not None else {})
    return httpx.MockTransport(handler)


@pytest.mark.parametrize("url", ["http://example.com/api", "http://10.0.0.5/v1", "http://127.0.0.1.nip.io/x",
                                 "http://[2001:db8::1]/v1"])
def test_plain_http_to_a_remote_host_is_refused(url):
    with pytest.raises(ProfileError, match="https://"):
        ConfirmaClient(profile(url=url))


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/api/v1/partner", "http://127.9.9.9/x",
                                 "http://localhost:1/x", "http://[::1]:9/x", "https://example.com/x"])
def test_https_and_loopback_http_are_allowed(url):
    ConfirmaClient(profile(url=url)).close()


def test_bad_profiles_are_refused_with_clear_errors():
    with pytest.raises(ProfileError, match="password"):
        ConfirmaClient(profile(url="https://user:pw@example.com/x"))
    with pytest.raises(ProfileError, match="environment"):
        ConfirmaClient(ClientProfile("p", Target.CONFIRMA, "https://e.com", "prod", lambda: KEY))
    with pytest.raises(ValueError, match="not Infinity"):
        InfinityClient(profile())
    with pytest.raises(ProfileError, match="bearer"):
        InfinityClient(profile(Target.INFINITY, auth_header="basic"))


def test_confirma_sends_key_accept_and_user_agent():
    seen = []
    with ConfirmaClient(profile(), transport=recording(200, {"isValid": True, "message": "Token is valid"},
                                                       seen)) as client:
        assert client.validate_token().ok
    request = seen[0]
    assert request.url == "https://staging-integrations.confirmafinance.com/api/v1/partner/validate"
    assert request.headers["X-Api-Key"] == KEY
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"] == f"LedgerDesk/{__version__}"


@pytest.mark.parametrize("style,header,value", [("x-api-token", "x-api-token", KEY),
                                                ("bearer", "Authorization", f"Bearer {KEY}")])
def test_infinity_key_header_follows_the_profile(style, header, value):
    seen = []
    body = {"date": "2025-01-01", "description": "x", "debitAccount": 1020, "creditAccount": 3200, "amount": 100}
    reply = {"transactions": [{"id": "a" * 24, "amount": 100}]}
    client = InfinityClient(profile(Target.INFINITY, "https://api.infinity.swiss/v1", auth_header=style),
                            transport=recording(201, reply, seen))
    assert client.post_entry(body).ok
    assert seen[0].url == "https://api.infinity.swiss/v1/ledger-entries"
    assert seen[0].headers[header] == value
    other = "Authorization" if header == "x-api-token" else "x-api-token"
    assert other not in seen[0].headers


def test_key_supplier_is_called_for_every_request():
    calls = []

    def supplier():
        calls.append(1)
        return KEY
    with ConfirmaClient(profile(supplier=supplier), transport=recording(204)) as client:
        client.sync_status()
        client.sync_status()
    assert len(calls) == 2


def test_a_key_that_cannot_be_read_is_not_sent_and_not_retried():
    seen = []

    def locked():
        raise RuntimeError("keyring is locked")
    with ConfirmaClient(profile(supplier=locked), transport=recording(seen=seen)) as client:
        outcome = client.sync_status()
    assert isinstance(outcome, NotSent) and not outcome.can_retry
    assert "keyring is locked" in outcome.message and seen == []
    with ConfirmaClient(profile(supplier=lambda: "two words"), transport=recording(seen=seen)) as client:
        assert isinstance(client.sync_status(), NotSent) and seen == []


def test_timeouts_reach_every_request():
    seen = []
    with ConfirmaClient(profile(), transport=recording(204, seen=seen), timeout=Timeouts(connect=2, read=7)) as c:
        c.sync_status()
    timeout = seen[0].extensions["timeout"]
    assert timeout["connect"] == 2 and timeout["read"] == 7
    defaults = Timeouts()
    assert (defaults.connect, defaults.read) == (5.0, 30.0)


def test_real_transport_verifies_tls_and_does_not_follow_redirects():
    client = build_http_client(profile())
    try:
        context = client._transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert client.follow_redirects is False
    finally:
        client.close()


def test_a_redirect_is_shown_not_followed():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})
    with ConfirmaClient(profile(), transport=httpx.MockTransport(handler)) as client:
        outcome = client.sync_status()
    # Not followed (it would carry the key), and nothing was processed at this address: NotSent, not uncertain.
    assert isinstance(outcome, NotSent) and not outcome.can_retry and "redirect" in outcome.message
    assert len(seen) == 1


@pytest.mark.parametrize("exc,kind", [
    (httpx.ConnectError("[Errno 111] Connection refused"), NotSent),
    (httpx.ConnectTimeout("timed out"), NotSent),
    (httpx.PoolTimeout("pool"), NotSent),
    (httpx.ReadTimeout("timed out"), Uncertain),
    (httpx.WriteTimeout("timed out"), Uncertain),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."), Uncertain),
    (httpx.ReadError("[Errno 104] Connection reset by peer"), Uncertain),
])
def test_network_failures_are_classified_by_whether_the_request_may_have_arrived(exc, kind):
    assert isinstance(classify_failure(exc, Timeouts()), kind)


def test_certificate_failure_is_named():
    outcome = classify_failure(httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"),
                               Timeouts())
    assert isinstance(outcome, NotSent) and "certificate" in outcome.message
