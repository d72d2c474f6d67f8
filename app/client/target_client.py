"""What the two targets' clients share: one profile, one Connection, and closing it when done."""

from __future__ import annotations

from typing import Self

from app.client.profile import ClientProfile
from app.client.transport import Connection


class TargetClient:
    """The base of ConfirmaClient and InfinityClient: use one as a context manager, or call close()."""

    profile: ClientProfile
    _conn: Connection

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.profile.name} ({self.profile.environment}) {self.profile.base_url}>"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (its httpx.Client); the key supplier is the session's to drop."""
        self._conn.close()
