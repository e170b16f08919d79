"""The offline console as a newcomer meets it: stable button labels, modals filled in and submitted,
files saved, dates in the reader's language, @names as mentions, names and emoji instead of codes."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from bot.offline.console import Console
from bot.offline.fakeslack import FakeUser
from bot.offline.render import Reader, mrkdwn_to_text
from bot.settings import Settings
from handlers.shared import blockkit as bk
from storage.models import FollowUp, Interaction, Pledge


@pytest.fixture
def console(tmp_path: Path) -> Iterator[tuple[Console, io.StringIO]]:
    out = io.StringIO()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'console.sqlite3'}", run_scheduler=False)
    c = Console(
        settings,
        user=FakeUser("U0ANNA", "Anna", tz="Europe/Copenhagen", locale="da-DK"),
        out=out,
        files_dir=tmp_path / "files",
    )
    c.fake.add_user(FakeUser("U0CARL", "Carl Berg", tz="Europe/Copenhagen", locale="da-DK"))
    try:
        yield c, out
    finally:
        c.close()


def run(c: Console, out: io.StringIO, *lines: str) -> str:
    start = len(out.getvalue())
    for line in lines:
        c.handle_line(line)
    return out.getvalue()[start:]


def rows(tmp_path: Path, statement):
    engine = create_engine(f"sqlite:///{tmp_path / 'console.sqlite3'}")
    try:
        with engine.connect() as conn:
            return list(conn.scalars(statement))
    finally:
        engine.dispose()


def test_each_message_keeps_its_letter_so_a_press_never_hits_another_message(console, tmp_path) -> None:
    c, out = console
    first = run(c, out, "/partner log Ringede til Lars hos Saxo Greve, ringer igen fredag kl. 10")
    assert "── a · bot ──" in first and "[a1: Klaret]" in first
    second = run(c, out, "/partner log Ringede til Mette hos Nordea Køge, ringer igen mandag kl. 9")
    assert "── b · bot ──" in second and "[b1: Klaret]" in second
    # a1 is still the first card's Done, though another card came after it.
    pressed = run(c, out, "a1")
    assert "replaces a" in pressed and "Saxo Greve" in pressed and "Nordea" not in pressed
    done = rows(tmp_path, select(FollowUp.text).where(FollowUp.status == "done"))
    assert done == ["ringer igen fredag kl. 10"]
    assert "was replaced by" in run(c, out, "a1")
    assert "labelled by message" in run(c, out, "1")


def test_a_modal_is_filled_in_with_set_and_sent_with_submit(console, tmp_path) -> None:
    c, out = console
    card = run(c, out, "/partner log Talte med Lars hos Saxo Greve. De giver 5.000 kr.")
    edit = re.search(r"\[(a\d+): Ret\]", card)
    assert edit, card
    modal = run(c, out, edit.group(1))
    assert "views.open" in modal and "[:set money]" in modal and "[:submit" in modal
    assert "must" not in run(c, out, ":set money 7500")
    assert "choose one of" in run(c, out, ":set status maybe-later")
    assert "Which field" in run(c, out, ":set fu")  # several fields start with fu
    run(c, out, ":set status confirmed_email")
    sent = run(c, out, ":submit")
    assert "(modal closed)" in sent
    live = Pledge.deleted_at.is_(None)
    assert rows(tmp_path, select(Pledge.amount_dkk).where(live)) == [7500]
    assert rows(tmp_path, select(Pledge.status).where(live)) == ["confirmed_email"]
    assert "No modal is open" in run(c, out, ":submit")


def test_an_empty_required_field_stops_the_submission_as_slack_does(console, tmp_path) -> None:
    c, out = console
    card = run(c, out, "/partner log Talte med Lars hos Saxo Greve. De giver 5.000 kr.")
    run(c, out, re.search(r"\[(a\d+): Ret\]", card).group(1))
    run(c, out, ":set text")
    assert "Please fill in" in run(c, out, ":submit")
    assert rows(tmp_path, select(Interaction.raw_text)) == ["Talte med Lars hos Saxo Greve. De giver 5.000 kr."]


def test_uploaded_files_are_saved_and_their_path_printed(console, tmp_path) -> None:
    c, out = console
    run(c, out, "/partner log Ringede til Lars hos Saxo Greve, ringer igen fredag kl. 10")
    shown = run(c, out, "/partner eksport")
    paths = re.findall(r"saved to (\S+\.csv)", shown)
    assert len(paths) == 2, shown
    assert all(Path(p).parent == tmp_path / "files" for p in paths)
    assert "Saxo Greve" in Path(paths[0]).read_text(encoding="utf-8")


def test_at_name_becomes_a_mention_and_ids_are_shown_as_names(console, tmp_path) -> None:
    c, out = console
    shown = run(c, out, "/partner log Ringede til Lars hos Saxo Greve. @Carl ringer igen fredag kl. 10")
    assert rows(tmp_path, select(FollowUp.owner_user_id).where(FollowUp.suggested.is_(False))) == ["U0CARL"]
    assert "@Carl Berg" in shown and "U0CARL" not in shown


def test_dates_emoji_and_bold_read_as_slack_shows_them() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # a Tuesday
    da = Reader(tz="Europe/Copenhagen", lang="da", now=now)
    en = Reader(tz="America/New_York", lang="en", now=now)
    thursday = bk.slack_date(datetime(2026, 12, 3, 9, 0, tzinfo=UTC), with_time=True, fallback="x")
    assert mrkdwn_to_text(thursday, da) == "tor. 3. dec. 2026 10:00"
    assert mrkdwn_to_text(thursday, en) == "Thu 03 Dec 2026 04:00"
    today = bk.slack_date(now, with_time=False, fallback="x")
    assert mrkdwn_to_text(today, da) == "i dag" and mrkdwn_to_text(today, en) == "Today"
    assert mrkdwn_to_text(":warning: *Vigtigt* _nu_", da) == "⚠️ Vigtigt nu"
    assert mrkdwn_to_text("*Vigtigt*", Reader(bold=("<b>", "</b>"))) == "<b>Vigtigt</b>"
    assert mrkdwn_to_text(bk.escape("*ikke fed*"), da) == "*ikke fed*"  # what a user typed stays literal
    assert mrkdwn_to_text("<@U0CARL>", Reader(names={"U0CARL": "Carl"})) == "@Carl"


def test_dates_follow_the_language_the_bot_writes_in(console) -> None:
    c, out = console
    # Five days ahead is never "today" or "tomorrow", so the date itself is shown.
    danish_date = re.compile(r"\b[a-zø]{3}\. \d{1,2}\. [a-z]{3}\.? \d{4}")
    english_date = re.compile(r"\b[A-Z][a-z]{2} \d{2} [A-Z][a-z]{2} \d{4}")
    danish = run(c, out, "/partner log Ringede til Lars hos Saxo Greve, ringer igen om 5 dage kl. 10")
    assert danish_date.search(danish) and not english_date.search(danish)
    run(c, out, "/partner sprog en")
    english = run(c, out, "/partner log Called Mette at Nordea Koege, calling back in 5 days at 10")
    assert english_date.search(english) and not danish_date.search(english)


def test_a_press_on_the_home_tab_redraws_it(console, tmp_path) -> None:
    c, out = console
    run(c, out, "/partner log Ringede til Lars hos Saxo Greve, ringer igen i dag kl. 23:59")
    home = run(c, out, ":home")
    done = re.search(r"\[(\w+\d+): Klaret\]", home)
    assert done, home
    redrawn = run(c, out, done.group(1))
    assert "App Home, replaces" in redrawn
    assert rows(tmp_path, select(FollowUp.status).where(FollowUp.suggested.is_(False))) == ["done"]
