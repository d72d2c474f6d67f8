"""LedgerDesk: journal-entry (voucher) desktop application for bookkeepers."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("ledgerdesk")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
