"""File ▸ Open voucher file… (Ctrl+O), Save voucher file as… (Ctrl+Shift+S), a .json dropped on the window and
`ledgerdesk FILE.json`: voucher files (the v1 format, docs/voucher-format.md) in and out of the window.

Opening never refuses a voucher whole: what the file holds that cannot be read stays in its cell with its
issue (app/services/voucher_opening.py). Saving writes the draft as the file format holds it, atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.domain.voucher_file import VoucherFileError, dump_voucher_file
from app.services.voucher_opening import OpenedVoucher, open_voucher_file
from app.store.atomic import write_atomically
from app.ui import style

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

def ask_open(window: MainWindow) -> None:
    """The file dialog for File ▸ Open voucher file…; the chosen file opens as a new draft."""
    dialog = QFileDialog(window, QCoreApplication.translate("FileActions", "Open voucher file"), str(Path.home()),
                         QCoreApplication.translate("FileActions", "Voucher files (*.json);;All files (*)"))
    dialog.setObjectName("OpenVoucherFileDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: path and open_path(window, Path(path)))
    window.file_dialog = dialog
    style.open_dialog(dialog)


def open_path(window: MainWindow, path: Path) -> bool:
    """Open `path` as a new draft tab; what could not be read is shown on its cells. False when refused."""
    try:
        opened = open_voucher_file(path)
    except VoucherFileError as exc:
        window.show_message("error", QCoreApplication.translate(
            "FileActions", "{file} cannot be opened: {reason}").format(file=path.name, reason=exc))
        return False
    except OSError as exc:
        window.show_message("error", QCoreApplication.translate(
            "FileActions", "{file} cannot be opened: {reason}").format(
            file=path.name, reason=exc.strerror or exc))
        return False
    page = window.tabs.open_voucher(opened.voucher, _profile_for(window, opened), raw_cells=opened.raw_cells)
    said = QCoreApplication.translate("FileActions", "Opened {file} as a new draft.").format(file=path.name)
    unread = len(opened.raw_cells)
    if unread:
        said += " " + QCoreApplication.translate(
            "FileActions", "Fields that could not be read: {count}. They keep the text from the file and are "
                           "marked.").format(count=unread)
    if opened.left_out:
        said += " " + QCoreApplication.translate(
            "FileActions", "Left out (no place for them in a voucher): {fields}.").format(
            fields=", ".join(opened.left_out))
    window.show_page_message(page, "warning" if opened.raw_cells or opened.left_out else "ok", said)
    return True


def _profile_for(window: MainWindow, opened: OpenedVoucher) -> str:
    """The current draft's profile, unless the file is meant for the other target and a profile of it exists."""
    current = window.tabs.current_page()
    profiles = window.workspace.profiles
    name = current.profile_name if current is not None else window.workspace.default_profile()
    if opened.target is None or profiles[name].target is opened.target:
        return name
    return next((n for n in sorted(profiles) if profiles[n].target is opened.target), name)


def ask_save_as(window: MainWindow) -> None:
    """The file dialog for File ▸ Save voucher file as…."""
    page = window.tabs.current_page()
    if page is None:
        return
    number = page.editor.header_text("number") or "voucher"
    dialog = QFileDialog(window, QCoreApplication.translate("FileActions", "Save voucher file as"),
                         str(Path.home() / f"{number}.json"),
                         QCoreApplication.translate("FileActions", "Voucher files (*.json);;All files (*)"))
    dialog.setObjectName("SaveVoucherFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("json")
    dialog.fileSelected.connect(lambda path: path and save_as(window, Path(path)))
    window.file_dialog = dialog
    style.open_dialog(dialog)


def save_as(window: MainWindow, path: Path) -> bool:
    """Write the current draft to `path` in the voucher file format (atomically: all of it or nothing)."""
    page = window.tabs.current_page()
    if page is None:
        return False
    page.view.commit_open_editor()
    page.header.commit_focused()
    text = dump_voucher_file(page.editor.voucher(), page.data.profile.target)
    try:
        write_atomically(path, text)
    except OSError as exc:
        window.show_message("error", QCoreApplication.translate(
            "FileActions", "{file} was not saved: {reason}").format(file=path.name,
                                                                                 reason=exc.strerror or exc))
        return False
    unread = len(page.editor.raw_cell_texts())
    said = QCoreApplication.translate("FileActions", "Saved the draft as {file}.").format(file=path.name)
    if unread:  # the format has no place for text that is not yet a date or an amount
        said += " " + QCoreApplication.translate(
            "FileActions", "Fields that cannot be read, left empty in the file: {count}.").format(count=unread)
    window.show_message("warning" if unread else "ok", said)
    return True
