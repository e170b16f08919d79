"""The partnership practice as rules, defined once for every view that applies them (status,
report, daily and weekly digests): when a partner is losing touch, which agreements count as
pledged, and how long a call waits for its confirming e-mail."""

from __future__ import annotations

from datetime import timedelta

from storage.models import IN_WRITING, PledgeStatus, Stage

# A partner in an ongoing stage with no call, meeting or e-mail for this long is losing touch.
LOSING_TOUCH = timedelta(days=30)
# Stages in which a partner expects to hear from us; prospects were never in touch, and
# declined, paused or completed partners are not being lost.
IN_TOUCH_STAGES = (
    Stage.CONTACTED,
    Stage.INTERESTED,
    Stage.AGREED_VERBALLY,
    Stage.CONFIRMED_IN_WRITING,
    Stage.ACTIVE,
)
# What counts as pledged: said yes to, whether or not it is in writing yet.
PLEDGED = frozenset({PledgeStatus.VERBAL, *IN_WRITING})
# The practice asks for a summary e-mail the same day as the call; a call stays on the "no
# confirming e-mail" lists this long, after which a summary no longer helps.
CONFIRMING_EMAIL_WINDOW = timedelta(days=14)
# Good practice suggests a callback in 2-3 working days and a same-day summary e-mail; a follow-up
# of ours of the same kind already planned with the partner no later than this after the
# suggestion makes the suggestion redundant.
SUGGESTION_COVERED_WITHIN = timedelta(days=7)
