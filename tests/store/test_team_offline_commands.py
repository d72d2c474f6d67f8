"""Issue 16: commands on a team location whose server cannot be reached exit 2 with one line and send nothing;
`ledgerdesk team status` says it is unreachable; vouchers queued in the team database wait there and go out,
each booked once, when the server is back. A real PostgreSQL server stopped and started, a real sandbox."""

from __future__ import annotations

import json
from collections import Counter

from app.cli import main
from app.domain.targets import Target
from app.services import session
from app.services.first_run import install_starter_chart
from app.services.queueing import queue_voucher
from app.services.team import close_team_pools
from app.services.voucher_files import read_voucher_file
from app.store.profile import Profile
from app.store.shared_profiles import SharedProfiles
from tests.conftest import EXAMPLES
from tests.team_offline import joined, pausable_server  # noqa: F401 (fixtures)


def voucher_files(tmp_path, n: int) -> list:
    original = json.loads((EXAMPLES / "confirma-documented.json").read_text(encoding="utf-8"))
    files = []
    for i in range(n):
        path = tmp_path / f"voucher-{i}.json"
        path.write_text(json.dumps({**original, "identifier": f"offline-{i}", "number": str(2001 + i)}),
                        encoding="utf-8")
        files.append(path)
    return files


def test_queued_vouchers_wait_while_the_server_is_away_and_go_out_once_each_when_it_is_back(
        joined, sandbox, tmp_path, capsys):  # noqa: F811
    profile = Profile(name="office", target=Target.CONFIRMA, environment="sandbox", base_url=sandbox.confirma_url)
    files = voucher_files(tmp_path, 3)
    conn = session.open_store()
    SharedProfiles(conn).add(profile, "")  # on a team location the profiles are the office's
    install_starter_chart(conn, profile)
    for path in files:  # queued in the team database (as Ctrl+Enter queues before it sends), not sent yet
        assert queue_voucher(conn, read_voucher_file(path).voucher, profile).submission_id is not None
    conn.close()
    assert joined.query("SELECT count(*) FROM submissions WHERE state = 'queued'") == [(3,)]

    close_team_pools()  # each command is a process of its own: no pool from before
    joined.server.pause()
    capsys.readouterr()
    assert main(["submit", "--profile", "office", *map(str, files)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "cannot be reached" in err
    assert "Traceback" not in err
    assert main(["team", "status"]) == 2
    out, _ = capsys.readouterr()
    assert "reachable: no (The team database server" in out and "cannot be reached" in out
    assert sandbox.state()["confirma"]["ledgers"] == []  # nothing went out

    joined.server.resume()
    assert main(["team", "status"]) == 0
    assert "reachable: yes" in capsys.readouterr().out
    assert main(["submit", "--profile", "office", *map(str, files)]) == 0
    booked = Counter(ledger["sourceIdentifier"] for ledger in sandbox.state()["confirma"]["ledgers"])
    assert booked == Counter({"offline-0": 1, "offline-1": 1, "offline-2": 1})
    assert joined.query("SELECT state, count(*) FROM submissions GROUP BY state") == [("accepted", 3)]
