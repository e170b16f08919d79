"""A rehearsal of the busiest path before a process takes traffic.

The first `/partner log` of a fresh process would otherwise pay for configuring the ORM mappers,
compiling each statement once (SQLAlchemy caches the compiled form per engine) and opening the
first database connection: several hundred milliseconds on PostgreSQL, for whoever typed first.
The rehearsal saves a log and reads its card back inside a transaction that is rolled back, so
nothing is kept (on PostgreSQL a few sequence numbers are skipped).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.domain import logbook
from bot.domain.known import known_for
from bot.domain.services import Services
from bot.understanding import parse
from storage.audit import set_actor
from storage.idempotency import first_time
from storage.known import bump_touched
from storage.scope import Workspace
from storage.users import get_or_create_user

log = logging.getLogger(__name__)

REHEARSAL_WS = Workspace("T0REHEARSAL")
REHEARSAL_USER = "U0REHEARSAL"
REHEARSAL_TEXT = (
    "Ringede til Lars Jensen, direktør hos Rehearsal Boghandel Greve. De giver 5.000 kr. og 20 bøger. "
    "Ring igen torsdag kl. 10."
)


def rehearse_log(services: Services) -> bool:
    """Save a log and load its card in a transaction that is rolled back; False if the database refused."""
    tz = services.settings.default_timezone
    now = services.now()
    understood = parse(REHEARSAL_TEXT, now=now, tz=tz)
    session = services.session_factory()
    try:
        set_actor(session, REHEARSAL_USER)
        # What every request does before its listener: claim the request id, read the user.
        first_time(session, ws=REHEARSAL_WS, key="command:rehearsal")
        get_or_create_user(session, ws=REHEARSAL_WS, user_id=REHEARSAL_USER)
        known_for(session, ws=REHEARSAL_WS)
        saved = logbook.record_log(
            session,
            ws=REHEARSAL_WS,
            user_id=REHEARSAL_USER,
            text=REHEARSAL_TEXT,
            understood=understood,
            tz=tz,
            now=now - timedelta(seconds=1),
            channel=None,
        )
        session.flush()
        logbook.load_card(session, ws=REHEARSAL_WS, interaction_id=saved.interaction_id)
        bump_touched(session)  # what the commit does: count the names the log added
        return True
    except Exception:  # noqa: BLE001 - a failed rehearsal only costs the first request its warmth
        log.warning("could not rehearse a log before taking traffic", exc_info=True)
        return False
    finally:
        session.rollback()
        session.close()
