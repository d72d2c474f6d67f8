"""How the review list names and colours a submission's state (app/store/states.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.store.review_filter import REVIEW_STATES
from app.ui import style


# (foreground, background): green when the target booked it, red when it did not, amber while waiting,
# and a strong orange for "uncertain", which needs the bookkeeper's decision. Read at call time, as
# style.use_palette() may have replaced the shared tints (dark and high-contrast palettes).
_OWN_COLOURS = {"queued": ("#4a5563", "#eef0f3"), "sending": ("#1d4f91", "#dde9fb"),
                "accepted": ("#0f6b5c", "#ddf3ee"), "uncertain": ("#ffffff", "#c25100"),
                "cancelled": ("#4a5563", "#f4f4f4")}


def state_colours(state: str) -> tuple[QColor, QColor]:
    """(text, background) of a state's cell and filter chip."""
    shared = {"pending": (style.WARNING_TEXT, style.WARNING_BACKGROUND),
              "differs": (style.WARNING_TEXT, style.WARNING_BACKGROUND),
              "synced": (style.OK_TEXT, QColor("#e3f4e6")),
              "failed": (style.ERROR_TEXT, style.ERROR_BACKGROUND),
              "rejected": (style.ERROR_TEXT, style.ERROR_BACKGROUND)}
    if state in shared:
        return shared[state]
    fg, bg = _OWN_COLOURS.get(state, ("#333333", "#eeeeee"))
    return QColor(fg), QColor(bg)


def state_label(state: str) -> str:
    """The state as the list shows it ("pending at target", "failed at target", …)."""
    labels = {
        "queued": QCoreApplication.translate("ReviewStates", "queued"),
        "sending": QCoreApplication.translate("ReviewStates", "sending"),
        "accepted": QCoreApplication.translate("ReviewStates", "accepted"),
        "pending": QCoreApplication.translate("ReviewStates", "pending at target"),
        "synced": QCoreApplication.translate("ReviewStates", "synced"),
        "failed": QCoreApplication.translate("ReviewStates", "failed at target"),
        "rejected": QCoreApplication.translate("ReviewStates", "rejected"),
        "uncertain": QCoreApplication.translate("ReviewStates", "uncertain"),
        "cancelled": QCoreApplication.translate("ReviewStates", "cancelled"),
        "differs": QCoreApplication.translate("ReviewStates", "booked differently"),
    }
    return labels.get(state, state)


def state_meaning(state: str) -> str:
    """One sentence on what a state means, for tooltips."""
    meanings = {
        "queued": QCoreApplication.translate("ReviewStates", "Waiting in the outbox; nothing has been booked."),
        "sending": QCoreApplication.translate("ReviewStates", "Being sent right now."),
        "accepted": QCoreApplication.translate("ReviewStates", "The target took it."),
        "pending": QCoreApplication.translate("ReviewStates", "Confirma has it queued for the accounting system."),
        "synced": QCoreApplication.translate("ReviewStates", "Booked in the accounting system."),
        "failed": QCoreApplication.translate("ReviewStates", "The accounting system refused it; see the description."),
        "rejected": QCoreApplication.translate("ReviewStates", "The target refused it; nothing was booked."),
        "uncertain": QCoreApplication.translate("ReviewStates", "It may or may not have arrived: your decision is "
                                                          "needed (Ctrl+Shift+D)."),
        "cancelled": QCoreApplication.translate("ReviewStates", "Withdrawn by the bookkeeper; nothing was booked. "
                                                              "It can be corrected and sent again."),
        "differs": QCoreApplication.translate("ReviewStates", "The target booked it, but not as the preview showed "
                                                            "(other amounts or currency): compare them in the "
                                                            "detail."),
    }
    return meanings.get(state, "")


__all__ = ["REVIEW_STATES", "state_colours", "state_label", "state_meaning"]
