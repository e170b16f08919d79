"""The weekly team digest: its setup, what it says, what a shared channel never sees, exactly once,
silence in an empty week, and the week's edges across a DST change."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from unittest.mock import MagicMock
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient

from bot.domain.digest import Recipient
from bot.domain.people import Actor
from bot.domain.reminders import STALE_CLAIM
from bot.domain.team_digest import TeamDigestSweep, build_team_digest, partner_names_in
from bot.process.digest_cli import digest_main
from handlers import settings as hs
from handlers.reminders import views
from handlers.router import Invocation
from storage import contacts, followups, interactions, partners, pledges, team_digests
from storage.audit import history
from storage.models import (
    Delivery,
    DeliveryStatus,
    FollowUpAction,
    InteractionKind,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from tests.support.blockcheck import assert_valid_blocks
from tests.support.reminders import WS, Crash, make_services

CPH = "Europe/Copenhagen"
CHANNEL = "C0KAMP"
# The names a channel shared outside must never show: not public (no publicity, or ask first).
SECRET = ("Hemmelig Fond", "Spørg Først ApS", "Tavs Fond", "Lars Hemmelig")


def cph(month: int, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, month, day, hh, mm, tzinfo=ZoneInfo(CPH))


# The digest of Monday 23 March 08:30 (Copenhagen, winter time) sums up 16 March 08:30 to then.
DUE = cph(3, 23, 8, 30)


@pytest.fixture(autouse=True)
def audit_on_the_test_clock(monkeypatch, clock):
    """The audit trail (which says when a stage moved or an agreement was made) reads the test's clock."""
    monkeypatch.setattr("storage.audit.utcnow", clock)


def configure(services, *, names_all=False, weekday=1, at="08:30", channel=CHANNEL):
    with services.transaction("U0ANNA") as s:
        team_digests.set_team_digest(
            s,
            ws=WS,
            channel_id=channel,
            shared_outside=not names_all,
            names_all=names_all,
            weekday=weekday,
            time=at,
            tz=CPH,
            created_by="U0ANNA",
        )


def seed_week(services, clock) -> dict[str, int]:
    """A week of partnership work at a library, with public and not-public partners."""

    def at(moment):
        clock.now = moment.astimezone(UTC)

    ids = {}
    with services.transaction("U0ANNA") as s:
        at(cph(2, 1, 10))
        ids["bank"] = partners.create_partner(s, ws=WS, name="Danske Bank Greve", publicity=Publicity.PUBLIC).id
        ids["saxo"] = partners.create_partner(s, ws=WS, name="Saxo", publicity=Publicity.PUBLIC).id
        ids["fond"] = partners.create_partner(s, ws=WS, name="Hemmelig Fond", publicity=Publicity.NO_PUBLICITY).id
        ids["ask"] = partners.create_partner(s, ws=WS, name="Spørg Først ApS").id  # ask first: the default
        ids["old"] = partners.create_partner(
            s, ws=WS, name="Gammel Forening", publicity=Publicity.PUBLIC, stage=Stage.INTERESTED
        ).id
        ids["quiet"] = partners.create_partner(
            s, ws=WS, name="Tavs Fond", publicity=Publicity.NO_PUBLICITY, stage=Stage.ACTIVE
        ).id
        contacts.create_contact(s, ws=WS, name="Lars Hemmelig", partner_id=ids["fond"], role="direktør")
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="Tavs Fond ok",
            partner_id=ids["quiet"],
            occurred_at=cph(2, 1, 10),
        )
    with services.transaction("U0ANNA") as s:
        at(cph(2, 10, 11))
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="Gammel",
            partner_id=ids["old"],
            occurred_at=cph(2, 10, 11),
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=ids["old"],
            kind=PledgeKind.MONEY,
            amount_dkk=5000,
            status=PledgeStatus.VERBAL,
            created_by="U0ANNA",
        )
    with services.transaction("U0BEN") as s:
        # Just before the week: not counted.
        at(cph(3, 16, 8, 0))
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.EMAIL,
            logged_by="U0BEN",
            raw_text="early",
            partner_id=ids["saxo"],
            occurred_at=cph(3, 16, 8, 0),
        )
    with services.transaction("U0ANNA") as s:
        at(cph(3, 17, 10))
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="Lars Hemmelig siger ja",
            partner_id=ids["fond"],
            occurred_at=clock.now,
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=ids["fond"],
            kind=PledgeKind.MONEY,
            amount_dkk=25000,
            status=PledgeStatus.CONFIRMED_EMAIL,
            evidence="mail 17/3",
            created_by="U0ANNA",
        )
        partners.set_stage(s, ws=WS, partner_id=ids["fond"], stage=Stage.AGREED_VERBALLY)
    with services.transaction("U0ANNA") as s:
        at(cph(3, 18, 14))
        partners.set_stage(s, ws=WS, partner_id=ids["bank"], stage=Stage.CONTACTED)
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="Bank ja",
            partner_id=ids["bank"],
            occurred_at=clock.now,
        )
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.NOTE,
            logged_by="U0ANNA",
            raw_text="note",
            partner_id=ids["bank"],
            occurred_at=clock.now,
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=ids["bank"],
            kind=PledgeKind.MONEY,
            amount_dkk=20000,
            status=PledgeStatus.VERBAL,
            created_by="U0ANNA",
        )
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.MEETING,
            logged_by="U0BEN",
            raw_text="møde",
            partner_id=ids["ask"],
            occurred_at=clock.now,
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=ids["ask"],
            kind=PledgeKind.MONEY,
            amount_dkk=10000,
            status=PledgeStatus.VERBAL,
            created_by="U0BEN",
        )
    with services.transaction("U0BEN") as s:
        at(cph(3, 19, 9))
        partners.set_stage(s, ws=WS, partner_id=ids["bank"], stage=Stage.INTERESTED)
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.EMAIL,
            logged_by="U0BEN",
            raw_text="Saxo mail",
            partner_id=ids["saxo"],
            occurred_at=clock.now,
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=ids["saxo"],
            kind=PledgeKind.PRODUCTS,
            quantity=180,
            what="læsebamser",
            status=PledgeStatus.VERBAL,
            created_by="U0BEN",
        )
        # A stage moved and moved back is no news.
        partners.set_stage(s, ws=WS, partner_id=ids["saxo"], stage=Stage.CONTACTED)
        partners.set_stage(s, ws=WS, partner_id=ids["saxo"], stage=Stage.PROSPECT)

        def fu(owner, due, **kw):
            return followups.create_followup(
                s,
                ws=WS,
                action=FollowUpAction.CALL,
                due_at=due,
                owner_user_id=owner,
                partner_id=ids["fond"],
                text="ring til Lars Hemmelig",
                **kw,
            ).id

        fu("U0ANNA", cph(3, 24, 10))
        fu("U0ANNA", cph(3, 27, 10))
        fu("U0BEN", cph(3, 25, 10))
        snoozed = fu("U0BEN", cph(3, 20, 10))
        followups.snooze_followup(s, ws=WS, followup_id=snoozed, until=cph(3, 26, 9))
        fu(None, cph(3, 26, 12))
        fu("U0ANNA", cph(3, 31, 10))  # after the coming week
        fu("U0ANNA", cph(3, 20, 10))  # overdue, not "coming"
        done = fu("U0ANNA", cph(3, 24, 11))
        followups.complete_followup(s, ws=WS, followup_id=done)
    clock.now = datetime(2026, 3, 23, 6, 0, tzinfo=UTC)
    return ids


def build(services, shared: bool, lang: str = "da"):
    with services.transaction(None) as s:
        return build_team_digest(
            s,
            ws=WS,
            recipient=Recipient(CHANNEL, lang, CPH),
            week="2026-W13",
            start=DUE - timedelta(days=7),
            end=DUE,
            shared=shared,
        )


def rendered(content) -> str:
    return json.dumps(views.team_digest_message(content), ensure_ascii=False)


# ----- setup ------------------------------------------------------------------------------------


def test_parsing_the_team_digest_words():
    wish = hs.parse_team_digest("<#C0KAMP|kampagne> alle fre 09:00")
    assert wish == hs.TeamDigestWish("C0KAMP", True, 5, "09:00")
    assert hs.parse_team_digest("<#C0KAMP>") == hs.TeamDigestWish("C0KAMP")
    # "shared" (the old word) and "public" say what is now the default: public partners only.
    assert hs.parse_team_digest("C0KAMP delt mandag 7.45") == hs.TeamDigestWish("C0KAMP", False, 1, "07:45")
    assert hs.parse_team_digest("<#C0KAMP> public") == hs.TeamDigestWish("C0KAMP", False)
    assert hs.parse_team_digest("<#G0PRIV|intern> 10:00 torsdag all") == hs.TeamDigestWish("G0PRIV", True, 4, "10:00")
    assert hs.parse_team_digest("off") == hs.TeamDigestWish(None)
    assert hs.parse_team_digest("fra") == hs.TeamDigestWish(None)
    # A channel typed as text (no id) cannot be posted to; a word we do not know is not guessed at.
    assert hs.parse_team_digest("#kampagne") is None
    assert hs.parse_team_digest("<#C0KAMP|k> someday") is None
    assert hs.parse_team_digest("<#C0KAMP|k> fre fre") is None
    assert hs.parse_team_digest("<#C0KAMP|k> 3") is None
    assert hs.parse_team_digest("<#C0KAMP|k> all shared") is None  # contradicts itself
    assert hs.parse_team_digest("") is None
    assert hs.parse_channel("<@U0ANNA>") is None and hs.parse_channel("c0kamp") is None


def slack_client(*, admin: bool, channels: dict[str, dict] | None = None, fail: bool = False) -> MagicMock:
    """A WebClient whose quick copies answer users.info and conversations.info as Slack would."""
    from slack_sdk.web import SlackResponse

    client = MagicMock(spec=WebClient)
    client.token, client.base_url = "xoxb-test", "https://slack.com/api/"

    def answer(method, data):
        return SlackResponse(
            client=None, http_verb="POST", api_url=method, req_args={}, data=data, headers={}, status_code=200
        )

    def users_info(user, **_):
        if fail:
            raise OSError("timed out")
        return answer("users.info", {"ok": True, "user": {"id": user, "is_admin": admin}})

    def conversations_info(channel, **_):
        from slack_sdk.errors import SlackApiError

        info = (channels or {}).get(channel)
        if info is None:
            raise SlackApiError("missing_scope", answer("conversations.info", {"ok": False, "error": "missing_scope"}))
        return answer("conversations.info", {"ok": True, "channel": {"id": channel, **info}})

    quick = MagicMock(spec=WebClient)
    quick.users_info.side_effect = users_info
    quick.conversations_info.side_effect = conversations_info
    client.quick = quick
    return client


@pytest.fixture
def quick(monkeypatch):
    """Route the handlers' quick lookups to the client's scripted `quick` double."""
    monkeypatch.setattr("handlers.shared.slack_checks.quick_client", lambda client, timeout=1.0: client.quick)


def invoke(services, args, lang="da", client=None):
    ack = MagicMock()
    actor = Actor(WS, "U0ANNA", lang, CPH)
    client = client if client is not None else slack_client(admin=True)
    hs.handle_settings(
        Invocation(
            args=args,
            command={"command": "/partner"},
            actor=actor,
            services=services,
            client=client,
            ack=ack,
            respond=MagicMock(),
        )
    )
    return ack.call_args.kwargs


PRIVATE = {"is_private": True, "is_shared": False, "is_ext_shared": False}


def test_an_admin_sets_shows_moves_and_turns_off_the_team_digest_and_each_change_is_announced(services, quick):
    client = slack_client(admin=True, channels={"G0INTERN": PRIVATE})
    shown = invoke(services, "team-digest <#C0KAMP|kampagne>", client=client)
    assert_valid_blocks(shown["blocks"])
    text = json.dumps(shown["blocks"], ensure_ascii=False)
    assert (
        "Teamoverblik: *til* i <#C0KAMP>, hver *man* kl. *08:30* (Europe/Copenhagen), nævner kun partnere, der "
        "har sagt ja til omtale"
    ) in text
    assert "/invite @Partnerbot" in text
    with services.transaction(None) as s:
        row = team_digests.get_team_digest(s, ws=WS)
        assert (row.channel_id, row.names_all, row.weekday, row.time, row.tz, row.enabled, row.created_by) == (
            "C0KAMP",
            False,
            1,
            "08:30",
            CPH,
            True,
            "U0ANNA",
        )
    text = json.dumps(
        invoke(services, "team-digest <#G0INTERN|intern> all fre 09:00", lang="en", client=client)["blocks"]
    )
    assert "Team digest: *on* in <#G0INTERN>, every *Fri* at *09:00* (Europe/Copenhagen), naming all partners" in text
    with services.transaction(None) as s:
        row = team_digests.get_team_digest(s, ws=WS)
        assert (row.channel_id, row.names_all, row.shared_outside, row.weekday, row.time) == (
            "G0INTERN",
            True,
            False,
            5,
            "09:00",
        )
    text = json.dumps(invoke(services, "team-digest off", client=client)["blocks"], ensure_ascii=False)
    assert "Teamoverblik: *fra*" in text
    with services.transaction(None) as s:
        assert team_digests.get_team_digest(s, ws=WS).enabled is False
    posts = [(c.kwargs["channel"], c.kwargs["text"]) for c in client.chat_postMessage.call_args_list]
    assert posts == [
        (
            "C0KAMP",
            "<@U0ANNA> har sat teamoverblikket op her: hver *man* kl. *08:30*, nævner kun partnere, der har "
            "sagt ja til omtale.",
        ),
        (
            "G0INTERN",
            "<@U0ANNA> har sat teamoverblikket op her: hver *fre* kl. *09:00*, nævner alle partnere (privat "
            "kanal, ikke delt udadtil).",
        ),
        ("C0KAMP", "<@U0ANNA> har flyttet teamoverblikket til <#G0INTERN>."),
        ("G0INTERN", "<@U0ANNA> har slået teamoverblikket fra."),
    ]
    # Every change is in the audit trail, with who made it.
    with services.transaction(None) as s:
        rows = history(s, ws=WS, entity_type="team_digests")
        assert [r.action.value for r in rows] == ["create", "update", "update"] and {r.actor for r in rows} == {
            "U0ANNA"
        }
    error = invoke(services, "team-digest #kampagne", client=client)
    assert "blocks" not in error and "team-digest #kampagne fre 09:00" in error["text"]
    # Plain `/partner settings` shows the line too.
    assert "Teamoverblik: *fra*" in json.dumps(invoke(services, "", client=client)["blocks"], ensure_ascii=False)


@pytest.mark.parametrize(
    "args",
    [
        "team-digest <#C0KAMP|k>",
        "team-digest <#G0INTERN|i> all",
        "team-digest off",
        "team-digest <#C0KAMP|k> fre 10:00",
    ],
)
def test_a_member_who_is_no_admin_changes_nothing(services, quick, args):
    configure(services, channel="C0KAMP")
    member = slack_client(admin=False, channels={"G0INTERN": PRIVATE})
    answer = invoke(services, args, client=member)
    assert "Kun en administrator" in answer["text"] and "blocks" not in answer
    with services.transaction(None) as s:
        row = team_digests.get_team_digest(s, ws=WS)
        assert (row.channel_id, row.names_all, row.enabled, row.weekday) == ("C0KAMP", False, True, 1)
        assert [r.changes for r in history(s, ws=WS, entity_type="team_digests") if r.action.value == "refused"] == [
            {"reason": "not an admin"}
        ]
    member.chat_postMessage.assert_not_called()


def test_users_named_in_privacy_admins_may_change_it_without_asking_slack(engine, clock, quick):
    services = make_services(engine, clock, privacy_admins=frozenset({"U0ANNA"}))
    client = slack_client(admin=False, fail=True)
    invoke(services, "team-digest <#C0KAMP|k>", client=client)
    with services.transaction(None) as s:
        assert team_digests.get_team_digest(s, ws=WS).channel_id == "C0KAMP"
    client.quick.users_info.assert_not_called()


@pytest.mark.parametrize(
    "channel",
    [
        None,  # public: our groups:read scope cannot see it (missing_scope)
        {"is_private": True, "is_ext_shared": True, "is_shared": True},  # Slack Connect
        {"is_private": True, "is_pending_ext_shared": True},  # invited another organisation
        {"is_private": True, "is_org_shared": True, "is_shared": True},  # another workspace of the enterprise
        {"is_private": False},
    ],
)
def test_naming_all_is_refused_unless_slack_says_private_and_unshared(services, quick, channel):
    client = slack_client(admin=True, channels={"C0UDE": channel} if channel else {})
    answer = invoke(services, "team-digest <#C0UDE|ude> all", lang="en", client=client)
    assert "public or shared outside" in answer["text"] and "Nothing was changed" in answer["text"]
    with services.transaction(None) as s:
        assert team_digests.get_team_digest(s, ws=WS) is None
    client.chat_postMessage.assert_not_called()


def test_a_slow_or_failing_slack_is_no_admin_and_no_private_channel(services, quick):
    answer = invoke(services, "team-digest <#G0INTERN|i> all", client=slack_client(admin=True, fail=True))
    assert "Kun en administrator" in answer["text"]
    with services.transaction(None) as s:
        assert team_digests.get_team_digest(s, ws=WS) is None


def test_the_sweep_names_all_only_while_slack_still_says_private(services, transport, clock):
    seed_week(services, clock)
    configure(services, names_all=True)
    transport.closed = False  # since it was set up, the channel was shared with another organisation
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC))
    [post] = transport.posted
    assert post.message.content.shared is True
    assert not set(partner_names_in(post.message.content)) & set(SECRET)
    # Slack said so: the setup now says public names only, until an admin asks for all again.
    with services.transaction(None) as s:
        row = team_digests.get_team_digest(s, ws=WS)
        assert (row.names_all, row.shared_outside) == (True, True)
    transport.closed = True
    TeamDigestSweep(services, transport)(cph(3, 30, 8, 30).astimezone(UTC))
    assert [p.message.content.shared for p in transport.posted] == [True, True]


def test_when_slack_does_not_answer_the_sweep_names_public_partners_this_week_only(services, transport, clock):
    seed_week(services, clock)
    configure(services, names_all=True)
    transport.closed = None
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC))
    transport.closed = True
    TeamDigestSweep(services, transport)(cph(3, 30, 8, 30).astimezone(UTC))
    assert [p.message.content.shared for p in transport.posted] == [True, False]


def test_the_sweep_names_all_where_slack_says_private(services, transport, clock):
    seed_week(services, clock)
    configure(services, names_all=True)
    transport.closed = True
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC))
    [post] = transport.posted
    assert post.message.content.shared is False and "Hemmelig Fond" in set(partner_names_in(post.message.content))


def test_by_default_the_sweep_names_public_partners_only(services, transport, clock):
    seed_week(services, clock)
    configure(services)
    transport.closed = True  # even a private channel: nobody asked for all
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC))
    [post] = transport.posted
    assert post.message.content.shared is True


# ----- content ----------------------------------------------------------------------------------


def test_what_the_team_digest_says_in_an_internal_channel(services, clock):
    ids = seed_week(services, clock)
    digest = build(services, shared=False)
    assert digest.interactions == {
        InteractionKind.CALL: 2,
        InteractionKind.MEETING: 1,
        InteractionKind.EMAIL: 1,
        InteractionKind.NOTE: 1,
    }
    assert [p.name for p in digest.contacted] == ["Danske Bank Greve", "Hemmelig Fond", "Saxo", "Spørg Først ApS"]
    assert {(a.name, a.amount_dkk, a.quantity, a.in_writing) for a in digest.agreements} == {
        ("Hemmelig Fond", 25000, None, True),
        ("Danske Bank Greve", 20000, None, False),
        ("Spørg Først ApS", 10000, None, False),
        ("Saxo", None, 180, False),
    }
    assert (digest.pledged_dkk, digest.pledged_in_writing_dkk) == (55000, 25000)
    assert [(m.partner_id, m.old_stage, m.new_stage) for m in digest.moved] == [
        (ids["bank"], Stage.PROSPECT, Stage.INTERESTED),
        (ids["fond"], Stage.PROSPECT, Stage.AGREED_VERBALLY),
    ]
    assert (digest.due_total, digest.due_people, digest.due_unowned) == (5, 2, 1)
    assert digest.due_by_owner == {"U0ANNA": 2, "U0BEN": 2}
    assert {a.name for a in digest.not_in_writing} == {
        "Danske Bank Greve",
        "Saxo",
        "Spørg Først ApS",
        "Gammel Forening",
    }
    assert [(p.name, p.last_contact) for p in digest.losing_touch] == [
        ("Gammel Forening", cph(2, 10, 11)),
        ("Tavs Fond", cph(2, 1, 10)),
    ]
    assert not any(
        (
            digest.contacted_unnamed,
            digest.agreements_unnamed,
            digest.moved_unnamed,
            digest.not_in_writing_unnamed,
            digest.losing_touch_unnamed,
        )
    )
    blocks = views.build_team_digest_blocks(digest)
    assert_valid_blocks(blocks)
    text = rendered(digest)
    # Not shared: names are shown, and owners are mentioned (a weekly ping for one's own follow-ups).
    assert "Hemmelig Fond" in text and "Spørg Først ApS" in text
    assert "<@U0ANNA>: 2" in text and "uden ansvarlig: 1" in text
    assert "55.000 kr. i alt, heraf 25.000 kr. på skrift og 30.000 kr. mundtligt" in text
    assert "emne → interesseret" in text and "180 læsebamser" in text
    # Follow-up text and interaction text are private: never in the team digest.
    assert "ring til" not in text and "siger ja" not in text


def test_a_shared_channel_names_no_partner_whose_publicity_is_not_public(services, clock):
    seed_week(services, clock)
    digest = build(services, shared=True)
    for lang in ("da", "en"):
        digest.recipient = Recipient(CHANNEL, lang, CPH)
        message = views.team_digest_message(digest)
        assert_valid_blocks(message["blocks"])
        everything = json.dumps(message, ensure_ascii=False) + json.dumps(message)
        for secret in SECRET:
            for form in {secret, secret.split()[0], json.dumps(secret)[1:-1]}:
                assert form not in everything, f"{form!r} leaked into a shared channel ({lang})"
        # No one is pinged where outsiders read along.
        assert "<@" not in everything
    assert not set(partner_names_in(digest)) & set(SECRET)
    assert not any(secret in repr(digest) for secret in SECRET)
    # The public ones are still named; the others are folded into anonymous totals.
    digest.recipient = Recipient(CHANNEL, "da", CPH)
    text = rendered(digest)
    assert "Danske Bank Greve" in text and "Saxo" in text and "Gammel Forening" in text
    assert "2 partnere, der ikke skal nævnes offentligt: 35.000 kr." in text  # the week's agreements
    assert "1 partnere, der ikke skal nævnes offentligt: 10.000 kr." in text  # still not in writing
    assert digest.partners_contacted == 4 and digest.contacted_unnamed.partners == 2
    assert (digest.pledged_dkk, digest.pledged_in_writing_dkk) == (55000, 25000)
    assert digest.due_by_owner == {} and digest.due_total == 5
    assert (digest.moved_unnamed.partners, digest.losing_touch_unnamed.partners) == (1, 1)


def test_user_text_is_escaped_in_the_team_digest(services, clock):
    with services.transaction("U0ANNA") as s:
        clock.now = cph(3, 20, 10).astimezone(UTC)
        p = partners.create_partner(s, ws=WS, name="<!channel> & *Co*", publicity=Publicity.PUBLIC)
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="x",
            partner_id=p.id,
            occurred_at=clock.now,
        )
    text = rendered(build(services, shared=False))
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp;" in text


# ----- delivery ---------------------------------------------------------------------------------


def test_exactly_once_across_ticks_and_a_restart(engine, services, transport, clock):
    seed_week(services, clock)
    configure(services)
    sweep = TeamDigestSweep(services, transport)
    sweep(DUE.astimezone(UTC) - timedelta(minutes=1))
    assert transport.posted == []
    sweep(DUE.astimezone(UTC))
    sweep(DUE.astimezone(UTC) + timedelta(minutes=10))
    # A restarted process: new services on the same database, a new sweep, later in the same week.
    restarted = TeamDigestSweep(make_services(engine, clock), transport)
    restarted(DUE.astimezone(UTC) + timedelta(hours=3))
    restarted(cph(3, 29, 23, 59).astimezone(UTC))
    assert transport.keys() == ["team-digest:C0KAMP:2026-W13"]
    [post] = transport.posted
    assert post.channel == CHANNEL and post.message.recipient.lang == "da"
    with services.transaction(None) as s:
        [row] = s.query(Delivery).all()
        assert (row.status, row.slack_ts, row.channel) == (DeliveryStatus.SENT, post.ts, CHANNEL)
    # The next week is a new message (there is still a verbal agreement to nag about).
    restarted(cph(3, 30, 8, 30).astimezone(UTC))
    assert transport.keys() == ["team-digest:C0KAMP:2026-W13", "team-digest:C0KAMP:2026-W14"]


def test_a_crash_after_posting_is_found_and_not_posted_again(services, transport):
    with services.transaction("U0ANNA") as s:
        p = partners.create_partner(s, ws=WS, name="Saxo", publicity=Publicity.PUBLIC)
        pledges.create_pledge(
            s, ws=WS, partner_id=p.id, kind=PledgeKind.MONEY, amount_dkk=1000, status=PledgeStatus.VERBAL
        )
    configure(services)
    transport.script = ["crash-after"]
    with pytest.raises(Crash):
        TeamDigestSweep(services, transport)(DUE.astimezone(UTC))
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC) + timedelta(minutes=1))  # the claim still holds
    TeamDigestSweep(services, transport)(DUE.astimezone(UTC) + STALE_CLAIM + timedelta(minutes=1))
    assert len(transport.posted) == 1 and transport.lookups == 1
    with services.transaction(None) as s:
        assert s.query(Delivery).one().slack_ts == transport.posted[0].ts


def test_a_failed_send_is_retried_after_its_backoff(services, transport):
    with services.transaction("U0ANNA") as s:
        p = partners.create_partner(s, ws=WS, name="Saxo", publicity=Publicity.PUBLIC)
        pledges.create_pledge(
            s, ws=WS, partner_id=p.id, kind=PledgeKind.MONEY, amount_dkk=1000, status=PledgeStatus.VERBAL
        )
    configure(services)
    transport.script = ["429"]
    sweep = TeamDigestSweep(services, transport)
    sweep(DUE.astimezone(UTC))
    sweep(DUE.astimezone(UTC) + timedelta(seconds=10))
    assert transport.posted == []
    sweep(DUE.astimezone(UTC) + timedelta(minutes=1))
    assert transport.keys() == ["team-digest:C0KAMP:2026-W13"]


def test_an_empty_week_sends_nothing(services, transport, clock):
    with services.transaction("U0ANNA") as s:
        clock.now = cph(1, 5, 10).astimezone(UTC)
        p = partners.create_partner(s, ws=WS, name="Færdig Partner", publicity=Publicity.PUBLIC)
        interactions.log_interaction(
            s,
            ws=WS,
            kind=InteractionKind.CALL,
            logged_by="U0ANNA",
            raw_text="old",
            partner_id=p.id,
            occurred_at=clock.now,
        )
        pledges.create_pledge(
            s,
            ws=WS,
            partner_id=p.id,
            kind=PledgeKind.MONEY,
            amount_dkk=1000,
            status=PledgeStatus.DELIVERED,
            evidence="kvittering",
        )
        partners.set_stage(s, ws=WS, partner_id=p.id, stage=Stage.COMPLETED)
    configure(services)
    sweep = TeamDigestSweep(services, transport)
    result = sweep.sweep(WS, DUE.astimezone(UTC))
    assert result.empty == ["team-digest:C0KAMP:2026-W13"] and transport.posted == []
    sweep(DUE.astimezone(UTC) + timedelta(hours=1))
    assert transport.posted == []
    with services.transaction(None) as s:
        assert s.query(Delivery).one().error == "empty"
    # Turned off, nothing is even looked at.
    with services.transaction(None) as s:
        team_digests.disable_team_digest(s, ws=WS)
    assert TeamDigestSweep(services, transport).sweep(WS, cph(3, 30, 9).astimezone(UTC)).empty == []


def test_the_week_follows_copenhagen_wall_clock_across_the_change_to_summer_time(services, transport, clock):
    # Summer time starts on Sunday 29 March 2026: the week to Monday 30 March 09:00 is 167 hours long.
    configure(services, at="09:00")
    with services.transaction("U0ANNA") as s:
        p = partners.create_partner(s, ws=WS, name="Saxo", publicity=Publicity.PUBLIC)
        for moment in (cph(3, 23, 8, 30), cph(3, 23, 9, 30), cph(3, 30, 8, 30), cph(3, 30, 9, 30)):
            interactions.log_interaction(
                s,
                ws=WS,
                kind=InteractionKind.CALL,
                logged_by="U0ANNA",
                raw_text="x",
                partner_id=p.id,
                occurred_at=moment,
            )
    sweep = TeamDigestSweep(services, transport)
    # 08:00 UTC would be 09:00 in winter; on 30 March it is 10:00, so the digest went out an hour earlier.
    sweep(datetime(2026, 3, 30, 6, 59, tzinfo=UTC))
    assert transport.posted == []
    sweep(datetime(2026, 3, 30, 7, 0, tzinfo=UTC))
    [post] = transport.posted
    content = post.message.content
    assert post.key == "team-digest:C0KAMP:2026-W14"
    assert content.start == datetime(2026, 3, 23, 8, 0, tzinfo=UTC)  # 09:00 winter time
    assert content.end == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 summer time
    # 23 March 09:30 and 30 March 08:30 are in; 23 March 08:30 (a naive "168 hours ago" would count it) is not.
    assert content.interaction_count == 2
    # A later tick that week sends nothing more.
    assert sweep.sweep(WS, datetime(2026, 3, 30, 7, 30, tzinfo=UTC)).sent == []


def _offline(db_url, engine, monkeypatch) -> None:
    """The CLI run as on a machine with the database and no Slack credentials."""
    monkeypatch.chdir(engine.url.database.rsplit("/", 1)[0] if db_url.startswith("sqlite") else "/tmp")
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", db_url)


def test_dry_run_prints_without_a_slack_token(db_url, engine, services, monkeypatch, capsys):
    with services.transaction("U0ANNA") as s:
        p = partners.create_partner(s, ws=WS, name="Saxo", publicity=Publicity.PUBLIC)
        pledges.create_pledge(
            s, ws=WS, partner_id=p.id, kind=PledgeKind.MONEY, amount_dkk=1000, status=PledgeStatus.VERBAL
        )
    # Due from Monday 00:00 every week, whatever day the test runs on (it reads the real clock).
    configure(services, at="00:00")
    _offline(db_url, engine, monkeypatch)
    assert digest_main(["--dry-run"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [team] = [line for line in lines if "channel" in line]
    assert team["channel"] == CHANNEL and "Saxo" in json.dumps(team["blocks"], ensure_ascii=False)
    with services.transaction(None) as s:
        assert s.query(Delivery).count() == 0  # printed, neither claimed nor sent


def test_dry_run_with_nothing_due_says_why_instead_of_printing_nothing(db_url, engine, monkeypatch, capsys):
    _offline(db_url, engine, monkeypatch)
    assert digest_main(["--dry-run"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "no digest is due" in out.err and "digest HH:MM" in out.err
