"""The Qt-free bookkeeping core: money, VAT, vouchers, validation and target mapping."""
