"""Typing the documented Confirma voucher cell by cell gives the documented body."""

from app.domain.targets import Target
from app.domain.targets.confirma import confirma_body
from app.domain.voucher import Voucher
from app.editing import VoucherEditor
from tests.conftest import GOLDEN, load_json
from tests.editing.support import FI, TODAY


def test_typing_the_documented_voucher_reproduces_the_documented_body():
    ed = VoucherEditor(Voucher(), FI, Target.CONFIRMA, None, "fi", today=lambda: TODAY)
    for field, text in [("date", "2025-12-13"), ("number", "1001"), ("type", "ML"),
                        ("description", "Here comes the description, max 210 chars long"),
                        ("company_id", "123456-7"), ("identifier", "abc-123-def-456")]:
        assert ed.set_header(field, text).header == {field}

    ed.append_line_if_needed()  # Enter in an empty voucher opens line 1
    row, key = 0, "booking_date"
    cells = [("booking_date", "2025-12-12"), ("account", "1701"), ("text", "1763"), ("debit", "2990,00"),
             ("credit", ""), ("vat_code", ""), ("project", "PN12345"), ("cost_center", "1000"),
             ("booking_date", "12.12."), ("account", "3000"), ("text", "1763"), ("debit", ""),
             ("credit", "2990,00"), ("vat_code", "S"), ("project", "PN12345"), ("cost_center", "")]
    for expected_key, text in cells:
        assert key == expected_key
        ed.set_cell(row, key, text)
        next_row, next_key = ed.next_editable(row, key)
        if (next_row, next_key) == (row, key):  # Tab on the last cell opens a new line
            ed.append_line_if_needed()
            next_row, next_key = ed.next_editable(row, key)
        row, key = next_row, next_key

    assert ed.line_count == 3 and ed.voucher().lines[2].is_blank()  # the line Tab opened stays blank
    assert ed.totals.balanced
    assert [i.code for i in ed.issues()] == ["y_tunnus"]  # the vendor's example Y-tunnus has no check digit
    assert [i.code for i in ed.final_issues()] == ["y_tunnus"]
    assert ed.display(1, "vat_code") == "S · 25,5 %" and ed.display(2, "account") == "2939"
    assert ed.display(2, "credit") == "607,53"
    assert confirma_body(ed.voucher(), FI) == load_json(GOLDEN / "confirma-documented-body.json")
