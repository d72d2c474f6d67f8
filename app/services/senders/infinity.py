"""Sending an Infinity submission: one frozen entry body a request, in order, resuming after those booked.

Each request carries its planned entry and the cells its fields come from, frozen at queue time. A request
queued before schema 4 has neither: it is sent as it is, and a refusal of it names fields without cells
(nothing is re-planned against a chart or VAT table that may have changed since).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.client.infinity import InfinityClient
from app.client.outcomes import Accepted, Outcome, RateLimited
from app.crashpoints import crash_point
from app.domain.messages import Message
from app.services.queueing import entry_from_json
from app.services.senders import NoteSending, Progress, Sent, request_body
from app.store.outbox import Outbox, RequestRow, Submission
from app.store.states import RequestState


class InfinitySender:
    """POSTs the entries not yet booked, one by one, within the hourly request budget."""

    def __init__(self, client: InfinityClient, outbox: Outbox, note_sending: NoteSending,
                 in_context: Callable[[int, int], None], progress: Progress, sleep: Callable[[float], None]):
        self.client, self.outbox, self.note_sending, self.in_context = client, outbox, note_sending, in_context
        self.progress, self.sleep = progress, sleep

    def send(self, submission: Submission, requests: list[RequestRow]) -> Sent:
        waiting = [r for r in requests if r.state != RequestState.ACCEPTED]
        check = self.client.budget_check(len(waiting))
        if not isinstance(check, Outcome) and check.wait_seconds > 0:
            self.progress(check.message)
        outcome: Outcome = Accepted(201)
        booked: dict[int, list[dict[str, Any]]] = {}
        for request in waiting:
            self.outbox.set_request_state(request.id, RequestState.SENDING)
            self.note_sending(submission, request)
            crash_point("before-request")
            self.in_context(submission.id, request.id)
            outcome = self._post(request)
            while isinstance(outcome, RateLimited) and outcome.local and outcome.retry_after is not None:
                # Our own budget held it back and nothing left: wait, say so, and try again.
                self.outbox.set_request_state(request.id, RequestState.QUEUED)
                self.progress(outcome.message)
                self.sleep(outcome.retry_after)
                self.outbox.set_request_state(request.id, RequestState.SENDING)
                outcome = self._post(request)
            crash_point("after-response")
            if not isinstance(outcome, Accepted):
                return Sent(outcome, (request.id,), booked)
            booked[request.id] = [t.model_dump(mode="json") for t in outcome.value]
            self.outbox.set_request_state(request.id, RequestState.ACCEPTED, booked[request.id])
            self.progress(Message("progress_entry_booked", entry=request.seq, total=len(requests)))
        return Sent(outcome, (), booked)

    def _post(self, request: RequestRow) -> Outcome:
        mapping = request.mapping_data
        return self.client.post_entry(request_body(request), entry=entry_from_json(mapping.get("entry", {})),
                                      cells=mapping.get("cells"))
