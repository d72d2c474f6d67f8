"""The English templates of what happened to a request, the keyring, the settings file and the services'
results (app/domain/messages.py; the voucher's own problems are in app/domain/message_templates.py).

The window's copy is app/ui/outcome_templates.py, held equal by tests/ui/test_messages.py.
"""

from __future__ import annotations

OUTCOME_TEMPLATES: dict[str, str] = {
    # --- what happened to a request (app/client/outcomes.py and the clients) ---------------------------------
    "sentences": "{first} {rest}",
    "list_semicolon": "{first}; {rest}",
    "with_detail": "{text} ({detail})",
    "outcome_text": "{text}",
    "place_line": "line {line}, {field}",
    "place_header": "header, {field}",
    "outcome_accepted": "The service accepted the request.",
    "auth_invalid": "The API key was refused: it is not valid for this service and environment. Check the key "
                    "stored in the profile.",
    "auth_expired": "The API key has expired. Renew it, or ask the service for a new one.",
    "auth_unknown": "The API key was refused, and the service did not say why.",
    "outcome_rejected": "The service refused the voucher (HTTP {status}).",
    "rejected_code": "The service refused the voucher (HTTP {status}, code {code}).",
    "rejected_said": "It said: {said}",
    "rejected_check": "Check: {places}.",
    "rejected_fields": "Fields it named: {fields}.",
    "rejected_answer": "Its answer: {excerpt}",
    "rate_limited": "The service says too many requests were sent. The request was not processed; try again in "
                    "{wait}.",
    "rate_limited_later": "The service says too many requests were sent. The request was not processed; try "
                          "again later.",
    "rate_limited_local": "LedgerDesk held the request back to stay inside the service's hourly limit. The "
                          "request was not processed; try again in {wait}.",
    "rate_limited_local_later": "LedgerDesk held the request back to stay inside the service's hourly limit. The "
                                "request was not processed; try again later.",
    "transient": "The service had a temporary problem: {reason}",
    "transient_page": "HTTP {status} {phrase}, as a web page: {excerpt}",
    "transient_unreadable": "HTTP {status} {phrase}, as an unreadable answer: {excerpt}",
    "transient_status": "HTTP {status} {phrase}.",
    "transient_status_said": "HTTP {status} {phrase} ({said}).",
    "unexpected": "The service gave an answer LedgerDesk cannot read (HTTP {status}).",
    "unexpected_excerpt": "{head} Its answer began: {excerpt}",
    "not_sent": "Nothing was sent: {reason}",
    "outcome_uncertain": "It is not known whether the service received this: {reason}. {advice}",
    "uncertain_advice": "Check in the service whether it arrived before sending it again.",
    "key_unreadable": "the API key of profile '{profile}' could not be read: {reason}",
    "key_unusable": "the API key of profile '{profile}' is empty or contains spaces or characters that cannot be "
                    "sent; enter it again.",
    "key_to_try_unusable": "the key to try contains characters that cannot be sent.",
    "connect_timeout": "the service did not accept a connection within {seconds} s",
    "pool_timeout": "no connection became free in time",
    "certificate_unverified": "the service's certificate could not be verified ({detail}); the connection was "
                              "refused to protect the key",
    "connect_failed": "could not connect to the service ({detail})",
    "request_unprepared": "the request could not be prepared ({detail})",
    "read_timeout": "no answer came within {seconds} s",
    "write_timeout": "sending the request took too long and was abandoned part way",
    "connection_closed_early": "the connection closed before a complete answer came ({detail})",
    "connection_broke": "the connection broke ({detail})",
    "answer_undecodable": "The service's answer could not be decoded ({detail}).",
    "redirected": "{service} redirected the request elsewhere (HTTP {status}); it was not followed. Check the "
                  "profile's address",
    "nothing_at_address": "nothing answers at this address (HTTP {status}). Check the profile's address",
    "request_timeout_408": "{service} gave up waiting for the request (HTTP 408)",
    "too_large_413": "The voucher is too large for {service} to take in one request (HTTP 413 Payload Too Large). "
                     "Split it into smaller vouchers.",
    "service_said": "{service} said: {said}",
    "no_attempt": "no attempt was made",
    "confirma_format": "the voucher does not fit Confirma's format: {problems}",
    "infinity_format": "the entry does not fit Infinity's format: {problems}",
    # --- the keyring (app/store/secrets.py) and renewing a key (app/services/key_renewal.py) ----------------
    "keyring_install_hint": "on Linux install and unlock GNOME Keyring or KWallet (Secret Service) in your desktop "
                            "session; on Windows and macOS the system keyring is built in",
    "keyring_unavailable": "No OS keyring is available: {hint}, then try again.",
    "keyring_plaintext_refused": "The only keyring available ({backend}) keeps API keys unencrypted in a file, so "
                                 "LedgerDesk will not use it: {hint}. To accept unencrypted keys anyway, set "
                                 "{variable}=1.",
    "keyring_locked": "The OS keyring is locked (or the unlock prompt was dismissed): unlock it, for example by "
                      "logging in to your desktop session or opening your keyring app, then try again.",
    "keyring_refused": "The OS keyring refused LedgerDesk access to the API key: allow access when the keyring "
                       "asks, or check its access settings, then try again.",
    "keyring_said": "{text} (Keyring said: {detail})",
    "keyring_not_answering": "The OS keyring did not answer within {seconds} s (it may have stopped, or be waiting "
                             "for an unlock prompt that cannot be shown): restart it (log out of your desktop "
                             "session and back in, or restart GNOME Keyring or KWallet), unlock it, then try again.",
    "keyring_nothing_sent": "{problem} Nothing was sent; vouchers already in the outbox stay queued. Send again "
                            "once the keyring answers.",
    "key_missing": "No API key stored for profile {profile}: run `ledgerdesk profile set-key {profile}` (or "
                   "`ledgerdesk profile add ...` for a new profile) or set it in Profiles.",
    "renewal_infinity": "Infinity documents no way to renew a key: create a new token in Infinity and store it "
                        "here.",
    "renewal_not_stored": "Confirma issued a new key, but the keyring could not store it: {reason} The old key is "
                          "still stored; renew again once the keyring works.",
    "renewal_stored": "{said} It is stored in {keyring} in place of the old one.",
    # --- the settings file (app/store/settings.py) -------------------------------------------------------------
    "settings_unreadable": "Cannot read the settings file {path}: {detail}.",
    "settings_unreadable_kept": "Cannot read the settings file {path}: {detail}. It has not been replaced.",
    "settings_unusable": "The settings file {path} holds values LedgerDesk cannot use ({detail}). It has been left "
                         "as it is: correct it, or move it aside to start with no profiles.",
    "settings_not_json": "The settings file {path} is damaged (not valid JSON: {detail} at line {line}). It has been "
                         "left as it is: repair it, or move it aside to start with no profiles.",
    "settings_damaged": "The settings file {path} is damaged ({detail}). It has been left as it is: repair it, or "
                        "move it aside to start with no profiles.",
    "settings_too_new": "The settings file {path} was written by a newer LedgerDesk (settings version {version}; "
                        "this version reads up to {newest}). Update LedgerDesk. The file has been left as it is.",
    "confirma_not_listed": "Confirma did not list it after {attempts} attempts; check its status before sending "
                           "it again.",
    "confirma_queued": "Confirma queued the voucher; it is sent on to the accounting system shortly.",
    "sync_pending": "queued, not yet in the accounting system",
    "sync_synced": "in the accounting system",
    "sync_synced_since": "in the accounting system since {since}",
    "sync_failed": "failed to reach the accounting system",
    "sync_described": "{words}: {description}",
    "confirma_has_voucher": "Confirma has the voucher ({status}).",
    "confirma_ok_unreadable": "Confirma answered OK in a form LedgerDesk cannot read.",
    "confirma_403": "Confirma refused this key for this request (HTTP 403)",
    "confirma_redirected": "Confirma redirected the request (HTTP {status}); check the profile's address.",
    "confirma_key_refused_yet_valid": "the key was refused although Confirma's validation accepts it",
    "confirma_lists_none": "Confirma lists no vouchers.",
    "confirma_lists": "Confirma lists {count} vouchers.",
    "confirma_status_unreadable": "Confirma's status list cannot be read.",
    "confirma_validation_unreadable": "Confirma's key validation answer cannot be read.",
    "confirma_key_accepted": "Confirma accepts the key.",
    "confirma_renewal_unreadable": "Confirma's renewal answer cannot be read.",
    "confirma_renewed": "Confirma renewed the key.",
    "confirma_renewed_said": "{said}",
    "renewal_no_new_key": "No new key was found in Confirma's answer; the stored key stays in use.",
    "renewal_new_key_refused": "Confirma's new key was not accepted by validation; the stored key stays in use. "
                               "{reason}",
    "renewal_verified": "Confirma issued a new key and accepts it.",
    "confirma_status_list_failed_too": "Confirma's status list could not be read either ({reason}); check the "
                                       "voucher's status before sending it again.",
    "infinity_no_lookup_advice": "Infinity cannot be asked whether an entry arrived; look at the unreviewed "
                                 "entries in Infinity before sending it again, or it may be booked twice.",
    "infinity_key_accepted": "Infinity accepts the key (it answered a request to read contacts).",
    "infinity_403_contacts": "Infinity refused this key for reading contacts (HTTP 403)",
    "infinity_403": "Infinity refused this key for this request (HTTP 403)",
    "infinity_wrong_address": "Infinity answered HTTP {status} at this address; check the profile's address.",
    "infinity_ok_unreadable": "Infinity answered OK (HTTP {status}) in a form LedgerDesk cannot read; the entry "
                              "was probably booked. {advice}",
    "infinity_maybe_booked": "The entry may or may not be booked. {advice}",
    "progress_entry_booked": "Entry {entry} of {total} booked.",
    "submission_other_profile": "Submission {submission} belongs to profile {owner} ({target}); it is not sent "
                                "with profile {profile}.",
    "submission_is": "It is {state}.",
    "booked_differently": "{booked} Booked differently from the preview: {differences}.",
    "infinity_booked_entry": "Infinity booked the entry: {count} transaction(s), net {net}{currency}, VAT "
                             "{vat}{currency}.",
    "infinity_booked_entries": "Infinity booked all {entries} entries: {count} transaction(s), net {net}{currency}, "
                               "VAT {vat}{currency}.",
    "infinity_entry_booked_so_far": "Entry {entry} of this voucher is already booked in Infinity; correct the "
                                    "refused entry and send again, and only the entries not yet booked are sent.",
    "infinity_entries_booked_so_far": "Entries {entries} of this voucher are already booked in Infinity; correct "
                                      "the refused entry and send again, and only the entries not yet booked are "
                                      "sent.",
    "infinity_booked": "Infinity booked the entry: {count} transaction(s), net {net}{currency}.",
    "infinity_booked_vat": "Infinity booked the entry: {count} transaction(s), net {net}{currency}, VAT "
                           "{vat}{currency}.",
    "sending_interrupted": "LedgerDesk stopped while sending this voucher; its outcome is not known yet.",
    "answer_after_lease_lost": "This desktop lost the team database for longer than its claim on the voucher, "
                               "and another desktop has settled it meanwhile: it is {state} now. The answer "
                               "that came here ({answer}) is kept in the audit log.",
    "marked_posted": "Marked as posted by the bookkeeper.",
    "cancelled_by_bookkeeper": "Cancelled by the bookkeeper; nothing of it was booked.",
}
