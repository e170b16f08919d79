"""Slack's Block Kit rules: each broken once in an otherwise valid payload, and refused as Slack does.

Every case starts from a payload that passes (checked below), changes exactly one thing, and
expects Slack's error code for that method and the id of the rule that was broken.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from bot.offline import slack_rules as rules
from bot.understanding import ParseResult
from handlers import help as help_feature
from handlers import language
from handlers.log.modal import build_log_modal
from handlers.reminders import build_reschedule_modal
from handlers.router import Commands


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text}


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text), "value": value}


def confirm() -> dict[str, Any]:
    return {
        "title": plain("Sure?"),
        "text": plain("This undoes the log."),
        "confirm": plain("Yes"),
        "deny": plain("No"),
        "style": "danger",
    }


def message() -> dict[str, Any]:
    """A message using every block and element the rules look at, within every limit."""
    kinds = [option("Call", "call"), option("E-mail", "email"), option("Meeting", "meeting")]
    asks = [
        {"text": mrkdwn("*Money*"), "value": "money", "description": mrkdwn("_kr._")},
        {"text": plain("Books"), "value": "books"},
    ]
    return {
        "channel": "D0ANNA",
        "text": "Danske Bank Greve",
        "metadata": {"event_type": "partnerbot_reminder", "event_payload": {"key": "reminder:1"}},
        "blocks": [
            {"type": "header", "text": plain("Danske Bank Greve")},
            {
                "type": "section",
                "block_id": "card",
                "text": mrkdwn("*Saved* call with <@U0ANNA> &lt;x&gt;"),
                "accessory": {
                    "type": "button",
                    "action_id": "log_edit",
                    "text": plain("Edit"),
                    "value": "12",
                    "url": "https://example.org/log/12",
                    "style": "primary",
                },
            },
            {
                "type": "section",
                "fields": [mrkdwn("*Stage*\ncontacted"), plain("20.000 kr.")],
                "accessory": {
                    "type": "overflow",
                    "action_id": "more",
                    "options": [
                        option("Snooze", "snooze"),
                        {**option("Open", "open"), "url": "https://example.org"},
                    ],
                },
            },
            {
                "type": "context",
                "elements": [
                    mrkdwn("<!date^1767225600^{date_short_pretty}|1 Jan>"),
                    {
                        "type": "image",
                        "image_url": "https://example.org/a.png",
                        "alt_text": "chart",
                    },
                ],
            },
            {
                "type": "actions",
                "block_id": "buttons",
                "elements": [
                    {
                        "type": "button",
                        "action_id": "log_undo",
                        "text": plain("Undo"),
                        "value": "12",
                        "style": "danger",
                        "confirm": confirm(),
                    },
                    {
                        "type": "button",
                        "action_id": "log_done",
                        "text": plain("Done"),
                        "value": "12",
                    },
                    {
                        "type": "static_select",
                        "action_id": "kind",
                        "placeholder": plain("Kind"),
                        "options": kinds,
                        "initial_option": copy.deepcopy(kinds[0]),
                    },
                    {
                        "type": "datepicker",
                        "action_id": "date",
                        "initial_date": "2026-03-12",
                        "placeholder": plain("Date"),
                    },
                    {"type": "timepicker", "action_id": "time", "initial_time": "10:00"},
                    {"type": "users_select", "action_id": "owner", "initial_user": "U0ANNA"},
                    {
                        "type": "checkboxes",
                        "action_id": "asks",
                        "options": asks,
                        "initial_options": [copy.deepcopy(asks[0])],
                    },
                    {
                        "type": "radio_buttons",
                        "action_id": "publicity",
                        "options": [option("Public", "public"), option("Ask first", "ask")],
                    },
                ],
            },
            {
                "type": "image",
                "image_url": "https://example.org/chart.png",
                "alt_text": "Progress",
                "title": plain("Progress"),
            },
            {"type": "divider"},
        ],
    }


def modal() -> dict[str, Any]:
    """A modal with inputs of every kind the bot uses, within every limit."""
    groups = [
        {"label": plain("Open"), "options": [option("Call", "call"), option("E-mail", "email")]},
        {"label": plain("Closed"), "options": [option("Declined", "declined")]},
    ]
    return {
        "type": "modal",
        "callback_id": "log_modal",
        "title": plain("Log a call"),
        "submit": plain("Save"),
        "close": plain("Cancel"),
        "private_metadata": json.dumps({"i": 12, "u": "https://hooks.slack.com/x"}),
        "blocks": [
            {"type": "section", "text": mrkdwn("Fix what the bot read.")},
            {
                "type": "input",
                "block_id": "text",
                "label": plain("What happened"),
                "hint": plain("One line"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": "v",
                    "multiline": True,
                    "initial_value": "Ringede til Lars",
                    "min_length": 1,
                    "max_length": 100,
                    "placeholder": plain("Write here"),
                },
            },
            {
                "type": "input",
                "block_id": "status",
                "optional": True,
                "label": plain("Status"),
                "element": {
                    "type": "static_select",
                    "action_id": "v",
                    "option_groups": groups,
                    "initial_option": copy.deepcopy(groups[0]["options"][1]),
                },
            },
            {
                "type": "input",
                "block_id": "date",
                "label": plain("Date"),
                "element": {"type": "datepicker", "action_id": "v", "initial_date": "2026-03-12"},
            },
            {
                "type": "input",
                "block_id": "email",
                "label": plain("E-mail"),
                "element": {"type": "email_text_input", "action_id": "v"},
            },
        ],
    }


def home() -> dict[str, Any]:
    return {
        "type": "home",
        "callback_id": "home",
        "blocks": [
            {"type": "header", "text": plain("My follow-ups")},
            {"type": "section", "text": mrkdwn("Nothing due")},
            {
                "type": "actions",
                "elements": [{"type": "button", "action_id": "due", "text": plain("Due")}],
            },
        ],
    }


Mutation = Callable[[dict[str, Any]], Any]


def blocks(p: dict[str, Any]) -> list[dict[str, Any]]:
    return p["blocks"]


def actions(p: dict[str, Any]) -> list[dict[str, Any]]:
    return p["blocks"][4]["elements"]


def select(p: dict[str, Any]) -> dict[str, Any]:
    return actions(p)[2]


def modal_input(p: dict[str, Any]) -> dict[str, Any]:
    return p["blocks"][1]["element"]


def buttons(n: int) -> list[dict[str, Any]]:
    return [{"type": "button", "action_id": f"b{i}", "text": plain(str(i))} for i in range(n)]


# (rule id, error Slack answers, the one change)
MESSAGE_CASES: list[tuple[str, str, Mutation]] = [
    (
        "blocks.count",
        "invalid_blocks",
        lambda p: blocks(p).extend({"type": "divider"} for _ in range(51 - len(blocks(p)))),
    ),
    (
        "section.text.length",
        "invalid_blocks",
        lambda p: blocks(p)[1]["text"].update(text="x" * 3001),
    ),
    ("section.text.length.empty", "invalid_blocks", lambda p: blocks(p)[1]["text"].update(text="")),
    ("section.text_or_fields", "invalid_blocks", lambda p: blocks(p)[1].pop("text")),
    (
        "section.fields.count",
        "invalid_blocks",
        lambda p: blocks(p)[2].update(fields=[plain("f")] * 11),
    ),
    (
        "section.field.length",
        "invalid_blocks",
        lambda p: blocks(p)[2]["fields"][1].update(text="x" * 2001),
    ),
    ("header.text.length", "invalid_blocks", lambda p: blocks(p)[0]["text"].update(text="x" * 151)),
    (
        "header.text.length.plain_text",
        "invalid_blocks",
        lambda p: blocks(p)[0].update(text=mrkdwn("*Danske*")),
    ),
    (
        "context.elements.count",
        "invalid_blocks",
        lambda p: blocks(p)[3].update(elements=[mrkdwn("c")] * 11),
    ),
    (
        "context.text.length",
        "invalid_blocks",
        lambda p: blocks(p)[3]["elements"][0].update(text="x" * 3001),
    ),
    (
        "actions.elements.count",
        "invalid_blocks",
        lambda p: blocks(p)[4].update(elements=buttons(26)),
    ),
    ("button.text.length", "invalid_blocks", lambda p: actions(p)[1]["text"].update(text="x" * 76)),
    (
        "button.text.length.plain_text",
        "invalid_blocks",
        lambda p: actions(p)[1].update(text=mrkdwn("*Done*")),
    ),
    ("button.value.length", "invalid_blocks", lambda p: actions(p)[1].update(value="9" * 2001)),
    (
        "button.url.length",
        "invalid_blocks",
        lambda p: blocks(p)[1]["accessory"].update(url="https://x/" + "a" * 2991),
    ),
    ("button.style", "invalid_blocks", lambda p: actions(p)[1].update(style="green")),
    ("action_id.length", "invalid_blocks", lambda p: actions(p)[1].update(action_id="a" * 256)),
    ("action_id.duplicate", "invalid_blocks", lambda p: actions(p)[1].update(action_id="log_undo")),
    ("block_id.length", "invalid_blocks", lambda p: blocks(p)[1].update(block_id="b" * 256)),
    ("block_id.duplicate", "invalid_blocks", lambda p: blocks(p)[4].update(block_id="card")),
    (
        "option.text.length",
        "invalid_blocks",
        lambda p: select(p)["options"][2]["text"].update(text="x" * 76),
    ),
    (
        "option.text.length.plain_text",
        "invalid_blocks",
        lambda p: select(p)["options"][2].update(text=mrkdwn("*m*")),
    ),
    (
        "option.value.length",
        "invalid_blocks",
        lambda p: select(p)["options"][2].update(value="v" * 151),
    ),
    (
        "option.description.length",
        "invalid_blocks",
        lambda p: actions(p)[6]["options"][1].update(description=plain("d" * 76)),
    ),
    (
        "option.url",
        "invalid_blocks",
        lambda p: select(p)["options"][2].update(url="https://example.org"),
    ),
    (
        "select.options.count",
        "invalid_blocks",
        lambda p: select(p)["options"].extend(option(str(i), str(i)) for i in range(98)),
    ),
    (
        "select.options_or_groups",
        "invalid_blocks",
        lambda p: select(p).update(option_groups=[{"label": plain("g"), "options": [option("a", "a")]}]),
    ),
    (
        "initial_option.match",
        "invalid_blocks",
        lambda p: select(p)["initial_option"]["text"].update(text="Ring"),
    ),
    (
        "initial_options.match",
        "invalid_blocks",
        lambda p: actions(p)[6].update(initial_options=[option("x", "x")]),
    ),
    (
        "checkboxes.options.count",
        "invalid_blocks",
        lambda p: actions(p)[6]["options"].extend(option(str(i), str(i)) for i in range(9)),
    ),
    (
        "radio_buttons.options.count",
        "invalid_blocks",
        lambda p: actions(p)[7].update(options=[option(str(i), str(i)) for i in range(11)]),
    ),
    (
        "overflow.options.count",
        "invalid_blocks",
        lambda p: blocks(p)[2]["accessory"].update(options=[option(str(i), str(i)) for i in range(6)]),
    ),
    (
        "placeholder.length",
        "invalid_blocks",
        lambda p: select(p)["placeholder"].update(text="x" * 151),
    ),
    (
        "placeholder.length.plain_text",
        "invalid_blocks",
        lambda p: select(p).update(placeholder=mrkdwn("_kind_")),
    ),
    (
        "datepicker.initial_date",
        "invalid_blocks",
        lambda p: actions(p)[3].update(initial_date="2026-02-30"),
    ),
    (
        "timepicker.initial_time",
        "invalid_blocks",
        lambda p: actions(p)[4].update(initial_time="24:00"),
    ),
    (
        "users_select.initial_user",
        "invalid_blocks",
        lambda p: actions(p)[5].update(initial_user="anna"),
    ),
    (
        "confirm.title.length",
        "invalid_blocks",
        lambda p: actions(p)[0]["confirm"]["title"].update(text="x" * 101),
    ),
    (
        "confirm.text.length",
        "invalid_blocks",
        lambda p: actions(p)[0]["confirm"]["text"].update(text="x" * 301),
    ),
    (
        "confirm.confirm.length",
        "invalid_blocks",
        lambda p: actions(p)[0]["confirm"]["confirm"].update(text="x" * 31),
    ),
    (
        "confirm.deny.length",
        "invalid_blocks",
        lambda p: actions(p)[0]["confirm"]["deny"].update(text="x" * 31),
    ),
    (
        "confirm.deny.length.missing",
        "invalid_blocks",
        lambda p: actions(p)[0]["confirm"].pop("deny"),
    ),
    ("image.alt_text.length", "invalid_blocks", lambda p: blocks(p)[5].update(alt_text="x" * 2001)),
    (
        "image.alt_text.length.missing",
        "invalid_blocks",
        lambda p: blocks(p)[3]["elements"][1].pop("alt_text"),
    ),
    (
        "image.url.length",
        "invalid_blocks",
        lambda p: blocks(p)[5].update(image_url="https://x/" + "a" * 2991),
    ),
    (
        "image.title.length",
        "invalid_blocks",
        lambda p: blocks(p)[5]["title"].update(text="x" * 2001),
    ),
    ("text.emoji", "invalid_blocks", lambda p: blocks(p)[1]["text"].update(emoji=True)),
    ("text.verbatim", "invalid_blocks", lambda p: blocks(p)[0]["text"].update(verbatim=True)),
    ("text.type", "invalid_blocks", lambda p: blocks(p)[1]["text"].update(type="markdown")),
    (
        "element.type",
        "invalid_blocks",
        lambda p: actions(p).append({"type": "plain_text_input", "action_id": "note"}),
    ),
    ("block.type", "invalid_blocks", lambda p: blocks(p).append({"type": "table_of_contents"})),
    (
        "surface.element",
        "invalid_blocks",
        lambda p: blocks(p).append(
            {
                "type": "input",
                "label": plain("E-mail"),
                "element": {"type": "email_text_input", "action_id": "e"},
            }
        ),
    ),
    ("blocks.format", "invalid_blocks_format", lambda p: p.update(blocks="[{not json")),
    ("metadata.format", "invalid_metadata_format", lambda p: p.update(metadata="event_type=x")),
    ("metadata.event_type", "invalid_metadata_schema", lambda p: p["metadata"].pop("event_type")),
    (
        "metadata.event_payload",
        "invalid_metadata_schema",
        lambda p: p["metadata"].update(event_payload=["key"]),
    ),
    ("message.no_text", "no_text", lambda p: (p.pop("blocks"), p.update(text=""))),
    (
        "attachments.count",
        "too_many_attachments",
        lambda p: p.update(attachments=[{"fallback": "a", "text": "a"}] * 101),
    ),
    (
        "blocks.count",
        "invalid_attachments",
        lambda p: p.update(attachments=[{"fallback": "a", "blocks": [{"type": "divider"}] * 51}]),
    ),
]

VIEW_CASES: list[tuple[str, str, str, Mutation]] = [
    (
        "views.open",
        "modal.title.length",
        "invalid_arguments",
        lambda v: v["title"].update(text="x" * 25),
    ),
    (
        "views.open",
        "modal.title.length.plain_text",
        "invalid_arguments",
        lambda v: v.update(title=mrkdwn("Log")),
    ),
    ("views.open", "modal.title.length.missing", "invalid_arguments", lambda v: v.pop("title")),
    (
        "views.open",
        "modal.submit.length",
        "invalid_arguments",
        lambda v: v["submit"].update(text="x" * 25),
    ),
    (
        "views.open",
        "modal.close.length",
        "invalid_arguments",
        lambda v: v["close"].update(text="x" * 25),
    ),
    ("views.open", "modal.submit.missing", "invalid_arguments", lambda v: v.pop("submit")),
    (
        "views.open",
        "view.private_metadata.length",
        "invalid_arguments",
        lambda v: v.update(private_metadata="m" * 3001),
    ),
    (
        "views.open",
        "view.callback_id.length",
        "invalid_arguments",
        lambda v: v.update(callback_id="c" * 256),
    ),
    (
        "views.open",
        "view.external_id.length",
        "invalid_arguments",
        lambda v: v.update(external_id="e" * 256),
    ),
    (
        "views.open",
        "blocks.count",
        "invalid_arguments",
        lambda v: v["blocks"].extend({"type": "divider"} for _ in range(101 - len(v["blocks"]))),
    ),
    (
        "views.open",
        "block_id.duplicate",
        "invalid_arguments",
        lambda v: v["blocks"][3].update(block_id="text"),
    ),
    (
        "views.open",
        "input.label.length",
        "invalid_arguments",
        lambda v: v["blocks"][1]["label"].update(text="x" * 2001),
    ),
    (
        "views.open",
        "input.label.length.plain_text",
        "invalid_arguments",
        lambda v: v["blocks"][1].update(label=mrkdwn("*What*")),
    ),
    (
        "views.open",
        "input.hint.length",
        "invalid_arguments",
        lambda v: v["blocks"][1]["hint"].update(text="x" * 2001),
    ),
    (
        "views.open",
        "input.element.missing",
        "invalid_arguments",
        lambda v: v["blocks"][3].pop("element"),
    ),
    (
        "views.open",
        "plain_text_input.initial_value.length",
        "invalid_arguments",
        lambda v: modal_input(v).update(initial_value="x" * 101),
    ),
    (
        "views.open",
        "plain_text_input.max_length.range",
        "invalid_arguments",
        lambda v: modal_input(v).update(max_length=3001),
    ),
    (
        "views.open",
        "plain_text_input.min_length.range",
        "invalid_arguments",
        lambda v: modal_input(v).update(min_length=-1),
    ),
    (
        "views.open",
        "plain_text_input.min_above_max",
        "invalid_arguments",
        lambda v: modal_input(v).update(min_length=50, max_length=20, initial_value="short"),
    ),
    (
        "views.open",
        "option_group.label.length",
        "invalid_arguments",
        lambda v: v["blocks"][2]["element"]["option_groups"][1]["label"].update(text="x" * 76),
    ),
    (
        "views.open",
        "option_group.options.count",
        "invalid_arguments",
        lambda v: v["blocks"][2]["element"]["option_groups"][1]["options"].extend(
            option(str(i), str(i)) for i in range(100)
        ),
    ),
    (
        "views.open",
        "select.option_groups.count",
        "invalid_arguments",
        lambda v: v["blocks"][2]["element"]["option_groups"].extend(
            {"label": plain(str(i)), "options": [option(str(i), str(i))]} for i in range(99)
        ),
    ),
    ("views.open", "view.type", "invalid_arguments", lambda v: v.update(type="home")),
    ("views.publish", "view.type", "invalid_arguments", lambda v: None),
    (
        "views.open",
        "view.size",
        "view_too_large",
        lambda v: v.update(blocks=[{"type": "section", "text": mrkdwn("x" * 3000)} for _ in range(100)]),
    ),
]


def _apply(base: dict[str, Any], mutate: Mutation) -> dict[str, Any]:
    payload = copy.deepcopy(base)
    mutate(payload)
    return payload


def test_the_base_payloads_are_valid() -> None:
    assert rules.check_message(message()) == rules.Verdict()
    assert rules.check_view(modal(), method="views.open") == rules.Verdict()
    assert rules.check_view(modal(), method="views.update") == rules.Verdict()
    assert rules.check_view(home(), method="views.publish") == rules.Verdict()
    # The same message as Slack receives it form-encoded: blocks and metadata as JSON strings.
    encoded = {
        **message(),
        "blocks": json.dumps(message()["blocks"]),
        "metadata": json.dumps(message()["metadata"]),
    }
    assert rules.check_message(encoded).ok


@pytest.mark.parametrize(("rule", "error", "mutate"), MESSAGE_CASES, ids=[f"{c[1]}:{c[0]}" for c in MESSAGE_CASES])
def test_one_broken_rule_in_a_message_is_refused(rule: str, error: str, mutate: Mutation) -> None:
    verdict = rules.check_message(_apply(message(), mutate))
    assert verdict.error == error
    assert verdict.rules == {rule}, verdict.problems  # exactly the one rule that was broken
    answer = verdict.answer()
    assert answer["ok"] is False and answer["error"] == error
    assert all(m.startswith("[ERROR] ") and "[json-pointer:/" in m for m in answer["response_metadata"]["messages"])


@pytest.mark.parametrize(("method", "rule", "error", "mutate"), VIEW_CASES, ids=[f"{c[0]}:{c[1]}" for c in VIEW_CASES])
def test_one_broken_rule_in_a_view_is_refused(method: str, rule: str, error: str, mutate: Mutation) -> None:
    verdict = rules.check_view(_apply(modal(), mutate), method=method)
    assert verdict.error == error
    assert verdict.rules == {rule}, verdict.problems  # exactly the one rule that was broken


def test_home_tabs_take_100_blocks_and_no_message_only_blocks() -> None:
    view = home()
    view["blocks"] += [{"type": "divider"}] * (100 - len(view["blocks"]))
    assert rules.check_view(view, method="views.publish").ok
    view["blocks"][-1] = {"type": "markdown", "text": "**hi**"}
    verdict = rules.check_view(view, method="views.publish")
    assert verdict.error == "invalid_arguments" and verdict.rules == {"surface.block"}


def test_the_reason_names_the_block_the_field_and_the_rule() -> None:
    payload = message()
    actions(payload)[1]["action_id"] = "log_undo"
    verdict = rules.check_message(payload)
    assert verdict.reason == (
        "blocks[4] (actions 'buttons'): action_id 'log_undo' is used by 2 elements; "
        "Slack needs action_ids unique within a block"
    )
    assert verdict.answer()["response_metadata"]["messages"] == [
        "[ERROR] duplicate action_id: log_undo [json-pointer:/blocks/4/elements/1/action_id]"
    ]
    payload = message()
    blocks(payload)[1]["text"]["text"] = "x" * 3001
    assert rules.check_message(payload).answer()["response_metadata"]["messages"] == [
        "[ERROR] must be less than 3001 characters [json-pointer:/blocks/1/text/text]"
    ]


def test_limits_are_inclusive() -> None:
    payload = message()
    blocks(payload)[1]["text"]["text"] = "x" * 3000
    blocks(payload)[0]["text"]["text"] = "x" * 150
    actions(payload)[1]["text"]["text"] = "x" * 75
    actions(payload)[1]["value"] = "9" * 2000
    blocks(payload).extend({"type": "divider"} for _ in range(50 - len(blocks(payload))))
    assert rules.check_message(payload).ok
    view = modal()
    view["title"]["text"] = "x" * 24
    view["private_metadata"] = "m" * 3000
    modal_input(view).update(initial_value="x" * 100)
    assert rules.check_view(view).ok


def test_a_message_with_blocks_and_no_text_is_accepted_with_slacks_warning() -> None:
    payload = message()
    payload.pop("text")
    verdict = rules.check_message(payload)
    assert verdict.ok and verdict.warnings == (rules.MISSING_TEXT_WARNING,)
    assert verdict.answer()["response_metadata"]["warnings"] == [rules.MISSING_TEXT_WARNING]
    long = rules.check_message({"text": "x" * 40_001})
    assert long.ok and long.warnings == (rules.TRUNCATED_TEXT_WARNING,)


def test_response_url_bodies() -> None:
    assert rules.check_response_url({"text": "ok", "replace_original": True}).ok
    assert rules.check_response_url({"delete_original": True}).ok
    bad = rules.check_response_url({"text": "ok", "response_type": "public"})
    assert bad.error == "invalid_arguments" and bad.rules == {"response_type"}
    payload = message()
    actions(payload)[1]["action_id"] = "log_undo"
    assert rules.check_response_url({**payload, "response_type": "ephemeral"}).error == "invalid_blocks"


def test_a_command_ack_is_read_as_a_message() -> None:
    assert rules.check_ack(b"", kind="command").ok
    assert rules.check_ack("Saved.", kind="command").ok
    assert rules.check_ack(json.dumps({"response_type": "ephemeral", "text": "hi"}), kind="command").ok
    payload = message()
    actions(payload)[1]["action_id"] = "log_undo"
    verdict = rules.check_ack(json.dumps(payload), kind="command")
    assert verdict.error == "invalid_blocks" and "action_id.duplicate" in verdict.rules
    assert rules.shown_to_user(verdict, kind="command") == '/partner failed with the error "invalid_blocks"'
    assert rules.check_ack("[1, 2]", kind="command").rules == {"ack.object"}


def test_a_view_submission_ack_is_read_as_slack_reads_response_actions() -> None:
    view = modal()
    assert rules.check_ack(b"", kind="view_submission", view=view).ok
    assert rules.check_ack({"response_action": "clear"}, kind="view_submission", view=view).ok
    assert rules.check_ack(
        {"response_action": "errors", "errors": {"text": "Too short"}},
        kind="view_submission",
        view=view,
    ).ok
    assert rules.check_ack({"response_action": "update", "view": modal()}, kind="view_submission").ok
    assert rules.check_ack({"response_action": "close"}, kind="view_submission").rules == {"ack.response_action"}
    assert rules.check_ack({"response_action": "errors", "errors": {}}, kind="view_submission").rules == {"ack.errors"}
    unknown = rules.check_ack(
        {"response_action": "errors", "errors": {"amount": "No"}}, kind="view_submission", view=view
    )
    assert unknown.rules == {"ack.errors.block"}  # the modal has no input block called amount
    too_long = _apply(modal(), lambda v: v["title"].update(text="x" * 25))
    update = rules.check_ack({"response_action": "update", "view": too_long}, kind="view_submission")
    assert update.error == "invalid_arguments" and update.rules == {"modal.title.length"}
    push_home = rules.check_ack({"response_action": "push", "view": home()}, kind="view_submission")
    assert push_home.rules == {"view.type"}
    assert rules.shown_to_user(update, kind="view_submission")
    # Slack ignores what acknowledges a button press or a shortcut.
    assert rules.check_ack(json.dumps({"anything": [1]}), kind="block_actions").ok


def test_calls_without_blocks_pass_and_unknown_methods_are_not_judged() -> None:
    assert rules.check_call("chat.delete", {"channel": "C1", "ts": "1.2"}).ok
    assert rules.check_call("users.info", {"user": "U1"}).ok
    assert rules.check_call("files.completeUploadExternal", {"files": "[]", "initial_comment": "x"}).ok
    assert rules.check_call("chat.update", {"channel": "C", "ts": "1", "text": "", "blocks": []}).error == "no_text"


# ----- what the bot builds -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_bots_own_payloads_pass(lang: str) -> None:
    commands = Commands()
    language.register(commands)
    help_feature.register(commands)
    help_blocks = help_feature.build_help_blocks(commands, lang, "/partner", None)
    assert rules.check_message({"text": "help", "blocks": help_blocks}).ok
    assert rules.check_view(build_reschedule_modal(lang, 7, "D1", "1.2"), method="views.open").ok
    understood = {
        "kind": "call",
        "organization": "Danske Bank",
        "contacts": [{"name": "Lars", "role": "direktør"}],
        "money": [{"amount": 20000, "currency": "DKK"}],
        "items": [{"quantity": 180, "what": "bamser"}],
        "asks": ["money"],
        "agreement": "yes",
        "followups": [
            {
                "action": "call",
                "due": "2026-03-12T10:00:00+01:00",
                "all_day": False,
                "owner": "U0ANNA",
            }
        ],
    }
    view = build_log_modal(
        lang=lang,
        tz="Europe/Copenhagen",
        writer="U0ANNA",
        text="x" * 3000,
        understood=ParseResult.from_dict(understood),
        partner_name=None,
        metadata={"i": None, "u": "https://hooks.slack.com/x", "c": "C1"},
        editing=False,
    )
    assert rules.check_view(view, method="views.open").ok
