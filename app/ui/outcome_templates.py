"""The window's copy of app/domain/outcome_templates.py: each code's English template marked for lupdate in the
"Messages" context, rendered by app/ui/messages.py. Generated from the domain's table and held equal to it by
tests/ui/test_messages.py: change the domain's, then copy the entry here.
"""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP

OUTCOME_TEMPLATES: dict[str, str] = {
    "sentences": QT_TRANSLATE_NOOP("Messages", "{first} {rest}"),
    "list_semicolon": QT_TRANSLATE_NOOP("Messages", "{first}; {rest}"),
    "with_detail": QT_TRANSLATE_NOOP("Messages", "{text} ({detail})"),
    "outcome_text": QT_TRANSLATE_NOOP("Messages", "{text}"),
    "place_line": QT_TRANSLATE_NOOP("Messages", "line {line}, {field}"),
    "place_header": QT_TRANSLATE_NOOP("Messages", "header, {field}"),
    "outcome_accepted": QT_TRANSLATE_NOOP("Messages", "The service accepted the request."),
    "auth_invalid": QT_TRANSLATE_NOOP("Messages", "The API key was refused: it is not valid for this service and "
                                                  "environment. Check the key stored in the profile."),
    "auth_expired": QT_TRANSLATE_NOOP("Messages", "The API key has expired. Renew it, or ask the service for a "
                                                  "new one."),
    "auth_unknown": QT_TRANSLATE_NOOP("Messages", "The API key was refused, and the service did not say why."),
    "outcome_rejected": QT_TRANSLATE_NOOP("Messages", "The service refused the voucher (HTTP {status})."),
    "rejected_code": QT_TRANSLATE_NOOP("Messages", "The service refused the voucher (HTTP {status}, code {code})."),
    "rejected_said": QT_TRANSLATE_NOOP("Messages", "It said: {said}"),
    "rejected_check": QT_TRANSLATE_NOOP("Messages", "Check: {places}."),
    "rejected_fields": QT_TRANSLATE_NOOP("Messages", "Fields it named: {fields}."),
    "rejected_answer": QT_TRANSLATE_NOOP("Messages", "Its answer: {excerpt}"),
    "rate_limited": QT_TRANSLATE_NOOP("Messages", "The service says too many requests were sent. The request was "
                                                  "not processed; try again in {wait}."),
    "rate_limited_later": QT_TRANSLATE_NOOP("Messages", "The service says too many requests were sent. The "
                                                        "request was not processed; try again later."),
    "rate_limited_local": QT_TRANSLATE_NOOP("Messages", "LedgerDesk held the request back to stay inside the "
                                                        "service's hourly limit. The request was not processed; "
                                                        "try again in {wait}."),
    "rate_limited_local_later": QT_TRANSLATE_NOOP("Messages", "LedgerDesk held the request back to stay inside "
                                                              "the service's hourly limit. The request was not "
                                                              "processed; try again later."),
    "transient": QT_TRANSLATE_NOOP("Messages", "The service had a temporary problem: {reason}"),
    "transient_page": QT_TRANSLATE_NOOP("Messages", "HTTP {status} {phrase}, as a web page: {excerpt}"),
    "transient_unreadable": QT_TRANSLATE_NOOP("Messages", "HTTP {status} {phrase}, as an unreadable answer: "
                                                          "{excerpt}"),
    "transient_status": QT_TRANSLATE_NOOP("Messages", "HTTP {status} {phrase}."),
    "transient_status_said": QT_TRANSLATE_NOOP("Messages", "HTTP {status} {phrase} ({said})."),
    "unexpected": QT_TRANSLATE_NOOP("Messages", "The service gave an answer LedgerDesk cannot read (HTTP "
                                                "{status})."),
    "unexpected_excerpt": QT_TRANSLATE_NOOP("Messages", "{head} Its answer began: {excerpt}"),
    "not_sent": QT_TRANSLATE_NOOP("Messages", "Nothing was sent: {reason}"),
    "outcome_uncertain": QT_TRANSLATE_NOOP("Messages", "It is not known whether the service received this: "
                                                       "{reason}. {advice}"),
    "uncertain_advice": QT_TRANSLATE_NOOP("Messages", "Check in the service whether it arrived before sending it "
                                                      "again."),
    "key_unreadable": QT_TRANSLATE_NOOP("Messages", "the API key of profile '{profile}' could not be read: "
                                                    "{reason}"),
    "key_unusable": QT_TRANSLATE_NOOP("Messages", "the API key of profile '{profile}' is empty or contains spaces "
                                                  "or characters that cannot be sent; enter it again."),
    "key_to_try_unusable": QT_TRANSLATE_NOOP("Messages", "the key to try contains characters that cannot be sent."),
    "connect_timeout": QT_TRANSLATE_NOOP("Messages", "the service did not accept a connection within {seconds} s"),
    "pool_timeout": QT_TRANSLATE_NOOP("Messages", "no connection became free in time"),
    "certificate_unverified": QT_TRANSLATE_NOOP("Messages", "the service's certificate could not be verified "
                                                            "({detail}); the connection was refused to protect "
                                                            "the key"),
    "connect_failed": QT_TRANSLATE_NOOP("Messages", "could not connect to the service ({detail})"),
    "request_unprepared": QT_TRANSLATE_NOOP("Messages", "the request could not be prepared ({detail})"),
    "read_timeout": QT_TRANSLATE_NOOP("Messages", "no answer came within {seconds} s"),
    "write_timeout": QT_TRANSLATE_NOOP("Messages", "sending the request took too long and was abandoned part way"),
    "connection_closed_early": QT_TRANSLATE_NOOP("Messages", "the connection closed before a complete answer came "
                                                             "({detail})"),
    "connection_broke": QT_TRANSLATE_NOOP("Messages", "the connection broke ({detail})"),
    "answer_undecodable": QT_TRANSLATE_NOOP("Messages", "The service's answer could not be decoded ({detail})."),
    "redirected": QT_TRANSLATE_NOOP("Messages", "{service} redirected the request elsewhere (HTTP {status}); it "
                                                "was not followed. Check the profile's address"),
    "nothing_at_address": QT_TRANSLATE_NOOP("Messages", "nothing answers at this address (HTTP {status}). Check "
                                                        "the profile's address"),
    "request_timeout_408": QT_TRANSLATE_NOOP("Messages", "{service} gave up waiting for the request (HTTP 408)"),
    "too_large_413": QT_TRANSLATE_NOOP("Messages", "The voucher is too large for {service} to take in one request "
                                                   "(HTTP 413 Payload Too Large). Split it into smaller vouchers."),
    "service_said": QT_TRANSLATE_NOOP("Messages", "{service} said: {said}"),
    "no_attempt": QT_TRANSLATE_NOOP("Messages", "no attempt was made"),
    "confirma_format": QT_TRANSLATE_NOOP("Messages", "the voucher does not fit Confirma's format: {problems}"),
    "infinity_format": QT_TRANSLATE_NOOP("Messages", "the entry does not fit Infinity's format: {problems}"),
    "keyring_install_hint": QT_TRANSLATE_NOOP("Messages", "on Linux install and unlock GNOME Keyring or KWallet "
                                                          "(Secret Service) in your desktop session; on Windows "
                                                          "and macOS the system keyring is built in"),
    "keyring_unavailable": QT_TRANSLATE_NOOP("Messages", "No OS keyring is available: {hint}, then try again."),
    "keyring_plaintext_refused": QT_TRANSLATE_NOOP("Messages", "The only keyring available ({backend}) keeps API "
                                                               "keys unencrypted in a file, so LedgerDesk will "
                                                               "not use it: {hint}. To accept unencrypted keys "
                                                               "anyway, set {variable}=1."),
    "keyring_locked": QT_TRANSLATE_NOOP("Messages", "The OS keyring is locked (or the unlock prompt was "
                                                    "dismissed): unlock it, for example by logging in to your "
                                                    "desktop session or opening your keyring app, then try again."),
    "keyring_refused": QT_TRANSLATE_NOOP("Messages", "The OS keyring refused LedgerDesk access to the API key: "
                                                     "allow access when the keyring asks, or check its access "
                                                     "settings, then try again."),
    "keyring_said": QT_TRANSLATE_NOOP("Messages", "{text} (Keyring said: {detail})"),
    "keyring_not_answering": QT_TRANSLATE_NOOP("Messages", "The OS keyring did not answer within {seconds} s (it "
                                                           "may have stopped, or be waiting for an unlock prompt "
                                                           "that cannot be shown): restart it (log out of your "
                                                           "desktop session and back in, or restart GNOME Keyring "
                                                           "or KWallet), unlock it, then try again."),
    "keyring_nothing_sent": QT_TRANSLATE_NOOP("Messages", "{problem} Nothing was sent; vouchers already in the "
                                                          "outbox stay queued. Send again once the keyring "
                                                          "answers."),
    "key_missing": QT_TRANSLATE_NOOP("Messages", "No API key stored for profile {profile}: run `ledgerdesk "
                                                 "profile set-key {profile}` (or `ledgerdesk profile add ...` for "
                                                 "a new profile) or set it in Profiles."),
    "renewal_infinity": QT_TRANSLATE_NOOP("Messages", "Infinity documents no way to renew a key: create a new "
                                                      "token in Infinity and store it here."),
    "renewal_not_stored": QT_TRANSLATE_NOOP("Messages", "Confirma issued a new key, but the keyring could not "
                                                        "store it: {reason} The old key is still stored; renew "
                                                        "again once the keyring works."),
    "renewal_stored": QT_TRANSLATE_NOOP("Messages", "{said} It is stored in {keyring} in place of the old one."),
    "settings_unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read the settings file {path}: {detail}."),
    "settings_unreadable_kept": QT_TRANSLATE_NOOP("Messages", "Cannot read the settings file {path}: {detail}. It "
                                                              "has not been replaced."),
    "settings_unusable": QT_TRANSLATE_NOOP("Messages", "The settings file {path} holds values LedgerDesk cannot "
                                                       "use ({detail}). It has been left as it is: correct it, or "
                                                       "move it aside to start with no profiles."),
    "settings_not_json": QT_TRANSLATE_NOOP("Messages", "The settings file {path} is damaged (not valid JSON: "
                                                       "{detail} at line {line}). It has been left as it is: "
                                                       "repair it, or move it aside to start with no profiles."),
    "settings_damaged": QT_TRANSLATE_NOOP("Messages", "The settings file {path} is damaged ({detail}). It has "
                                                      "been left as it is: repair it, or move it aside to start "
                                                      "with no profiles."),
    "settings_too_new": QT_TRANSLATE_NOOP("Messages", "The settings file {path} was written by a newer LedgerDesk "
                                                      "(settings version {version}; this version reads up to "
                                                      "{newest}). Update LedgerDesk. The file has been left as it "
                                                      "is."),
    "confirma_not_listed": QT_TRANSLATE_NOOP("Messages", "Confirma did not list it after {attempts} attempts; "
                                                         "check its status before sending it again."),
    "confirma_queued": QT_TRANSLATE_NOOP("Messages", "Confirma queued the voucher; it is sent on to the "
                                                     "accounting system shortly."),
    "sync_pending": QT_TRANSLATE_NOOP("Messages", "queued, not yet in the accounting system"),
    "sync_synced": QT_TRANSLATE_NOOP("Messages", "in the accounting system"),
    "sync_synced_since": QT_TRANSLATE_NOOP("Messages", "in the accounting system since {since}"),
    "sync_failed": QT_TRANSLATE_NOOP("Messages", "failed to reach the accounting system"),
    "sync_described": QT_TRANSLATE_NOOP("Messages", "{words}: {description}"),
    "confirma_has_voucher": QT_TRANSLATE_NOOP("Messages", "Confirma has the voucher ({status})."),
    "confirma_ok_unreadable": QT_TRANSLATE_NOOP("Messages", "Confirma answered OK in a form LedgerDesk cannot "
                                                            "read."),
    "confirma_403": QT_TRANSLATE_NOOP("Messages", "Confirma refused this key for this request (HTTP 403)"),
    "confirma_redirected": QT_TRANSLATE_NOOP("Messages", "Confirma redirected the request (HTTP {status}); check "
                                                         "the profile's address."),
    "confirma_key_refused_yet_valid": QT_TRANSLATE_NOOP("Messages", "the key was refused although Confirma's "
                                                                    "validation accepts it"),
    "confirma_lists_none": QT_TRANSLATE_NOOP("Messages", "Confirma lists no vouchers."),
    "confirma_lists": QT_TRANSLATE_NOOP("Messages", "Confirma lists {count} vouchers."),
    "confirma_status_unreadable": QT_TRANSLATE_NOOP("Messages", "Confirma's status list cannot be read."),
    "confirma_validation_unreadable": QT_TRANSLATE_NOOP("Messages", "Confirma's key validation answer cannot be "
                                                                    "read."),
    "confirma_key_accepted": QT_TRANSLATE_NOOP("Messages", "Confirma accepts the key."),
    "confirma_renewal_unreadable": QT_TRANSLATE_NOOP("Messages", "Confirma's renewal answer cannot be read."),
    "confirma_renewed": QT_TRANSLATE_NOOP("Messages", "Confirma renewed the key."),
    "confirma_renewed_said": QT_TRANSLATE_NOOP("Messages", "{said}"),
    "renewal_no_new_key": QT_TRANSLATE_NOOP("Messages", "No new key was found in Confirma's answer; the stored "
                                                        "key stays in use."),
    "renewal_new_key_refused": QT_TRANSLATE_NOOP("Messages", "Confirma's new key was not accepted by validation; "
                                                             "the stored key stays in use. {reason}"),
    "renewal_verified": QT_TRANSLATE_NOOP("Messages", "Confirma issued a new key and accepts it."),
    "confirma_status_list_failed_too": QT_TRANSLATE_NOOP("Messages", "Confirma's status list could not be read "
                                                                     "either ({reason}); check the voucher's "
                                                                     "status before sending it again."),
    "infinity_no_lookup_advice": QT_TRANSLATE_NOOP("Messages", "Infinity cannot be asked whether an entry "
                                                               "arrived; look at the unreviewed entries in "
                                                               "Infinity before sending it again, or it may be "
                                                               "booked twice."),
    "infinity_key_accepted": QT_TRANSLATE_NOOP("Messages", "Infinity accepts the key (it answered a request to "
                                                           "read contacts)."),
    "infinity_403_contacts": QT_TRANSLATE_NOOP("Messages", "Infinity refused this key for reading contacts (HTTP "
                                                           "403)"),
    "infinity_403": QT_TRANSLATE_NOOP("Messages", "Infinity refused this key for this request (HTTP 403)"),
    "infinity_wrong_address": QT_TRANSLATE_NOOP("Messages", "Infinity answered HTTP {status} at this address; "
                                                            "check the profile's address."),
    "infinity_ok_unreadable": QT_TRANSLATE_NOOP("Messages", "Infinity answered OK (HTTP {status}) in a form "
                                                            "LedgerDesk cannot read; the entry was probably "
                                                            "booked. {advice}"),
    "infinity_maybe_booked": QT_TRANSLATE_NOOP("Messages", "The entry may or may not be booked. {advice}"),
    "progress_entry_booked": QT_TRANSLATE_NOOP("Messages", "Entry {entry} of {total} booked."),
    "submission_other_profile": QT_TRANSLATE_NOOP("Messages", "Submission {submission} belongs to profile {owner} "
                                                              "({target}); it is not sent with profile {profile}."),
    "submission_is": QT_TRANSLATE_NOOP("Messages", "It is {state}."),
    "booked_differently": QT_TRANSLATE_NOOP("Messages", "{booked} Booked differently from the preview: "
                                                        "{differences}."),
    "infinity_booked_entry": QT_TRANSLATE_NOOP("Messages", "Infinity booked the entry: {count} transaction(s), "
                                                           "net {net}{currency}, VAT {vat}{currency}."),
    "infinity_booked_entries": QT_TRANSLATE_NOOP("Messages", "Infinity booked all {entries} entries: {count} "
                                                             "transaction(s), net {net}{currency}, VAT "
                                                             "{vat}{currency}."),
    "infinity_entry_booked_so_far": QT_TRANSLATE_NOOP("Messages", "Entry {entry} of this voucher is already "
                                                                  "booked in Infinity; correct the refused entry "
                                                                  "and send again, and only the entries not yet "
                                                                  "booked are sent."),
    "infinity_entries_booked_so_far": QT_TRANSLATE_NOOP("Messages", "Entries {entries} of this voucher are "
                                                                    "already booked in Infinity; correct the "
                                                                    "refused entry and send again, and only the "
                                                                    "entries not yet booked are sent."),
    "infinity_booked": QT_TRANSLATE_NOOP("Messages", "Infinity booked the entry: {count} transaction(s), net "
                                                     "{net}{currency}."),
    "infinity_booked_vat": QT_TRANSLATE_NOOP("Messages", "Infinity booked the entry: {count} transaction(s), net "
                                                         "{net}{currency}, VAT {vat}{currency}."),
    "sending_interrupted": QT_TRANSLATE_NOOP("Messages", "LedgerDesk stopped while sending this voucher; its "
                                                         "outcome is not known yet."),
    "answer_after_lease_lost": QT_TRANSLATE_NOOP("Messages", "This desktop lost the team database for longer "
                                                             "than its claim on the voucher, and another desktop "
                                                             "has settled it meanwhile: it is {state} now. The "
                                                             "answer that came here ({answer}) is kept in the "
                                                             "audit log."),
    "marked_posted": QT_TRANSLATE_NOOP("Messages", "Marked as posted by the bookkeeper."),
    "cancelled_by_bookkeeper": QT_TRANSLATE_NOOP("Messages", "Cancelled by the bookkeeper; nothing of it was "
                                                             "booked."),
}
