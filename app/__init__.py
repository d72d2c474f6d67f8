"""LedgerDesk: journal-entry (voucher) desktop application for bookkeepers."""

# The one place the version is written: pyproject.toml reads it from here (dynamic version), and it is a
# literal rather than importlib.metadata so that starting the window does not pay for reading the
# installed distribution's metadata (about 20 ms, docs/performance.md).
__version__ = "0.1.0"
