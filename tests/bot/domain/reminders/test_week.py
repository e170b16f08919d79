"""A simulated week for users in three timezones, across Europe's spring-forward: the exact set of
reminders and digests, each at its time, none twice, none missing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.domain.followup_times import local_midnight, snooze_until
from bot.domain.reminders import DigestSweep, ReminderSweep, reminder_key
from storage import contacts, followups, interactions, partners, pledges, users
from storage.models import FollowUpAction, InteractionKind, PledgeKind, PledgeStatus
from tests.support.reminders import WS

CPH, LON, NYC = "Europe/Copenhagen", "Europe/London", "America/New_York"
TICK = timedelta(minutes=10)
LEAD = timedelta(minutes=15)


def at(day: int, hh: int, mm: int, tz: str) -> datetime:
    return datetime(2026, 3, day, hh, mm, tzinfo=ZoneInfo(tz))


def seed(services):
    ids = {}
    with services.transaction("U0ANNA") as s:
        users.update_user(s, ws=WS, user_id="U0ANNA", tz=CPH, locale="da-DK")
        users.update_user(s, ws=WS, user_id="U0BEN", tz=LON, locale="en-GB", digest_time="07:45", digest_weekdays="135")
        users.update_user(s, ws=WS, user_id="U0CLEO", tz=NYC, locale="en-US", digest_weekdays="1234567")
        users.update_user(s, ws=WS, user_id="U0DAN", tz=CPH, locale="da-DK", digest_enabled=False)
        bank = partners.create_partner(s, ws=WS, name="Danske Bank <Greve>")
        contacts.create_contact(
            s,
            ws=WS,
            name="Lars Jensen",
            partner_id=bank.id,
            role="direktør",
            phone="+45 12 34 56 78",
            is_decision_maker=True,
        )
        log = interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="Lars siger ja til 20.000 kr., ringer igen torsdag kl. 10",
            partner_id=bank.id,
            occurred_at=at(20, 10, 0, CPH),
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=bank.id,
            kind=PledgeKind.MONEY,
            amount_dkk=20000,
            status=PledgeStatus.VERBAL,
            created_by="U0ANNA",
        )
        saxo = partners.create_partner(s, ws=WS, name="Saxo")
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0BEN",
            raw_text="Called Saxo",
            partner_id=saxo.id,
            occurred_at=at(23, 10, 0, LON),
        )

        def fu(name, owner, due, all_day=False, tz=CPH, partner=bank.id, interaction=None):
            ids[name] = followups.create_followup(
                s,
                ws=WS,
                action=FollowUpAction.CALL,
                due_at=due,
                all_day=all_day,
                due_tz=tz,
                owner_user_id=owner,
                partner_id=partner,
                text=f"{name} text",
                interaction_id=interaction,
            ).id

        fu("f1", "U0ANNA", at(26, 10, 0, CPH), interaction=log.id)
        fu("f2", "U0ANNA", at(30, 10, 0, CPH))  # after the change to summer time
        fu("f3", "U0ANNA", local_midnight("2026-03-25", CPH), all_day=True)
        fu("f4", "U0BEN", at(24, 14, 0, LON), tz=LON, partner=saxo.id)
        fu("f5", "U0BEN", at(25, 11, 0, LON), tz=LON, partner=saxo.id)
        fu("f6", "U0CLEO", at(29, 9, 0, NYC), tz=NYC)
        fu("f7", "U0DAN", at(27, 10, 0, CPH))
        fu("f8", None, at(26, 10, 0, CPH))
    return ids, saxo.id


def test_a_week_of_reminders_and_digests(services, transport, clock):
    ids, saxo = seed(services)
    sweeps = [ReminderSweep(services, transport), DigestSweep(services, transport)]
    clock.now = datetime(2026, 3, 23, 0, 0, tzinfo=UTC)
    end = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)
    snoozed_until = None
    while clock.now <= end:
        now = clock.now
        if now == at(24, 14, 0, LON):  # Ben presses Snooze 1 hour on his reminder
            snoozed_until = snooze_until("1h", now=now, tz=LON)
            with services.transaction("U0BEN") as s:
                followups.snooze_followup(s, ws=WS, followup_id=ids["f4"], until=snoozed_until)
        if now == at(24, 15, 30, LON):  # ... and Done after the call; f5 is done early
            with services.transaction("U0BEN") as s:
                followups.complete_followup(s, ws=WS, followup_id=ids["f4"])
                followups.complete_followup(s, ws=WS, followup_id=ids["f5"])
        if now == at(25, 12, 0, LON):  # Ben sends the confirming e-mail to Saxo
            with services.transaction("U0BEN") as s:
                interactions.log_interaction(
                    s,
                    ws=WS,
                    kind=InteractionKind.EMAIL,
                    logged_by="U0BEN",
                    raw_text="Mail to Saxo",
                    partner_id=saxo,
                    occurred_at=now,
                )
        for sweep in sweeps:
            sweep(now)
        clock.now += TICK

    sent = {p.key: p for p in transport.posted}
    assert len(sent) == len(transport.posted), "a message was sent twice"

    def due(name, moment):
        return reminder_key(ids[name], moment)

    expected_reminders = {
        due("f1", at(26, 10, 0, CPH)): ("U0ANNA", at(26, 10, 0, CPH) - LEAD),
        due("f2", at(30, 10, 0, CPH)): ("U0ANNA", at(30, 10, 0, CPH) - LEAD),
        due("f4", at(24, 14, 0, LON)): ("U0BEN", at(24, 14, 0, LON) - LEAD),
        due("f4", snoozed_until): ("U0BEN", snoozed_until),
        due("f6", at(29, 9, 0, NYC)): ("U0CLEO", at(29, 9, 0, NYC) - LEAD),
        due("f7", at(27, 10, 0, CPH)): ("U0DAN", at(27, 10, 0, CPH) - LEAD),
    }
    expected_digests = {
        **{f"digest:U0ANNA:2026-03-{d}": ("U0ANNA", at(d, 8, 30, CPH)) for d in (23, 24, 25, 26, 27, 30)},
        # Ben: Mon/Wed/Fri, but Friday's and next Monday's have nothing to say, so no message.
        **{f"digest:U0BEN:2026-03-{d}": ("U0BEN", at(d, 7, 45, LON)) for d in (23, 25)},
        # Cleo: every day; Sunday 22 March's is still due (same day) when the week starts at 20:00 her time.
        "digest:U0CLEO:2026-03-22": ("U0CLEO", datetime(2026, 3, 23, 0, 0, tzinfo=UTC)),
        **{f"digest:U0CLEO:2026-03-{d}": ("U0CLEO", at(d, 8, 30, NYC)) for d in range(23, 30)},
    }
    assert set(sent) == set(expected_reminders) | set(expected_digests)
    for key, (owner, moment) in {**expected_reminders, **expected_digests}.items():
        post = sent[key]
        assert post.channel == owner, key
        # On time: at the first tick at or after its moment (DST included).
        assert moment <= post.at < moment + TICK, (key, post.at, moment)
    # Nobody's reminder was late, and each reader got their language.
    assert not any(p.message.content.late for p in transport.posted if p.key.startswith("reminder:"))
    assert {p.message.recipient.lang for p in transport.posted if p.channel == "U0ANNA"} == {"da"}
    assert {p.message.recipient.lang for p in transport.posted if p.channel == "U0BEN"} == {"en"}

    # What the digests said.
    anna_wed = sent["digest:U0ANNA:2026-03-25"].message.content
    assert [i.followup_id for i in anna_wed.today] == [ids["f3"]]
    assert [i.followup_id for i in anna_wed.week] == [ids["f1"], ids["f2"]]
    assert [p.amount_dkk for p in anna_wed.not_in_writing] == [20000]
    anna_thu = sent["digest:U0ANNA:2026-03-26"].message.content
    assert [i.followup_id for i in anna_thu.overdue] == [ids["f3"]]
    assert [i.followup_id for i in anna_thu.today] == [ids["f1"]]
    ben_wed = sent["digest:U0BEN:2026-03-25"].message.content
    assert [c.partner_name for c in ben_wed.calls_without_email] == ["Saxo"]
    assert not ben_wed.overdue and not ben_wed.today  # f4 and f5 were done on Tuesday
    # The reminder carries the contact and what was said last time.
    f1 = sent[due("f1", at(26, 10, 0, CPH))].message.content
    assert (f1.contact_name, f1.phone) == ("Lars Jensen", "+45 12 34 56 78")
    assert f1.last_agreed.startswith("Lars siger ja")
    assert sent[due("f4", snoozed_until)].message.content.snoozed
