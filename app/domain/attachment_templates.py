"""The English templates of what attaching a source document says (app/services/attachments.py); the window's
copy is app/ui/attachment_templates.py, held equal by tests/ui/test_messages.py."""

from __future__ import annotations

ATTACHMENT_TEMPLATES: dict[str, str] = {
    "attachment_missing": "{file} was not attached: there is no such file.",
    "attachment_unreadable": "{file} was not attached: it cannot be read ({reason}).",
    "attachment_folder": "{file} was not attached: it is a folder; attach the files in it one by one.",
    "attachment_not_regular": "{file} was not attached: it is not a regular file (a pipe, device or socket).",
    "attachment_empty": "{file} was not attached: it is empty (0 bytes).",
    "attachment_too_large": "{file} was not attached: it is {size} MB; a source document may be at most "
                            "{limit} MB. Scan it at a lower resolution or split it.",
    "attachment_added": "Attached {file} to the voucher. Source documents stay with the firm: they are not sent "
                        "to {target}.",
    "attachment_added_shared": "Attached {file} to the voucher; the same document is already kept for another "
                               "voucher and is stored once. Source documents stay with the firm: they are not "
                               "sent to {target}.",
    "attachment_already": "{file} is already attached to this voucher.",
    "attachment_removed": "Removed {file} from the voucher.",
    "attachment_kept_submitted": "{file} stays with the voucher: it has been submitted, and its source documents "
                                 "stay with what was posted.",
    "attachment_gone": "The source document {file} is no longer stored.",
    "attachment_not_opened": "{file} could not be opened: {reason}",
}
