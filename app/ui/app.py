"""Starting and stopping the GUI: QApplication, the first-run Sandbox profile, the local sandbox, autosave.

On a first run with nothing configured, a "Sandbox" profile with the Finnish starter chart is
created and LedgerDesk's own sandbox is started on loopback (in the background: the window
shows at once). Everything started here is stopped when the window closes.

The window is built in the language of the settings (or the system's), with the colours of the
system palette (dark and high-contrast palettes included): app/ui/i18n.py and app/ui/palette.py.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

# The Qt-free layers the window uses are imported before PySide6: once PySide6 is loaded, its __feature__
# import hook reads the source of every module imported after it (about 20 ms at start, docs/performance.md).
import app.editing  # noqa: F401, I001  (the editor, its cells, completion and paste)
import app.store.review  # noqa: F401  (the next number, the uncertain banner's count)
from app import __version__
from app.deferred import deferred
from app.resources import resource_path
from app.services import backup_reminder
from app.services.autosave import AutosaveWriter
from app.services.commands.templates import RecurringReport, make_due_drafts
from app.services.log_file import install_log_file
from app.services.first_run import (LocalSandbox, ensure_first_run_profile, is_local_sandbox, running_sandbox_version,
                                    start_local_sandbox)
from app.services.session import SessionError, open_store, open_window_store, startup_profiles
from app.store.drafts import DraftStore  # noqa: F401
from app.store.paths import HOME_ENV, DataLocationError, data_dir
from app.store.profile import Profile
from app.store.settings import read_startup_settings
from app.store.team_location import pin_location, unpin_location

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSize, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from app.ui import style
from app.ui.i18n import install_translations, remove_translations
from app.ui.main_window import MainWindow
from app.ui.team_banner import TeamBanner
from app.ui.tasks import BackgroundTasks
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.sandbox import SandboxServer
    from app.services.team_link import WindowStore
    from app.ui import backup_dialogs, diagnostics, file_actions, template_dialogs
else:
    template_dialogs = deferred("app.ui.template_dialogs")  # the line about recurring vouchers: only when due
    file_actions = deferred("app.ui.file_actions")  # `ledgerdesk FILE.json`: only when a file is given
    diagnostics = deferred("app.ui.diagnostics")  # the unexpected-error dialog: only when one happens
    backup_dialogs = deferred("app.ui.backup_dialogs")  # zipfile and the backup service: only for a restore

log = logging.getLogger(__name__)


class _LinkSignal(QObject):
    """Carries "the team database went away / is back" from whichever thread found out to the window."""

    changed = Signal(bool)


class _ThreadMessages(QObject):
    """Carries messages from other threads (the autosave writer) to the window, by queued signal."""

    message = Signal(str, str)
    taken_over = Signal(str, str)  # draft id, the colleague's name: a colleague took over a draft open here


class LedgerDeskGui:
    """The running application: store, autosave writer, background tasks, sandboxes and the main window."""

    def __init__(self, *, start_sandbox: bool = True):
        # A backup File ▸ Restore… left for this start goes in place before anything opens the database.
        restored = backup_dialogs.restore_pending() if backup_reminder.pending_restore_path().exists() else None
        pin_location()  # Settings ▸ Team database… changes the store from the next start, never under this window
        self.link_changed = _LinkSignal()  # the team database went away or came back (from any thread)
        self.conn, self.link = open_window_store(self.link_changed.changed.emit)
        self.first_run = ensure_first_run_profile(self.conn) is not None
        settings = read_startup_settings()
        profiles = startup_profiles(self.conn, settings.profiles)  # on a team location the office's, read now
        # Before any widget exists: every text is translated as it is created.
        self.language = install_translations(settings.language)
        self.tasks = BackgroundTasks()
        self._messages = _ThreadMessages()
        self.autosave = AutosaveWriter(open_store if self.link is None else self.link.open_team,
                                       on_error=lambda text: self._messages.message.emit("error", text),
                                       link=self.link,
                                       on_taken_over=lambda exc: self._messages.taken_over.emit(exc.draft_id,
                                                                                                exc.holder))
        self.workspace = Workspace(self.conn, profiles, self.tasks, self.autosave, language=settings.language)
        self.workspace.team_link = self.link
        recurring = self._make_due_drafts()  # before the window, which restores them with the other drafts
        self.window = MainWindow(self.workspace)
        self._messages.message.connect(self.window.show_message)
        if self.link is not None:  # a team location: the window says when its server cannot be reached
            self.team_banner = TeamBanner(self.link, cast("WindowStore", self.conn), self.autosave, self.tasks)
            self.link_changed.changed.connect(self.team_banner.changed)
            self.team_banner.said.connect(self.window.show_message)
            self.team_banner.back.connect(self.window.review.sync.reconcile)  # what waited for the server
            self.team_banner.back.connect(self.window.review.sync.send_waiting)
            self.team_banner.retract.connect(self._retract)
            self.window.add_banner(self.team_banner)
        self._messages.taken_over.connect(self.window.tabs.colleagues.taken_over)
        self.window.closing.connect(self.shutdown)
        self.sandboxes: list[SandboxServer] = []
        self._closed = False
        # A sandbox another LedgerDesk runs, which this window uses: watched, and started here when it stops.
        self.borrowed: dict[str, Profile] = {}
        self.sandbox_watch = QTimer(self.window)
        self.sandbox_watch.setInterval(SANDBOX_WATCH_MS)
        self.sandbox_watch.timeout.connect(self.watch_borrowed_sandboxes)
        # The desktop session is ending (the session manager asks first, then the application may just quit):
        # what is being typed is committed and written before anything ends the process.
        running = running_application()
        running.commitDataRequest.connect(self.keep_typing)
        running.aboutToQuit.connect(self.keep_typing)
        self._settings = QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)
        if geometry := self._settings.value("geometry"):
            self.window.restoreGeometry(geometry)
        if self.first_run:
            self.window.show_message("info", QCoreApplication.translate(
                "LedgerDeskGui", "Welcome to LedgerDesk. This is the SANDBOX: a practice ledger on this computer, "
                                 "with the Finnish starter chart. Type a voucher and press Ctrl+Enter to post it; "
                                 "nothing reaches a real ledger. F1 lists the keys."))
        days = backup_reminder.days_without_backup()  # also starts counting on a first start
        if restored is not None:
            self.window.show_message(*backup_dialogs.start_note(restored))
        elif days is not None and not self.first_run:
            self.window.show_message("info", QCoreApplication.translate(
                "LedgerDeskGui", "No backup for {days} days. File ▸ Back up… makes one (ledgerdesk backup FILE "
                                 "from a terminal).").format(days=days))
        if recurring is None:
            self.window.show_message("error", template_dialogs.RecurringNote().failed())
        elif recurring.made or recurring.unreadable:  # said last: the drafts it opened are what one sees first
            self.window.show_message("warning" if recurring.unreadable else "info",
                                     template_dialogs.RecurringNote().text(recurring) or "")
        if start_sandbox:
            self.start_sandboxes()

    def _make_due_drafts(self) -> RecurringReport | None:
        """Recurring vouchers that fell due become drafts, each once (docs/templates.md). None when the store
        refused: logged, and the window opens anyway."""
        try:
            return make_due_drafts(self.conn, self.workspace.today())
        except Exception:  # the window must open whatever the templates hold; the log has the traceback
            log.exception("recurring vouchers could not be made into drafts")
            return None

    def start_sandboxes(self) -> None:
        """Start LedgerDesk's sandbox where a local sandbox profile points (off the GUI thread).

        One start per address and port: a Confirma and an Infinity sandbox profile share one sandbox.
        """
        seen = set()
        for profile in self.workspace.profiles.values():
            origin = urlsplit(profile.base_url)[:2]
            if not is_local_sandbox(profile) or origin in seen:
                continue
            seen.add(origin)
            self.window.set_sandbox_status(QCoreApplication.translate("LedgerDeskGui", "Sandbox starting…"))
            self._start_sandbox(profile)

    def _start_sandbox(self, profile: Profile, taking_over: bool = False) -> None:
        self.tasks.run(lambda _progress: start_local_sandbox(profile),
                       lambda sandbox: self._sandbox_started(sandbox, profile, taking_over),
                       lambda message: self.window.show_message("error", message))

    def _sandbox_started(self, sandbox: LocalSandbox, profile: Profile, taking_over: bool = False) -> None:
        if self._closed:
            if sandbox.server is not None:
                sandbox.server.stop()
            return
        if sandbox.server is not None:
            self.sandboxes.append(sandbox.server)
            self.borrowed.pop(sandbox.url, None)
            status = (QCoreApplication.translate(
                "LedgerDeskGui", "Sandbox running at {url} (started here: the other LedgerDesk's one stopped)")
                if taking_over else QCoreApplication.translate("LedgerDeskGui", "Sandbox running at {url}")).format(
                url=sandbox.url)
        else:
            # Another LedgerDesk (another window) runs it: use it, say whose it is, and watch it.
            self.borrowed[sandbox.url] = profile
            self.sandbox_watch.start()
            status = QCoreApplication.translate("LedgerDeskGui", "Sandbox already running at {url}").format(
                url=sandbox.url) + (f" (LedgerDesk {sandbox.version})" if sandbox.version else " (LedgerDesk)")
        self.window.set_sandbox_status(status)

    def watch_borrowed_sandboxes(self) -> None:
        """Is the sandbox another LedgerDesk runs for us still there? When it has stopped (that window was
        closed), start one here, so the status bar never names a sandbox that is gone and posts keep working."""
        if self._closed or not self.borrowed:
            self.sandbox_watch.stop()
            return
        for url, profile in list(self.borrowed.items()):
            self._check_borrowed(url, profile)

    def _check_borrowed(self, url: str, profile: Profile) -> None:
        self.tasks.run(lambda _progress: running_sandbox_version(url),
                       lambda version: self._borrowed_checked(url, profile, version),
                       lambda _message: None)

    def _borrowed_checked(self, url: str, profile: Profile, version: str | None) -> None:
        if self._closed or version is not None or url not in self.borrowed:
            return
        del self.borrowed[url]
        self.window.set_sandbox_status(QCoreApplication.translate("LedgerDeskGui", "Sandbox starting…"))
        self._start_sandbox(profile, taking_over=True)

    def _retract(self, text: str) -> None:
        if self.window.outcome.isVisible() and self.window.outcome.text.text() == text:
            self.window.outcome.hide()

    def keep_typing(self, _session_manager=None) -> None:
        """Commit what is being typed in every draft and wait until the writer has it on disk."""
        if self._closed:
            return
        self.window.tabs.save_all()
        self.autosave.flush()

    def shutdown(self) -> None:
        """Save what is pending, wait for the writer and background work, stop the sandboxes."""
        if self._closed:
            return
        self._closed = True
        app = running_application()
        app.commitDataRequest.disconnect(self.keep_typing)  # the QApplication outlives this window
        app.aboutToQuit.disconnect(self.keep_typing)
        self._settings.setValue("geometry", self.window.saveGeometry())
        self.window.tabs.save_all()
        self.autosave.close()
        self.tasks.wait(15_000)
        for server in self.sandboxes:
            server.stop()
        self.sandboxes.clear()
        self.conn.close()
        unpin_location()
        remove_translations()


SANDBOX_WATCH_MS = 10_000  # how often a sandbox another LedgerDesk runs for this window is checked
DESKTOP_FILE_NAME = "ledgerdesk"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """LedgerDesk's icon from the bundled PNGs (each read only when a size is drawn)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"ledgerdesk-{size}.png")), QSize(size, size))
    return icon


def running_application() -> QApplication:
    """The QApplication the window runs in, once `application` has made it (LedgerDesk makes no plainer one)."""
    return cast(QApplication, QApplication.instance())


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once, with LedgerDesk's names and look."""
    app = running_application() if QApplication.instance() is not None else QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setApplicationName("LedgerDesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")  # the same look on every desktop, so screenshots and help text match
    # The taskbar, dock and window switcher show LedgerDesk's name and icon: the desktop file's name
    # (packaging/linux/ledgerdesk.desktop; Wayland matches windows to it) and the icon it names, in every size.
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    follow_palette(app)
    if not app.property("ledgerdesk_follows_palette"):  # the desktop switched to dark or high contrast
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: follow_palette(app))
        hints.accessibility().contrastPreferenceChanged.connect(lambda _preference: follow_palette(app))
        app.setProperty("ledgerdesk_follows_palette", True)
        quit_when_told_to_stop(app)
    return app


# SIGTERM: a logout or shutdown without a session manager, or `kill`; SIGINT: Ctrl+C in the terminal that
# started LedgerDesk; SIGHUP: that terminal closed.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


def quit_when_told_to_stop(app: QCoreApplication) -> None:
    """Quit as Ctrl+Q does when the system tells LedgerDesk to stop: what is being typed is committed and
    saved (aboutToQuit), no traceback reaches the terminal, the exit code is 0."""
    if sys.platform == "win32":
        return  # no POSIX signals to speak of; Windows ends a GUI through the session manager
    # Python runs a signal handler only when the interpreter next gets control, and Qt's event loop may wait
    # for minutes: the signal's number is written to a pipe Qt watches, which wakes the loop at once (a pipe,
    # not a socket pair: the same wake-up without importing `socket` before the window shows).
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    for number in STOP_SIGNALS:
        signal.signal(number, lambda _number, _frame: None)  # acted on below, inside the event loop
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)

    def woken() -> None:
        try:
            received = os.read(reader, 64)
        except BlockingIOError:
            return
        if any(number in received for number in STOP_SIGNALS):
            log.info("told to stop by a signal: quitting as Ctrl+Q does")
            app.quit()
    notifier.activated.connect(woken)
    _kept_alive.extend((reader, writer, notifier))


_kept_alive: list[object] = []  # the wake-up pipe's ends and its notifier live as long as the process


def follow_palette(app: QGuiApplication) -> None:
    """The window's tints and style sheet from the current palette (light, dark or high contrast)."""
    style.use_palette(app.palette())
    style.restyle(QApplication.allWidgets())  # the style sheet is on the widgets that use it, not on `app`


def run_gui(argv: Sequence[str] | None = None, *, self_check: bool = False,
            open_files: Sequence[Path] = ()) -> int:
    """Open the voucher window; returns the exit code. `self_check`: open offscreen, close, exit 0."""
    if self_check:
        return _self_check(argv)
    if problem := display_problem():
        print(problem, file=sys.stderr)
        return 2
    try:
        data_dir()  # a data folder that is a file is said in one line, as the commands say it, not a traceback
    except DataLocationError as exc:
        print(exc, file=sys.stderr)
        return 2
    install_log_file()
    app = application(argv)
    catch_unexpected_errors(app)
    try:
        gui = LedgerDeskGui()
    except SessionError as exc:  # the store cannot be opened (a team database that does not answer): in words
        log.error("the store cannot be opened: %s", exc)
        print(exc, file=sys.stderr)
        QMessageBox.critical(None, "LedgerDesk", str(exc))
        return 2
    gui.window.show()
    for path in open_files:  # `ledgerdesk bill.json`: each file as a draft, what cannot be read marked on its cell
        file_actions.open_path(gui.window, path)
    code = app.exec()
    gui.shutdown()
    return code


class _UnexpectedErrors(QObject):
    """Carries an unhandled exception's traceback from any thread to the GUI thread, where it is shown."""

    caught = Signal(str)


def catch_unexpected_errors(app: QCoreApplication) -> None:
    """An exception nothing handled, in any thread (Python's, a Qt slot's, a thread-pool job's: PySide hands
    those to sys.excepthook), is logged with its traceback and shown as a plain dialog; never printed."""
    carrier = _UnexpectedErrors(app)
    carrier.caught.connect(diagnostics.show_unexpected_error, Qt.ConnectionType.QueuedConnection)

    def unexpected(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        log.error("unexpected error: %s", kind.__name__, exc_info=(kind, value, trace))
        carrier.caught.emit("".join(traceback.format_exception(kind, value, trace)))

    def unexpected_in_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            unexpected(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = unexpected
    threading.excepthook = unexpected_in_thread
    _kept_alive.append(carrier)


def display_problem() -> str | None:
    """Why the window cannot open here (Linux without a display), in words that say what to do; else None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("LedgerDesk cannot open its window: there is no display (DISPLAY and WAYLAND_DISPLAY are unset). "
            "Run it in a desktop session, or use the command line: ledgerdesk --help.")


def _self_check(argv: Sequence[str] | None) -> int:
    """For packaging: the window opens and closes in a throw-away data folder, no display, no sandbox."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="ledgerdesk-self-check-") as home:
        os.environ[HOME_ENV] = str(Path(home))
        app = application(argv)
        gui = LedgerDeskGui(start_sandbox=False)
        gui.window.show()
        app.processEvents()
        page = gui.window.tabs.current_page()
        ok = gui.window.isVisible() and page is not None and page.model.rowCount() >= 1
        gui.window.close()
        app.processEvents()
        gui.shutdown()
        print(f"LedgerDesk {__version__} self-check: {'OK' if ok else 'FAILED'} "
              f"(Qt platform {app.platformName()})")
        return 0 if ok else 1
