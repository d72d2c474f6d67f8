"""Generated request bodies (hypothesis): whatever JSON-ish text arrives, the sandbox answers below 500.

Values are mixed from the ones that broke it (deep nesting, long integers, huge exponents, lone
surrogates, duplicate keys) and ordinary ones, placed in the vendors' real bodies and on their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sandbox import SandboxServer

from .vendor_bodies import DOCUMENTED_CONFIRMA_BODY, DOCUMENTED_INFINITY_ENTRY

EXAMPLES = 400  # x 3 requests: about 1,200 requests, a few seconds
MARK = '"@@V@@"'
HEADERS = {"X-Api-Key": "sandbox-confirma-key", "x-api-token": "sandbox-infinity-token",
           "Content-Type": "application/json"}

numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.builds(lambda m, e: f"{m}e{e}", st.integers(-999, 999), st.integers(-10**9, 10**9)),
    st.builds(lambda i, f: f"{i}.{f}", st.integers(-10**20, 10**20), st.integers(0, 10**40)),
    st.sampled_from(["NaN", "-Infinity", "1e9999999", "-0", "0e-99999", "9" * 4500]),
)
texts = st.text(st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF), max_size=40).map(
    lambda t: json.dumps(t, ensure_ascii=True))
surrogates = st.sampled_from(['"\\ud800"', '"a\\udfffb"', '"\\udbff\\u0041"'])
scalars = st.one_of(numbers.map(str), texts, surrogates, st.sampled_from(["true", "false", "null"]))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ",".join(items) + "]"),
        st.lists(st.tuples(st.sampled_from(['"amount"', '"a"', '"date"']), inner), max_size=3).map(
            lambda pairs: "{" + ",".join(f"{k}:{v}" for k, v in pairs) + "}"),
        st.integers(40, 3000).map(lambda depth: "[" * depth + "]" * depth),
    ),
    max_leaves=12,
)
confirma_fields = st.sampled_from(["amount", "netAmount", "vatPercentage", "isVatRow", "accountNumber",
                                   "bookingDate", "vatCode", "ledgerDimensions"])
infinity_fields = st.sampled_from(["amount", "exchangeRate", "debitAccount", "description", "date", "taxCode",
                                   "currency"])
fault_fields = st.sampled_from(["seconds", "status", "retry_after", "count", "path", "method", "target"])


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with SandboxServer(port=0) as server, httpx.Client(base_url=server.base_url, headers=HEADERS,
                                                       timeout=10) as http:
        yield http


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(value=values, confirma_field=confirma_fields, infinity_field=infinity_fields, fault_field=fault_fields,
       whole=st.booleans())
def test_a_generated_body_never_gets_a_500(client: httpx.Client, value: str, confirma_field: str,
                                           infinity_field: str, fault_field: str, whole: bool):
    confirma = json.loads(DOCUMENTED_CONFIRMA_BODY)
    confirma["ledgers"]["ledgerRows"][1][confirma_field] = "@@V@@"
    infinity = {**DOCUMENTED_INFINITY_ENTRY, infinity_field: "@@V@@"}
    fault = {"kind": "delay", fault_field: "@@V@@"}
    for path, body in (("/api/v1/partner/accounting/ledger", confirma), ("/v1/ledger-entries", infinity),
                       ("/_sandbox/faults", fault)):
        text = value if whole else json.dumps(body).replace(MARK, value)
        response = client.post(path, content=text.encode("utf-8", errors="surrogatepass"))
        assert response.status_code < 500, (path, text[:200], response.text[:200])
        if path == "/_sandbox/faults" and response.status_code == 201:
            client.delete("/_sandbox/faults")  # an accepted fault must not delay the next example
