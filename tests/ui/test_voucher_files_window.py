"""Issue 17, files: File ▸ Open voucher file… / Save voucher file as…, a .json dropped on the window and
`ledgerdesk FILE.json`. A file with errors opens with its problems on the cells, never refused whole."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.domain.voucher_file import parse_voucher_file
from app.editing import COLUMNS
from app.ui import file_actions
from tests.conftest import REPO

KEY_ORDER = [c.key for c in COLUMNS]
DOCUMENTED = REPO / "examples" / "confirma-documented.json"


def damaged_file(tmp_path):
    data = json.loads(DOCUMENTED.read_text(encoding="utf-8"))
    data["date"] = "31.11.2026"  # no such day
    data["lines"][0]["debit"] = "12,3,4"  # not an amount
    data["lines"][1]["colour"] = "red"  # no such field
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_file_with_errors_opens_with_its_problems_on_the_cells_not_refused(gui, qtbot, tmp_path):
    window = gui.window
    before = window.tabs.count()
    assert file_actions.open_path(window, damaged_file(tmp_path))
    assert window.tabs.count() == before + 1
    page = window.tabs.current_page()
    debit = page.model.index(page.editor.row_of(0), KEY_ORDER.index("debit"))
    assert debit.data() == "12,3,4"  # the file's text, kept where it was
    assert any(x.line == 1 and x.field == "debit" and x.is_error for x in page.all_issues())
    assert page.editor.header_text("date") == "31.11.2026"
    assert any(x.field == "date" and x.line is None for x in page.all_issues())
    assert page.editor.voucher().lines[1].account == "3000"  # the rest of the file is there
    assert window.outcome.kind == "warning" and "lines[1].colour" in window.outcome.text.text()


def test_a_file_that_is_not_a_voucher_is_refused_with_its_reason_and_opens_nothing(gui, tmp_path, capfd):
    window = gui.window
    path = tmp_path / "notes.json"
    path.write_text("this is not JSON", encoding="utf-8")
    before = window.tabs.count()
    assert not file_actions.open_path(window, path)
    assert window.tabs.count() == before and window.outcome.kind == "error"
    assert "notes.json cannot be opened" in window.outcome.text.text()
    assert "Traceback" not in capfd.readouterr().err


def test_save_as_writes_the_draft_as_a_voucher_file_that_opens_again_the_same(gui, qtbot, tmp_path):
    window = gui.window
    assert file_actions.open_path(window, DOCUMENTED)
    page = window.tabs.current_page()
    target = tmp_path / "copy.json"
    assert file_actions.save_as(window, target)
    saved = parse_voucher_file(target.read_text(encoding="utf-8")).voucher
    assert saved.lines == page.editor.voucher().lines and saved.number == "1001"
    assert window.outcome.kind == "ok"


def test_a_voucher_file_dropped_on_the_window_opens_as_a_draft(gui, qtbot):
    window = gui.window
    before = window.tabs.count()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DOCUMENTED))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.tabs.count() == before + 1
    assert window.tabs.current_page().editor.header_text("number") == "1001"


def test_ledgerdesk_with_a_json_file_opens_the_window_with_it(monkeypatch):
    import app.cli as cli
    from app.ui import app as gui_app

    seen = {}
    monkeypatch.setattr(gui_app, "run_gui", lambda **options: seen.update(options) or 0)
    assert cli.main([str(DOCUMENTED)]) == 0
    assert [str(p) for p in seen["open_files"]] == [str(DOCUMENTED)]
