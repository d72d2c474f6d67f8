"""Issue 16, in the window: a team location whose server cannot be reached. The window opens with a red banner,
drafts are kept on this computer (also through a SIGKILL), Ctrl+Enter waits, and once the server is back the
banner goes, the window says so, and the drafts are in the team database. A real PostgreSQL server stopped and
started; the real application."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from app.domain.targets import Target
from app.editing import COLUMNS
from app.services import team_link
from app.services.team import close_team_pools
from tests.conftest import REPO
from tests.team_offline import joined, pausable_server  # noqa: F401 (fixtures)
from tests.ui.keys import CTRL, K, Keyboard

from .conftest import add_profile, running_gui


def texts(drafts) -> list[str]:
    return sorted(line.get("text", "") for d in drafts for line in json.loads(d.content)["lines"])


def test_the_window_opens_on_an_unreachable_team_server_says_so_keeps_drafts_and_says_when_it_is_back(
        qapp, qtbot, joined):  # noqa: F811
    add_profile("office", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    close_team_pools()  # the window starts in a process of its own: no pool from before
    joined.server.pause()
    with running_gui(qtbot) as gui:
        banner = gui.team_banner
        assert banner.isVisible()
        assert banner.text.text().startswith(f"The team database (server {gui.link.server}) cannot be reached — "
                                             f"drafts are kept on this computer; posting waits until it is back.")
        keys, page = Keyboard(qtbot), gui.window.tabs.current_page()
        keys.type("12.12.2025\t1910\tTyped offline\t150,00\t")
        qtbot.waitUntil(lambda: texts(team_link.kept_drafts()) == ["Typed offline"], timeout=5000)
        keys.press(K.Key_Return, CTRL)  # Ctrl+Enter: refused in words, the draft stays editable
        assert "Posting waits until the team database" in gui.window.outcome.text.text()
        assert page.state.editable and page.submit_flow.dialog is None

        joined.server.resume()
        banner.try_now()  # what its timer does every 10–30 s
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
        assert "can be reached again" in gui.window.outcome.text.text()
        assert gui.link.online and gui.conn.team is not None
        page.append_line()
        page.view.go_to(page.editor.row_of(page.editor.line_count - 1), COLUMNS[0].key)
        keys.type("12.12.2025\t3000\tTyped when back\t")
        qtbot.wait(400)  # the autosave delay
        assert gui.autosave.flush()
    ((content, who),) = joined.query("SELECT content, owner_name FROM drafts")
    assert [line.get("text") for line in json.loads(content)["lines"]] == ["Typed offline", "Typed when back"]
    assert who == "Bertil Berg" and team_link.kept_drafts() == []


def test_drafts_typed_offline_survive_sigkill_and_are_in_the_team_database_after_a_restart(
        qapp, qtbot, joined):  # noqa: F811
    add_profile("Sandbox", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    close_team_pools()
    joined.server.pause()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.app_driver", "type-and-wait"], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "TYPED", child.stderr.read() if child.poll() is not None else ""
        deadline = time.monotonic() + 10
        while texts(team_link.kept_drafts()) != ["First draft", "Second draft"]:
            assert time.monotonic() < deadline, f"not kept in time: {team_link.kept_drafts()}"
            time.sleep(0.05)
        assert child.poll() is None
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    joined.server.resume()
    with running_gui(qtbot) as gui:
        assert not gui.team_banner.isVisible()
        titles = sorted(p.model.index(0, 2).data() for p in gui.window.tabs.pages())
        assert titles == ["First draft", "Second draft"]
    rows = joined.query("SELECT content, owner_name FROM drafts")
    assert sorted(json.loads(c)["lines"][0]["text"] for c, _ in rows) == ["First draft", "Second draft"]
    assert {who for _, who in rows} == {"Bertil Berg"}
    assert team_link.kept_drafts() == []


def test_the_banner_appears_when_the_server_goes_away_while_the_window_runs_and_nothing_typed_is_lost(
        qapp, qtbot, joined):  # noqa: F811
    add_profile("office", Target.CONFIRMA, "http://127.0.0.1:9/api/v1/partner", company_id="0737546-2")
    close_team_pools()
    with running_gui(qtbot) as gui:
        banner, keys = gui.team_banner, Keyboard(qtbot)
        assert not banner.isVisible() and gui.link.online
        keys.type("12.12.2025\t1910\tBefore\t150,00\t")
        qtbot.wait(400)
        assert gui.autosave.flush()
        joined.server.pause()
        page = gui.window.tabs.current_page()
        page.append_line()
        page.view.go_to(page.editor.row_of(page.editor.line_count - 1), COLUMNS[0].key)
        keys.type("12.12.2025\t3000\tWhile away\t")
        qtbot.waitUntil(banner.isVisible, timeout=15000)  # the autosave writer found the server gone
        qtbot.waitUntil(lambda: texts(team_link.kept_drafts()) == ["Before", "While away"], timeout=15000)
        assert gui.window.outcome.kind != "error"  # no "could not be saved": the banner says what happens
        joined.server.resume()
        banner.try_now()
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=15000)
    ((content,),) = joined.query("SELECT content FROM drafts")
    assert [line.get("text") for line in json.loads(content)["lines"]] == ["Before", "While away"]


def test_what_this_bookkeeper_queued_goes_out_once_when_the_server_is_back_and_a_colleagues_waits(
        qapp, qtbot, joined, sandbox):  # noqa: F811
    """Queued in the team database (Ctrl+Enter queues before it sends) just as the server went away: once the
    banner goes, the window sends it, booked once; a colleague's queued voucher is left for the colleague."""
    from app.services.queueing import queue_voucher
    from app.services.session import open_store
    from app.services.voucher_files import read_voucher_file
    from app.store.profile import Profile
    from tests.conftest import EXAMPLES
    add_profile("office", Target.CONFIRMA, sandbox.confirma_url, company_id="0737546-2")
    profile = Profile(name="office", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url,
                      company_id="0737546-2")
    conn = open_store()
    for identifier, number in (("queued-by-me", "3001"), ("queued-by-anna", "3002")):
        voucher = read_voucher_file(EXAMPLES / "confirma-documented.json").voucher
        voucher.identifier, voucher.number = identifier, number
        assert queue_voucher(conn, voucher, profile).submission_id is not None
    conn.execute("UPDATE submissions SET queued_by = 'Anna Virtanen' WHERE voucher_id = 'queued-by-anna'")
    conn.close()
    close_team_pools()
    joined.server.pause()

    def booked() -> dict[str, int]:
        ledgers = sandbox.state()["confirma"]["ledgers"]
        return {i: sum(1 for x in ledgers if x["sourceIdentifier"] == i) for i in {x["sourceIdentifier"] for x in ledgers}}

    with running_gui(qtbot) as gui:
        banner = gui.team_banner
        assert banner.isVisible() and booked() == {}
        joined.server.resume()
        banner.try_now()
        qtbot.waitUntil(lambda: booked() == {"queued-by-me": 1}, timeout=20000)
        qtbot.waitUntil(lambda: not gui.window.review.sync.running, timeout=10000)
        qtbot.wait(500)
    assert booked() == {"queued-by-me": 1}
    assert joined.query("SELECT voucher_id, state FROM submissions ORDER BY voucher_id") == [
        ("queued-by-anna", "queued"), ("queued-by-me", "accepted")]
