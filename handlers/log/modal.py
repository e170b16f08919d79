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

from bot.domain import edit, logbook
from bot.domain.followup_times import at_local, local_midnight, picked_day, picked_time
from bot.domain.known import known_for
from bot.domain.logbook import MAX_LOG_CHARS
from bot.domain.people import Actor
from bot.i18n import t
from bot.understanding import Contact, FollowUp, Item, Money, ParseResult, parse
from handlers.ids import LOG_MODAL
from handlers.log.card import card_message
from handlers.log.command import notify_owners, refresh_homes
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from handlers.shared.formatting import label
from handlers.shared.urls import checked_url
from storage.partners import get_partner

log = logging.getLogger(__name__)

MODAL_FOLLOWUP_ROWS = 5  # rows a new log offers
# An Edit shows as many of the log's follow-ups as fit in a view's 100 blocks (5 blocks each,
# after the 10 fixed ones) and as many lines as fit in each text field; the rest stay untouched.
EDIT_FOLLOWUP_ROWS = 18
TEXTAREA_CHARS = 3000
MONEY_CHARS = 1000
METADATA_CHARS = 3000
KINDS = ("call", "meeting", "email", "note")
ASKS = ("money", "time", "advice", "products", "books", "other")
PLEDGE_STATUSES = ("proposed", "verbal", "confirmed_email", "contract_signed", "delivered", "declined", "cancelled")
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
    *,
    lang: str,
    tz: str,
    writer: str,
    text: str,
    understood: ParseResult,
    partner_name: str | None,
    metadata: dict[str, Any],
    editing: bool,
    note: str | None = None,
    followup_rows: int = MODAL_FOLLOWUP_ROWS,
) -> dict[str, Any]:
    """The log modal, every field prefilled from what was understood (or stored).

    note, when given, says what the modal could not show (those rows are kept as they are).
    """
    contacts = "\n".join(f"{c.name} ({c.role})" if c.role else c.name for c in understood.contacts)
    amounts = "\n".join(str(int(float(m.amount))) for m in understood.money if (m.currency or "DKK") == "DKK")
    items = "\n".join(f"{i.quantity} {i.what}" for i in understood.items)
    blocks: list[bk.Block] = [bk.context(bk.escape(note))] if note else []
    blocks += [
        _input(
            "text", t(lang, "modal.text"), _text_input(text, multiline=True, max_length=MAX_LOG_CHARS), optional=False
        ),
        _input(
            "partner",
            t(lang, "modal.partner"),
            _text_input(partner_name or understood.organization or "", max_length=200),
        ),
        _input(
            "kind",
            t(lang, "modal.kind"),
            _select([(label("interaction", k, lang), k) for k in KINDS], understood.kind or "call"),
            optional=False,
        ),
        _input("contacts", t(lang, "modal.contacts"), _text_input(contacts, multiline=True, max_length=TEXTAREA_CHARS)),
        _input("money", t(lang, "modal.money"), _text_input(amounts, multiline=True, max_length=MONEY_CHARS)),
        _input("items", t(lang, "modal.items"), _text_input(items, multiline=True, max_length=TEXTAREA_CHARS)),
        _input(
            "asks",
            t(lang, "modal.asks"),
            _checkboxes([(label("pledge_kind", a, lang), a) for a in ASKS], list(understood.asks)),
        ),
        _input(
            "status",
            t(lang, "modal.status"),
            _select(
                [(t(lang, "modal.status_none"), "none")]
                + [(label("pledge_status", s, lang), s) for s in PLEDGE_STATUSES],
                understood.pledge_status or _status_of(understood),
            ),
        ),
        _input(
            "publicity",
            t(lang, "modal.publicity"),
            _checkboxes(
                [(t(lang, "modal.no_publicity"), "no_publicity")],
                ["no_publicity"] if understood.no_publicity else [],
            ),
        ),
    ]
    followups = [*understood.followups, *understood.suggested]
    for n in range(min(len(followups) + 1, followup_rows)):
        f = followups[n] if n < len(followups) else None
        # An all-day follow-up is a date where it was written; a timed one is shown in the reader's zone.
        zone = (f.due_tz or tz) if f and f.all_day else tz
        local = f.due.astimezone(ZoneInfo(zone)) if f else None
        blocks.append(bk.divider())
        actions = [(t(lang, "modal.followup_none"), "none")] + [(label("action", a, lang), a) for a in ACTIONS]
        blocks.append(
            _input(f"fu{n}_action", t(lang, "modal.followup", n=n + 1), _select(actions, f.action if f else "none"))
        )
        date_el: dict[str, Any] = {"type": "datepicker"}
        time_el: dict[str, Any] = {"type": "timepicker"}
        owner_el: dict[str, Any] = {"type": "users_select", "initial_user": (f.owner if f else None) or writer}
        if f is not None and local is not None:
            date_el["initial_date"] = local.date().isoformat()
            if not f.all_day:
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


def _status_of(understood: ParseResult) -> str:
    return {"yes": "verbal", "maybe": "proposed", "no": "declined"}.get(understood.agreement or "", "none")


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


def followup_rows(
    values: dict[str, Any], *, tz: str, writer: str, lang: str, errors: dict[str, str]
) -> list[tuple[int, str, datetime | None, bool, str]]:
    """Every follow-up row the modal has, in order: (row, action or "none", due, all day, owner)."""
    rows: list[tuple[int, str, datetime | None, bool, str]] = []
    for n in range(EDIT_FOLLOWUP_ROWS):
        if f"fu{n}_action" not in values:
            continue
        action = str(_value(values, f"fu{n}_action") or "none")
        if action not in ACTIONS:
            rows.append((n, "none", None, False, writer))
            continue
        day, clock = _value(values, f"fu{n}_date"), _value(values, f"fu{n}_time")
        if picked_day(day) is None or (clock and picked_time(clock) is None):
            errors[f"fu{n}_date"] = t(lang, "modal.error_date")
            continue
        due_at = at_local(day, clock, tz) if clock else local_midnight(day, tz)
        rows.append((n, action, due_at, not clock, _value(values, f"fu{n}_owner") or writer))
    return rows


def understood_from_modal(
    values: dict[str, Any], *, tz: str, writer: str, lang: str
) -> tuple[ParseResult, dict[str, str]]:
    """What the modal's fields say, as a reading like the parser's, plus per-field errors."""
    errors: dict[str, str] = {}
    text = str(_value(values, "text") or "").strip()
    if not text or len(text) > MAX_LOG_CHARS:
        errors["text"] = t(lang, "modal.error_text", limit=MAX_LOG_CHARS)
    contacts = []
    for line in str(_value(values, "contacts") or "").splitlines():
        match = _CONTACT_LINE.match(line)
        if match and match.group("name").strip():
            role = (match.group("role") or match.group("role2") or "").strip() or None
            contacts.append(Contact(match.group("name").strip(), role))
        elif line.strip():  # a line the pattern cannot split is kept whole, never dropped
            contacts.append(Contact(line.strip()[:200]))
    money_list = []
    for line in str(_value(values, "money") or "").splitlines():
        money_raw = re.sub(r"(?i)kr\.?|dkk|,-|[\s.,]", "", line)
        if not money_raw:
            continue
        if money_raw.isdigit() and len(money_raw) <= 12:
            money_list.append(Money(int(money_raw), "DKK"))
        else:
            errors["money"] = t(lang, "modal.error_money")
    items = []
    for line in str(_value(values, "items") or "").splitlines():
        if not line.strip():
            continue
        match = _ITEM_LINE.match(line)
        if match:
            items.append(Item(int(match.group("q").replace(".", "")), match.group("what").strip()))
        else:
            errors["items"] = t(lang, "modal.error_items")
    status = _value(values, "status") or "none"
    followups = []
    for _, action, due_at, all_day, owner in followup_rows(values, tz=tz, writer=writer, lang=lang, errors=errors):
        if action != "none" and due_at is not None:
            followups.append(FollowUp(action, due_at, all_day, owner, ""))
    understood = ParseResult(
        kind=_value(values, "kind") or "note",
        organization=(str(_value(values, "partner") or "").strip() or None),
        contacts=contacts,
        money=money_list,
        items=items,
        asks=list(_value(values, "asks") or []),
        agreement={"declined": "no", "proposed": "maybe", "none": None}.get(status, "yes"),
        pledge_status=None if status == "none" else status,
        no_publicity="no_publicity" in (_value(values, "publicity") or []),
        followups=followups,
        mentions=[f.owner for f in followups if f.owner and f.owner != writer],
    )
    return understood, errors


def open_log_modal(
    client: WebClient,
    trigger_id: str,
    actor: Actor,
    services: Any,
    *,
    text: str = "",
    interaction_id: int | None = None,
    partner_id: int | None = None,
    response_url: str | None = None,
    channel: str | None = None,
) -> bool:
    """Open the modal: for an existing log (Edit), a partner (Log call), or text to log."""
    understood = ParseResult(kind="call")  # what an empty modal offers
    partner_name = None
    metadata: dict[str, Any] = {"i": interaction_id, "u": response_url, "c": channel}
    note = None
    with services.transaction(actor.user_id) as session:
        if interaction_id is not None:
            form = edit.load_form(session, ws=actor.ws, interaction_id=interaction_id)
            if form is None:
                return False
            understood, metadata, note = edit_modal_parts(form, lang=actor.lang, response_url=response_url)
            text, partner_name = form.text, form.partner_name
        elif partner_id is not None:
            partner = get_partner(session, ws=actor.ws, partner_id=partner_id)
            if partner is None:
                return False
            partner_name = partner.name
        known = known_for(session, ws=actor.ws) if interaction_id is None and text else None
    if interaction_id is None and text:
        understood = parse(text, now=services.now(), tz=actor.tz, known=known)
    view = build_log_modal(
        lang=actor.lang,
        tz=actor.tz,
        writer=actor.user_id,
        text=text,
        understood=understood,
        partner_name=partner_name,
        metadata=metadata,
        editing=interaction_id is not None,
        note=note,
        followup_rows=EDIT_FOLLOWUP_ROWS if interaction_id is not None else MODAL_FOLLOWUP_ROWS,
    )
    client.views_open(trigger_id=trigger_id, view=view)
    return True


def _fit_lines(lines: list[str], limit: int) -> int:
    """How many of the lines fit in a text field of limit characters."""
    used, count = 0, 0
    for line in lines:
        used += len(line) + (1 if count else 0)
        if used > limit:
            break
        count += 1
    return count


def _contact_line(name: str, role: str | None) -> str:
    return f"{name} ({role})" if role else name


def edit_modal_parts(
    form: edit.LogForm, *, lang: str, response_url: str | None
) -> tuple[ParseResult, dict[str, Any], str | None]:
    """What the Edit modal shows of a log within Slack's limits: prefill, metadata, and a note on the rest.

    The metadata names the row behind every line shown, so the submission changes only those rows.
    """
    contacts = list(form.contacts[: _fit_lines([_contact_line(n, r) for _, n, r in form.contacts], TEXTAREA_CHARS)])
    money = list(form.money[: _fit_lines([str(a) for _, a in form.money], MONEY_CHARS)])
    items = list(form.items[: _fit_lines([f"{q} {w}" for _, q, w in form.items], TEXTAREA_CHARS)])
    followups = list(form.followups[: EDIT_FOLLOWUP_ROWS - 1])  # one row stays free for a new follow-up

    def metadata() -> dict[str, Any]:
        return {
            "i": form.interaction_id,
            "u": response_url,
            "c": None,
            "e": {
                "k": [c[0] for c in contacts],
                "m": [m[0] for m in money],
                "q": [q[0] for q in items],
                "f": [f.id for f in followups],
                "a": list(form.asks),
                "s": form.status,
                "n": int(form.no_publicity),
            },
        }

    while len(json.dumps(metadata())) > METADATA_CHARS:
        longest = max((contacts, money, items, followups), key=len)
        longest.pop()
    hidden = [
        (len(form.followups) - len(followups), "modal.hidden_followups"),
        (len(form.contacts) - len(contacts), "modal.hidden_contacts"),
        (len(form.money) - len(money), "modal.hidden_money"),
        (len(form.items) - len(items), "modal.hidden_items"),
    ]
    parts = [t(lang, key, n=n) for n, key in hidden if n > 0]
    note = t(lang, "modal.not_shown", what=", ".join(parts)) if parts else None
    understood = ParseResult(
        kind=form.kind,
        contacts=[Contact(n, r) for _, n, r in contacts],
        money=[Money(a, "DKK") for _, a in money],
        items=[Item(q, w) for _, q, w in items],
        asks=list(form.asks),
        pledge_status=None if form.status == "none" else form.status,
        no_publicity=form.no_publicity,
        followups=[FollowUp(f.action, f.due, f.all_day, f.owner, f.text or "", due_tz=f.due_tz) for f in followups],
    )
    return understood, metadata(), note


def edited_from_submission(
    values: dict[str, Any],
    understood: ParseResult,
    shown: dict[str, Any],
    *,
    text: str,
    tz: str,
    writer: str,
    lang: str,
) -> edit.EditedLog:
    """The Edit modal's fields as submitted, with the rows its lines stand for."""
    row_ids = [int(i) for i in shown.get("f") or [] if str(i).isdigit()]
    rows = [
        edit.FollowUpRow(
            row_ids[n] if n < len(row_ids) else None,
            action,
            due_at,
            all_day,
            owner,
            day=due_at.date() if due_at is not None and all_day else None,
        )
        for n, action, due_at, all_day, owner in followup_rows(values, tz=tz, writer=writer, lang=lang, errors={})
    ]
    return edit.EditedLog(
        text=text,
        kind=understood.kind or "note",
        organization=understood.organization,
        contacts=[(c.name, c.role) for c in understood.contacts],
        money=[int(m.amount) for m in understood.money],
        items=[(int(i.quantity), str(i.what)) for i in understood.items],
        asks=list(understood.asks),
        status=understood.pledge_status or "none",
        no_publicity=bool(understood.no_publicity),
        followups=rows,
        shown=edit.Shown(
            contact_ids=tuple(int(i) for i in shown.get("k") or []),
            money_ids=tuple(int(i) for i in shown.get("m") or []),
            item_ids=tuple(int(i) for i in shown.get("q") or []),
            followup_ids=tuple(row_ids),
            asks=tuple(str(a) for a in shown.get("a") or []),
            status=str(shown.get("s") or "none"),
            no_publicity=bool(shown.get("n")),
        ),
    )


def handle_edit(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """Edit: open the modal prefilled with everything the log says."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    opened = open_log_modal(
        client,
        body["trigger_id"],
        actor,
        services,
        interaction_id=parse_id(raw) or -1,
        response_url=checked_url(body.get("response_url"), services.settings.slack_api_url, where="edit button"),
    )
    if not opened:
        refuse(services, actor, entity_type="interactions", raw_id=raw, respond=respond)


def handle_open_for_partner(
    ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> None:
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
    open_log_modal(
        client, shortcut["trigger_id"], actor, services, text=text, channel=(shortcut.get("channel") or {}).get("id")
    )


def handle_global_shortcut(ack: Ack, shortcut: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """The global shortcut: an empty log modal."""
    ack()
    open_log_modal(client, shortcut["trigger_id"], actor_of(context), services_of(context))


def handle_submission(ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Save what the modal says (a new log, or corrections to one) and show the card."""
    services, actor = services_of(context), actor_of(context)
    understood, errors = understood_from_modal(
        view["state"]["values"], tz=actor.tz, writer=actor.user_id, lang=actor.lang
    )
    if errors:
        ack(response_action="errors", errors=errors)
        return
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        metadata = {}
    if not isinstance(metadata, dict):
        metadata = {}
    text = str(_value(view["state"]["values"], "text") or "").strip()
    interaction_id = parse_id(metadata.get("i"))
    try:
        with services.transaction(actor.user_id) as session:
            if interaction_id is not None:
                shown = metadata.get("e")
                if shown is None:  # a modal opened before it named its rows: it showed what fits now
                    form = edit.load_form(session, ws=actor.ws, interaction_id=interaction_id)
                    shown = edit_modal_parts(form, lang=actor.lang, response_url=None)[1]["e"] if form else {}
                edited = edited_from_submission(
                    view["state"]["values"],
                    understood,
                    shown,
                    text=text,
                    tz=actor.tz,
                    writer=actor.user_id,
                    lang=actor.lang,
                )
                saved = edit.apply_edit(
                    session, ws=actor.ws, user_id=actor.user_id, interaction_id=interaction_id, edited=edited
                )
            else:
                saved = logbook.record_log(
                    session,
                    ws=actor.ws,
                    user_id=actor.user_id,
                    text=text,
                    understood=understood,
                    tz=actor.tz,
                    now=services.now(),
                    channel=metadata.get("c"),
                )
            card = logbook.load_card(session, ws=actor.ws, interaction_id=saved.interaction_id) if saved else None
    except edit.PartnerUnclear as unclear:
        names = ", ".join(c.name for c in unclear.candidates)
        ack(
            response_action="errors",
            errors={"partner": t(actor.lang, "modal.error_partner_unclear", name=unclear.name, names=names)},
        )
        return
    if saved is None or card is None:
        ack()
        refuse(services, actor, entity_type="interactions", raw_id=metadata.get("i"), respond=None)
        return
    ack()
    message = card_message(card, actor.lang)
    try:
        url = checked_url(metadata.get("u"), services.settings.slack_api_url, where="log modal private_metadata")
        if url:
            WebhookClient(url).send(replace_original=True, **message)
        else:
            client.chat_postMessage(channel=actor.user_id, **message)
    except (SlackApiError, SlackClientError, OSError):
        log.warning("saved, but could not show the card", exc_info=True)
    notify_owners(client, card, saved.mentioned_owners, actor)
    refresh_homes(client, services, actor.ws, [actor.user_id, *saved.mentioned_owners])
