"""Reading what a bookkeeper types into a cell (amounts with sums, dates with shortcuts) and showing values.

Amount cells accept the profile's locale and the other common ones, plus a little arithmetic
(`100+25,50`, `3*19,90`, `(10+5)/2`) read by a small recursive-descent parser: nothing is ever
passed to eval. Arithmetic is Decimal throughout and exact; a result with more than two decimals
is kept as it is so validation can say so, except when the expression divides: a quotient rarely
has an exact decimal form, so such a result is rounded half-up to cents once, at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext
from typing import NoReturn

from app.domain.messages import Message
from app.domain.money import AmountError, decimal_places, format_amount, parse_amount, round_cents

__all__ = ["AmountError", "DateError", "NumberFormat", "number_format", "parse_amount_cell",
           "parse_decimal_cell", "parse_date_cell", "format_amount_cell", "format_decimal_cell",
           "format_date_cell"]


@dataclass(frozen=True)
class NumberFormat:
    """How amounts (and dates) are shown: `1 234,56` (fi, sv), `1'234.56` (de-CH), `1,234.56` (en)."""

    decimal_sep: str
    thousands_sep: str
    date_style: str = "dmy"  # "dmy": 12.12.2025; "iso": 2025-12-12


LOCALES: dict[str, NumberFormat] = {
    "fi": NumberFormat(",", " "),
    # Swedish as LedgerDesk's Swedish speakers write it: they post to Finnish ledgers (docs/languages.md).
    "sv": NumberFormat(",", " "),
    "de-CH": NumberFormat(".", "'"),
    "en": NumberFormat(".", ",", "iso"),
}


def number_format(locale: str | NumberFormat) -> NumberFormat:
    """The NumberFormat of a locale name ("fi", "de-CH", "en"), or the format itself."""
    if isinstance(locale, NumberFormat):
        return locale
    try:
        return LOCALES[locale]
    except KeyError:
        raise ValueError(f"Unknown locale {locale!r}; use one of {', '.join(LOCALES)}.") from None


_RATE = re.compile(r"(\d+)\.(\d+)(?= ?%)")


def local_rates(text: str, fmt: NumberFormat) -> str:
    """A VAT label or rate with its percentages in the profile's number format: `S · 25,5 %` where the
    grid writes 1 234,56 (the domain writes `S · 25.5 %`); unchanged where the decimal mark is a point."""
    return text if fmt.decimal_sep == "." else _RATE.sub(rf"\1{fmt.decimal_sep}\2", text)


class DateError(ValueError):
    """A typed date that cannot be read; the message is for the bookkeeper."""


# ---- amounts ---------------------------------------------------------------------------------

_MAX_LENGTH = 200  # far beyond any real sum; bounds the parser's work on a pasted blob
_MAX_DEPTH = 20
_GROUPING = " \u00a0\u202f'\u2019"
_NUMBER = re.compile(r"\d(?:[\d.,'\u2019]|[ \u00a0\u202f](?=\d))*")
_OPERATORS = {"+": "+", "-": "-", "\u2212": "-", "*": "*", "\u00d7": "*", "/": "/", "\u00f7": "/",
              "(": "(", ")": ")"}
_CURRENCY = re.compile(r"^(?:€|EUR|CHF)\s*|\s*(?:€|EUR|CHF)$", re.IGNORECASE)


def parse_amount_cell(text: str, fmt: NumberFormat) -> Decimal:
    """The signed amount typed in a cell: a number in any common format, or a small sum of them."""
    value, divided = _evaluate(text, fmt)
    return round_cents(value) if divided else value


def parse_decimal_cell(text: str, fmt: NumberFormat) -> Decimal:
    """A plain number (e.g. an exchange rate): locale separators, no arithmetic, no rounding."""
    tokens = _tokens(text, fmt, amounts=False)
    if len(tokens) == 2 and tokens[0] in ("+", "-") and isinstance(tokens[1], Decimal):
        return tokens[1] if tokens[0] == "+" else -tokens[1]
    if len(tokens) != 1 or not isinstance(tokens[0], Decimal):
        raise AmountError(Message("number_not_a_number", text=text.strip()))
    return tokens[0]


def _evaluate(text: str, fmt: NumberFormat) -> tuple[Decimal, bool]:
    tokens = _tokens(text, fmt)
    # "12,50-" is how some exports write a credit; it is not a sum.
    if len(tokens) == 2 and isinstance(tokens[0], Decimal) and tokens[1] == "-":
        return -tokens[0], False
    bracketed = _wholly_bracketed(tokens)
    parser = _Parser(tokens, text.strip())
    with localcontext() as ctx:
        ctx.prec = 34
        ctx.traps[DivisionByZero] = True
        ctx.traps[InvalidOperation] = True
        try:
            value = parser.parse()
        except (DivisionByZero, InvalidOperation):
            raise AmountError(Message("amount_divides_by_zero", text=text.strip())) from None
    if bracketed:
        # Bookkeepers write a negative amount in brackets: "(100,00)" is -100.00, never +100.00.
        if value < 0:
            raise AmountError(Message("amount_bracket_and_minus", text=text.strip()))
        value = -value if value else value
    return value, parser.divided


def _wholly_bracketed(tokens: list[Decimal | str]) -> bool:
    """True when the first "(" closes at the last token: "(100,00)" or "(10+5)", not "(10+5)/2"."""
    if len(tokens) < 3 or tokens[0] != "(" or tokens[-1] != ")":
        return False
    depth = 0
    for index, token in enumerate(tokens):
        depth += 1 if token == "(" else -1 if token == ")" else 0
        if depth == 0:
            return index == len(tokens) - 1
    return False


def _tokens(text: str, fmt: NumberFormat, amounts: bool = True) -> list[Decimal | str]:
    raw = text.strip()
    if raw.startswith("="):  # typed as in a spreadsheet formula
        raw = raw[1:].strip()
    raw = _CURRENCY.sub("", raw).strip()
    if not raw:
        raise AmountError(Message("amount_empty"))
    if len(raw) > _MAX_LENGTH:
        raise AmountError(Message("amount_too_long"))
    tokens: list[Decimal | str] = []
    pos = 0
    while pos < len(raw):
        ch = raw[pos]
        if ch.isspace():
            pos += 1
        elif ch in _OPERATORS:
            tokens.append(_OPERATORS[ch])
            pos += 1
        elif match := _NUMBER.match(raw, pos):
            tokens.append(_number(match.group(), fmt, text, amounts))
            pos = match.end()
        else:
            raise AmountError(Message("amount_unreadable", text=text.strip()))
    return tokens


def _number(token: str, fmt: NumberFormat, text: str, amounts: bool = True) -> Decimal:
    parts = re.split(f"[{_GROUPING}]", token)
    if len(parts) > 1 and not (re.fullmatch(r"\d{1,3}", parts[0])
                               and all(re.fullmatch(r"\d{3}", p) for p in parts[1:-1])
                               and re.fullmatch(r"\d{3}(?:[.,]\d*)?", parts[-1])):
        raise AmountError(Message("amount_thousands_misplaced", text=text.strip()))
    return parse_amount(token, _decimal_separator(token, fmt, text, amounts))


def _decimal_separator(token: str, fmt: NumberFormat, text: str, amounts: bool = True) -> str | None:
    """The format's reading of a `,` or `.` (docs/languages.md, "Typing amounts"); None: mixed separators,
    where the rightmost is the decimal one. Raises AmountError where the reading would be a guess."""
    if "," in token and "." in token:
        return None
    sep = "," if "," in token else "." if "." in token else None
    if sep is None or sep == fmt.decimal_sep:
        return sep
    other = "." if sep == "," else ","
    # Thousands groups: 1 to 3 digits (not a leading 0: "0.125" is decimals) and then groups of exactly three.
    if not re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(sep)}\d{{3}})+", token):
        return sep  # "1.25", "1.2", "0.125", "1.2505": a thousands separator is never followed by these
    if token.count(sep) > 1 or sep == fmt.thousands_sep:
        return other  # "1.250.000", or the format's own thousands separator
    if not amounts:
        return sep  # an exchange rate is never in the thousands: "1.085" is a rate
    # One foreign separator and three digits: "1.250" is 1250 to a German and 1.25 to an English reader.
    thousands = token.replace(sep, "")
    decimals = format_decimal_cell(Decimal(token.replace(sep, ".")).normalize(), fmt)
    example = format_amount(Decimal("1234.56"), fmt.decimal_sep, fmt.thousands_sep)
    raise AmountError(Message("amount_ambiguous", text=text.strip(), example=example, thousands=thousands,
                              decimals=decimals))


class _Parser:
    """expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*; factor := sign factor | number | (expr)."""

    def __init__(self, tokens: list[Decimal | str], text: str):
        self.tokens, self.text, self.pos, self.depth, self.divided = tokens, text, 0, 0, False

    def parse(self) -> Decimal:
        value = self.expr()
        if self.pos != len(self.tokens):
            self.fail()
        return value

    def fail(self) -> NoReturn:
        raise AmountError(Message("amount_not_a_sum", text=self.text))

    def peek(self) -> Decimal | str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expr(self) -> Decimal:
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.tokens[self.pos]
            self.pos += 1
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self) -> Decimal:
        value = self.factor()
        while self.peek() in ("*", "/"):
            op = self.tokens[self.pos]
            self.pos += 1
            if op == "*":
                value = value * self.factor()
            else:
                self.divided = True
                value = value / self.factor()
        return value

    def factor(self) -> Decimal:
        token = self.peek()
        self.pos += 1
        if isinstance(token, Decimal):
            return token
        if token in ("+", "-"):
            value = self.factor()
            return -value if token == "-" else value
        if token == "(":
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                self.fail()
            value = self.expr()
            if self.peek() != ")":
                self.fail()
            self.pos += 1
            self.depth -= 1
            return value
        self.fail()


def format_amount_cell(value: Decimal | None, fmt: NumberFormat) -> str:
    """An amount as the grid shows it; a value with more than two decimals is shown in full, not hidden."""
    if value is None:
        return ""
    if decimal_places(value) <= 2:
        return format_amount(value, fmt.decimal_sep, fmt.thousands_sep)
    return format_decimal_cell(value, fmt, group=True)


def format_decimal_cell(value: Decimal | None, fmt: NumberFormat, group: bool = False) -> str:
    """A plain number with the locale's decimal separator, all its digits kept (exchange rates)."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    integer, _, fraction = f"{abs(value):f}".partition(".")
    if group and fmt.thousands_sep:
        groups: list[str] = []
        while len(integer) > 3:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = fmt.thousands_sep.join([integer, *groups])
    return sign + integer + (fmt.decimal_sep + fraction if fraction else "")


# ---- dates -----------------------------------------------------------------------------------

_TODAY_WORDS = {"t", "today", "tänään", "heute"}
_SHIFT = re.compile(r"([+\-\u2212])\s*(\d{0,4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2})?)?")


def parse_date_cell(text: str, today: date, current: date | None = None) -> date | None:
    """A typed date: `2025-12-12`, `12.12.2025`, `12.12.25`, `12.12.`, `t`, `+`, `-`, `+3`, `-2`; "" is None.
    `12.12.` takes the year of `current`, `+`/`-` count from it (else from today); raises DateError."""
    raw = text.strip()
    if not raw:
        return None
    base = current or today
    if raw.lower() in _TODAY_WORDS:
        return today
    try:
        if shift := _SHIFT.fullmatch(raw):
            days = int(shift.group(2) or 1)
            return base + timedelta(days=-days if shift.group(1) in "-\u2212" else days)
        if iso := _ISO.fullmatch(raw):
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dotted := _DOTTED.fullmatch(raw):
            year_text = dotted.group(3)
            year = base.year if not year_text else int(year_text) + (2000 if len(year_text) == 2 else 0)
            return date(year, int(dotted.group(2)), int(dotted.group(1)))
    except (ValueError, OverflowError):
        raise DateError(Message("date_not_in_calendar", text=raw)) from None
    raise DateError(Message("date_unreadable", text=raw))


def format_date_cell(day: date | None, fmt: NumberFormat) -> str:
    """A date as the grid shows it: `12.12.2025` for fi and de-CH, ISO for en."""
    if day is None:
        return ""
    return day.isoformat() if fmt.date_style == "iso" else f"{day.day}.{day.month}.{day.year}"
