"""The generated hostile corpus (tests/hostile/corpus.py) through the real `ledgerdesk validate` and `payload`.

Every run must end with exit 0, 1 or 2 and a message: no traceback, no exit 70 (the outermost guard
catching what a reader missed), none slower than 5 s, and bounded memory. The figures are printed in
the terminal summary ("hostile voucher corpus").
"""

from __future__ import annotations

import io
import os
import resource
import time
import tracemalloc
from pathlib import Path

import pytest

from tests.conftest import report_figures
from tests.hostile.corpus import build_corpus
from tests.hostile.support import Run, run_in_process, run_process

SLOWEST_ALLOWED = 5.0  # seconds per run
MEMORY_ALLOWED = 256 * 1024 * 1024  # bytes; a voucher file is at most 10 MB
# Classes that must be refused (exit 1 or 2), not merely survive: the findings.
MUST_REFUSE = ("nesting", "surrogate", "surrogate-key", "digits-account", "digits-amount", "digits-date",
               "loose-amount", "duplicate-key", "many-lines", "many-values", "not-utf8", "encoded-surrogate")


def test_the_hostile_corpus_gives_no_traceback_no_slow_run_and_bounded_memory(tmp_path, request):
    paths = build_corpus(tmp_path / "corpus")
    assert len(paths) >= 1000
    # tracemalloc slows a run tenfold: it watches the largest files, where memory could grow; the
    # process's high-water mark (ru_maxrss) covers all runs.
    watched = set(sorted(paths, key=lambda p: p.stat().st_size)[-25:])
    problems: list[str] = []
    slowest, peak = (0.0, ""), (0, "")
    codes: dict[int, int] = {}
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for n, path in enumerate(paths):
        kind = path.stem.split("-", 1)[1]
        target = ("confirma", "infinity")[n % 2]
        for args in (("validate", path) if n % 3 else ("validate", path, "--target", target),
                     ("payload", path, "--target", target)):
            if path in watched:
                tracemalloc.start()
            started = time.perf_counter()
            try:
                run = run_in_process(*args)
            except BaseException as exc:  # noqa: BLE001 - exactly what must never happen
                run = Run(-1, "", f"Traceback: {type(exc).__name__}: {exc}"[:300])
            took = time.perf_counter() - started
            if path in watched:
                peak = max(peak, (tracemalloc.get_traced_memory()[1], f"{args[0]} {path.name}"))
                tracemalloc.stop()
            slowest = max(slowest, (took, f"{args[0]} {path.name}"))
            codes[run.code] = codes.get(run.code, 0) + 1
            problem = _problem(run, kind)
            if problem:
                problems.append(f"{args[0]} {path.name}: {problem}")
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024
    report_figures(request.config, "hostile voucher corpus", [
        f"{len(paths)} files, {sum(codes.values())} in-process runs of validate and payload: "
        f"{sum(1 for p in problems if 'Traceback' in p)} tracebacks, {len(problems)} problems",
        f"exit codes: {dict(sorted(codes.items()))}",
        f"slowest run {slowest[0]:.2f} s ({slowest[1]})",
        f"peak allocation of the {len(watched)} largest files {peak[0] / 2**20:.1f} MB ({peak[1]}); "
        f"process high-water mark grew {rss_growth / 2**20:.1f} MB over the whole corpus",
    ])
    assert not problems, "\n".join(problems[:30])
    assert slowest[0] < SLOWEST_ALLOWED, slowest
    assert peak[0] < MEMORY_ALLOWED and rss_growth < MEMORY_ALLOWED, (peak, rss_growth)


def _problem(run: Run, kind: str) -> str | None:
    if run.code not in (0, 1, 2) or "Traceback" in run.shown:
        return f"exit {run.code}: {run.shown[-300:]!r}"
    if run.code and not run.shown.strip():
        return f"exit {run.code} without a message"
    if kind in MUST_REFUSE and run.code == 0:
        return "accepted, but this class must be refused"
    return None


def test_hostile_input_through_a_real_terminal_process_never_shows_a_traceback(tmp_path):
    paths = {p.stem.split("-", 1)[1]: p for p in build_corpus(tmp_path / "corpus")}
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    cases = [fifo, Path("/dev/zero"), tmp_path, paths["nesting"], paths["surrogate"], paths["number"]]
    for path in cases:
        started = time.perf_counter()
        run = run_process("payload", path, "--target", "confirma", timeout=30)
        assert run.code in (1, 2) and run.err.strip(), (path, run)
        assert "Traceback" not in run.shown, (path, run)
        assert time.perf_counter() - started < 15, path  # includes starting Python on a shared machine


@pytest.mark.sandbox(sync_delay=0.1)
def test_submit_of_hostile_files_never_shows_a_traceback_nor_queues_what_must_be_refused(tmp_path, monkeypatch,
                                                                                    sandbox):
    if os.environ.get("LEDGERDESK_REAL_KEYRING") != "1":
        pytest.skip("needs the real keyring: scripts/with-keyring")
    from app.sandbox.server import DEFAULT_CONFIRMA_KEY
    from app.store.secrets import ALLOW_PLAINTEXT_ENV, KeyMissing, KeyStore

    monkeypatch.delenv(ALLOW_PLAINTEXT_ENV, raising=False)
    by_kind: dict[str, list[Path]] = {}
    for path in build_corpus(tmp_path / "corpus"):
        by_kind.setdefault(path.stem.split("-", 1)[1], []).append(path)
    sample = [path for paths in by_kind.values() for path in paths[:3]]  # every class, ~60 files, a few seconds
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(DEFAULT_CONFIRMA_KEY + "\n"))
        added = run_in_process("profile", "add", "h1-corpus", "--target", "confirma", "--environment", "sandbox",
                               "--base-url", sandbox.confirma_url, "--company", "1234567-1")
        assert added.code == 0, added
        for path in sample:
            kind = path.stem.split("-", 1)[1]
            run = run_in_process("submit", path, "--profile", "h1-corpus")
            assert run.code in (0, 1, 3) and "Traceback" not in run.shown, (path.name, run)
            if kind in MUST_REFUSE:
                assert run.code == 1 and f"{path}: submission" not in run.out, (path.name, run)
    finally:
        try:
            KeyStore().delete("h1-corpus")
        except KeyMissing:
            pass
