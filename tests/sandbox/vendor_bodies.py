"""Vendor request bodies for the sandbox tests: the documented examples and small builders."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import httpx

from app.domain import wire_json

# Confirma's documented POST body, copied verbatim from the vendor page (shared/seeds/confirma-ledger-post.txt).
DOCUMENTED_CONFIRMA_BODY = """{
	"ledgers": {
        "ledgerIdentifier": "abc-123-def-456",
		"companyIdentifier": "123456-7",
		"documentType": "ML",
		"documentName": "1001",
        "documentDate": "2025-12-13",
		"documentDescription": "Here comes the description, max 210 chars long",
		"calculationMode": "GROSS",
		"ledgerRows": [
			{
                "bookingDate": "2025-12-12",
				"accountNumber": "1701",
                "vatAccountNumber": null,
                "vatType": null,
				"vatPercentage": 0,
				"vatCode": "",
				"amount": 2990.0,
				"netAmount": 2990.0,
				"isVatRow": 0,
                "projectNumber": "PN12345",
                "transactionType": null,
				"transactionDescription": "1763",
				"ledgerDimensions": [
                    {
                        "dimensionType": "COST_CENTER",
                        "dimensionValue": "1000"
                    }
                ]
			},
			{
                "bookingDate": "2025-12-12",
				"accountNumber": "3000",
                "vatAccountNumber": null,
                "vatType": null,
				"vatPercentage": 25.5,
				"vatCode": "20",
				"amount": -2990.0,
				"netAmount": -2382.47,
				"isVatRow": 0,
                "projectNumber": "PN12345",
                "transactionType": null,
				"transactionDescription": "1763",
				"ledgerDimensions": []
			},
			{
                "bookingDate": "2025-12-12",
				"accountNumber": "2939",
                "vatAccountNumber": null,
                "vatType": null,
				"vatPercentage": 0,
				"vatCode": "",
				"amount": -607.53,
				"netAmount": -607.53,
				"isVatRow": 1,
                "projectNumber": "PN12345",
                "transactionType": null,
				"transactionDescription": "1763",
				"ledgerDimensions": []
			}
		]
	}
}"""

# Infinity's documented example entry (shared/seeds/infinity-ledger-entries.txt).
DOCUMENTED_INFINITY_ENTRY = {"date": "2025-01-01", "description": "Einnahme von 120.50 CHF",
                             "debitAccount": 1020, "creditAccount": 3200, "amount": 12050,
                             "currency": "CHF", "taxCode": "UN81"}

# Confirma's sync delay in the sandbox tests that watch a voucher go from queued to synced: long, so the
# first look always sees it queued; the test then moves the sandbox clock on by it (tests/conftest.py).
SYNC_DELAY = 60.0


def documented_voucher() -> dict[str, Any]:
    """A fresh parsed copy of the documented Confirma body (amounts as Decimal)."""
    return json.loads(DOCUMENTED_CONFIRMA_BODY, parse_float=Decimal)


def to_json(value: Any) -> str:
    """JSON text with Decimal written as a number, so test bodies never pass through float."""
    return wire_json.dumps(value, indent=None)


def post_voucher(client: httpx.Client, body: Any) -> httpx.Response:
    """POST a Confirma body given as text or as parsed JSON."""
    content = body if isinstance(body, str) else to_json(body)
    return client.post("/accounting/ledger", content=content, headers={"Content-Type": "application/json"})


def entry(**changes: Any) -> dict[str, Any]:
    """The documented Infinity entry with some fields changed (None removes a field)."""
    body = copy.deepcopy(DOCUMENTED_INFINITY_ENTRY)
    for key, value in changes.items():
        if value is None:
            body.pop(key, None)
        else:
            body[key] = value
    return body
