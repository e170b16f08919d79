"""The log modal: Edit on the card, the message shortcut and the global shortcut all open it; its
submission saves a new log or corrects one, as if it had been written that way."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.domain import logbook
from bot.domain.followup_times import at_local, local_midnight
from bot.domain.known import known_for
from bot.domain.logbook import MAX_LOG_CHARS, LogCard
from bot.domain.people import Actor
from bot.i18n import t
from bot.understanding import parse
from handlers.ids import LOG_MODAL
from handlers.log.card import card_message
from handlers.log.command import notify_owners, refresh_homes
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from handlers.shared.formatting import label
from storage.interactions import get_interaction
from storage.names import search_key
from storage.partners import get_partner

log = logging.getLogger(__name__)

MODAL_FOLLOWUP_ROWS = 5
KINDS = ("call", "meeting", "email", "note")
ASKS = ("money", "time", "advice", "products", "books", "other")
PLEDGE_STATUSES = ("proposed", "verbal", "confirmed_email", "contract_signed", "delivered", "declined")
ACTIONS = ("call", "email", "meeting", "contract", "other")
VALUE = "v"  # the action_id of every input in the modal; the block_id names the field


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": bk.plain(text, 75), "value": value}


def _input(block_id: str, label_text: str, element: dict[str, Any], *, optional: bool = True) -> bk.Block:
    return {
        "type": "input",
        "block_id": block_id,
        "label": bk.plain(label_text, 2000),
        "element": {**element, "action_id": VALUE},
        "optional": optional,
    }


def _text_input(initial: str, *, multiline: bool = False, max_length: int | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "multiline": multiline}
    if initial:
        element["initial_value"] = initial[: max_length or 3000]
    if max_length:
        element["max_length"] = max_length
    return element


def _select(options: list[tuple[str, str]], initial: str | None) -> dict[str, Any]:
    opts = [_option(text, value) for text, value in options]
    element: dict[str, Any] = {"type": "static_select", "options": opts}
    chosen = [o for o in opts if o["value"] == initial]
    if chosen:
        element["initial_option"] = chosen[0]
    return element


def _checkboxes(options: list[tuple[str, str]], initial: list[str]) -> dict[str, Any]:
    opts = [_option(text, value) for text, value in options]
    element: dict[str, Any] = {"type": "checkboxes", "options": opts}
    chosen = [o for o in opts if o["value"] in initial]
    if chosen:
        element["initial_options"] = chosen
    return element


def build_log_modal(
    *, lang: str, tz: str, writer: str, text: str, understood: dict[str, Any], partner_name: str | None,
    metadata: dict[str, Any], editing: bool,
) -> dict[str, Any]:
    """The log modal, every field prefilled from what was understood (or stored)."""
    contacts = "\n".join(
        f"{c['name']} ({c['role']})" if c.get("role") else c["name"] for c in understood.get("contacts") or []
    )
    total = sum(float(m["amount"]) for m in understood.get("money") or [] if (m.get("currency") or "DKK") == "DKK")
    items = "\n".join(f"{i['quantity']} {i['what']}" for i in understood.get("items") or [])
    blocks: list[bk.Block] = [
        _input("text", t(lang, "modal.text"), _text_input(text, multiline=True, max_length=MAX_LOG_CHARS), optional=False),
        _input("partner", t(lang, "modal.partner"), _text_input(partner_name or understood.get("organization") or "", max_length=200)),
        _input("kind", t(lang, "modal.kind"),
               _select([(label("interaction", k, lang), k) for k in KINDS], understood.get("kind") or "call"), optional=False),
        _input("contacts", t(lang, "modal.contacts"), _text_input(contacts, multiline=True, max_length=1000)),
        _input("money", t(lang, "modal.money"), _text_input(str(int(total)) if total else "", max_length=20)),
        _input("items", t(lang, "modal.items"), _text_input(items, multiline=True, max_length=1000)),
        _input("asks", t(lang, "modal.asks"),
               _checkboxes([(label("pledge_kind", a, lang), a) for a in ASKS], list(understood.get("asks") or []))),
        _input("status", t(lang, "modal.status"),
               _select([(t(lang, "modal.status_none"), "none")] + [(label("pledge_status", s, lang), s) for s in PLEDGE_STATUSES],
                       understood.get("pledge_status") or _status_of(understood))),
        _input("publicity", t(lang, "modal.publicity"),
               _checkboxes([(t(lang, "modal.no_publicity"), "no_publicity")], ["no_publicity"] if understood.get("no_publicity") else [])),
    ]
    followups = list(understood.get("followups") or []) + list(understood.get("suggested") or [])
    for n in range(min(len(followups) + 1, MODAL_FOLLOWUP_ROWS)):
        f = followups[n] if n < len(followups) else None
        local = datetime.fromisoformat(f["due"]).astimezone(ZoneInfo(tz)) if f else None
        blocks.append(bk.divider())
        actions = [(t(lang, "modal.followup_none"), "none")] + [(label("action", a, lang), a) for a in ACTIONS]
        blocks.append(_input(f"fu{n}_action", t(lang, "modal.followup", n=n + 1), _select(actions, f["action"] if f else "none")))
        date_el: dict[str, Any] = {"type": "datepicker"}
        time_el: dict[str, Any] = {"type": "timepicker"}
        owner_el: dict[str, Any] = {"type": "users_select", "initial_user": (f or {}).get("owner") or writer}
        if local is not None:
            date_el["initial_date"] = local.date().isoformat()
            if not f.get("all_day"):
                time_el["initial_time"] = f"{local:%H:%M}"
        blocks.append(_input(f"fu{n}_date", t(lang, "modal.date"), date_el))
        blocks.append(_input(f"fu{n}_time", t(lang, "modal.time"), time_el))
        blocks.append(_input(f"fu{n}_owner", t(lang, "modal.owner"), owner_el))
    return {
        "type": "modal",
        "callback_id": LOG_MODAL,
        "title": bk.plain(t(lang, "modal.title_edit" if editing else "modal.title_new"), 24),
        "submit": bk.plain(t(lang, "modal.submit"), 24),
        "close": bk.plain(t(lang, "modal.cancel"), 24),
        "private_metadata": json.dumps(metadata)[:3000],
        "blocks": blocks[: bk.MAX_BLOCKS_VIEW],
    }


def _status_of(understood: dict[str, Any]) -> str:
    return {"yes": "verbal", "maybe": "proposed", "no": "declined"}.get(understood.get("agreement") or "", "none")


def _value(values: dict[str, Any], block_id: str) -> Any:
    element = (values.get(block_id) or {}).get(VALUE) or {}
    for key in ("value", "selected_date", "selected_time", "selected_user"):
        if element.get(key) is not None:
            return element[key]
    if element.get("selected_option"):
        return element["selected_option"].get("value")
    if "selected_options" in element:
        return [o.get("value") for o in element.get("selected_options") or []]
    return None


_CONTACT_LINE = re.compile(r"^\s*(?P<name>[^(,]+?)\s*(?:\((?P<role>[^)]*)\)|,\s*(?P<role2>.+))?\s*$")
_ITEM_LINE = re.compile(r"^\s*(?P<q>\d[\d.]*)\s*(?:x\s*)?(?P<what>\S.*)$", re.IGNORECASE)


def understood_from_modal(values: dict[str, Any], *, tz: str, writer: str, lang: str) -> tuple[dict[str, Any], dict[str, str]]:
    """What the modal's fields say, in the parser's shape, plus per-field errors."""
    errors: dict[str, str] = {}
    text = str(_value(values, "text") or "").strip()
    if not text or len(text) > MAX_LOG_CHARS:
        errors["text"] = t(lang, "modal.error_text", limit=MAX_LOG_CHARS)
    contacts = []
    for line in str(_value(values, "contacts") or "").splitlines():
        match = _CONTACT_LINE.match(line)
        if match and match.group("name").strip():
            role = (match.group("role") or match.group("role2") or "").strip() or None
            contacts.append({"name": match.group("name").strip(), "role": role})
    money_raw = re.sub(r"(?i)kr\.?|dkk|[\s.,]", "", str(_value(values, "money") or ""))
    money_list = []
    if money_raw:
        if money_raw.isdigit():
            money_list.append({"amount": int(money_raw), "currency": "DKK"})
        else:
            errors["money"] = t(lang, "modal.error_money")
    items = []
    for line in str(_value(values, "items") or "").splitlines():
        if not line.strip():
            continue
        match = _ITEM_LINE.match(line)
        if match:
            items.append({"quantity": int(match.group("q").replace(".", "")), "what": match.group("what").strip()})
        else:
            errors["items"] = t(lang, "modal.error_items")
    status = _value(values, "status") or "none"
    followups = []
    for n in range(MODAL_FOLLOWUP_ROWS):
        action = _value(values, f"fu{n}_action")
        if not action or action == "none":
            continue
        day, clock = _value(values, f"fu{n}_date"), _value(values, f"fu{n}_time")
        if not day:
            errors[f"fu{n}_date"] = t(lang, "modal.error_date")
            continue
        due_at = at_local(day, clock, tz) if clock else local_midnight(day, tz)
        followups.append({
            "action": action, "due": due_at.isoformat(), "all_day": not clock,
            "owner": _value(values, f"fu{n}_owner") or writer, "text": "",
        })
    understood = {
        "kind": _value(values, "kind") or "note",
        "organization": (str(_value(values, "partner") or "").strip() or None),
        "contacts": contacts,
        "money": money_list,
        "items": items,
        "asks": list(_value(values, "asks") or []),
        "agreement": {"declined": "no", "proposed": "maybe", "none": None}.get(status, "yes"),
        "pledge_status": None if status == "none" else status,
        "no_publicity": "no_publicity" in (_value(values, "publicity") or []),
        "followups": followups,
        "suggested": [],
        "mentions": [f["owner"] for f in followups if f["owner"] != writer],
        "uncertain": [],
        "unresolved": [],
    }
    return understood, errors


def open_log_modal(
    client: WebClient, trigger_id: str, actor: Actor, services: Any, *, text: str = "",
    interaction_id: int | None = None, partner_id: int | None = None, response_url: str | None = None,
    channel: str | None = None,
) -> bool:
    """Open the modal: for an existing log (Edit), a partner (Log call), or text to log."""
    understood: dict[str, Any] = {}
    partner_name = None
    with services.transaction(actor.user_id) as session:
        if interaction_id is not None:
            card = logbook.load_card(session, ws=actor.ws, interaction_id=interaction_id)
            if card is None or card.deleted:
                return False
            understood, text, partner_name = _understood_of_card(session, actor, card)
        elif partner_id is not None:
            partner = get_partner(session, ws=actor.ws, partner_id=partner_id)
            if partner is None:
                return False
            partner_name = partner.name
            understood = {"kind": "call"}
        known = known_for(session, ws=actor.ws) if interaction_id is None and text else None
    if interaction_id is None and text:
        understood = parse(text, now=services.now(), tz=actor.tz, known=known).to_dict()
    view = build_log_modal(
        lang=actor.lang, tz=actor.tz, writer=actor.user_id, text=text, understood=understood, partner_name=partner_name,
        metadata={"i": interaction_id, "u": response_url, "c": channel}, editing=interaction_id is not None,
    )
    client.views_open(trigger_id=trigger_id, view=view)
    return True


def _understood_of_card(session: Any, actor: Actor, card: LogCard) -> tuple[dict[str, Any], str, str | None]:
    interaction = get_interaction(session, ws=actor.ws, interaction_id=card.interaction_id)
    stored = dict(interaction.understood or {}) if interaction else {}
    stored["contacts"] = [{"name": n, "role": r} for n, r in card.contacts] or stored.get("contacts") or []
    live = [f for f in card.followups if f.status in ("open", "snoozed")]
    stored["followups"] = [
        {"action": f.action, "due": f.due.isoformat(), "all_day": f.all_day, "owner": f.owner, "text": f.text or ""}
        for f in live
    ]
    stored["suggested"] = []
    if card.pledges:
        stored["pledge_status"] = card.pledges[0].status
    return stored, interaction.raw_text if interaction else "", card.partner_name


def handle_edit(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """Edit: open the modal prefilled with everything the log says."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    opened = open_log_modal(
        client, body["trigger_id"], actor, services, interaction_id=parse_id(raw) or -1,
        response_url=body.get("response_url"),
    )
    if not opened:
        refuse(services, actor, entity_type="interactions", raw_id=raw, respond=respond)


def handle_open_for_partner(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """Log call (from a reminder, status card or App Home): the modal prefilled with the partner."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    if not open_log_modal(client, body["trigger_id"], actor, services, partner_id=parse_id(raw) or -1):
        refuse(services, actor, entity_type="partners", raw_id=raw, respond=respond)


def handle_message_shortcut(ack: Ack, shortcut: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Log to partner on a message: the modal prefilled from the message's text."""
    ack()
    services, actor = services_of(context), actor_of(context)
    text = str((shortcut.get("message") or {}).get("text") or "")[:MAX_LOG_CHARS]
    open_log_modal(client, shortcut["trigger_id"], actor, services, text=text, channel=(shortcut.get("channel") or {}).get("id"))


def handle_global_shortcut(ack: Ack, shortcut: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The global shortcut: an empty log modal."""
    ack()
    open_log_modal(client, shortcut["trigger_id"], actor_of(context), services_of(context))


def handle_submission(ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Save what the modal says (a new log, or corrections to one) and show the card."""
    services, actor = services_of(context), actor_of(context)
    understood, errors = understood_from_modal(view["state"]["values"], tz=actor.tz, writer=actor.user_id, lang=actor.lang)
    if errors:
        ack(response_action="errors", errors=errors)
        return
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        metadata = {}
    text = str(_value(view["state"]["values"], "text") or "").strip()
    interaction_id = parse_id(metadata.get("i"))
    with services.transaction(actor.user_id) as session:
        if interaction_id is not None:
            card_before = logbook.load_card(session, ws=actor.ws, interaction_id=interaction_id)
            same_partner = (
                card_before is not None and card_before.partner_id is not None
                and search_key(card_before.partner_name or "") == search_key(understood.get("organization") or "")
            )
            saved = logbook.edit_log(
                session, ws=actor.ws, user_id=actor.user_id, interaction_id=interaction_id, text=text,
                understood=understood, partner_id=card_before.partner_id if same_partner and card_before else None,
            )
        else:
            saved = logbook.record_log(
                session, ws=actor.ws, user_id=actor.user_id, text=text, understood=understood,
                tz=actor.tz, now=services.now(), channel=metadata.get("c"),
            )
        card = logbook.load_card(session, ws=actor.ws, interaction_id=saved.interaction_id) if saved else None
    if saved is None or card is None:
        ack()
        refuse(services, actor, entity_type="interactions", raw_id=metadata.get("i"), respond=None)
        return
    ack()
    message = card_message(card, actor.lang)
    try:
        if metadata.get("u"):
            WebhookClient(metadata["u"]).send(replace_original=True, **message)
        else:
            client.chat_postMessage(channel=actor.user_id, **message)
    except (SlackApiError, SlackClientError, OSError):
        log.warning("saved, but could not show the card", exc_info=True)
    notify_owners(client, card, saved.mentioned_owners, actor)
    refresh_homes(client, services, actor.ws, [actor.user_id, *saved.mentioned_owners])


