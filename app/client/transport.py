"""The shared httpx layer: one client per profile, the key added per request, failures classified.

Every request goes through `Connection.send`, which turns network failures into `NotSent` (it
provably never reached the server) or `Uncertain` (it may have), and never lets the key into a
log line, an exception text or an excerpt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from app import __version__
from app.client.outcomes import NotSent, Outcome, Uncertain, Unexpected
from app.client.profile import ClientProfile, checked_base_url
from app.client.redaction import excerpt, redact, redact_body
from app.domain.messages import Message, message_of

log = logging.getLogger(__name__)

USER_AGENT = f"LedgerDesk/{__version__}"


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection, for each read, for each write, and for a pooled connection."""

    connect: float = 5.0
    read: float = 30.0
    write: float = 30.0
    pool: float = 5.0

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds of automatic retries: attempts per call, first backoff (doubling), longest honoured wait."""

    attempts: int = 3
    backoff: float = 0.5
    max_wait: float = 30.0
    status_checks: int = 3  # Confirma: status GETs, backoff doubling, before re-sending an Uncertain POST


# The defaults every client and connection start from (frozen, so one instance serves them all).
DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_RETRY = RetryPolicy()


def build_http_client(profile: ClientProfile, *, transport: httpx.BaseTransport | None = None,
                      timeouts: Timeouts = DEFAULT_TIMEOUTS) -> httpx.Client:
    """The httpx.Client for a profile: TLS verified, timeouts set, no redirects, no key in defaults."""
    base_url = checked_base_url(profile)
    if transport is None:
        # retries=0: httpx's own connect retries are harmless, but one retry policy is easier to reason about.
        transport = httpx.HTTPTransport(verify=True, retries=0)
    return httpx.Client(
        base_url=base_url + "/",
        transport=transport,
        timeout=timeouts.as_httpx(),
        # A redirect would carry X-Api-Key / x-api-token to wherever it points; a 3xx is shown instead.
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
    )


@dataclass(frozen=True)
class Exchange:
    """One request as sent and what came back, for the audit log. Headers (and so the key) are not kept;
    the response body is redacted."""

    method: str
    url: str
    request_body: str
    status: int | None
    response_body: str
    outcome: str  # "" when an answer arrived, else the outcome class (NotSent, Uncertain, ...)


ExchangeObserver = Callable[[Exchange], None]


@dataclass(frozen=True)
class Reply:
    """A response that arrived, with its body read; `redact` masks the key that was sent with it."""

    status: int
    headers: httpx.Headers
    content: bytes
    _secrets: tuple[str, ...] = field(default=(), repr=False)

    def redact(self, text: str) -> str:
        return redact(text, self._secrets)

    def excerpt(self) -> str:
        return excerpt(self.content, self._secrets)

    def unexpected(self, reason: str = "") -> Unexpected:
        return Unexpected(self.status, self.excerpt(), reason)


def _usable_key(key: object) -> bool:
    return isinstance(key, str) and bool(key) and key.isascii() and key.isprintable() and " " not in key


class Connection:
    """One profile's httpx.Client and the single place requests leave LedgerDesk."""

    def __init__(self, profile: ClientProfile, key_headers: Callable[[str], dict[str, str]], *,
                 transport: httpx.BaseTransport | None = None, timeouts: Timeouts = DEFAULT_TIMEOUTS,
                 observer: ExchangeObserver | None = None) -> None:
        self.profile = profile
        self.timeouts = timeouts
        self.observer = observer
        self._key_headers = key_headers
        self._http = build_http_client(profile, transport=transport, timeouts=timeouts)

    def __repr__(self) -> str:
        return f"<Connection {self.profile.name} {self.profile.base_url}>"

    def close(self) -> None:
        self._http.close()

    def current_key(self) -> str | Outcome:
        """The key from the profile's supplier, or NotSent when it cannot be had or cannot be sent."""
        try:
            key = self.profile.key_supplier()
        except Exception as exc:  # a keyring facade raises its own types; all mean "no key now"
            return NotSent(Message("key_unreadable", profile=self.profile.name, reason=_said(exc)), can_retry=False)
        if not _usable_key(key):
            return NotSent(Message("key_unusable", profile=self.profile.name), can_retry=False)
        return key

    def send(self, method: str, path: str, *, body: str | None = None,
             key: str | None = None) -> Reply | Outcome:
        """Send one request (no retries). `key` overrides the profile's key (to validate a new one)."""
        if key is None:
            got = self.current_key()
            if isinstance(got, Outcome):
                return got
            key = got
        elif not _usable_key(key):
            return NotSent(Message("key_to_try_unusable"), can_retry=False)
        headers = dict(self._key_headers(key))
        if body is not None:
            headers["Content-Type"] = "application/json"
        secrets = (key,)
        what = f"{method} {path}"
        try:
            response = self._http.request(method, path, content=body.encode("utf-8") if body else None,
                                          headers=headers)
        except httpx.HTTPError as exc:
            outcome = classify_failure(exc, self.timeouts, secrets)
            log.info("%s: %s (%s)", what, type(outcome).__name__, outcome.message)
            self._observe(method, path, body, None, redact(outcome.message, secrets), type(outcome).__name__)
            return outcome
        log.info("%s -> HTTP %s (%d bytes)", what, response.status_code, len(response.content))
        text = response.content.decode("utf-8", errors="replace")
        self._observe(method, path, body, response.status_code, redact_body(text, secrets), "")
        return Reply(response.status_code, response.headers, response.content, secrets)

    def _observe(self, method: str, path: str, body: str | None, status: int | None, response: str,
                 outcome: str) -> None:
        if self.observer is None:
            return
        url = f"{checked_base_url(self.profile)}/{path}"
        try:
            self.observer(Exchange(method, url, body or "", status, response, outcome))
        except Exception:  # the audit must not turn a sent request into a crash; it is logged instead
            log.exception("could not record %s %s in the audit log", method, url)


def classify_failure(exc: httpx.HTTPError, timeouts: Timeouts, secrets: tuple[str, ...] = ()) -> Outcome:
    """NotSent when the request provably never left (connect phase), Uncertain when it may have."""
    detail = redact(str(exc) or type(exc).__name__, secrets)
    if isinstance(exc, httpx.ConnectTimeout):
        return NotSent(Message("connect_timeout", seconds=f"{timeouts.connect:g}"))
    if isinstance(exc, httpx.PoolTimeout):
        return NotSent(Message("pool_timeout"))
    if isinstance(exc, httpx.ConnectError):
        if "CERTIFICATE" in detail.upper():
            return NotSent(Message("certificate_unverified", detail=detail))
        return NotSent(Message("connect_failed", detail=detail))
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)):
        return NotSent(Message("request_unprepared", detail=detail))
    if isinstance(exc, httpx.ReadTimeout):
        return Uncertain(Message("read_timeout", seconds=f"{timeouts.read:g}"))
    if isinstance(exc, httpx.WriteTimeout):
        return Uncertain(Message("write_timeout"))
    if isinstance(exc, httpx.RemoteProtocolError):
        return Uncertain(Message("connection_closed_early", detail=detail))
    if isinstance(exc, httpx.DecodingError):
        return Unexpected(None, "", Message("answer_undecodable", detail=detail))
    # ReadError, WriteError (connection reset) and anything unforeseen: it may have arrived.
    return Uncertain(Message("connection_broke", detail=detail))


def _said(exc: BaseException) -> str:
    """What a keyring error says, with anything key-like redacted; a Message (the keyring facade's own words)
    is kept, so the window can say it in the bookkeeper's language."""
    said = message_of(exc)
    return said if isinstance(said, Message) else redact(said)
