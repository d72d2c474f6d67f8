"""The bundled starter charts of accounts the sandbox checks account numbers against."""

from __future__ import annotations

import csv
import io
from functools import cache

from app.resources import resource_path


@cache
def starter_chart(country: str) -> tuple[tuple[str, str, str], ...]:
    """Rows (number, name, vat_code) of resources/charts/<country>-starter.csv."""
    path = resource_path("charts", f"{country.lower()}-starter.csv")
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter=";")
    return tuple((row["number"].strip(), row["name"].strip(), (row["vat_code"] or "").strip())
                 for row in reader)


def starter_accounts(country: str) -> set[str]:
    """The account numbers of a country's starter chart ("FI" or "CH")."""
    return {number for number, _, _ in starter_chart(country)}
