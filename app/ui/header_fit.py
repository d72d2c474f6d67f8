"""No table caption is ever cut: every horizontal header section is at least as wide as its caption needs.

Column widths are chosen for English numbers (the grid's WIDTHS) or by `resizeColumnsToContents()`,
which may run before the window's style sheet (padding, bold captions) is applied. Captions then come out
cut in the longer languages ("Kustannuspa", ":ode"). Rather than each table remembering to widen its
columns, one event filter (set by apply_window_style on each styled window, dialog and grid) widens any
header section to Qt's own measure of its caption (`sectionSizeHint`: font, style-sheet padding, bold)
whenever the header is shown, polished, restyled or its captions change. A section the bookkeeper narrows by hand afterwards stays as they left it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

_WATCHED = "ledgerdesk_header_fit"
_EVENTS = {QEvent.Type.Show, QEvent.Type.Polish, QEvent.Type.StyleChange, QEvent.Type.FontChange}


def widen_to_captions(header: QHeaderView) -> None:
    """Widen each visible section of a horizontal header that is narrower than its caption."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive and \
                header.sectionResizeMode(section) != QHeaderView.ResizeMode.Fixed:
            continue  # Stretch and ResizeToContents size themselves
        need = header.sectionSizeHint(section)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


class _HeaderFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _EVENTS:
            if isinstance(watched, QHeaderView):
                QTimer.singleShot(0, lambda h=watched: _widen_if_alive(h))
            elif event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
                for header in watched.findChildren(QHeaderView):
                    self.watch_header(header)
        return False

    def watch_header(self, header: QHeaderView) -> None:
        if header.property(_WATCHED):
            return
        header.setProperty(_WATCHED, True)
        header.installEventFilter(self)
        model = header.model()
        if model is not None:  # captions change: language, "Rate on <date>", a new model
            model.headerDataChanged.connect(lambda *_: _widen_if_alive(header))
            model.modelReset.connect(lambda: _widen_if_alive(header))
            model.columnsInserted.connect(lambda *_: _widen_if_alive(header))
        QTimer.singleShot(0, lambda: _widen_if_alive(header))


def _widen_if_alive(header: QHeaderView) -> None:
    try:
        widen_to_captions(header)
    except RuntimeError:  # the header was deleted before the deferred call
        pass


_filter: _HeaderFit | None = None


def watch(widget: QWidget) -> None:
    """Keep the captions of every table under `widget` whole from its first showing on (apply_window_style
    calls this for each window, dialog and grid it styles)."""
    global _filter
    if _filter is None:
        _filter = _HeaderFit(QApplication.instance())
    if widget.property(_WATCHED):
        return
    widget.setProperty(_WATCHED, True)
    if isinstance(widget, QHeaderView):
        _filter.watch_header(widget)
    else:
        widget.installEventFilter(_filter)
