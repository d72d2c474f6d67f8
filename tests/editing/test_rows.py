"""The display-row index: O(log n) row ↔ line mapping, checked against a plain list."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.editing.rows import RowIndex


def flat(weights):
    return [(i, off) for i, w in enumerate(weights) for off in range(w)]


ops = st.lists(st.one_of(
    st.tuples(st.just("set"), st.integers(0, 40), st.integers(1, 2)),
    st.tuples(st.just("append"), st.integers(1, 2), st.integers(0, 0)),
    st.tuples(st.just("insert"), st.integers(0, 40), st.lists(st.integers(1, 2), max_size=3)),
    st.tuples(st.just("delete"), st.integers(0, 40), st.integers(1, 3)),
), max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(1, 2), max_size=20), ops)
def test_row_index_matches_a_plain_list(initial, operations):
    index, weights = RowIndex(initial), list(initial)
    for kind, a, b in operations:
        if kind == "set" and weights:
            index.set_weight(a % len(weights), b)
            weights[a % len(weights)] = b
        elif kind == "append":
            index.append(a)
            weights.append(a)
        elif kind == "insert":
            at = a % (len(weights) + 1)
            index.insert(at, b)
            weights[at:at] = b
        elif kind == "delete" and weights:
            at = a % len(weights)
            count = min(b, len(weights) - at)
            index.delete(at, count)
            del weights[at:at + count]
        rows = flat(weights)
        assert index.row_count == len(rows) and len(index) == len(weights)
        assert [index.line_at(r) for r in range(len(rows))] == rows
        assert [index.row_of(i) for i in range(len(weights) + 1)] == [sum(weights[:i]) for i in range(len(weights) + 1)]


def test_appending_and_vat_rows_do_not_rebuild():
    index = RowIndex([1] * 1000)
    built = index.rebuilds
    for _ in range(100):
        index.append(2)
    index.set_weight(3, 2)
    index.delete(len(index) - 5, 5)
    assert index.rebuilds == built
    assert index.line_at(index.row_of(500)) == (500, 0)
