"""Company identifiers by the target's country: the Finnish Y-tunnus (Confirma) and the Swiss UID (Infinity).

Both check digits are mod-11 sums, computed here. python-stdnum (the maintained library for both) does not
fit the window: importing it costs about 70 ms and pulls in pydoc, inspect, pkgutil and sysconfig, and the
bundle leaves pydoc out. It is the oracle of tests/domain/test_company_id.py instead, over every number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.messages import Message
from app.domain.targets import Target

_Y_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)  # the Federal Statistical Office's UID check digit
_LABELS = {Target.CONFIRMA: "Y-tunnus", Target.INFINITY: "UID"}
_EXAMPLES = {Target.CONFIRMA: Message("y_tunnus_example"), Target.INFINITY: Message("swiss_uid_example")}


@dataclass(frozen=True)
class CompanyIdProblem:
    """What is wrong with a company identifier; `code` names the identifier checked (y_tunnus, swiss_uid)."""

    code: str
    message: Message


def company_id_label(target: Target | str | None) -> str:
    """The name of the company identifier a target expects: `Y-tunnus`, `UID`, or `Company ID` for none."""
    return _LABELS.get(Target(target), "Company ID") if target else "Company ID"


def company_id_problem(value: str, target: Target | str | None) -> CompanyIdProblem | None:
    """What is wrong with `value` as the target's company identifier, or None when it checks out.

    Without a target, either country's identifier is accepted (a voucher file may name no target).
    """
    text = value.strip()
    if target is None:
        if _looks_swiss(text):
            return _uid_problem(text)
        if re.fullmatch(r"\d{7}-\d", text):
            return _y_tunnus_problem(text)
        return CompanyIdProblem("company_id", Message("company_id_unknown_kind", value=text))
    return _uid_problem(text) if Target(target) is Target.INFINITY else _y_tunnus_problem(text)


def y_tunnus_problem(value: str) -> str | None:
    """Plain words on what is wrong with a Y-tunnus, or None when it is well formed and checks out."""
    problem = _y_tunnus_problem(value.strip())
    return problem.message if problem else None


def _y_tunnus_problem(text: str) -> CompanyIdProblem | None:
    if not re.fullmatch(r"\d{7}-\d", text):
        return CompanyIdProblem("y_tunnus", Message("y_tunnus_malformed", value=text,
                                                    example=_EXAMPLES[Target.CONFIRMA]))
    expected = _mod11_check_digit(text[:7], _Y_WEIGHTS)
    if expected is None:
        return CompanyIdProblem("y_tunnus", Message("y_tunnus_no_check_digit", value=text))
    if int(text[-1]) != expected:
        return CompanyIdProblem("y_tunnus", Message("y_tunnus_check_digit", value=text, expected=expected))
    return None


def _mod11_check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    """11 minus the weighted sum mod 11 (0 for a remainder of 0); None where that would be 10 (no digit fits)."""
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return None if check == 10 else check


def _looks_swiss(text: str) -> bool:
    return text.upper().startswith("CHE")


def _uid_problem(text: str) -> CompanyIdProblem | None:
    # The VAT number is the UID followed by MWST, TVA or IVA; Infinity's organisations carry either form.
    bare = re.sub(r"\s*(MWST|TVA|IVA)$", "", text.strip(), flags=re.IGNORECASE)
    compact = re.sub(r"[\s.\-]", "", bare).upper()
    if not re.fullmatch(r"CHE\d{9}", compact):
        return CompanyIdProblem("swiss_uid", Message("swiss_uid_malformed", value=text,
                                                     example=_EXAMPLES[Target.INFINITY]))
    expected = _mod11_check_digit(compact[3:11], _UID_WEIGHTS)
    if expected is None or int(compact[11]) != expected:
        return CompanyIdProblem("swiss_uid", Message("swiss_uid_check_digit", value=text))
    return None
