"""What every draft tab shares: the profiles, the GUI thread's read connection, background tasks, autosave."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.deferred import deferred
from app.store.backend import Connection
from app.domain.chart import ChartAccount
from app.domain.issues import Issue
from app.domain.posting import post_voucher, voucher_totals
from app.domain.targets import Target
from app.domain.vat_codes import VatTable
from app.domain.voucher import Voucher
from app.services.autosave import AutosaveWriter
from app.services.commands.context import profile_context
from app.services.commands.outbox import next_number
from app.services.duplicates import possible_duplicates
from app.store.profile import Profile
from app.store.review import number_in_use
from app.ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    from app.services import queueing
    from app.services.team_link import TeamLink
else:
    queueing = deferred("app.services.queueing")  # the outbox and client load on the first send, not at start

# How amounts and dates are typed and shown (app/editing LOCALES). By default the profile's country
# decides, as its vouchers' receipts are written that way: Finnish for Confirma, Swiss for Infinity.
LOCALES = {Target.CONFIRMA: "fi", Target.INFINITY: "de-CH"}
# A language chosen in Settings ▸ Language overrides that with its own conventions (docs/languages.md).
LANGUAGE_LOCALES = {"fi": "fi", "sv": "sv", "de": "de-CH", "en": "en"}


def entry_locale(target: Target, language: str | None = None) -> str:
    """The number and date format of a profile's grid: the chosen language's, else the target country's."""
    if language in LANGUAGE_LOCALES:
        return LANGUAGE_LOCALES[language]
    return LOCALES.get(target, "fi")


@dataclass(frozen=True)
class ProfileData:
    """A profile with the VAT table and chart its vouchers are typed against."""

    profile: Profile
    table: VatTable
    accounts: list[ChartAccount]
    language: str | None = None
    recent_texts: tuple[str, ...] = ()  # line texts this profile posted, most recent first (autocomplete)  # Settings ▸ Language; None: the profile's country decides the format

    @property
    def locale(self) -> str:
        return entry_locale(self.profile.target, self.language)

    @property
    def chart(self) -> list[ChartAccount] | None:
        """None when no chart is imported: accounts are then not checked against one."""
        return self.accounts or None


class Workspace:
    """Shared by the draft tabs. `conn` is used on the GUI thread only (reads, and archiving a closed draft).

    `language` is the one chosen in Settings ▸ Language (None: follow the system), for the number format."""

    def __init__(self, conn: Connection, profiles: dict[str, Profile], tasks: BackgroundTasks,
                 autosave: AutosaveWriter, today: Callable[[], date] = date.today, language: str | None = None):
        self.conn, self.profiles, self.tasks, self.autosave, self.today = conn, profiles, tasks, autosave, today
        self.language = language
        self.team_link: TeamLink | None = None  # a team location: whether its database answers (team_link.py)
        self._data: dict[str, ProfileData] = {}
        self._last_date: date | None = None  # the voucher date the bookkeeper last typed in this session

    def remember_voucher_date(self, day: date | None) -> None:
        """A voucher date the bookkeeper typed: the next new draft starts on it (not kept across restarts)."""
        if day is not None:
            self._last_date = day

    def new_draft_date(self) -> date:
        """The date of a new draft: the last voucher date typed in this session, else today. Someone entering
        last month's receipts types the month once, not once per voucher."""
        return self._last_date or self.today()

    def profile_data(self, name: str) -> ProfileData:
        if name not in self._data:
            context = profile_context(self.conn, self.profiles[name], recent_texts=2000)
            self._data[name] = ProfileData(context.profile, context.table, list(context.accounts), self.language,
                                           context.recent_texts)
        return self._data[name]

    def forget_profile_data(self, name: str | None = None) -> None:
        """Read a profile's table and chart again on next use (all profiles when `name` is None)."""
        if name is None:
            self._data.clear()
        else:
            self._data.pop(name, None)

    def default_profile(self) -> str:
        """The profile a new draft posts to: the sandbox for a newcomer, else the first by name."""
        if not self.profiles:
            raise LookupError("No profile is configured.")
        return sorted(self.profiles)[0]

    def propose_number(self, profile: str, taken: Iterable[str] = ()) -> str:
        """The next voucher number of a profile: one more than the highest in its open drafts, its submissions
        (any state) and the open tabs (`taken`), so two tabs or two windows never get the same one."""
        return next_number(self.conn, profile, taken)

    def booked_entries(self, profile: str, voucher_id: str) -> list[tuple]:
        """What Infinity already booked of this voucher before refusing the rest (booking keys): the preview
        marks those entries as not sent again."""
        return queueing.booked_keys(self.conn, voucher_id, profile)

    def number_issues(self, profile: str, number: str, draft_id: str) -> list[Issue]:
        """A warning when another draft or a submitted voucher of the profile already has this number."""
        used = number_in_use(self.conn, profile, number, draft_id)
        return [used.as_issue(number)] if used is not None else []

    def possible_duplicates(self, profile: str, voucher: Voucher, table: VatTable) -> list[Issue]:
        """"Looks like voucher 1234 posted on 3.11.": the preview's warning (app/services/duplicates.py)."""
        return possible_duplicates(self.conn, profile, voucher, voucher_totals(post_voucher(voucher, table)).debit)
