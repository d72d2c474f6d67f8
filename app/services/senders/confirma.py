"""Sending a Confirma submission: its one frozen voucher body, with the row mapping frozen beside it."""

from __future__ import annotations

from collections.abc import Callable

from app.client.confirma import ConfirmaClient
from app.client.field_mapping import row_lines_from_body
from app.crashpoints import crash_point
from app.services.senders import NoteSending, Sent, request_body
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.states import RequestState


class ConfirmaSender:
    """POSTs the frozen body; Confirma books a voucher whole or not at all."""

    def __init__(self, client: ConfirmaClient, outbox: Outbox, note_sending: NoteSending,
                 in_context: Callable[[int, int], None]):
        self.client, self.outbox, self.note_sending, self.in_context = client, outbox, note_sending, in_context

    def send(self, submission: Submission, requests: list[RequestRow]) -> Sent:
        (request,) = requests
        body = request_body(request)
        # Frozen when it was queued; a request from before schema 4 maps rows from its own body.
        row_lines = request.mapping_data.get("row_lines") or row_lines_from_body(body)
        self.outbox.set_request_state(request.id, RequestState.SENDING)
        self.note_sending(submission, request)
        crash_point("before-request")
        self.in_context(submission.id, request.id)
        outcome = self.client.post_voucher(body, row_lines=row_lines)
        crash_point("after-response")
        return Sent(outcome, (request.id,))
