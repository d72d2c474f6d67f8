"""The review WINDOW over 100,000 stored submissions (issue 8): first rows visible ≤ 1 s, one filter
keystroke ≤ 100 ms, resident memory ≤ 300 MB.

The database is built once (case_review's builder) in a throw-away LEDGERDESK_HOME; each run is a fresh
interpreter that starts LedgerDesk offscreen (untimed), then opens View ▸ Review through the main window
and measures until the first rows are in the model and the table has painted, then one free-text
keystroke ("off" → "offi") through the filter field and the method the 150 ms debounce timer calls,
then its own resident memory, so the memory figure is the whole application with the review open.

    python -m benchmarks.case_review_window [REPEATS]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figures, Result

ROOT = Path(__file__).resolve().parent.parent
COUNT = 100_000


def _resident_mb() -> tuple[float, float]:
    """(current VmRSS, peak VmHWM) of this process in MB, from /proc (Linux); peak from getrusage elsewhere."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                      if ":" in line)
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
        return peak_mb, peak_mb


def _child() -> None:
    """One run, in its own process: prints one JSON line of figures."""
    from PySide6.QtCore import QEvent, QObject

    from app.ui.app import LedgerDeskGui, application

    class PaintSeen(QObject):
        painted = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = application(sys.argv[:1])
    gui = LedgerDeskGui(start_sandbox=False)
    gui.window.show()
    for _ in range(20):
        app.processEvents()
    before_mb, _ = _resident_mb()

    def until_painted(window, seen: PaintSeen, deadline: float = 30.0) -> None:
        limit = time.perf_counter() + deadline
        while not (window.model.rowCount() > 0 and seen.painted):
            app.processEvents()
            if time.perf_counter() > limit:
                raise RuntimeError("the review table did not paint rows")

    start = time.perf_counter()
    gui.window.review.trigger("review")  # View ▸ Review: makes the window on first use and opens it
    window = gui.window.review.window
    seen = PaintSeen()
    window.table.viewport().installEventFilter(seen)
    until_painted(window, seen)
    opened = time.perf_counter() - start
    rows_open = window.model.total_count

    window.bar.text.setText("off")
    window.apply_filter()
    seen.painted = False
    until_painted(window, seen)

    seen.painted = False
    start = time.perf_counter()
    window.bar.text.setText("offi")  # what a keystroke does to the field: `edited` starts the debounce timer
    window.apply_filter()  # what the debounce timer calls 150 ms later
    until_painted(window, seen)
    keystroke = time.perf_counter() - start
    matches = window.model.total_count
    resident_mb, peak_mb = _resident_mb()
    print(json.dumps({"open": opened, "keystroke": keystroke, "rows": rows_open, "matches": matches,
                      "before_mb": before_mb, "resident_mb": resident_mb, "peak_mb": peak_mb}), flush=True)
    window.bar.text.setText("")  # the filter is remembered on close: the next run opens unfiltered again
    gui.window.close()
    app.processEvents()
    gui.shutdown()


def _spawn(env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.case_review_window", "--child"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"review-window child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def run(repeats: int, count: int = COUNT) -> list[Result]:
    from benchmarks.case_review import build

    with tempfile.TemporaryDirectory(prefix="ledgerdesk-review-window-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEDGERDESK_HOME": home}
        previous = os.environ.get("LEDGERDESK_HOME")
        os.environ["LEDGERDESK_HOME"] = home
        try:
            from app.store.paths import database_path
            build(database_path(), count)
        finally:
            if previous is None:
                os.environ.pop("LEDGERDESK_HOME", None)
            else:
                os.environ["LEDGERDESK_HOME"] = previous
        _spawn(env)  # first run creates the profile and settings: not what is measured
        runs = [_spawn(env) for _ in range(repeats)]
    opened = Figures([r["open"] for r in runs])
    keystroke = Figures([r["keystroke"] for r in runs])
    resident = Figures([r["resident_mb"] for r in runs])
    peak = Figures([r["peak_mb"] for r in runs]).median
    before = Figures([r["before_mb"] for r in runs]).median
    return [
        Result(f"Review window: open with {count:,} stored submissions until the first rows are painted", opened,
               target="≤ 1 s", meets=opened.median <= 1.0,
               extras={"rows the filter lets through": f"{runs[0]['rows']:,}"}),
        Result("Review window: one free-text keystroke 'off' → 'offi' (filter field, query, model reset, paint)",
               keystroke, target="≤ 100 ms", meets=keystroke.median <= 0.1,
               extras={"matches": f"{runs[0]['matches']:,}"}),
        Result("Review window: resident memory of the whole application after the keystroke", resident,
               target="≤ 300 MB", meets=resident.median <= 300, unit="MB",
               extras={"main window alone, before opening the review": f"{before:.0f} MB",
                       "peak resident (VmHWM)": f"{peak:.0f} MB"}),
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        _child()
    else:
        from benchmarks.harness import report
        for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
            print(report(result), "\n", flush=True)
