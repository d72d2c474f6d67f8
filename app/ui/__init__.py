"""The voucher window (PySide6 lives here and nowhere else): thin Qt adapters over app.editing and app.services."""
