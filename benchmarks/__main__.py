"""`python -m benchmarks [CASE...] [--repeats N] [--quick]`: run the benchmark cases and print figures.

Cases are timed several times; each prints its median, its spread and, where it has one, the ratio
to a baseline measured in the same run. Nothing here fails on a slow machine: targets are printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import date

from benchmarks import (case_gui, case_keystroke, case_payload, case_review, case_review_window, case_submit,
                        case_team)
from benchmarks.harness import report

CASES = {
    "gui": lambda args: case_gui.run(args.repeats),
    "cold-start": lambda args: case_gui.cold_start(args.repeats),
    "keystroke": lambda args: case_keystroke.run(args.repeats),
    "payload": lambda args: case_payload.run(args.repeats),
    "review": lambda args: case_review.run(args.repeats),
    "review-window": lambda args: case_review_window.run(args.repeats),
    "submit": lambda args: case_submit.run(max(1, args.repeats // 3), count=200 if args.quick else 1000),
    # Team mode (docs/team.md): each starts its own PostgreSQL server; not in the default run (minutes).
    "team-submit": lambda args: case_team.run_submit(1, count=100 if args.quick else 1000),
    "team-review": lambda args: case_team.run_review(args.repeats, count=100_000 if args.quick else 1_000_000),
}
OPT_IN = ("cold-start", "team-submit", "team-review")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", choices=[*CASES, []], help="default: all")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="fewer and smaller runs, for a smoke check")
    args = parser.parse_args()
    if args.quick:
        args.repeats = 3
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"LedgerDesk benchmarks — {date.today().isoformat()} — {platform.python_implementation()} "
          f"{platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores\n")
    # "cold-start" is part of "gui": run alone it is named, never twice by default; the team cases take minutes.
    for name in args.cases or [case for case in CASES if case not in OPT_IN]:
        for result in CASES[name](args):
            print(report(result), "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
