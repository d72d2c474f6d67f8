"""Account completion from a profile's chart: by number prefix, or any part of the name.

Names are matched case- and accent-insensitively ("myyn" finds "Myynti", "erlos" finds "Erlös")
over an index folded once, so a keystroke in a 5,000-account chart is one scan of short strings
plus a binary search for the number prefix.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable

from app.domain.chart import ChartAccount


def fold(text: str) -> str:
    """Lower-case, accents removed (Erlös -> erlos, ß -> ss), for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class AccountCompleter:
    """Suggestions for the account cell; inactive accounts are left out of the suggestions."""

    def __init__(self, accounts: Iterable[ChartAccount]):
        active = sorted((a for a in accounts if a.active), key=lambda a: a.number)
        self._accounts = active
        self._numbers = [a.number for a in active]
        self._names = [fold(a.name) for a in active]

    def complete(self, prefix: str, limit: int | None = 50) -> list[ChartAccount]:
        """Accounts whose number starts with `prefix` (first), then those whose name contains it."""
        query = fold(prefix.strip())
        if not query:
            return self._accounts[:limit] if limit else list(self._accounts)
        found: list[int] = []
        if query.isdigit():
            start = bisect.bisect_left(self._numbers, query)
            end = bisect.bisect_right(self._numbers, query + "\uffff")
            found.extend(range(start, end))
        seen = set(found)
        # Names where a word starts with the query rank above names merely containing it.
        word_start: list[int] = []
        inside: list[int] = []
        for i, name in enumerate(self._names):
            at = name.find(query)
            if at < 0 or i in seen:
                continue
            (word_start if at == 0 or not name[at - 1].isalnum() else inside).append(i)
        found.extend(word_start)
        found.extend(inside)
        if limit is not None:
            found = found[:limit]
        return [self._accounts[i] for i in found]

    def unique_by_name(self, text: str) -> ChartAccount | None:
        """The one account whose name is `text` or, failing that, the only one containing it."""
        query = fold(text.strip())
        if not query:
            return None
        exact = [i for i, name in enumerate(self._names) if name == query]
        if len(exact) == 1:
            return self._accounts[exact[0]]
        matches = [i for i, name in enumerate(self._names) if query in name]
        return self._accounts[matches[0]] if len(matches) == 1 else None


def completion_text(account: ChartAccount) -> str:
    """What choosing a suggestion puts in the account cell: `1701 Myyntisaamiset`."""
    return f"{account.number} {account.name}"
