"""The voucher page's states and what each allows, without a widget (the page only shows them)."""

from __future__ import annotations

import copy
import itertools

import pytest

from app.editing.page_state import (RULES, TRANSITIONS, Banner, IllegalTransition, PageCommand, PageEvent, PageState,
                                    PageStateMachine)

E = PageEvent


def walk(*events: PageEvent) -> PageStateMachine:
    machine = PageStateMachine()
    for event in events:
        machine.handle(event)
    return machine


def test_a_new_page_is_typed_into_and_saved_as_it_is_typed():
    page = PageStateMachine()
    assert page.state is PageState.EDITING
    assert page.editable and page.autosave and page.banner is Banner.NONE
    assert all(page.allows(c) for c in PageCommand)


def test_nothing_changes_under_the_preview_and_esc_goes_back_to_typing():
    page = walk(E.PREVIEW)
    assert page.state is PageState.PREVIEWING
    assert not page.editable and not any(page.allows(c) for c in PageCommand)
    assert page.autosave  # the edit made just before Ctrl+Enter still reaches the draft before sending
    assert page.handle(E.PREVIEW_CLOSED) is PageState.EDITING
    assert page.editable


def test_while_the_voucher_is_sent_it_cannot_change_be_sent_again_or_closed():
    page = walk(E.PREVIEW, E.SEND)
    assert page.state is PageState.SENDING
    assert not page.editable and not page.autosave and page.banner is Banner.SENDING
    assert not any(page.allows(c) for c in PageCommand)
    with pytest.raises(IllegalTransition):
        page.handle(E.PREVIEW)  # a second Ctrl+Enter while the first send runs
    assert page.state is PageState.SENDING


@pytest.mark.parametrize(("answer", "state", "banner"), [
    (E.POSTED, PageState.POSTED, Banner.SENT),
    (E.BOOKED_DIFFERENTLY, PageState.DIFFERS, Banner.BOOKED_DIFFERENTLY),
])
def test_a_booked_voucher_stays_as_it_was_sent_and_can_only_be_closed(answer, state, banner):
    page = walk(E.PREVIEW, E.SEND, answer)
    assert page.state is state and page.banner is banner
    assert not page.editable and not page.autosave  # the draft is archived: a save would bring it back
    assert [c for c in PageCommand if page.allows(c)] == [PageCommand.CLOSE]
    for event in PageEvent:
        assert not page.can(event)


@pytest.mark.parametrize(("answer", "state"), [(E.QUEUED, PageState.QUEUED), (E.UNCERTAIN, PageState.UNCERTAIN)])
def test_an_unconfirmed_voucher_stays_frozen_but_ctrl_enter_sends_the_same_one_again(answer, state):
    page = walk(E.PREVIEW, E.SEND, answer)
    assert page.state is state and page.banner is Banner.NOT_CONFIRMED
    assert not page.editable and not page.autosave  # the outbox holds exactly this voucher
    assert page.allows(PageCommand.SUBMIT) and not page.allows(PageCommand.EDIT)
    page.handle(E.PREVIEW)
    assert page.banner is Banner.NOT_CONFIRMED and not page.autosave and not page.editable
    assert page.handle(E.PREVIEW_CLOSED) is state  # Esc in that preview: still frozen, not typeable again
    assert page.handle(E.PREVIEW) is PageState.PREVIEWING
    assert page.handle(E.SEND) is PageState.SENDING
    assert page.handle(E.POSTED) is PageState.POSTED


@pytest.mark.parametrize(("answer", "state"), [(E.REJECTED, PageState.REJECTED), (E.SEND_FAILED, PageState.NOT_SENT)])
def test_a_refused_or_failed_send_is_editable_again_and_can_be_sent_once_corrected(answer, state):
    page = walk(E.PREVIEW, E.SEND, answer)
    assert page.state is state
    assert page.editable and page.autosave and page.banner is Banner.NONE
    assert all(page.allows(c) for c in PageCommand)
    page.handle(E.PREVIEW)
    assert page.handle(E.PREVIEW_CLOSED) is PageState.EDITING
    assert walk(E.PREVIEW, E.SEND, answer, E.PREVIEW, E.SEND, E.POSTED).state is PageState.POSTED


def test_an_answer_without_a_send_is_refused_and_changes_nothing():
    page = PageStateMachine()
    for event in (E.SEND, E.POSTED, E.REJECTED, E.QUEUED, E.PREVIEW_CLOSED, E.SEND_FAILED):
        assert not page.can(event)
        with pytest.raises(IllegalTransition) as raised:
            page.handle(event)
        assert raised.value.state is PageState.EDITING and raised.value.event is event
        assert page.state is PageState.EDITING


def test_every_pair_outside_the_table_is_refused_and_every_pair_in_it_accepted():
    for state, event in itertools.product(PageState, PageEvent):
        page = PageStateMachine(state)
        if (state, event) in TRANSITIONS:
            page.handle(event)
        else:
            with pytest.raises(IllegalTransition):
                page.handle(event)
            assert page.state is state


def test_every_state_has_its_rules_and_is_reached_from_a_new_page():
    assert set(RULES) == set(PageState)
    reached, frontier = {PageState.EDITING}, [PageStateMachine()]
    while frontier:
        page = frontier.pop()
        for event in filter(page.can, PageEvent):
            after = copy.copy(page)
            if after.handle(event) not in reached:
                reached.add(after.state)
                frontier.append(after)
    assert reached == set(PageState)


def test_only_an_editable_state_takes_edits_and_only_a_state_with_a_voucher_in_flight_hides_close():
    for state, rules in RULES.items():
        assert (PageCommand.EDIT in rules.commands) == rules.editable, state
        assert (PageCommand.CLOSE in rules.commands) == (state not in (PageState.SENDING, PageState.PREVIEWING))


def test_ctrl_enter_is_offered_exactly_where_a_preview_may_open():
    for state in PageState:
        page = PageStateMachine(state)
        assert page.allows(PageCommand.SUBMIT) == page.can(E.PREVIEW), state


@pytest.mark.parametrize("before", [(), (E.PREVIEW, E.SEND, E.REJECTED), (E.PREVIEW, E.SEND, E.SEND_FAILED)])
def test_a_colleagues_draft_is_read_only_unsaved_and_unsendable_until_taken_over(before):
    page = walk(*before, E.COLLEAGUE_EDITS)
    assert page.state is PageState.COLLEAGUES and page.banner is Banner.COLLEAGUE
    assert not page.editable and not page.autosave  # nothing typed here, nothing saved over the colleague's work
    assert not page.allows(PageCommand.SUBMIT) and not page.can(E.PREVIEW) and page.allows(PageCommand.CLOSE)
    assert page.handle(E.TAKE_OVER) is PageState.EDITING and page.editable and page.autosave


@pytest.mark.parametrize("held", [(E.PREVIEW,), (E.PREVIEW, E.SEND), (E.PREVIEW, E.SEND, E.QUEUED),
                                  (E.PREVIEW, E.SEND, E.POSTED)])
def test_a_voucher_previewed_sent_or_held_is_no_colleagues_draft(held):
    page = walk(*held)
    with pytest.raises(IllegalTransition):
        page.handle(E.COLLEAGUE_EDITS)
