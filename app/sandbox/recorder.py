"""What the sandbox received and stored, in memory and as JSON lines under its data folder.

Nothing here ever sees a request header, so keys and tokens cannot reach the data files.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.sandbox.wire import render_json

RECEIVED_FILE = "received.jsonl"


def now_stamp() -> str:
    """The current UTC time as ISO 8601 with milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class JsonLines:
    """An append-only file of JSON objects, one a line; a no-op without a folder."""

    def __init__(self, data_dir: Path | None, name: str) -> None:
        self.path = data_dir / name if data_dir is not None else None

    def append(self, record: dict[str, Any]) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(render_json(record) + "\n")

    def load(self) -> list[dict[str, Any]]:
        """Every readable line; a line cut short by a crash is skipped rather than fatal."""
        if self.path is None or not self.path.exists():
            return []
        records = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line, parse_float=Decimal)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                records.append(record)
        return records

    def truncate(self) -> None:
        if self.path is not None and self.path.exists():
            self.path.write_text("", encoding="utf-8")


class Recorder:
    """Every vendor request the sandbox processed, in arrival order, with the status it answered."""

    def __init__(self, data_dir: Path | None) -> None:
        self._lock = threading.Lock()
        self._file = JsonLines(data_dir, RECEIVED_FILE)
        self._records: list[dict[str, Any]] = self._file.load()

    def record(self, target: str, method: str, path: str, body: Any, status: int) -> dict[str, Any]:
        """Keep one request: time, method, path (no query), parsed body and answered status."""
        entry = {"target": target, "time": now_stamp(), "method": method, "path": path,
                 "body": body, "status": status}
        with self._lock:
            self._records.append(entry)
            self._file.append(entry)
        return entry

    def received(self, target: str | None = None) -> list[dict[str, Any]]:
        """The records of one target (or all), oldest first."""
        with self._lock:
            return [dict(r) for r in self._records if target is None or r["target"] == target]

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self._file.truncate()
