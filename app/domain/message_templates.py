"""The English template of every code LedgerDesk's layers below the window say (app/domain/messages.py).

The window holds the same templates marked for translation (app/ui/message_templates.py, generated from this
table; tests/ui/test_messages.py keeps them equal). Placeholders are named; parameters are described in
app/domain/messages.py.
"""

from __future__ import annotations

from app.domain.attachment_templates import ATTACHMENT_TEMPLATES
from app.domain.outcome_templates import OUTCOME_TEMPLATES

VOUCHER_TEMPLATES: dict[str, str] = {
    # --- validation of the voucher (app/domain, app/editing) ------------------------------------------------
    "empty": "The voucher has no lines.",
    "date_missing": "The voucher date is missing.",
    "description_too_long": "The description is {length} characters; {target} accepts at most {limit}.",
    "currency_malformed": "'{currency}' is not a currency code (three capital letters, e.g. EUR).",
    "currency_unknown": "'{currency}' is not an ISO 4217 currency code.",
    "currency_not_supported": "Confirma takes amounts in euros only; this voucher is in {currency}.",
    "exchange_rate_not_positive": "The exchange rate must be greater than zero.",
    "exchange_rate_for_chf": "{currency} is this profile's accounting currency: leave the exchange rate empty.",
    "company_missing": "No company {label}: Confirma needs it to find the company.",
    "company_id_unknown_kind": "'{value}' is neither a Finnish Y-tunnus (1234567-8) nor a Swiss UID "
                               "(CHE-123.456.789).",
    "y_tunnus_malformed": "'{value}' is not a Y-tunnus: it should look like {example}.",
    "y_tunnus_example": "1234567-8 (seven digits, a dash, a check digit)",
    "swiss_uid_example": "CHE-123.456.789 (CHE and nine digits, optionally followed by MWST, TVA or IVA)",
    "y_tunnus_no_check_digit": "'{value}' cannot be a Y-tunnus: no check digit fits its first seven digits.",
    "y_tunnus_check_digit": "The check digit of '{value}' should be {expected}; the number may be mistyped.",
    "swiss_uid_malformed": "'{value}' is not a Swiss UID: it should look like {example}.",
    "swiss_uid_check_digit": "The check digit of UID '{value}' does not fit its first eight digits; the number "
                             "may be mistyped.",
    "type_missing": "Confirma needs a voucher type (e.g. ML for a sales invoice voucher, MU for a memo voucher).",
    "account_missing": "The account is missing.",
    "account_malformed": "'{account}' is not an account number (digits only).",
    "account_out_of_range": "Infinity accounts are four digits, 1000 to 9999; '{account}' is not.",
    "account_unknown": "Account {account} is not in this profile's chart of accounts.",
    "account_foreign_digits": "'{account}' is written with digits other than 0-9; type the account number with "
                              "the digits 0-9.",
    "vat_code_not_in_table": "'{code}' is not a VAT code of table {table}.",
    "vat_code_no_rate": "VAT code {code}: {reason}",
    "vat_rate_class_unknown": "Unknown VAT rate class '{rate_class}'.",
    "vat_rate_undefined": "No VAT rate is defined for {day} (rates start {first}).",
    "infinity_code_unknown": "'{code}' is not an Infinity tax code.",
    "infinity_code_no_family": "Infinity has no code {prefix}… for rate class {rate_class}.",
    "infinity_code_span_open": "from {start}",
    "infinity_code_span": "from {start} to {end}",
    "infinity_code_outside_dates": "{code} ({percent} %) applies {span}.",
    "infinity_code_outside_dates_use": "{code} ({percent} %) applies {span}; on {day} use {current}.",
    "text_too_long": "The text is {length} characters; Infinity accepts at most {limit}.",
    "debit_and_credit": "Enter either a debit or a credit on a line, not both.",
    "amount_missing": "The amount is missing: enter a debit or a credit.",
    "amount_not_a_number": "'{amount}' is not an amount.",
    "amount_zero": "The amount is zero.",
    "amount_negative_debit": "Negative debit: enter {amount} as a credit instead.",
    "amount_negative_credit": "Negative credit: enter {amount} as a debit instead.",
    "amount_decimals": "{amount} has more than two decimals.",
    "amount_too_large": "{amount} is larger than any amount LedgerDesk accepts ({largest}); check for a pasted "
                        "number.",
    "unbalanced": "Debit and credit differ by {difference} (debit {debit}, credit {credit}).",
    "description_missing": "Infinity needs a description (1 to 128 characters) on every entry: type a voucher "
                           "description or a line text.",
    "text_not_single_line": "An Infinity entry description is one line of at most 128 characters.",
    "text_hidden_character": "This text holds {character}, a character no ledger shows: retype it without it "
                             "(it may have come with a paste).",
    "date_far_ahead": "{day} is {ahead} days after today ({today}); vouchers are rarely dated more than "
                      "{limit} days ahead. Check the year.",
    "date_far_back": "{day} is in fiscal year {year}, more than one fiscal year back (this is {this_year}); that "
                     "year is usually closed. Check the year.",
    "booking_date_other_fiscal_year": "This line is booked on {day}, in fiscal year {year}; the voucher is dated "
                                      "{voucher_day}, in {voucher_year}. One of the two years is probably "
                                      "mistyped.",
    "booking_date_other_month": "This line is booked on {day}, in another month than the voucher date "
                                "{voucher_day}: its VAT falls in that month's return.",
    "exchange_rate_and_target_rate": "Either type an exchange rate or use Infinity's rate for {currency}, not "
                                     "both.",
    "exchange_rate_missing": "This voucher is in {currency}; the profile keeps its books in {home}. Type an "
                             "exchange rate ({home} per 1 {currency}) as the voucher's rate (Rate in the window, "
                             "\"exchange_rate\" in a file), or \"target\" there to use Infinity's own rate on the "
                             "voucher date.",
    "infinity_unpaired_vat": "Infinity takes one debit and one credit account per entry and one tax code per "
                             "entry; {amount} of this line has no line without a VAT code on the other side to "
                             "pair with.",
    "infinity_split_vat": "This line is sent to Infinity as {pieces} entries; Infinity computes VAT per entry, so "
                          "its VAT may differ from the VAT shown here by a cent.",
    "not_sent_number": "Infinity's ledger entries have no voucher number: {number} is not sent and stays in "
                       "LedgerDesk only.",
    "not_sent_type": "Infinity's ledger entries have no voucher type: {type} is not sent.",
    "not_sent_exchange_rate": "Confirma takes euros only and has no exchange rate: {rate} is not sent.",
    "not_sent_project": "Infinity's ledger entries have no project: project {project} is not sent.",
    "not_sent_dimension": "Infinity's ledger entries have no dimensions: {name} ({kind}) {value} is not sent.",
    "not_sent_text": "Infinity keeps one text per entry: this line's text is not sent; its entry goes with "
                     "'{text}'.",
    "not_sent_booking_date": "Infinity keeps one date per entry: this line's date {day} is not sent; its entry "
                             "is dated {entry_day}.",
    "not_sent_booking_date_undated": "Infinity keeps one date per entry: this line's date {day} is not sent; its "
                                     "entry is dated without a date.",
    "not_sent_description": "Infinity keeps one text per entry and takes the lines' texts: the voucher "
                            "description is not sent.",
    "identifier_derived": "The file has no identifier; LedgerDesk derived one from its content, so this file is "
                          "never posted twice. Give it an \"identifier\" to post an identical voucher again.",
    "date_invalid_iso": "{text} is not a valid date (YYYY-MM-DD).",
    "date_not_in_calendar": "'{text}' is not a date in the calendar.",
    "date_unreadable": "'{text}' is not a date (e.g. 12.12.2025, 2025-12-12, t for today, +1).",
    "vat_class_moved": "Account {account}'s default VAT code {code} is the {percent} % class. Since {since}, "
                       "{products} are in the {new_percent} % class{codes}; on {day} {code} covers {covers}. "
                       "Check this line and the account's default code.",
    "vat_class_covers_less": "less than before",
    "dimension_cost_center": "cost centre",
    "vat_mode_unknown": "'{text}' is not a VAT mode: gross or net.",
    "difference_not_closable": "No net amount closes the difference exactly at {rate}: {net} net makes {gross} "
                               "with VAT, {off} off.",
    "amount_empty": "The amount is empty.",
    "amount_not_an_amount": "'{text}' is not an amount.",
    "amount_two_decimal_separators": "'{text}' has more than one decimal separator.",
    "amount_mixed_separators": "'{text}' mixes separators after the decimals.",
    "amount_too_long": "That is too long to be an amount.",
    "amount_unreadable": "'{text}' is not an amount (e.g. 1 234,56 or 100+25,50).",
    "amount_thousands_misplaced": "'{text}' has misplaced thousands separators.",
    "amount_ambiguous": "'{text}' is ambiguous in a cell that reads {example}: type {thousands} for the "
                        "thousands, or {decimals}.",
    "amount_not_a_sum": "'{text}' is not an amount or a sum (e.g. 100+25,50).",
    "amount_divides_by_zero": "'{text}' divides by zero.",
    "amount_bracket_and_minus": "'{text}': brackets already mean a negative amount; leave out the minus.",
    "number_not_a_number": "'{text}' is not a number.",
    "possible_duplicate": "This looks like voucher {number}, posted on {day} with the same date, total and "
                          "accounts. Check that it is not entered twice.",
    "possible_duplicate_unnumbered": "This looks like submission {submission}, posted on {day} with the same date, "
                                     "total and accounts. Check that it is not entered twice.",
    "number_booked": "Number {number} is already used by submission {submission} ({state}) of this profile; "
                     "sending this voucher could book it twice. Give it another number, or pass "
                     "--allow-number-reuse if it really is another voucher.",
    "queue_has_errors": "The voucher has errors; nothing was queued.",
    "queue_number_in_use": "The voucher number is in use; nothing was queued.",
    "queue_already_in_outbox": "This voucher is already in the outbox.",
    "queue_done": "Queued.",
    "queue_booked_would_change": "Entries already booked in Infinity would change; nothing was queued.",
    "queued_again": "Queued again.",
    "queued_again_booked_one": "Queued again; {count} entry already booked is not sent again.",
    "queued_again_booked": "Queued again; {count} entries already booked are not sent again.",
    "queued_correction_one": "Queued as the correction of voucher {voucher} (submission {submission}), which "
                             "Infinity partly refused; {count} entry it booked is not sent again.",
    "queued_correction": "Queued as the correction of voucher {voucher} (submission {submission}), which Infinity "
                         "partly refused; {count} entries it booked are not sent again.",
    "every_entry_booked": "Every entry of this voucher was already booked.",
    "already_in_outbox": "Already in the outbox ({state}).",
    "already_posted": "This voucher was already posted (submission {submission}, {state}); it is not sent twice.",
    "infinity_booked_entry_changed": "Entry {entry} is already booked in Infinity ({debit_account} / "
                                     "{credit_account}, {amount} {currency}, {day}) and the corrected voucher no "
                                     "longer contains it unchanged. Keep that entry as booked and correct only the "
                                     "refused one, or book a reversal of it.",
    # --- what a target refused, cell by cell (the vendor's own words stay as it wrote them) ---------------
    "confirma_rejected_said": "Confirma refused {path}: {said}",
    "confirma_rejected": "Confirma refused {path}.",
    "confirma_rejected_vat_row": "{reason} (on the VAT row derived from this line)",
    "infinity_rejected_said": "Infinity refused {name}{code}: {said}",
    "infinity_rejected": "Infinity refused {name}{code}.",
    "field_debit_account": "the debit account",
    "field_credit_account": "the credit account",
    "field_amount": "the amount",
    "field_date": "the date",
    "field_text": "the text",
    "field_currency": "the currency",
    "field_exchange_rate": "the exchange rate",
    "field_vat_code": "the VAT code",
}

TEMPLATES: dict[str, str] = {**VOUCHER_TEMPLATES, **OUTCOME_TEMPLATES, **ATTACHMENT_TEMPLATES}
