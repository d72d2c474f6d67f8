"""The window's copy of app/domain/message_templates.py: each code's English template marked for lupdate in the
"Messages" context, rendered by app/ui/messages.py. Generated from the domain's table and held equal to it by
tests/ui/test_messages.py: change the domain's, then copy the entry here.
"""

from __future__ import annotations

from app.ui.attachment_templates import ATTACHMENT_TEMPLATES
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.outcome_templates import OUTCOME_TEMPLATES

VOUCHER_TEMPLATES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Messages", "The voucher has no lines."),
    "date_missing": QT_TRANSLATE_NOOP("Messages", "The voucher date is missing."),
    "description_too_long": QT_TRANSLATE_NOOP("Messages", "The description is {length} characters; {target} "
                                                          "accepts at most {limit}."),
    "currency_malformed": QT_TRANSLATE_NOOP("Messages", "'{currency}' is not a currency code (three capital "
                                                        "letters, e.g. EUR)."),
    "currency_unknown": QT_TRANSLATE_NOOP("Messages", "'{currency}' is not an ISO 4217 currency code."),
    "currency_not_supported": QT_TRANSLATE_NOOP("Messages", "Confirma takes amounts in euros only; this voucher "
                                                            "is in {currency}."),
    "exchange_rate_not_positive": QT_TRANSLATE_NOOP("Messages", "The exchange rate must be greater than zero."),
    "exchange_rate_for_chf": QT_TRANSLATE_NOOP("Messages", "{currency} is this profile's accounting currency: "
                                                           "leave the exchange rate empty."),
    "company_missing": QT_TRANSLATE_NOOP("Messages", "No company {label}: Confirma needs it to find the company."),
    "company_id_unknown_kind": QT_TRANSLATE_NOOP("Messages", "'{value}' is neither a Finnish Y-tunnus (1234567-8) "
                                                             "nor a Swiss UID (CHE-123.456.789)."),
    "y_tunnus_example": QT_TRANSLATE_NOOP("Messages", "1234567-8 (seven digits, a dash, a check digit)"),
    "swiss_uid_example": QT_TRANSLATE_NOOP("Messages", "CHE-123.456.789 (CHE and nine digits, optionally followed by "
                                                       "MWST, TVA or IVA)"),
    "y_tunnus_malformed": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a Y-tunnus: it should look like "
                                                        "{example}."),
    "y_tunnus_no_check_digit": QT_TRANSLATE_NOOP("Messages", "'{value}' cannot be a Y-tunnus: no check digit fits "
                                                             "its first seven digits."),
    "y_tunnus_check_digit": QT_TRANSLATE_NOOP("Messages", "The check digit of '{value}' should be {expected}; the "
                                                          "number may be mistyped."),
    "swiss_uid_malformed": QT_TRANSLATE_NOOP("Messages", "'{value}' is not a Swiss UID: it should look like "
                                                         "{example}."),
    "swiss_uid_check_digit": QT_TRANSLATE_NOOP("Messages", "The check digit of UID '{value}' does not fit its "
                                                           "first eight digits; the number may be mistyped."),
    "type_missing": QT_TRANSLATE_NOOP("Messages", "Confirma needs a voucher type (e.g. ML for a sales invoice "
                                                  "voucher, MU for a memo voucher)."),
    "account_missing": QT_TRANSLATE_NOOP("Messages", "The account is missing."),
    "account_malformed": QT_TRANSLATE_NOOP("Messages", "'{account}' is not an account number (digits only)."),
    "account_out_of_range": QT_TRANSLATE_NOOP("Messages", "Infinity accounts are four digits, 1000 to 9999; "
                                                          "'{account}' is not."),
    "account_unknown": QT_TRANSLATE_NOOP("Messages", "Account {account} is not in this profile's chart of "
                                                     "accounts."),
    "account_foreign_digits": QT_TRANSLATE_NOOP("Messages", "'{account}' is written with digits other than 0-9; "
                                                            "type the account number with the digits 0-9."),
    "vat_code_not_in_table": QT_TRANSLATE_NOOP("Messages", "'{code}' is not a VAT code of table {table}."),
    "vat_code_no_rate": QT_TRANSLATE_NOOP("Messages", "VAT code {code}: {reason}"),
    "vat_rate_class_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown VAT rate class '{rate_class}'."),
    "vat_rate_undefined": QT_TRANSLATE_NOOP("Messages", "No VAT rate is defined for {day} (rates start {first})."),
    "infinity_code_unknown": QT_TRANSLATE_NOOP("Messages", "'{code}' is not an Infinity tax code."),
    "infinity_code_no_family": QT_TRANSLATE_NOOP("Messages", "Infinity has no code {prefix}… for rate class "
                                                             "{rate_class}."),
    "infinity_code_span_open": QT_TRANSLATE_NOOP("Messages", "from {start}"),
    "infinity_code_span": QT_TRANSLATE_NOOP("Messages", "from {start} to {end}"),
    "infinity_code_outside_dates": QT_TRANSLATE_NOOP("Messages", "{code} ({percent} %) applies {span}."),
    "infinity_code_outside_dates_use": QT_TRANSLATE_NOOP("Messages", "{code} ({percent} %) applies {span}; on "
                                                                     "{day} use {current}."),
    "text_too_long": QT_TRANSLATE_NOOP("Messages", "The text is {length} characters; Infinity accepts at most "
                                                   "{limit}."),
    "debit_and_credit": QT_TRANSLATE_NOOP("Messages", "Enter either a debit or a credit on a line, not both."),
    "amount_missing": QT_TRANSLATE_NOOP("Messages", "The amount is missing: enter a debit or a credit."),
    "amount_not_a_number": QT_TRANSLATE_NOOP("Messages", "'{amount}' is not an amount."),
    "amount_zero": QT_TRANSLATE_NOOP("Messages", "The amount is zero."),
    "amount_negative_debit": QT_TRANSLATE_NOOP("Messages", "Negative debit: enter {amount} as a credit instead."),
    "amount_negative_credit": QT_TRANSLATE_NOOP("Messages", "Negative credit: enter {amount} as a debit instead."),
    "amount_decimals": QT_TRANSLATE_NOOP("Messages", "{amount} has more than two decimals."),
    "amount_too_large": QT_TRANSLATE_NOOP("Messages", "{amount} is larger than any amount LedgerDesk accepts "
                                                      "({largest}); check for a pasted number."),
    "unbalanced": QT_TRANSLATE_NOOP("Messages", "Debit and credit differ by {difference} (debit {debit}, credit "
                                                "{credit})."),
    "description_missing": QT_TRANSLATE_NOOP("Messages", "Infinity needs a description (1 to 128 characters) on "
                                                         "every entry: type a voucher description or a line text."),
    "text_not_single_line": QT_TRANSLATE_NOOP("Messages", "An Infinity entry description is one line of at most "
                                                          "128 characters."),
    "text_hidden_character": QT_TRANSLATE_NOOP("Messages", "This text holds {character}, a character no ledger "
                                                           "shows: retype it without it (it may have come with a "
                                                           "paste)."),
    "date_far_ahead": QT_TRANSLATE_NOOP("Messages", "{day} is {ahead} days after today ({today}); vouchers are "
                                                    "rarely dated more than {limit} days ahead. Check the year."),
    "date_far_back": QT_TRANSLATE_NOOP("Messages", "{day} is in fiscal year {year}, more than one fiscal year "
                                                   "back (this is {this_year}); that year is usually closed. "
                                                   "Check the year."),
    "booking_date_other_fiscal_year": QT_TRANSLATE_NOOP("Messages", "This line is booked on {day}, in fiscal year "
                                                                    "{year}; the voucher is dated {voucher_day}, "
                                                                    "in {voucher_year}. One of the two years is "
                                                                    "probably mistyped."),
    "booking_date_other_month": QT_TRANSLATE_NOOP("Messages", "This line is booked on {day}, in another month "
                                                              "than the voucher date {voucher_day}: its VAT falls "
                                                              "in that month's return."),
    "exchange_rate_and_target_rate": QT_TRANSLATE_NOOP("Messages", "Either type an exchange rate or use "
                                                                   "Infinity's rate for {currency}, not both."),
    "exchange_rate_missing": QT_TRANSLATE_NOOP("Messages", "This voucher is in {currency}; the profile keeps its "
                                                           "books in {home}. Type an exchange rate ({home} per 1 "
                                                           "{currency}) as the voucher's rate (Rate in the "
                                                           "window, \"exchange_rate\" in a file), or \"target\" there "
                                                           "to use Infinity's own rate on the voucher date."),
    "infinity_unpaired_vat": QT_TRANSLATE_NOOP("Messages", "Infinity takes one debit and one credit account per "
                                                           "entry and one tax code per entry; {amount} of this "
                                                           "line has no line without a VAT code on the other side "
                                                           "to pair with."),
    "infinity_split_vat": QT_TRANSLATE_NOOP("Messages", "This line is sent to Infinity as {pieces} entries; "
                                                        "Infinity computes VAT per entry, so its VAT may differ "
                                                        "from the VAT shown here by a cent."),
    "not_sent_number": QT_TRANSLATE_NOOP("Messages", "Infinity's ledger entries have no voucher number: {number} "
                                                     "is not sent and stays in LedgerDesk only."),
    "not_sent_type": QT_TRANSLATE_NOOP("Messages", "Infinity's ledger entries have no voucher type: {type} is not "
                                                   "sent."),
    "not_sent_exchange_rate": QT_TRANSLATE_NOOP("Messages", "Confirma takes euros only and has no exchange rate: "
                                                            "{rate} is not sent."),
    "not_sent_project": QT_TRANSLATE_NOOP("Messages", "Infinity's ledger entries have no project: project "
                                                      "{project} is not sent."),
    "not_sent_dimension": QT_TRANSLATE_NOOP("Messages", "Infinity's ledger entries have no dimensions: {name} "
                                                        "({kind}) {value} is not sent."),
    "not_sent_text": QT_TRANSLATE_NOOP("Messages", "Infinity keeps one text per entry: this line's text is not "
                                                   "sent; its entry goes with '{text}'."),
    "not_sent_booking_date": QT_TRANSLATE_NOOP("Messages", "Infinity keeps one date per entry: this line's date "
                                                           "{day} is not sent; its entry is dated {entry_day}."),
    "not_sent_booking_date_undated": QT_TRANSLATE_NOOP("Messages", "Infinity keeps one date per entry: this "
                                                                   "line's date {day} is not sent; its entry is "
                                                                   "dated without a date."),
    "not_sent_description": QT_TRANSLATE_NOOP("Messages", "Infinity keeps one text per entry and takes the lines' "
                                                          "texts: the voucher description is not sent."),
    "identifier_derived": QT_TRANSLATE_NOOP("Messages", "The file has no identifier; LedgerDesk derived one from "
                                                        "its content, so this file is never posted twice. Give it "
                                                        "an \"identifier\" to post an identical voucher again."),
    "date_invalid_iso": QT_TRANSLATE_NOOP("Messages", "{text} is not a valid date (YYYY-MM-DD)."),
    "date_not_in_calendar": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date in the calendar."),
    "date_unreadable": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date (e.g. 12.12.2025, 2025-12-12, t for "
                                                     "today, +1)."),
    "vat_class_moved": QT_TRANSLATE_NOOP("Messages", "Account {account}'s default VAT code {code} is the "
                                                     "{percent} % class. Since {since}, {products} are in the "
                                                     "{new_percent} % class{codes}; on {day} {code} covers "
                                                     "{covers}. Check this line and the account's default code."),
    "vat_class_covers_less": QT_TRANSLATE_NOOP("Messages", "less than before"),
    "dimension_cost_center": QT_TRANSLATE_NOOP("Messages", "cost centre"),
    "vat_mode_unknown": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a VAT mode: gross or net."),
    "difference_not_closable": QT_TRANSLATE_NOOP("Messages", "No net amount closes the difference exactly at "
                                                             "{rate}: {net} net makes {gross} with VAT, {off} "
                                                             "off."),
    "amount_empty": QT_TRANSLATE_NOOP("Messages", "The amount is empty."),
    "amount_not_an_amount": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an amount."),
    "amount_two_decimal_separators": QT_TRANSLATE_NOOP("Messages", "'{text}' has more than one decimal separator."),
    "amount_mixed_separators": QT_TRANSLATE_NOOP("Messages", "'{text}' mixes separators after the decimals."),
    "amount_too_long": QT_TRANSLATE_NOOP("Messages", "That is too long to be an amount."),
    "amount_unreadable": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an amount (e.g. 1 234,56 or 100+25,50)."),
    "amount_thousands_misplaced": QT_TRANSLATE_NOOP("Messages", "'{text}' has misplaced thousands separators."),
    "amount_ambiguous": QT_TRANSLATE_NOOP("Messages", "'{text}' is ambiguous in a cell that reads {example}: type "
                                                      "{thousands} for the thousands, or {decimals}."),
    "amount_not_a_sum": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an amount or a sum (e.g. 100+25,50)."),
    "amount_divides_by_zero": QT_TRANSLATE_NOOP("Messages", "'{text}' divides by zero."),
    "amount_bracket_and_minus": QT_TRANSLATE_NOOP("Messages", "'{text}': brackets already mean a negative amount; "
                                                              "leave out the minus."),
    "number_not_a_number": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a number."),
    "possible_duplicate": QT_TRANSLATE_NOOP("Messages", "This looks like voucher {number}, posted on {day} with the "
                                                        "same date, total and accounts. Check that it is not entered "
                                                        "twice."),
    "possible_duplicate_unnumbered": QT_TRANSLATE_NOOP("Messages", "This looks like submission {submission}, posted "
                                                                   "on {day} with the same date, total and accounts. "
                                                                   "Check that it is not entered twice."),
    "number_booked": QT_TRANSLATE_NOOP("Messages", "Number {number} is already used by submission {submission} "
                                                   "({state}) of this profile; sending this voucher could book it "
                                                   "twice. Give it another number, or pass --allow-number-reuse "
                                                   "if it really is another voucher."),
    "queue_has_errors": QT_TRANSLATE_NOOP("Messages", "The voucher has errors; nothing was queued."),
    "queue_number_in_use": QT_TRANSLATE_NOOP("Messages", "The voucher number is in use; nothing was queued."),
    "queue_already_in_outbox": QT_TRANSLATE_NOOP("Messages", "This voucher is already in the outbox."),
    "queue_done": QT_TRANSLATE_NOOP("Messages", "Queued."),
    "queue_booked_would_change": QT_TRANSLATE_NOOP("Messages", "Entries already booked in Infinity would change; "
                                                               "nothing was queued."),
    "queued_again": QT_TRANSLATE_NOOP("Messages", "Queued again."),
    "queued_again_booked_one": QT_TRANSLATE_NOOP("Messages", "Queued again; {count} entry already booked is not "
                                                             "sent again."),
    "queued_again_booked": QT_TRANSLATE_NOOP("Messages", "Queued again; {count} entries already booked are not "
                                                         "sent again."),
    "queued_correction_one": QT_TRANSLATE_NOOP("Messages", "Queued as the correction of voucher {voucher} "
                                                           "(submission {submission}), which Infinity partly "
                                                           "refused; {count} entry it booked is not sent again."),
    "queued_correction": QT_TRANSLATE_NOOP("Messages", "Queued as the correction of voucher {voucher} (submission "
                                                       "{submission}), which Infinity partly refused; {count} "
                                                       "entries it booked are not sent again."),
    "every_entry_booked": QT_TRANSLATE_NOOP("Messages", "Every entry of this voucher was already booked."),
    "already_in_outbox": QT_TRANSLATE_NOOP("Messages", "Already in the outbox ({state})."),
    "already_posted": QT_TRANSLATE_NOOP("Messages", "This voucher was already posted (submission {submission}, "
                                                    "{state}); it is not sent twice."),
    "infinity_booked_entry_changed": QT_TRANSLATE_NOOP("Messages", "Entry {entry} is already booked in Infinity "
                                                                   "({debit_account} / {credit_account}, {amount} "
                                                                   "{currency}, {day}) and the corrected voucher "
                                                                   "no longer contains it unchanged. Keep that "
                                                                   "entry as booked and correct only the refused "
                                                                   "one, or book a reversal of it."),
    "confirma_rejected_said": QT_TRANSLATE_NOOP("Messages", "Confirma refused {path}: {said}"),
    "confirma_rejected": QT_TRANSLATE_NOOP("Messages", "Confirma refused {path}."),
    "confirma_rejected_vat_row": QT_TRANSLATE_NOOP("Messages", "{reason} (on the VAT row derived from this line)"),
    "infinity_rejected_said": QT_TRANSLATE_NOOP("Messages", "Infinity refused {name}{code}: {said}"),
    "infinity_rejected": QT_TRANSLATE_NOOP("Messages", "Infinity refused {name}{code}."),
    "field_debit_account": QT_TRANSLATE_NOOP("Messages", "the debit account"),
    "field_credit_account": QT_TRANSLATE_NOOP("Messages", "the credit account"),
    "field_amount": QT_TRANSLATE_NOOP("Messages", "the amount"),
    "field_date": QT_TRANSLATE_NOOP("Messages", "the date"),
    "field_text": QT_TRANSLATE_NOOP("Messages", "the text"),
    "field_currency": QT_TRANSLATE_NOOP("Messages", "the currency"),
    "field_exchange_rate": QT_TRANSLATE_NOOP("Messages", "the exchange rate"),
    "field_vat_code": QT_TRANSLATE_NOOP("Messages", "the VAT code"),
}

TEMPLATES: dict[str, str] = {**VOUCHER_TEMPLATES, **OUTCOME_TEMPLATES, **ATTACHMENT_TEMPLATES}
