"""The window's copy of app/domain/attachment_templates.py: each code's English template marked for lupdate in
the "Messages" context, rendered by app/ui/messages.py; tests/ui/test_messages.py keeps the two equal."""

from __future__ import annotations

from app.ui.i18n import QT_TRANSLATE_NOOP

ATTACHMENT_TEMPLATES: dict[str, str] = {
    "attachment_missing": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: there is no such file."),
    "attachment_unreadable": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: it cannot be read ({reason})."),
    "attachment_folder": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: it is a folder; attach the files in"
                                                       " it one by one."),
    "attachment_not_regular": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: it is not a regular file (a "
                                                            "pipe, device or socket)."),
    "attachment_empty": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: it is empty (0 bytes)."),
    "attachment_too_large": QT_TRANSLATE_NOOP("Messages", "{file} was not attached: it is {size} MB; a source "
                                                          "document may be at most {limit} MB. Scan it at a lower "
                                                          "resolution or split it."),
    "attachment_added": QT_TRANSLATE_NOOP("Messages", "Attached {file} to the voucher. Source documents stay with "
                                                      "the firm: they are not sent to {target}."),
    "attachment_added_shared": QT_TRANSLATE_NOOP("Messages", "Attached {file} to the voucher; the same document is "
                                                             "already kept for another voucher and is stored once. "
                                                             "Source documents stay with the firm: they are not sent"
                                                             " to {target}."),
    "attachment_already": QT_TRANSLATE_NOOP("Messages", "{file} is already attached to this voucher."),
    "attachment_removed": QT_TRANSLATE_NOOP("Messages", "Removed {file} from the voucher."),
    "attachment_kept_submitted": QT_TRANSLATE_NOOP("Messages", "{file} stays with the voucher: it has been "
                                                               "submitted, and its source documents stay with what "
                                                               "was posted."),
    "attachment_gone": QT_TRANSLATE_NOOP("Messages", "The source document {file} is no longer stored."),
    "attachment_not_opened": QT_TRANSLATE_NOOP("Messages", "{file} could not be opened: {reason}"),
}
