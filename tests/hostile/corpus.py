"""A fixed, seeded generator of hostile voucher files: the classes of issue 13 and random damage.

`build_corpus(folder)` writes the files and returns their paths; the same seed gives the same files,
so a failure names a file that can be made again. Every class of the issue is here: exponents and
huge numbers, deep nesting, lone surrogates, other digit systems, loose amounts, non-ISO dates,
duplicate keys, control and bidi characters, wrong types, size limits, truncation and byte damage.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.hostile.support import documented

SEED = 13
# Zero of some Unicode digit systems: Arabic-Indic, Eastern Arabic, Devanagari, Bengali, Thai, Tibetan,
# Myanmar, full-width, mathematical bold / double-struck / monospace, Adlam.
DIGIT_ZEROS = [0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xF20, 0x1040, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7F6, 0x1E950]
NUMBERS = ["1e28", "1e999", "1E+999999999", "-1e-999999999", "2.99e3", "1" * 31, "9" * 5000, "0." + "1" * 40,
           "-0", "-0.0", "0.001", "123456789012345.12", "1234567890123456", "1e2", "1E2", "0e0", "-1", "1.0e1"]
LOOSE_AMOUNTS = ["1_000", "+12", ".5", "5.", "1,5", " 1", "1 000", "1\u00a0000", "0x10", "−12", "12-", "1.2.3",
                 "", " ", "NaN", "-Infinity", "sNaN", "1e5", "١٢", "１２", "１２.５０", "12.5\u200b", "\u202e12"]
DATES = ["20251213", "2025-W50-6", "2025-347", "2025-12-13T00:00", "2025-02-30", "0000-01-01", "9999-12-31",
         "２０２５-１２-１３", "2025-12-13\n", "2025/12/13", "13.12.2025", "+2025-12-13", "2025-12-1", "-1"]
CONTROLS = ["\x1b]0;owned\x07", "\x1b[2J", "\r", "\u202e", "\u2066", "\x00", "\x7f", "\x85", "\u2028",
            "\ufeff", "\U000e0001", "\n"]
WRONG_TYPES = [[], {}, 1, 1.5, True, None, [1], {"a": 1}, "x" * 300]
TEXT_FIELDS = [("description",), ("number",), ("type",), ("identifier",), ("company_id",), ("currency",),
               ("lines", 0, "text"), ("lines", 0, "account"), ("lines", 1, "vat_code"), ("lines", 0, "project")]
AMOUNT_FIELDS = [("lines", 0, "debit"), ("lines", 1, "credit"), ("exchange_rate",)]
DATE_FIELDS = [("date",), ("lines", 0, "booking_date")]


def build_corpus(folder: Path) -> list[Path]:
    """Write the corpus into `folder`; the file names say the class."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (kind, content) in enumerate(_files()):
        path = folder / f"{n:05d}-{kind}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        paths.append(path)
    return paths


def _files() -> Iterator[tuple[str, str | bytes]]:
    rng = random.Random(SEED)
    base = json.dumps(documented(), ensure_ascii=False)
    for raw in NUMBERS:
        for field in [*AMOUNT_FIELDS, ("version",), ("lines", 0, "account")]:
            yield "number", _raw(field, raw)
            yield "number-text", _raw(field, json.dumps(raw))
    for depth in (17, 100, 1000, 5000):
        yield "nesting", "[" * depth + "]" * depth
        yield "nesting", _raw(("lines", 0, "dimensions"), '{"a":' * depth + "1" + "}" * depth)
        yield "nesting", _raw(("lines",), "[" * depth + "]" * depth)
    for field in [*TEXT_FIELDS, ("lines", 0, "dimensions", "COST_CENTER")]:
        for lone in ("\\ud800", "\\udfff", "a\\udbff", "\\udc00b", "\\ud83d\\ud83d"):
            yield "surrogate", _raw(field, f'"{lone}"')
    yield "surrogate-key", _raw(("lines", 0, "dimensions"), '{"\\ud800": "1"}')
    yield "surrogate-key", base[:-1] + ', "\\udfff": 1}'
    for zero in DIGIT_ZEROS:
        digits = "".join(chr(zero + int(d)) for d in "1701")
        yield "digits-account", _set(("lines", 0, "account"), digits)
        yield "digits-amount", _set(("lines", 0, "debit"), "".join(chr(zero + int(d)) for d in "2990") + ".00")
        yield "digits-date", _set(("date",), "".join(chr(zero + int(d)) if d.isdigit() else d for d in "2025-12-13"))
    for amount in LOOSE_AMOUNTS:
        for field in AMOUNT_FIELDS:
            yield "loose-amount", _set(field, amount)
    for day in DATES:
        for field in DATE_FIELDS:
            yield "date", _set(field, day)
    for key in ("date", "format", "version", "lines", "description"):
        yield "duplicate-key", base[:-1] + f', "{key}": {json.dumps(documented()[key])}' + "}"
    line = json.dumps(documented()["lines"][0], ensure_ascii=False)
    for key in ("account", "debit", "credit", "text"):
        yield "duplicate-key", base.replace(line, line[:-1] + f', "{key}": "1"' + "}")
    for field in TEXT_FIELDS:
        for control in CONTROLS:
            yield "control", _set(field, f"A{control}B")
    for field in [*TEXT_FIELDS, *AMOUNT_FIELDS, *DATE_FIELDS, ("lines",), ("lines", 0), ("target",),
                  ("vat_mode",), ("lines", 0, "dimensions"), ("format",), ("version",)]:
        for wrong in WRONG_TYPES:
            yield "wrong-type", _set(field, wrong)
    for junk in ["", " ", "\ufeff", "null", "[]", "{}", "0", '"x"', "true", "{" * 3, "]", "\x00" * 10]:
        yield "junk", junk
    yield "not-utf8", b"\xff\xfe" + base.encode("utf-16-le")
    yield "not-utf8", base.encode("latin-1", "replace")[:-2] + b"\xe9}"
    yield "encoded-surrogate", base.encode("utf-8")[:-1] + b', "x": "\xed\xa0\x80"}'
    encoded = base.encode("utf-8")
    for cut in range(0, len(encoded), 2):
        yield "truncated", encoded[:cut]
    for _ in range(250):
        damaged = bytearray(encoded)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.choice(b'{}[]",:\\01.-e \x1b\xff')
        yield "damaged", bytes(damaged)
    yield "long-text", _set(("description",), "€" * 1_000_000)
    yield "many-lines", _set(("lines",), documented()["lines"] * 5001)
    yield "many-values", "[" + ",".join(["1"] * 200_001) + "]"
    yield "many-errors", _set(("lines",), [{"account": "x", "debit": "y", "oops": 1}] * 3000)


def _set(path: tuple[Any, ...], value: Any) -> str:
    data = documented()
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return json.dumps(data, ensure_ascii=False)


def _raw(path: tuple[Any, ...], raw: str) -> str:
    return _set(path, "@@RAW@@").replace('"@@RAW@@"', raw)
