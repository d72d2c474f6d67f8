"""Display rows ↔ lines: each line shows as one row, or two when a derived VAT row sits under it.

A Fenwick (binary indexed) tree over the per-line row counts answers `row_of(line)` and
`line_at(row)` in O(log n) and takes a VAT row appearing or disappearing in O(log n), so a
keystroke never rebuilds the mapping. Appending a line is O(log n); inserting or removing lines
in the middle rebuilds the tree in one O(n) pass (the list insert itself is O(n) anyway).
"""

from __future__ import annotations

from collections.abc import Iterable


class RowIndex:
    """Per-line display-row counts (1 or 2) with O(log n) prefix sums and row search."""

    def __init__(self, weights: Iterable[int] = ()):
        self._weights: list[int] = list(weights)
        self._tree: list[int] = []
        self._total = 0
        self.rebuilds = 0  # how many O(n) rebuilds ran; tests use it to prove a keystroke does none
        self._build()

    def _build(self) -> None:
        self.rebuilds += 1
        n = len(self._weights)
        tree = [0] * (n + 1)
        for i, weight in enumerate(self._weights, start=1):
            tree[i] += weight
            parent = i + (i & -i)
            if parent <= n:
                tree[parent] += tree[i]
        self._tree = tree
        self._total = sum(self._weights)

    def __len__(self) -> int:
        return len(self._weights)

    @property
    def row_count(self) -> int:
        """All display rows."""
        return self._total

    def weight(self, line: int) -> int:
        """Display rows of one line (2 when it has a VAT row)."""
        return self._weights[line]

    def row_of(self, line: int) -> int:
        """The display row of a line (0-based); `row_of(len(self))` is the row count."""
        total, i = 0, line
        while i > 0:
            total += self._tree[i]
            i -= i & -i
        return total

    def line_at(self, row: int) -> tuple[int, int]:
        """(line index, offset within the line: 0 the line itself, 1 its VAT row) of a display row."""
        if not 0 <= row < self._total:
            raise IndexError(f"display row {row} out of range (0..{self._total - 1})")
        pos, remaining = 0, row
        step = 1 << (len(self._tree) - 1).bit_length()
        while step:
            nxt = pos + step
            if nxt < len(self._tree) and self._tree[nxt] <= remaining:
                pos = nxt
                remaining -= self._tree[nxt]
            step >>= 1
        return pos, remaining

    def set_weight(self, line: int, weight: int) -> None:
        """A VAT row appeared (2) or disappeared (1) under `line`: O(log n)."""
        delta = weight - self._weights[line]
        if not delta:
            return
        self._weights[line] = weight
        self._total += delta
        i = line + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def append(self, weight: int) -> None:
        """A line added at the end: O(log n), no rebuild."""
        k = len(self._tree)  # the new node's 1-based index
        low = k - (k & -k)
        self._weights.append(weight)
        self._tree.append(weight + self.row_of(k - 1) - self.row_of(low))
        self._total += weight

    def insert(self, at: int, weights: list[int]) -> None:
        """Lines inserted before line `at`."""
        if at == len(self._weights):
            for weight in weights:
                self.append(weight)
            return
        self._weights[at:at] = weights
        self._build()

    def delete(self, at: int, count: int) -> None:
        """Lines `at` .. `at + count - 1` removed; O(count) at the end, since no node covers a later one."""
        if at + count == len(self._weights):
            for _ in range(count):
                self._total -= self._weights.pop()
                self._tree.pop()
            return
        del self._weights[at:at + count]
        self._build()
