"""Checks any window or dialog can be put through without anyone's eyes: cut-off text, keyboard reach,
untranslated words. Each returns plain findings ("<window> · <what>: <text>"), empty when all is well.

What counts as cut off: a label, button, check box or group title whose text needs more width than the
widget has; a table header section narrower than its caption; a status bar message longer than the room
the permanent widgets leave. Elided-by-design texts are the exception, and say so with a tooltip holding
the whole text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from app.ui.accessibility import plain

REPO = Path(__file__).resolve().parents[2]
SLACK = 1  # px: rounding between a size hint and a laid-out width


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def _where(widget: QWidget) -> str:
    names = []
    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        if w.objectName():
            names.append(w.objectName())
        w = w.parentWidget()
    return f"{type(widget).__name__} {'/'.join(reversed(names)) or '?'}"


def cut_texts(root: QWidget) -> list[str]:
    """Texts under `root` (its own window only) that do not fit where they are shown."""
    found: list[str] = []
    widgets = [w for w in [root, *root.findChildren(QWidget)] if w.window() is root.window() and _shown(w)]
    for w in widgets:
        if isinstance(w, QLabel):
            text = w.text()
            if not text.strip() or w.pixmap() is not None and not w.pixmap().isNull():
                continue
            if w.wordWrap():
                if w.heightForWidth(w.contentsRect().width()) > w.contentsRect().height() + SLACK:
                    found.append(f"{_where(w)} wraps below its height: {plain(text)!r}")
            elif w.sizeHint().width() > w.width() + SLACK and plain(w.toolTip()) != plain(text):
                found.append(f"{_where(w)} cut ({w.width()} of {w.sizeHint().width()} px): {plain(text)!r}")
        elif isinstance(w, (QCheckBox, QRadioButton)) or (isinstance(w, QAbstractButton) and w.text()):
            if w.text() and w.sizeHint().width() > w.width() + SLACK:
                found.append(f"{_where(w)} cut ({w.width()} of {w.sizeHint().width()} px): {plain(w.text())!r}")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(plain(w.title())) + 16
            if need > w.width() + SLACK:
                found.append(f"{_where(w)} title cut: {plain(w.title())!r}")
        elif isinstance(w, QHeaderView):
            found += _cut_sections(w)
        elif isinstance(w, QStatusBar):
            found += _cut_status(w)
    return found


def _cut_sections(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not _shown(header):
        return []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if not horizontal:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.sectionSizeHint(section)  # Qt's own measure: current font, style sheet padding, bold
        if need > header.sectionSize(section) + SLACK:
            found.append(f"{_where(header)} column {section} cut ({header.sectionSize(section)} of {need} px): "
                         f"{str(text)!r}")
    return found


def _cut_status(bar: QStatusBar) -> list[str]:
    message = bar.currentMessage()
    if not message:
        return []
    permanent = sum(w.width() + 8 for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if _shown(w) and not isinstance(w, QMenu) and w.metaObject().className() != "QSizeGrip")
    room = bar.width() - permanent - 12
    need = bar.fontMetrics().horizontalAdvance(message)
    return [f"status bar message cut ({room} of {need} px): {message!r}"] if need > room else []


def unreachable(root: QWidget) -> list[str]:
    """Tab pages the keyboard cannot get to, and menu entries with neither a key nor an Alt letter."""
    found: list[str] = []
    chain = _focus_chain(root)
    for tabs in root.findChildren(QTabWidget):
        if tabs.window() is not root.window() or not _shown(tabs) or tabs.count() < 2:
            continue
        bar = tabs.tabBar()
        if bar not in chain:
            found.append(f"{_where(tabs)}: tabs {[plain(tabs.tabText(i)) for i in range(tabs.count())]} "
                         f"cannot be reached by keyboard")
    others = len(chain) > 1
    for view in chain:
        if isinstance(view, QAbstractItemView) and view.tabKeyNavigation() and others \
                and not view.property("leave_keys"):
            found.append(f"{_where(view)}: Tab moves between its cells and never leaves it (no key named to leave)")
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found += _menu_without_keys(action.menu(), plain(action.text()))
    return found


def _focus_chain(root: QWidget) -> set[QWidget]:
    window = root.window()
    seen: set[QWidget] = set()
    w = window.nextInFocusChain()
    while w is not None and w not in seen and w is not window:
        seen.add(w)
        w = w.nextInFocusChain()
    return {w for w in seen if w.window() is window and w.isVisibleTo(window) and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus}


def _menu_without_keys(menu: QMenu | None, path: str) -> list[str]:
    if menu is None:
        return []
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            found += _menu_without_keys(action.menu(), f"{path} ▸ {plain(action.text())}")
            continue
        if action.shortcut().isEmpty() and not re.search(r"&[^&]", action.text()):
            found.append(f"menu {path} ▸ {plain(action.text())!r} has no key and no Alt letter")
    return found


def texts(root: QWidget) -> list[str]:
    """The words the window itself shows (not data in its cells): titles, labels, buttons, headers, tabs."""
    window = root.window()
    shown: list[str] = [window.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if w.window() is not window or not _shown(w):
            continue
        if isinstance(w, QLabel):
            shown.append(w.text())
        elif isinstance(w, QAbstractButton):
            shown.append(w.text())
        elif isinstance(w, QGroupBox):
            shown.append(w.title())
        elif isinstance(w, QTabBar):
            shown += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            shown += [str(w.model().headerData(s, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                      for s in range(w.count()) if not w.isSectionHidden(s)
                      and w.orientation() == Qt.Orientation.Horizontal]
        elif isinstance(w, QStatusBar):
            shown.append(w.currentMessage())
        if w.toolTip():
            shown.append(w.toolTip())
        if hasattr(w, "placeholderText") and callable(w.placeholderText):
            shown.append(w.placeholderText())
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            shown.append(action.text())
            if action.menu() is not None:
                shown += [a.text() for a in action.menu().actions() if not a.isSeparator()]
    return [plain(t) for t in shown if t and plain(t)]


@cache
def _english_sources(language: str) -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    """Each English source string of our catalogue that the language translates differently, as a pattern
    matching the source with any arguments filled in; and the language's own words (its translations), which
    may equal some other English source (German "Profile" is the plural of "Profil")."""
    tree = ET.parse(REPO / "resources" / "i18n" / f"ledgerdesk_{language}.ts")
    patterns = []
    own = {plain(t.text or "") for t in tree.iter("translation")} | {plain(t.text or "") for t in tree.iter("numerusform")}
    for message in tree.iter("message"):
        source = plain(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [t.text or "" for t in translation.iter("numerusform")] if translation is not None else []
        target = plain((translation.text or "") if translation is not None else "")
        literal = re.sub(r"%(?:\d+|n)|\{\w*\}", "", source)  # what the source says besides its arguments
        if not re.search(r"[A-Za-z]{3}", literal) or target == source or source in map(plain, forms):
            continue
        escaped = re.escape(source)
        escaped = re.sub(r"%(?:\d+|n)|\\\{\w*\\\}", ".+", escaped)
        patterns.append(re.compile(escaped, re.DOTALL))
        # An English phrase of four or more words from it, found inside a longer text, is English left over
        # (a parameter that stayed English inside a translated sentence).
        for chunk in re.split(r"%(?:\d+|n)|\{\w*\}", source):
            if len(re.findall(r"[A-Za-z]{2,}", chunk)) >= 4:
                patterns.append(re.compile(r".*" + re.escape(chunk.strip()) + r".*", re.DOTALL))
    return tuple(patterns), frozenset(own)


def untranslated(root: QWidget, language: str) -> list[str]:
    """Texts shown in `language` that are one of our English source strings (so the translation was missed
    or bypassed), or that contain an English sentence from the lower layers' catalogue."""
    if language == "en":
        return []
    sources, own = _english_sources(language)
    found = []
    for text in texts(root):
        if text not in own and any(pattern.fullmatch(text) for pattern in sources):
            found.append(f"{type(root.window()).__name__}: English {text!r}")
    return found


def screenshot(root: QWidget, name: str) -> Path:
    folder = REPO / "artifacts" / "screenshots" / "audit"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    root.window().grab().save(str(path))
    return path


def audit(root: QWidget, language: str, name: str) -> list[str]:
    screenshot(root, name)
    return [f"[{name}] {f}" for f in cut_texts(root) + unreachable(root) + untranslated(root, language)]

