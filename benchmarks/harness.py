"""Running a case several times and reporting median, spread and the ratio to a same-run baseline."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figures:
    """Repeated timings (seconds) of one thing."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.samples), max(self.samples)


@dataclass
class Result:
    """What a case prints: the subject's figures, its baseline's, a target and free-form extras."""

    case: str
    subject: Figures
    baseline: Figures | None = None
    baseline_name: str = ""
    target: str = ""
    meets: bool | None = None
    unit: str = "s"
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.subject.median / self.baseline.median


def repeat(fn: Callable[[], object], times: int, setup: Callable[[], object] | None = None) -> Figures:
    """Time `fn` `times` times (setup, untimed, before each run)."""
    figures = Figures()
    for _ in range(times):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        figures.samples.append(time.perf_counter() - start)
    return figures


def interleaved(subject: Callable[[], object], baseline: Callable[[], object], times: int) -> tuple[Figures, Figures]:
    """Time subject and baseline alternately, so a noisy neighbour hits both alike."""
    a, b = Figures(), Figures()
    for _ in range(times):
        for fn, figures in ((subject, a), (baseline, b)):
            start = time.perf_counter()
            fn()
            figures.samples.append(time.perf_counter() - start)
    return a, b


def fmt(seconds: float, unit: str = "s") -> str:
    if unit != "s":
        return f"{seconds:.3g} {unit}"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.3f} s"


def report(result: Result) -> str:
    """The lines printed for one case."""
    s = result.subject
    lines = [f"{result.case}", f"  median {fmt(s.median, result.unit)}  spread {fmt(s.spread[0], result.unit)} – "
                               f"{fmt(s.spread[1], result.unit)}  (n={len(s.samples)})"]
    if result.baseline is not None:
        b = result.baseline
        lines.append(f"  baseline ({result.baseline_name}): median {fmt(b.median, result.unit)}  "
                     f"ratio {result.ratio:.2f}×")
    for key, value in result.extras.items():
        lines.append(f"  {key}: {value}")
    if result.target:
        verdict = "" if result.meets is None else ("  → meets" if result.meets else "  → MISSES")
        lines.append(f"  target: {result.target}{verdict}")
    return "\n".join(lines)
