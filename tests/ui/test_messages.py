"""The window's catalogue of lower-layer messages (app/ui/messages.py) against the domain's (app/domain/messages.py):
the same codes and English, every code a layer uses is in it, and the window renders parameters its own way."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app.domain import messages as domain
from app.domain.messages import Message, placeholders
from app.editing.cells import LOCALES
from app.ui import messages as window
from tests.conftest import REPO

CODE_USED = re.compile(r"""Message\(\s*f?["']([a-z0-9_{}]+)["']""")


def test_the_window_and_the_command_line_share_one_english_template_per_code():
    assert window.TEMPLATES == domain.TEMPLATES
    for code, template in domain.TEMPLATES.items():
        assert placeholders(window.TEMPLATES[code]) == placeholders(template), code


def test_every_code_a_layer_says_has_a_template():
    used = set()
    for path in (REPO / "app").rglob("*.py"):
        for code in CODE_USED.findall(path.read_text(encoding="utf-8")):
            if "{" in code:  # Message(f"amount_negative_{field}"), Message(f"auth_{self.reason}")
                prefix = code.split("{")[0]
                assert any(known.startswith(prefix) for known in domain.TEMPLATES), code
            else:
                used.add(code)
    assert used - set(domain.TEMPLATES) == set()
    assert len(used) > 150  # the scan sees the layers' messages


def test_amounts_and_dates_follow_the_grids_number_format_and_english_stays_plain(qapp):
    said = Message("unbalanced", difference=Decimal("1234.5"), debit=Decimal("2990"), credit=Decimal("1755.50"))
    assert said == "Debit and credit differ by 1234.50 (debit 2990.00, credit 1755.50)."
    shown = window.render(said, LOCALES["fi"])  # the English window here: English words, Finnish numbers
    assert shown == "Debit and credit differ by 1 234,50 (debit 2 990,00, credit 1 755,50)."
    late = Message("booking_date_other_month", day=date(2025, 12, 31), voucher_day=date(2026, 1, 2))
    assert "2025-12-31" in late and "31.12.2025" in window.render(late, LOCALES["de-CH"])
    nested = Message("not_sent", reason=Message("connect_failed", detail="refused"))
    assert window.render(nested) == str(nested) == "Nothing was sent: could not connect to the service (refused)"
    assert window.render("what a vendor wrote") == "what a vendor wrote"
    assert Message("outcome_text", text="x").as_dict() == {"code": "outcome_text", "params": {"text": "x"}}
