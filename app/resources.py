"""Where LedgerDesk's bundled data lives (resources/ in a checkout, or inside a frozen bundle)."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path

from app.domain.targets import Target
from app.domain.vat_codes import VatTable


def resources_dir() -> Path:
    """The resources folder: next to the package in a checkout, or in a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundled) / "resources"] if bundled else []
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("LedgerDesk's resources folder is missing from this installation.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def default_vat_table(country: str) -> VatTable:
    """The bundled VAT code table of a country ("FI" or "CH")."""
    data = json.loads(resource_path("vat", f"{country.lower()}.json").read_text(encoding="utf-8"))
    return VatTable.from_dict(data)


TARGET_COUNTRY = {Target.CONFIRMA: "FI", Target.INFINITY: "CH"}


def vat_table_for(target: Target | None) -> VatTable:
    """The default table for a target; with no target, Finnish and Swiss codes together."""
    if target is None:
        return default_vat_table("FI").merged(default_vat_table("CH"))
    return default_vat_table(TARGET_COUNTRY[target])
