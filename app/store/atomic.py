"""Replacing a file so that a crash or an error leaves the old file or the new one, never a mix: the one way
LedgerDesk writes settings, team.json, backups, exports and voucher files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO


@contextmanager
def replacing(target: Path) -> Iterator[BinaryIO]:
    """A binary file to write `target`'s new content into. When the block ends, it is flushed to disk, renamed
    over `target` (same folder, so the rename is atomic) and the folder synced; when the block raises, `target`
    is left as it was and the temporary file removed."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(name)
        raise
    sync_folder(target.parent)


def write_atomically(path: Path, text: str | bytes) -> None:
    """Replace `path` with `text`. Text is written as a text file is (UTF-8, each "\\n" as os.linesep); bytes
    exactly as they are."""
    data = text if isinstance(text, bytes) else text.replace("\n", os.linesep).encode("utf-8")
    with replacing(path) as handle:
        handle.write(data)


def temporary_beside(target: Path, suffix: str) -> Path:
    """An empty new file in `target`'s folder (same file system: a rename over `target` is atomic)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
