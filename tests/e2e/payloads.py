"""Interactive payloads shaped as Slack sends them: button clicks, view submissions, shortcuts."""

from __future__ import annotations

import time
import uuid
from typing import Any


def _user(user_id: str, team_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": user_id.lower(), "team_id": team_id}


def block_action(
    *,
    team_id: str,
    user_id: str,
    action_id: str,
    value: str,
    response_url: str,
    block_id: str = "b1",
    channel: str = "C0GENERAL",
) -> dict[str, Any]:
    """A button click in a message (ephemeral or not)."""
    return {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "library"},
        "user": _user(user_id, team_id),
        "api_app_id": "A0PARTNERBOT",
        "token": "unused",
        "trigger_id": f"{time.time():.0f}.2.{uuid.uuid4().hex}",
        "container": {"type": "message", "channel_id": channel, "is_ephemeral": True},
        "channel": {"id": channel, "name": "general"},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": block_id,
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }


def state_from_view(view: dict[str, Any], overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The state.values Slack would send for a modal submitted with its initial values and some changes.

    overrides maps block_id to a new value: a string for text inputs, selects (option value),
    date and time pickers and user selects; a list of option values for checkboxes.
    """
    overrides = overrides or {}
    values: dict[str, Any] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind, block_id = element["type"], block["block_id"]
        new = overrides.get(block_id, ...)
        if kind == "plain_text_input":
            state = {"type": kind, "value": element.get("initial_value") if new is ... else new}
        elif kind == "static_select":
            options = {o["value"]: o for o in element["options"]}
            chosen = element.get("initial_option") if new is ... else options.get(new)
            state = {"type": kind, "selected_option": chosen}
        elif kind == "checkboxes":
            options = {o["value"]: o for o in element["options"]}
            chosen = element.get("initial_options", []) if new is ... else [options[v] for v in new]
            state = {"type": kind, "selected_options": chosen}
        elif kind == "datepicker":
            state = {"type": kind, "selected_date": element.get("initial_date") if new is ... else new}
        elif kind == "timepicker":
            state = {"type": kind, "selected_time": element.get("initial_time") if new is ... else new}
        elif kind == "users_select":
            state = {"type": kind, "selected_user": element.get("initial_user") if new is ... else new}
        else:
            continue
        values[block_id] = {element["action_id"]: state}
    return values


def view_submission(
    *, team_id: str, user_id: str, view: dict[str, Any], overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Submitting a modal the bot opened (as recorded by the fake Slack's views.open)."""
    return {
        "type": "view_submission",
        "team": {"id": team_id, "domain": "library"},
        "user": _user(user_id, team_id),
        "api_app_id": "A0PARTNERBOT",
        "token": "unused",
        "trigger_id": f"{time.time():.0f}.3.{uuid.uuid4().hex}",
        "view": {
            **view,
            "id": "V0MODAL",
            "team_id": team_id,
            "state": {"values": state_from_view(view, overrides)},
            "hash": "1.abc",
        },
        "response_urls": [],
    }


def message_shortcut(
    *, team_id: str, user_id: str, callback_id: str, text: str, channel: str = "C0GENERAL"
) -> dict[str, Any]:
    """A message shortcut used on someone's message."""
    return {
        "type": "message_action",
        "callback_id": callback_id,
        "team": {"id": team_id, "domain": "library"},
        "user": _user(user_id, team_id),
        "channel": {"id": channel, "name": "general"},
        "message": {"type": "message", "user": "U0SOMEONE", "ts": "1700000000.000100", "text": text},
        "message_ts": "1700000000.000100",
        "response_url": "https://hooks.slack.com/actions/T0LIBRARY/1/unused",
        "trigger_id": f"{time.time():.0f}.4.{uuid.uuid4().hex}",
        "token": "unused",
    }
