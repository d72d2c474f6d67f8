"""LedgerDesk benchmarks: print measured figures; never a pass/fail test (machines are noisy)."""
