"""The summary e-mail the practice asks for after every call, drafted from a saved log.

Plain text in the writer's language, times in the writer's timezone: who took part, what was
asked, what was agreed, and what each side does next and by when. Nothing here knows Slack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.domain.logbook import _meta, reading_of
from bot.i18n import month_name, t, weekday_name
from storage.followups import OPEN, complete_followup
from storage.interactions import contacts_of_interaction, created_by_log, get_interaction
from storage.models import FollowUp, FollowUpAction, Pledge, PledgeStatus
from storage.partners import get_partner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.scope import Workspace

# Agreements worth repeating in the e-mail; declined and cancelled ones are said differently.
_AGREED = (
    PledgeStatus.PROPOSED,
    PledgeStatus.VERBAL,
    PledgeStatus.CONFIRMED_EMAIL,
    PledgeStatus.CONTRACT_SIGNED,
    PledgeStatus.DELIVERED,
)


@dataclass(frozen=True)
class SummaryDraft:
    """A drafted summary e-mail, and the e-mail follow-ups that sending it completes."""

    interaction_id: int
    partner_name: str
    subject: str
    body: str
    email_followup_ids: tuple[int, ...]


def _date(moment: datetime, tz: str, lang: str, *, with_time: bool) -> str:
    local = moment.astimezone(ZoneInfo(tz))
    text = t(
        lang,
        "summary.date",
        weekday=weekday_name(lang, local.weekday()),
        day=local.day,
        month=month_name(lang, local.month),
    )
    if with_time:
        clock = f"{local:%H.%M}" if lang == "da" else f"{local:%H:%M}"
        text = t(lang, "summary.date_time", date=text, time=clock)
    return text


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "da" else text


def _what(p: Pledge, lang: str) -> str:
    if p.amount_dkk is not None:
        return f"{_number(p.amount_dkk, lang)} kr." if lang == "da" else f"DKK {_number(p.amount_dkk, lang)}"
    if p.quantity:
        return f"{_number(p.quantity, lang)} {p.what or ''}".strip()
    return p.what or t(lang, f"pledge_kind.{p.kind.value}")


def summary_followups(followups: list[FollowUp], occurred_at: datetime, tz: str) -> list[FollowUp]:
    """The log's open "send the summary" e-mails: suggested ones and e-mails due by the end of its day."""
    end_of_day = datetime.combine(
        occurred_at.astimezone(ZoneInfo(tz)).date() + timedelta(days=1), time(0), tzinfo=ZoneInfo(tz)
    )
    emails = [f for f in followups if f.action is FollowUpAction.EMAIL and f.status in OPEN]
    chosen = [f for f in emails if f.suggested or f.due_at < end_of_day]
    return chosen or emails[:1]


def draft_summary(
    session: Session, *, ws: Workspace, interaction_id: int | None, lang: str, tz: str
) -> SummaryDraft | None:
    """The summary e-mail of a live log with a partner; None if there is none in this workspace."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id) if interaction else None
    if interaction is None or partner is None:
        return None
    understood = reading_of(interaction)
    log_tz = _meta(interaction).get("tz") or "UTC"
    tz = tz or log_tz
    kind = interaction.kind.value
    when = _date(interaction.occurred_at, tz, lang, with_time=False)
    contacts = [
        c for c in contacts_of_interaction(session, ws=ws, interaction_id=interaction.id) if c.deleted_at is None
    ]
    pledges = created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge)
    followups = [
        f for f in created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp) if f.status in OPEN
    ]
    this_email = {f.id for f in summary_followups(followups, interaction.occurred_at, tz)}

    lines = [
        t(lang, "summary.greeting", name=contacts[0].name.split()[0]) if contacts else t(lang, "summary.greeting_none"),
        "",
    ]
    lines += [t(lang, f"summary.thanks.{kind}", date=when) + " " + t(lang, "summary.intro"), ""]
    if contacts:
        people = ", ".join(f"{c.name} ({c.role})" if c.role else c.name for c in contacts)
        lines.append(t(lang, "summary.who", names=f"{people} – {partner.name}"))
    asks = list(dict.fromkeys(understood.asks or [p.kind.value for p in pledges]))
    if asks:
        lines.append(t(lang, "summary.asked", asks=", ".join(t(lang, f"pledge_kind.{a}") for a in asks)))
    if contacts or asks:
        lines.append("")
    agreed = [
        p
        for p in pledges
        if p.status in _AGREED
        and (p.amount_dkk is not None or p.quantity or p.what or p.status is not PledgeStatus.PROPOSED)
    ]
    if agreed:
        lines.append(t(lang, "summary.agreed"))
        lines += [f"- {_what(p, lang)} ({t(lang, f'summary.item_status.{p.status.value}')})" for p in agreed]
    elif any(p.status is PledgeStatus.DECLINED for p in pledges) or understood.agreement == "no":
        lines.append(t(lang, "summary.declined"))
    else:
        lines.append(t(lang, "summary.agreed_none"))
    ours, theirs = [], []
    for f in followups:
        if f.id in this_email:
            continue
        # An all-day follow-up is a date where it was written, whatever the reader's timezone.
        due = (
            t(lang, "summary.when_day", date=_date(f.due_at, f.due_tz or log_tz, lang, with_time=False))
            if f.all_day
            else t(lang, "summary.when_time", date_time=_date(f.due_at, tz, lang, with_time=True))
        )
        if f.by_partner:  # the partner promised it (the parser marks it "by": "partner")
            theirs.append(
                t(lang, "summary.their_step", what=f.text, when=due)
                if f.text
                else t(lang, "summary.their_step_plain", when=due)
            )
        else:
            ours.append(t(lang, f"summary.step.{f.action.value}", when=due))
    for key, steps in (("summary.ours", ours), ("summary.theirs", theirs)):
        if steps:
            lines += ["", t(lang, key)] + [f"- {step}" for step in steps]
    lines += ["", t(lang, "summary.closing"), "", t(lang, "summary.regards")]
    return SummaryDraft(
        interaction_id=interaction.id,
        partner_name=partner.name,
        subject=t(lang, "summary.subject", kind=t(lang, f"interaction.{kind}"), date=when),
        body="\n".join(lines),
        email_followup_ids=tuple(sorted(this_email)),
    )


def mark_sent(session: Session, *, ws: Workspace, interaction_id: int | None, tz: str) -> list[int] | None:
    """Mark the log's summary e-mail follow-ups done (again is harmless); None if the log is not ours."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None:
        return None
    followups = created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)
    done = [
        f.id for f in summary_followups(followups, interaction.occurred_at, tz or _meta(interaction).get("tz") or "UTC")
    ]
    for followup_id in done:
        complete_followup(session, ws=ws, followup_id=followup_id)
    return done
