"""How the review list names and colours a submission's state (app/store/states.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.store.review_filter import REVIEW_STATES
from app.store.states import SubmissionState as State
from app.ui import style


# (foreground, background): green when the target booked it, red when it did not, amber while waiting,
# and a strong orange for "uncertain", which needs the bookkeeper's decision. Read at call time, as
# style.use_palette() may have replaced the shared tints (dark and high-contrast palettes).
# Keyed by str: a SubmissionState is a str, and a row's state may come as the stored text.
_OWN_COLOURS: dict[str, tuple[str, str]] = {
    State.QUEUED: ("#4a5563", "#eef0f3"), State.SENDING: ("#1d4f91", "#dde9fb"),
    State.ACCEPTED: ("#0f6b5c", "#ddf3ee"), State.UNCERTAIN: ("#ffffff", "#c25100"),
    State.CANCELLED: ("#4a5563", "#f4f4f4")}


def state_colours(state: str) -> tuple[QColor, QColor]:
    """(text, background) of a state's cell and filter chip."""
    shared: dict[str, tuple[QColor, QColor]] = {State.PENDING: (style.WARNING_TEXT, style.WARNING_BACKGROUND),
                                                State.DIFFERS: (style.WARNING_TEXT, style.WARNING_BACKGROUND),
                                                State.SYNCED: (style.OK_TEXT, QColor("#e3f4e6")),
                                                State.FAILED: (style.ERROR_TEXT, style.ERROR_BACKGROUND),
                                                State.REJECTED: (style.ERROR_TEXT, style.ERROR_BACKGROUND)}
    if state in shared:
        return shared[state]
    fg, bg = _OWN_COLOURS.get(state, ("#333333", "#eeeeee"))
    return QColor(fg), QColor(bg)


def state_label(state: str) -> str:
    """The state as the list shows it ("pending at target", "failed at target", …)."""
    labels: dict[str, str] = {
        State.QUEUED: QCoreApplication.translate("ReviewStates", "queued"),
        State.SENDING: QCoreApplication.translate("ReviewStates", "sending"),
        State.ACCEPTED: QCoreApplication.translate("ReviewStates", "accepted"),
        State.PENDING: QCoreApplication.translate("ReviewStates", "pending at target"),
        State.SYNCED: QCoreApplication.translate("ReviewStates", "synced"),
        State.FAILED: QCoreApplication.translate("ReviewStates", "failed at target"),
        State.REJECTED: QCoreApplication.translate("ReviewStates", "rejected"),
        State.UNCERTAIN: QCoreApplication.translate("ReviewStates", "uncertain"),
        State.CANCELLED: QCoreApplication.translate("ReviewStates", "cancelled"),
        State.DIFFERS: QCoreApplication.translate("ReviewStates", "booked differently"),
    }
    return labels.get(state, state)


def state_meaning(state: str) -> str:
    """One sentence on what a state means, for tooltips."""
    meanings: dict[str, str] = {
        State.QUEUED: QCoreApplication.translate("ReviewStates", "Waiting in the outbox; nothing has been booked."),
        State.SENDING: QCoreApplication.translate("ReviewStates", "Being sent right now."),
        State.ACCEPTED: QCoreApplication.translate("ReviewStates", "The target took it."),
        State.PENDING: QCoreApplication.translate("ReviewStates", "Confirma has it queued for the accounting system."),
        State.SYNCED: QCoreApplication.translate("ReviewStates", "Booked in the accounting system."),
        State.FAILED: QCoreApplication.translate("ReviewStates",
                                                 "The accounting system refused it; see the description."),
        State.REJECTED: QCoreApplication.translate("ReviewStates", "The target refused it; nothing was booked."),
        State.UNCERTAIN: QCoreApplication.translate("ReviewStates", "It may or may not have arrived: your decision is "
                                                                    "needed (Ctrl+Shift+D)."),
        State.CANCELLED: QCoreApplication.translate("ReviewStates", "Withdrawn by the bookkeeper; nothing was booked. "
                                                                    "It can be corrected and sent again."),
        State.DIFFERS: QCoreApplication.translate("ReviewStates", "The target booked it, but not as the preview showed "
                                                                  "(other amounts or currency): compare them in the "
                                                                  "detail."),
    }
    return meanings.get(state, "")


__all__ = ["REVIEW_STATES", "state_colours", "state_label", "state_meaning"]
