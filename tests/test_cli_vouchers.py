"""`ledgerdesk validate` and `ledgerdesk payload`, run as a bookkeeper runs them: a real process."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from app import __version__
from tests.conftest import EXAMPLES, GOLDEN, load_json


def ledgerdesk(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


def test_version():
    result = ledgerdesk("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"LedgerDesk {__version__}"


def test_payload_prints_the_documented_confirma_body():
    result = ledgerdesk("payload", EXAMPLES / "confirma-documented.json", "--target", "confirma")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout, parse_float=Decimal) == load_json(GOLDEN / "confirma-documented-body.json")
    assert '"amount": -2990.00' in result.stdout  # a JSON number, not a string


def test_payload_prints_the_documented_infinity_body_in_a_list():
    result = ledgerdesk("payload", EXAMPLES / "infinity-documented.json", "--target", "infinity")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [json.loads((GOLDEN / "infinity-documented-body.json").read_text())]


def test_validate_valid_file_prints_warnings_and_exits_0():
    result = ledgerdesk("validate", EXAMPLES / "confirma-documented.json")
    assert result.returncode == 0
    assert "header, company_id: warning:" in result.stdout and "123456-7" in result.stdout


def make_file(tmp_path, **changes):
    data = json.loads((EXAMPLES / "confirma-documented.json").read_text())
    data.update(changes)
    path = tmp_path / "v.json"
    path.write_text(json.dumps(data))
    return path


def test_validate_invalid_file_lists_issues_one_per_line_and_exits_1(tmp_path):
    data = json.loads((EXAMPLES / "confirma-documented.json").read_text())
    data["lines"][1]["credit"] = "2900.00"
    data["lines"][0]["account"] = "17x1"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    result = ledgerdesk("validate", path)
    assert result.returncode == 1
    assert f"{path}: line 1, account: error: '17x1' is not an account number (digits only)." in result.stdout.splitlines()


def test_validate_json_output(tmp_path):
    path = make_file(tmp_path, description="x" * 300)
    result = ledgerdesk("validate", path, "--json")
    assert result.returncode == 1
    issues = json.loads(result.stdout)
    assert {"severity": "error", "field": "description", "line": None, "code": "description_too_long",
            "message": "The description is 300 characters; Confirma accepts at most 210.",
            "params": {"length": 300, "target": "Confirma", "limit": 210}} in issues


def test_target_option_overrides_the_file(tmp_path):
    # 2990 EUR is fine for Confirma; Infinity wants four-digit accounts in CHF and knows no code S.
    result = ledgerdesk("validate", EXAMPLES / "confirma-documented.json", "--target", "infinity")
    assert result.returncode == 1 and "vat_code" in result.stdout


@pytest.mark.parametrize("content, expected", [
    ('{"format": "ledgerdesk-voucher",\n "version": 1,\n "lines": [}', "v.json:3:12: not valid JSON"),
    ('{"format": "ledgerdesk-voucher", "version": 1, "lines": 5}', "lines: Input should be a valid list"),
])
def test_malformed_file_exits_2_and_says_where(tmp_path, content, expected):
    path = tmp_path / "v.json"
    path.write_text(content)
    for command in ("validate", "payload"):
        result = ledgerdesk(command, path, "--target", "confirma")
        assert result.returncode == 2
        assert expected in result.stderr and "Traceback" not in result.stderr


def test_unreadable_file_exits_2(tmp_path):
    result = ledgerdesk("validate", tmp_path / "missing.json")
    assert result.returncode == 2 and "cannot read the file" in result.stderr
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe{}")
    result = ledgerdesk("validate", binary)
    assert result.returncode == 2 and "not UTF-8" in result.stderr


def test_payload_of_an_invalid_voucher_exits_1_with_the_issues(tmp_path):
    path = make_file(tmp_path, date="2025-13-01")
    result = ledgerdesk("payload", path)
    assert result.returncode == 1 and result.stdout == ""
    assert "header, date: error: '2025-13-01' is not a valid date" in result.stderr


def test_payload_for_infinity_names_the_project_and_cost_centre_it_does_not_send(tmp_path):
    data = json.loads((EXAMPLES / "infinity-documented.json").read_text())
    data["lines"][0].update(project="PN12345", dimensions={"COST_CENTER": "1000"})
    path = tmp_path / "v.json"
    path.write_text(json.dumps(data))
    result = ledgerdesk("payload", path, "--target", "infinity")
    assert result.returncode == 0, result.stderr
    assert "PN12345" not in result.stdout  # indeed not sent: and so said, on stderr
    assert f"{path}: line 1, project: warning: Infinity's ledger entries have no project" in result.stderr
    assert f"{path}: line 1, cost_center: warning:" in result.stderr
    validated = ledgerdesk("validate", path, "--target", "infinity")
    assert "line 1, project: warning:" in validated.stdout and validated.returncode == 0


def test_payload_in_euros_for_infinity_says_which_rate_converts_it(tmp_path):
    data = json.loads((EXAMPLES / "infinity-documented.json").read_text())
    path = tmp_path / "v.json"
    path.write_text(json.dumps({**data, "currency": "EUR"}))
    refused = ledgerdesk("payload", path, "--target", "infinity")
    assert refused.returncode == 1 and "header, currency: error: This voucher is in EUR" in refused.stderr
    path.write_text(json.dumps({**data, "currency": "EUR", "exchange_rate": "target"}))
    result = ledgerdesk("payload", path, "--target", "infinity")
    assert result.returncode == 0 and '"exchangeRate"' not in result.stdout
    assert "Infinity converts EUR to CHF at its own rate for 2025-01-01" in result.stderr
    path.write_text(json.dumps({**data, "currency": "EUR", "exchange_rate": "0.94"}))
    result = ledgerdesk("payload", path, "--target", "infinity")
    assert '"exchangeRate": 0.94' in result.stdout and "1 EUR = 0.94 CHF" in result.stderr
