"""Issue 17: `ledgerdesk template list|save|delete` and `ledgerdesk recurring due`, and a run killed while making
recurring drafts (SIGKILL at a crash point): started again, each due voucher is a draft exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date, timedelta

import pytest

from app.cli import main
from app.domain.targets import Target
from app.domain.voucher_file import load_dumped_voucher
from app.services.session import open_store
from app.store.drafts import DraftStore
from app.store.settings import Profile, load_settings, save_settings
from tests.conftest import REPO

DOCUMENTED = REPO / "examples" / "confirma-documented.json"


@pytest.fixture(autouse=True)
def office_profile():
    save_settings(load_settings().with_profile(Profile(name="Office", target=Target.CONFIRMA, environment="sandbox",
                                                       base_url="http://127.0.0.1:8765/confirma")))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def drafts():
    conn = open_store()
    try:
        return [load_dumped_voucher(row.content)[0] for row in DraftStore(conn).open_drafts()]
    finally:
        conn.close()


def months_ago(months: int) -> date:
    today = date.today()
    total = today.year * 12 + today.month - 1 - months
    return date(total // 12, total % 12 + 1, 1)


def test_save_list_and_delete_a_template(capsys):
    code, out, _ = run(capsys, "template", "save", "Rent", str(DOCUMENTED), "--blank", "amounts")
    assert code == 0 and out == "Saved template Rent for profile Office.\n"
    code, out, _ = run(capsys, "template", "save", "Rent", str(DOCUMENTED), "--repeat", "quarterly", "--day", "31",
                       "--start", "2026-03-31")
    assert code == 0 and out.startswith("Replaced template Rent for profile Office, quarterly on day 31 from 2026-03-31")
    code, out, _ = run(capsys, "template", "list")
    assert code == 0 and out.startswith("Rent  Office  quarterly on day 31 from 2026-03-31, next due ")
    code, out, _ = run(capsys, "template", "delete", "Rent")
    assert (code, out) == (0, "Deleted template Rent.\n")
    code, _, err = run(capsys, "template", "delete", "Rent")
    assert code == 2 and "There is no template Rent" in err


@pytest.mark.parametrize(("argv", "said"), [
    (["template", "save", " ", str(DOCUMENTED)], "Not saved: a template needs a name."),
    (["template", "save", "Rent", "missing.json"], "Not saved: "),
    (["template", "save", "Rent", str(DOCUMENTED), "--blank", "lines"], "--blank takes amounts, date or both"),
    (["template", "save", "Rent", str(DOCUMENTED), "--repeat", "monthly", "--day", "32"], "the day of the month is 1 to 31"),
    (["template", "save", "Rent", str(DOCUMENTED), "--repeat", "monthly", "--start", "31.1.2026"], "Not saved:"),
    (["template", "save", "Rent", str(DOCUMENTED), "--day", "5"], "--day and --start belong to a schedule"),
    (["template", "save", "Rent", str(DOCUMENTED), "--profile", "Nobody"], "there is no profile Nobody"),
    (["recurring", "due", "--until", "tomorrow"], "--until is a date as YYYY-MM-DD"),
])
def test_what_cannot_be_saved_is_said_in_one_line_and_nothing_is_kept(capsys, argv, said):
    code, out, err = run(capsys, *argv)
    assert code == 2 and said in err and "Traceback" not in err
    assert run(capsys, "template", "list")[1].startswith("No templates.")


def test_recurring_due_lists_then_makes_the_due_drafts_once(capsys):
    start = months_ago(2)
    code, out, _ = run(capsys, "template", "save", "Rent", str(DOCUMENTED), "--repeat", "monthly", "--day", "1",
                       "--start", start.isoformat())
    assert out.splitlines()[1].startswith(f"3 of its periods are due already (from {start.isoformat()})")
    code, out, _ = run(capsys, "recurring", "due")
    assert code == 0 and out.splitlines()[-1].startswith("3 recurring vouchers are due")
    assert out.splitlines()[0] == f"{start.isoformat()}  Rent  Office"
    code, out, _ = run(capsys, "recurring", "due", "--make-drafts")
    assert code == 0 and out.splitlines()[-1] == "Made 3 drafts; they open in the window, nothing was sent."
    assert sorted(v.date for v in drafts()) == [months_ago(2), months_ago(1), months_ago(0)]
    code, out, _ = run(capsys, "recurring", "due", "--make-drafts")
    assert out.splitlines()[-1].startswith("Made 0 drafts") and len(drafts()) == 3
    code, out, _ = run(capsys, "recurring", "due", "--until", (months_ago(-1) + timedelta(days=3)).isoformat())
    assert out.splitlines()[-1].startswith("1 recurring voucher is due by ")


def test_killed_while_making_recurring_drafts_the_next_run_makes_each_exactly_once(capsys):
    run(capsys, "template", "save", "Rent", str(DOCUMENTED), "--repeat", "monthly", "--day", "1",
        "--start", months_ago(4).isoformat())
    env = dict(os.environ, PYTHONPATH=str(REPO), LEDGERDESK_CRASH_AT="recurring-draft:3")
    killed = subprocess.run([sys.executable, "-m", "app", "recurring", "due", "--make-drafts"], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert killed.returncode == -signal.SIGKILL
    assert len(drafts()) == 2  # the third was claimed and written but never committed: neither is there
    env.pop("LEDGERDESK_CRASH_AT")
    again = subprocess.run([sys.executable, "-m", "app", "recurring", "due", "--make-drafts"], env=env, cwd=REPO,
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "Made 3 drafts" in again.stdout
    made = drafts()
    assert sorted(v.date for v in made) == [months_ago(n) for n in (4, 3, 2, 1, 0)]
    assert sorted(int(v.number) for v in made) == [1, 2, 3, 4, 5]
    conn = open_store()
    try:
        rows = conn.execute("SELECT period, draft_id FROM recurring_drafts ORDER BY period").fetchall()
    finally:
        conn.close()
    assert len(rows) == 5 and {r[1] for r in rows} == {v.identifier for v in made}


def test_the_template_file_format_is_the_voucher_file_format(capsys, tmp_path):
    run(capsys, "template", "save", "Rent", str(DOCUMENTED))
    conn = open_store()
    try:
        content = conn.execute("SELECT content FROM templates WHERE name = 'Rent'").fetchone()[0]
    finally:
        conn.close()
    data = json.loads(content)
    assert (data["format"], data["version"], data["date"], data["number"]) == ("ledgerdesk-voucher", 1, None, "")


def test_two_processes_making_the_due_drafts_at_once_make_each_once(capsys):
    run(capsys, "template", "save", "Rent", str(DOCUMENTED), "--repeat", "monthly", "--day", "1",
        "--start", months_ago(11).isoformat())
    run(capsys, "template", "save", "VAT", str(DOCUMENTED), "--repeat", "quarterly", "--day", "31",
        "--start", months_ago(11).isoformat())
    env = dict(os.environ, PYTHONPATH=str(REPO))
    both = [subprocess.Popen([sys.executable, "-m", "app", "recurring", "due", "--make-drafts"], env=env, cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=60) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    made = [int(out.splitlines()[-1].split()[1]) for out, _ in outputs]  # "Made N drafts; …"
    assert sum(made) == 12 + 4 and len(drafts()) == 16, made
    assert len({v.number for v in drafts()}) == 16
