"""A voucher page's state, without Qt: editing → previewing → sending → posted / booked differently / queued /
uncertain / rejected / not sent, and what each state allows (moneyGuru's core/gui split: the widget only shows it).

Every change of state is an event looked up in TRANSITIONS; an event the current state has no entry for is
refused with `IllegalTransition`, so a late or doubled signal cannot, say, unlock a voucher that is being sent.
What a state allows is derived here, once: whether the grid and header take edits, whether autosave runs,
which commands work, and which banner the page shows above the grid.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, auto


class PageState(Enum):
    """Where one draft tab is between typing and the target's answer."""

    EDITING = auto()  # being typed
    PREVIEWING = auto()  # the preview of what will be sent is open (Enter sends, Esc goes back)
    SENDING = auto()  # on its way to the target: nothing may change what is sent
    POSTED = auto()  # the target booked it as previewed
    DIFFERS = auto()  # the target booked it, but not as the preview showed
    QUEUED = auto()  # in the outbox, not sent yet (no connection, a rate limit…): sent again as it is
    UNCERTAIN = auto()  # may have been booked: the outbox holds it until someone checks
    REJECTED = auto()  # refused (by the target or by the checks before queueing): editable, errors on cells
    NOT_SENT = auto()  # the send itself failed before any answer: editable again
    COLLEAGUES = auto()  # a colleague edits this draft (team database): shown read-only until taken over


class PageEvent(Enum):
    """What happens to a page; each moves it along TRANSITIONS."""

    PREVIEW = auto()  # Ctrl+Enter found no error: the preview opens
    PREVIEW_CLOSED = auto()  # Esc in the preview: back to where it was
    SEND = auto()  # Enter in the preview
    POSTED = auto()
    BOOKED_DIFFERENTLY = auto()
    QUEUED = auto()
    UNCERTAIN = auto()
    REJECTED = auto()
    SEND_FAILED = auto()
    COLLEAGUE_EDITS = auto()  # a colleague's draft opened to read, or this one taken over by a colleague
    TAKE_OVER = auto()  # the bookkeeper took the draft over (confirmed): theirs to edit


class PageCommand(Enum):
    """What the bookkeeper may ask of a page."""

    EDIT = auto()  # type, undo, redo, paste, insert / delete / copy lines, switch profile
    SUBMIT = auto()  # Ctrl+Enter: check and preview (then send)
    CLOSE = auto()  # Ctrl+W: close the tab


class Banner(Enum):
    """The strip the page shows above the grid."""

    NONE = auto()
    SENDING = auto()  # with a busy indicator and the send's progress
    SENT = auto()
    BOOKED_DIFFERENTLY = auto()
    NOT_CONFIRMED = auto()  # queued or uncertain: the outbox holds exactly this voucher
    COLLEAGUE = auto()  # "Being edited by Anna Virtanen …", with the key that takes it over


class IllegalTransition(Exception):
    """An event the page's current state does not accept (a programming error, never the bookkeeper's)."""

    def __init__(self, state: PageState, event: PageEvent):
        super().__init__(f"{event.name.lower()} is not possible while the page is {state.name.lower()}")
        self.state, self.event = state, event


# PREVIEW_CLOSED has no fixed target: the page goes back to the state the preview was opened from.
_BACK = None
_ANSWERS = {PageEvent.POSTED: PageState.POSTED, PageEvent.BOOKED_DIFFERENTLY: PageState.DIFFERS,
            PageEvent.QUEUED: PageState.QUEUED, PageEvent.UNCERTAIN: PageState.UNCERTAIN,
            PageEvent.REJECTED: PageState.REJECTED, PageEvent.SEND_FAILED: PageState.NOT_SENT}
# A queued or uncertain voucher may be previewed and sent again: the outbox finds the same entry, never a second.
_PREVIEWABLE = (PageState.EDITING, PageState.REJECTED, PageState.NOT_SENT, PageState.QUEUED, PageState.UNCERTAIN)

TRANSITIONS: dict[tuple[PageState, PageEvent], PageState | None] = {
    **{(state, PageEvent.PREVIEW): PageState.PREVIEWING for state in _PREVIEWABLE},
    (PageState.PREVIEWING, PageEvent.PREVIEW_CLOSED): _BACK,
    (PageState.PREVIEWING, PageEvent.SEND): PageState.SENDING,
    **{(PageState.SENDING, event): state for event, state in _ANSWERS.items()},
    # Only a draft being typed can be a colleague's: a voucher on its way or held in the outbox is past drafts.
    **{(state, PageEvent.COLLEAGUE_EDITS): PageState.COLLEAGUES
       for state in (PageState.EDITING, PageState.REJECTED, PageState.NOT_SENT)},
    (PageState.COLLEAGUES, PageEvent.TAKE_OVER): PageState.EDITING,
}


@dataclass(frozen=True)
class PageRules:
    """What a state allows and shows."""

    editable: bool  # the grid and the header take edits
    autosave: bool  # committed edits are saved as a draft
    commands: frozenset[PageCommand]
    banner: Banner


_EDITABLE = PageRules(True, True, frozenset(PageCommand), Banner.NONE)
_HELD = PageRules(False, False, frozenset({PageCommand.SUBMIT, PageCommand.CLOSE}), Banner.NOT_CONFIRMED)
_DONE = frozenset({PageCommand.CLOSE})
RULES: dict[PageState, PageRules] = {
    PageState.EDITING: _EDITABLE,
    PageState.REJECTED: _EDITABLE,
    PageState.NOT_SENT: _EDITABLE,
    # The preview is modal and shows what will be sent: no edit under it. Autosave and the banner stay as in
    # the state it was opened from (see PageStateMachine.rules), so the edit made just before Ctrl+Enter is
    # saved before the send starts. This entry is the preview of a voucher being typed.
    PageState.PREVIEWING: PageRules(False, True, frozenset(), Banner.NONE),
    PageState.SENDING: PageRules(False, False, frozenset(), Banner.SENDING),
    PageState.POSTED: PageRules(False, False, _DONE, Banner.SENT),
    PageState.DIFFERS: PageRules(False, False, _DONE, Banner.BOOKED_DIFFERENTLY),
    PageState.QUEUED: _HELD,
    PageState.UNCERTAIN: _HELD,
    PageState.COLLEAGUES: PageRules(False, False, _DONE, Banner.COLLEAGUE),
}


class PageStateMachine:
    """One page's state; `handle(event)` is the only way to change it."""

    def __init__(self, state: PageState = PageState.EDITING):
        self._state = state
        self._before_preview = state

    @property
    def state(self) -> PageState:
        return self._state

    def can(self, event: PageEvent) -> bool:
        """Would `handle(event)` be accepted now?"""
        return (self._state, event) in TRANSITIONS

    def handle(self, event: PageEvent) -> PageState:
        """Move to the state `event` leads to, or raise IllegalTransition (the state is then unchanged)."""
        key = (self._state, event)
        if key not in TRANSITIONS:
            raise IllegalTransition(self._state, event)
        target = TRANSITIONS[key]
        if event is PageEvent.PREVIEW:
            self._before_preview = self._state
        if target is _BACK:
            # Back from a preview: a queued or uncertain voucher stays held; an editable one is being typed again.
            target = self._before_preview if not RULES[self._before_preview].editable else PageState.EDITING
        self._state = target
        return target

    @property
    def rules(self) -> PageRules:
        if self._state is PageState.PREVIEWING:
            return replace(RULES[self._before_preview], editable=False, commands=frozenset())
        return RULES[self._state]

    @property
    def editable(self) -> bool:
        return self.rules.editable

    @property
    def autosave(self) -> bool:
        return self.rules.autosave

    @property
    def banner(self) -> Banner:
        return self.rules.banner

    def allows(self, command: PageCommand) -> bool:
        return command in self.rules.commands
