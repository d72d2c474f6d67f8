"""The one way the window runs work off the GUI thread: a QThreadPool job whose results come back by signal.

The rule (Anki's operations, Electrum's network calls): the function given to `run` touches no widget
and no object the GUI thread uses; it gets its inputs as copies and hands back a plain result. Its
callbacks run on the GUI thread, because the signals are queued to a receiver living there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from app.domain.messages import message_of
from app.ui.messages import render

log = logging.getLogger(__name__)
# A failure's details go to the log file the window sets up (app/ui/app.py); with no handler anywhere,
# logging's last resort would print the traceback on the terminal, which a bookkeeper must never see.
log.addHandler(logging.NullHandler())
# Exceptions that mean a bug in LedgerDesk, not a situation to explain: their text means nothing to a bookkeeper.
_BUGS = (AttributeError, TypeError, NameError, KeyError, IndexError, AssertionError, RecursionError,
         ZeroDivisionError, NotImplementedError)

Progress = Callable[[str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(str)


class Task(QObject):
    """One background job as the GUI sees it; lives on the GUI thread and calls back there."""

    finished = Signal()

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[str], None],
                 on_progress: Callable[[str], None] | None, parent: QObject | None = None):
        super().__init__(parent)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.signals = _Signals()
        # Queued: the worker thread only posts events; the slots below run on this object's (GUI) thread.
        self.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.running = True

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.running = False
        try:
            self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.running = False
        try:
            self._on_error(message)
        finally:
            self.finished.emit()

    @Slot(str)
    def _progress(self, message: str) -> None:
        if self._on_progress is not None:
            self._on_progress(message)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals):
        super().__init__()
        self._fn, self._signals = fn, signals

    def run(self) -> None:  # the worker thread: emit only, never touch a widget
        try:
            result = self._fn(lambda text: self._signals.progress.emit(render(text)))  # translated here: a
            # signal of str keeps a Message's words but not its code
        except Exception as exc:  # the GUI shows it; the worker thread must not die silently
            log.error("background task failed: %s", type(exc).__name__, exc_info=True)
            self._signals.failed.emit(plain_message(exc))
        else:
            self._signals.done.emit(result)


def plain_message(exc: BaseException) -> str:
    """What the window says about a failed background task: the error's own words, unless it is a bug."""
    text = render(message_of(exc))  # a lower layer's Message in the window's language
    if isinstance(exc, _BUGS) or not text.strip():
        return (f"LedgerDesk could not finish a task in the background ({type(exc).__name__}). The details "
                f"are in LedgerDesk's log file (ledgerdesk.log in its data folder).")
    return text


class BackgroundTasks(QObject):
    """Runs functions on a QThreadPool; `run(fn, on_done, on_error)` with fn(progress) -> result."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._tasks: set[Task] = set()  # keeps each Task (and its signals) alive until it reports

    def run(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
             on_error: Callable[[str], None], on_progress: Callable[[str], None] | None = None) -> Task:
        """Start `fn(progress)` off the GUI thread; on_done/on_error/on_progress run on the GUI thread."""
        task = Task(on_done, on_error, on_progress, self)
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        self._pool.start(_Job(fn, task.signals))
        return task

    @property
    def busy(self) -> bool:
        return any(task.running for task in self._tasks)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every started job has returned (used on exit and in tests); False on timeout."""
        return self._pool.waitForDone(msecs)
