"""Issue 18: the review's "1 voucher changed state." stayed on screen long after, reading as news."""

from __future__ import annotations

from app.services.commands.sync import StateChange, SyncReport
from app.store.states import SubmissionState

from .support import open_review


def test_a_changed_state_message_goes_when_the_next_sync_has_nothing_new(gui, qtbot):
    review = open_review(gui, qtbot)
    review._synced(SyncReport(changed=(StateChange(1, "1001", SubmissionState.SYNCED, ""),)))
    assert review.outcome.isVisible() and "changed state" in review.outcome.text.text()
    review._synced(SyncReport())  # the next sync (F5 or the 3-minute timer) finds nothing new
    assert not review.outcome.isVisible()
    review._synced(SyncReport(problems=("Confirma did not answer.",)))
    assert review.outcome.isVisible() and review.outcome.kind == "warning"
    review._synced(SyncReport(problems=("Confirma did not answer.",)))  # still failing: still said
    assert review.outcome.isVisible() and review.outcome.kind == "warning"
    review._synced(SyncReport())  # it answers again: the warning is gone
    assert not review.outcome.isVisible()
    review.outcome.show_message("ok", "Voucher 1001 reversed into a new draft.")  # the bookkeeper's own action
    review._synced(SyncReport())
    assert review.outcome.isVisible()  # a sync with nothing to say leaves what it did not say
    review.close()
