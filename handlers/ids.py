"""Slack ids the bot owns, named once: handlers register with them and tests import them."""

COMMAND = "/partner"

# The log modal (new log, edit of a log, message and global shortcuts all open it).
LOG_MODAL = "log_modal"
# A button anywhere (reminder DM, status card, App Home) that opens the log modal for a partner;
# its value is the partner id. Handled in handlers/log.py.
LOG_OPEN_FOR_PARTNER = "log_open_for_partner"
SHORTCUT_LOG_MESSAGE = "log_to_partner_message"
SHORTCUT_LOG_GLOBAL = "log_to_partner_global"

# A follow-up row's buttons, on `/partner due` and the App Home (handled in handlers/due.py).
DUE_DONE = "overview_due_done"
DUE_SNOOZE = "overview_due_snooze"
DUE_MORE = "overview_due_more"
