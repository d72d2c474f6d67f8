"""Submission and request states are spelled once, in app/store/states.py (issue 15, item 3).

Everywhere else in app/ a state is `SubmissionState.X`, `RequestState.X` or one of the sets beside them, so
renaming or adding a state is one edit and a typo is an AttributeError, not a silently empty query.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.store.states import (ALL_REQUEST_STATES, ALL_STATES, FINISHED_STATES, OPEN_STATES, POSTED_STATES,
                              REOPENABLE_STATES, RequestState, SubmissionState)

APP = Path(__file__).resolve().parents[1] / "app"
STATE_WORDS = frozenset(state.value for state in (*ALL_STATES, *ALL_REQUEST_STATES))
# The sandbox plays the targets and speaks their vocabulary; migrations are history and must not follow the
# enum if it changes; states.py is where the words are defined.
SKIPPED = ("sandbox/", "store/migrations/", "store/states.py")
# Other vocabularies that happen to share a word with ours, each its own enum: the audit log's events
# ("sending") and Confirma's sync status ("pending", "synced", "failed").
OTHER_VOCABULARIES = {"AuditEvent", "SyncStatus"}
TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# A state quoted inside SQL text: `state = 'queued'`; SQL takes them as bound parameters instead.
SQL_STATE = re.compile(r"'(%s)'" % "|".join(sorted(STATE_WORDS)))


def _exempt_constants(tree: ast.AST) -> set[int]:
    """ids of constants that are not state literals: docstrings, translation sources, other enums' members."""
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            exempt.add(id(node.value))  # a docstring or a bare string statement
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in TRANSLATION_CALLS:
                exempt.update(id(sub) for arg in node.args for sub in ast.walk(arg))
        elif isinstance(node, ast.ClassDef) and node.name in OTHER_VOCABULARIES:
            exempt.update(id(sub) for sub in ast.walk(node))
    return exempt


def state_literals(source: str, filename: str) -> list[str]:
    """Where `source` spells a submission or request state as a string, one 'file:line: text' each."""
    tree = ast.parse(source, filename)
    exempt = _exempt_constants(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in exempt:
            continue
        if node.value in STATE_WORDS:
            found.append((node.lineno, f"{filename}:{node.lineno}: {node.value!r}"))
        elif SQL_STATE.search(node.value):
            found.append((node.lineno, f"{filename}:{node.lineno}: SQL quotes a state: {node.value.strip()[:80]!r}"))
    return [text for _line, text in sorted(found)]


def test_no_state_is_spelled_as_a_string_outside_states_py():
    found = []
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if not relative.startswith(SKIPPED):
            found += state_literals(path.read_text(encoding="utf-8"), f"app/{relative}")
    assert found == [], "use SubmissionState / RequestState (app/store/states.py):\n" + "\n".join(found)


def test_the_check_sees_state_literals_in_each_form_it_forbids():
    source = '''
if row.state == "uncertain": pass
outbox.list(("accepted", "pending"))
outbox.set_request_state(7, "queued")
colours = {"synced": "green"}
conn.execute("SELECT count(*) FROM review WHERE state = 'rejected'")
conn.execute(f"UPDATE submissions SET state = 'queued' WHERE id IN ({marks})")
'''
    assert [line.split(": ", 1)[0] for line in state_literals(source, "x.py")] == [f"x.py:{n}" for n in
                                                                                  (2, 3, 3, 4, 5, 6, 7)]


def test_the_check_leaves_translations_docstrings_and_other_vocabularies_alone():
    source = '''
"""Moves a queued submission to sending."""
label = QCoreApplication.translate("ReviewStates", "uncertain")
text = self.tr("cancelled")
class AuditEvent(StrEnum):
    SENDING = "sending"
message = f"{state} at target"
conn.execute(f"SELECT * FROM review WHERE state = ? {more}", (SubmissionState.QUEUED,))
'''
    assert state_literals(source, "x.py") == []


def test_the_sets_partition_the_submission_states():
    assert set(OPEN_STATES) | set(FINISHED_STATES) == set(SubmissionState)
    assert not set(OPEN_STATES) & set(FINISHED_STATES)
    assert set(POSTED_STATES) | set(REOPENABLE_STATES) <= set(FINISHED_STATES)
    assert {state.value for state in RequestState} <= {state.value for state in SubmissionState}
