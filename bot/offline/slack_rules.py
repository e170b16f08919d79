"""Slack's documented Block Kit rules, checked the way Slack checks them, for the fake Slack.

Given what the bot sends (a message's arguments, a view, a `response_url` body, the HTTP body that
acknowledges a request), `check_*` returns a `Verdict`: nothing wrong, or the error code Slack
answers for that method (`invalid_blocks`, `invalid_arguments`, `invalid_metadata_format`, ...), the
`[ERROR] ... [json-pointer:...]` lines Slack puts in `response_metadata.messages`, and a reason a
person can act on that names the block, the field and the rule.

Where the rules come from (read 2026; the limits are Slack's published ones, not ours):
- docs.slack.dev/reference/block-kit/blocks (and api.slack.com/reference/block-kit/blocks): 50
  blocks per message, 100 per modal or Home tab; per block: section text 3000, fields 10 x 2000;
  header plain_text 150; context 10 elements; actions 25 elements; image alt_text 2000, image_url
  3000, title 2000; input label and hint plain_text 2000; block_id 255, unique in a message or view;
  which blocks each surface takes (file and markdown only in messages; markdown text 12,000).
- docs.slack.dev/reference/block-kit/block-elements/*: button text 75 (plain_text), value 2000, url
  3000, style primary|danger, accessibility_label 75; action_id 255, unique in its block;
  placeholder plain_text 150; checkboxes and radio buttons 10 options; overflow up to 5 options;
  select menus 100 options or 100 option groups; plain_text_input min_length 0-3000, max_length
  1-3000; datepicker YYYY-MM-DD, timepicker HH:mm; which elements each block and surface takes.
- docs.slack.dev/reference/block-kit/composition-objects/*: text objects 1-3000 characters, `emoji`
  only on plain_text, `verbatim` only on mrkdwn; option text 75 (plain_text in selects and
  overflow, mrkdwn allowed in checkboxes and radio buttons), value 150, description 75, url 3000
  (overflow only); option group label 75 and 100 options; confirm dialog title 100, text 300,
  confirm and deny 30, all plain_text.
- docs.slack.dev/reference/views/modal-views, home-tab views, views.open/push/update/publish:
  modal title, submit and close plain_text 24, submit required when the modal has an input
  block; private_metadata 3000; callback_id and external_id 255; views larger than 250 kB are
  refused (`view_too_large`); a malformed view is `invalid_arguments`.
- chat.postMessage/postEphemeral/update/scheduleMessage: `invalid_blocks`,
  `invalid_blocks_format`, `invalid_attachments`, `too_many_attachments` (100), `no_text`,
  `invalid_metadata_format`, `invalid_metadata_schema` (metadata is an object with a string
  `event_type` and an object `event_payload`). Top-level `text` is not required when blocks are
  given, only recommended (notifications and screen readers read it): Slack accepts a message
  without it, so the checker accepts it too and records the warning
  `missing_text_or_fallback_or_attachments`. Text over 40,000 characters is truncated by Slack,
  not refused: a warning too.
- Slack's answers seen in the wild (SDK issue threads): `response_metadata.messages` lines such as
  `[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]`; incoming
  webhooks and `response_url` answer HTTP 400 with the bare error code as the body.

An `initial_option` (or `initial_options`) must exactly match one of the element's options, as
the select, checkbox and radio references say. Our reading where the reference is silent: an
`initial_value` longer than the input's own `max_length`, and `min_length` above `max_length`,
are refused; an `initial_value` shorter than `min_length` is accepted (the user must add to it).
The wording of each `[ERROR]` line is ours where Slack's is not published.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

MESSAGE, MODAL, HOME = "message", "modal", "home"

MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_TEXT = 3000
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25
MAX_ID = 255  # action_id, block_id, callback_id, external_id
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_URL = 3000
MAX_ALT_TEXT = 2000
MAX_IMAGE_TITLE = 2000
MAX_INPUT_LABEL = 2000
MAX_INPUT_HINT = 2000
MAX_PLACEHOLDER = 150
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_OPTION_DESCRIPTION = 75
MAX_SELECT_OPTIONS = 100
MAX_OPTION_GROUPS = 100
MAX_OPTION_GROUP_LABEL = 75
MAX_CHOICE_OPTIONS = 10  # checkboxes, radio buttons
MAX_OVERFLOW_OPTIONS = 5
MAX_CONFIRM_TITLE = 100
MAX_CONFIRM_TEXT = 300
MAX_CONFIRM_BUTTON = 30
MAX_INPUT_LENGTH = 3000  # plain_text_input min_length / max_length bound
MAX_MARKDOWN_BLOCK = 12000
MAX_VIEW_TITLE = 24  # also submit and close
MAX_PRIVATE_METADATA = 3000
MAX_VIEW_BYTES = 250 * 1024
MAX_ATTACHMENTS = 100
MAX_MESSAGE_TEXT = 40000  # Slack truncates beyond this; it does not refuse

MISSING_TEXT_WARNING = "missing_text_or_fallback_or_attachments"
TRUNCATED_TEXT_WARNING = "text_truncated_at_40000"

# Which block types each surface takes.
_ALL = frozenset({MESSAGE, MODAL, HOME})
BLOCK_SURFACES: dict[str, frozenset[str]] = {
    "actions": _ALL,
    "context": _ALL,
    "divider": _ALL,
    "header": _ALL,
    "image": _ALL,
    "input": _ALL,
    "rich_text": _ALL,
    "section": _ALL,
    "video": _ALL,
    "file": frozenset({MESSAGE}),
    "markdown": frozenset({MESSAGE}),
}

_SELECTS = (
    "static_select",
    "external_select",
    "users_select",
    "conversations_select",
    "channels_select",
)
SELECT_TYPES = frozenset(_SELECTS) | frozenset("multi_" + s for s in _SELECTS)
_INTERACTIVE = (
    frozenset(
        {
            "button",
            "checkboxes",
            "datepicker",
            "overflow",
            "radio_buttons",
            "timepicker",
            "workflow_button",
        }
    )
    | SELECT_TYPES
)
# Which element types each place in a block takes.
ACCESSORY_TYPES = _INTERACTIVE | {"image"}
ACTIONS_TYPES = _INTERACTIVE | {"datetimepicker", "rich_text_input"}
INPUT_TYPES = (_INTERACTIVE - {"button", "overflow", "workflow_button"}) | {
    "datetimepicker",
    "email_text_input",
    "file_input",
    "number_input",
    "plain_text_input",
    "rich_text_input",
    "url_text_input",
}
# Elements that some surfaces do not take (the rest work everywhere).
ELEMENT_SURFACES: dict[str, frozenset[str]] = {
    "email_text_input": frozenset({MODAL}),
    "number_input": frozenset({MODAL}),
    "url_text_input": frozenset({MODAL}),
    "file_input": frozenset({MODAL}),
    "datetimepicker": frozenset({MODAL, MESSAGE}),
    "rich_text_input": frozenset({MODAL, HOME}),
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (JSON pointer), which rule, Slack's line, and a reason for people."""

    pointer: str
    rule: str
    message: str
    reason: str


@dataclass(frozen=True)
class Verdict:
    """Slack's answer to a payload: accepted (error is None) or the error with its problems."""

    error: str | None = None
    problems: tuple[Problem, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when Slack would accept the payload."""
        return self.error is None

    @property
    def rules(self) -> set[str]:
        """The ids of the rules the payload breaks."""
        return {p.rule for p in self.problems}

    @property
    def reason(self) -> str:
        """Every reason, one per line."""
        return "\n".join(p.reason for p in self.problems) or (self.error or "")

    def answer(self) -> dict[str, Any]:
        """The JSON Slack's Web API answers: `ok`, `error`, and the `[ERROR]` lines."""
        if self.ok:
            body: dict[str, Any] = {"ok": True}
            if self.warnings:
                body["warning"] = ",".join(self.warnings)
                body["response_metadata"] = {"warnings": list(self.warnings)}
            return body
        messages = [p.message for p in self.problems]
        body = {"ok": False, "error": self.error}
        if messages:
            body["errors"] = [m.removeprefix("[ERROR] ") for m in messages]
            body["response_metadata"] = {"messages": messages}
        return body


_OK = Verdict()


class _Check:
    """Collects problems while walking one payload on one surface."""

    def __init__(self, surface: str) -> None:
        self.surface = surface
        self.problems: list[Problem] = []
        self.block_ids: Counter[str] = Counter()

    def add(self, pointer: str, rule: str, slack: str, reason: str) -> None:
        self.problems.append(Problem(pointer, rule, f"[ERROR] {slack} [json-pointer:{pointer}]", reason))

    # ----- small things ----------------------------------------------------------------------
    def string(
        self,
        value: Any,
        ptr: str,
        where: str,
        name: str,
        *,
        limit: int,
        rule: str,
        required: bool = False,
        min_length: int = 0,
    ) -> None:
        if value is None:
            if required:
                self.add(
                    ptr,
                    f"{rule}.missing",
                    f"missing required field: {name.rsplit('.', 1)[-1]}",
                    f"{where}: {name} is required",
                )
            return
        if not isinstance(value, str):
            self.add(ptr, f"{rule}.type", "must provide a string", f"{where}: {name} must be a string")
        elif len(value) < min_length:
            self.add(
                ptr,
                f"{rule}.empty",
                f"must be more than {min_length - 1} characters",
                f"{where}: {name} is empty",
            )
        elif len(value) > limit:
            self.add(
                ptr,
                rule,
                f"must be less than {limit + 1} characters",
                f"{where}: {name} has {len(value)} characters; Slack allows at most {limit}",
            )

    def text(
        self,
        obj: Any,
        ptr: str,
        where: str,
        name: str,
        *,
        limit: int,
        rule: str,
        plain_only: bool = False,
        required: bool = True,
    ) -> None:
        """A text object: plain_text or mrkdwn, 1..limit characters, emoji/verbatim if allowed."""
        if obj is None:
            if required:
                self.add(
                    ptr,
                    f"{rule}.missing",
                    f"missing required field: {name}",
                    f"{where}: {name} is required",
                )
            return
        if not isinstance(obj, Mapping):
            self.add(
                ptr,
                "text.object",
                "must provide an object",
                f"{where}: {name} must be a text object",
            )
            return
        kind = obj.get("type")
        if kind not in ("plain_text", "mrkdwn"):
            self.add(
                ptr + "/type",
                "text.type",
                "must be one of: plain_text, mrkdwn",
                f"{where}: {name} has text type {kind!r}; Slack knows plain_text and mrkdwn",
            )
        elif plain_only and kind != "plain_text":
            self.add(
                ptr + "/type",
                f"{rule}.plain_text",
                "must be plain_text",
                f"{where}: {name} must be plain_text; Slack does not take mrkdwn here",
            )
        self.string(
            obj.get("text"),
            ptr + "/text",
            where,
            name,
            limit=limit,
            rule=rule,
            required=True,
            min_length=1,
        )
        if "emoji" in obj:
            if kind != "plain_text":
                self.add(
                    ptr + "/emoji",
                    "text.emoji",
                    "emoji is only allowed on plain_text",
                    f"{where}: {name} sets emoji, which Slack only allows on plain_text",
                )
            elif not isinstance(obj["emoji"], bool):
                self.add(
                    ptr + "/emoji",
                    "text.emoji",
                    "must provide a boolean",
                    f"{where}: {name}.emoji must be true or false",
                )
        if "verbatim" in obj and kind != "mrkdwn":
            self.add(
                ptr + "/verbatim",
                "text.verbatim",
                "verbatim is only allowed on mrkdwn",
                f"{where}: {name} sets verbatim, which Slack only allows on mrkdwn",
            )

    def items(
        self,
        value: Any,
        ptr: str,
        where: str,
        name: str,
        *,
        limit: int,
        rule: str,
        minimum: int = 1,
    ) -> list[Any]:
        """A list of 1..limit items; returns the list (empty when it is not one)."""
        if not isinstance(value, list):
            self.add(ptr, f"{rule}.type", "must provide an array", f"{where}: {name} must be a list")
            return []
        if len(value) < minimum:
            self.add(
                ptr,
                f"{rule}.empty",
                f"must provide at least {minimum} items",
                f"{where}: {name} is empty; Slack needs at least {minimum}",
            )
        elif len(value) > limit:
            self.add(
                ptr,
                rule,
                f"no more than {limit} items allowed",
                f"{where}: {name} has {len(value)} items; Slack allows at most {limit}",
            )
        return value

    def confirm(self, obj: Any, ptr: str, where: str) -> None:
        if obj is None:
            return
        where = f"{where} › confirm"
        if not isinstance(obj, Mapping):
            self.add(ptr, "confirm.object", "must provide an object", f"{where} must be an object")
            return
        self.text(
            obj.get("title"),
            ptr + "/title",
            where,
            "title",
            limit=MAX_CONFIRM_TITLE,
            rule="confirm.title.length",
            plain_only=True,
        )
        self.text(
            obj.get("text"),
            ptr + "/text",
            where,
            "text",
            limit=MAX_CONFIRM_TEXT,
            rule="confirm.text.length",
            plain_only=True,
        )
        self.text(
            obj.get("confirm"),
            ptr + "/confirm",
            where,
            "confirm",
            limit=MAX_CONFIRM_BUTTON,
            rule="confirm.confirm.length",
            plain_only=True,
        )
        self.text(
            obj.get("deny"),
            ptr + "/deny",
            where,
            "deny",
            limit=MAX_CONFIRM_BUTTON,
            rule="confirm.deny.length",
            plain_only=True,
        )
        if obj.get("style") not in (None, "primary", "danger"):
            self.add(
                ptr + "/style",
                "confirm.style",
                "must be one of: primary, danger",
                f"{where}: style {obj.get('style')!r} is not primary or danger",
            )

    def option(self, obj: Any, ptr: str, where: str, *, mrkdwn_ok: bool, url_ok: bool) -> None:
        if not isinstance(obj, Mapping):
            self.add(ptr, "option.object", "must provide an object", f"{where} must be an option object")
            return
        self.text(
            obj.get("text"),
            ptr + "/text",
            where,
            "option text",
            limit=MAX_OPTION_TEXT,
            rule="option.text.length",
            plain_only=not mrkdwn_ok,
        )
        self.string(
            obj.get("value"),
            ptr + "/value",
            where,
            "option value",
            limit=MAX_OPTION_VALUE,
            rule="option.value.length",
            required=True,
            min_length=1,
        )
        self.text(
            obj.get("description"),
            ptr + "/description",
            where,
            "option description",
            limit=MAX_OPTION_DESCRIPTION,
            rule="option.description.length",
            plain_only=not mrkdwn_ok,
            required=False,
        )
        if "url" in obj:
            if not url_ok:
                self.add(
                    ptr + "/url",
                    "option.url",
                    "url is only allowed in overflow menus",
                    f"{where}: option url is only allowed in overflow menus",
                )
            else:
                self.string(
                    obj.get("url"),
                    ptr + "/url",
                    where,
                    "option url",
                    limit=MAX_URL,
                    rule="option.url.length",
                )

    # ----- elements ---------------------------------------------------------------------------
    def element(self, el: Any, ptr: str, where: str, allowed: frozenset[str] | set[str], place: str) -> None:
        if not isinstance(el, Mapping):
            self.add(
                ptr,
                "element.object",
                "must provide an object",
                f"{where}: {place} must be an element object",
            )
            return
        kind = el.get("type")
        label = f"{kind}" + (f" '{el['action_id']}'" if isinstance(el.get("action_id"), str) else "")
        where = f"{where} › {label}"
        if kind not in allowed:
            self.add(
                ptr + "/type",
                "element.type",
                f"unsupported type: {kind}",
                f"{where}: a {kind!r} element cannot be the {place}",
            )
            return
        surfaces = ELEMENT_SURFACES.get(str(kind))
        if surfaces is not None and self.surface not in surfaces:
            self.add(
                ptr + "/type",
                "surface.element",
                f"{kind} is not available in {self.surface}s",
                f"{where}: {kind} elements are not available in a {self.surface}",
            )
        if kind != "image":
            self.string(
                el.get("action_id"),
                ptr + "/action_id",
                where,
                "action_id",
                limit=MAX_ID,
                rule="action_id.length",
                min_length=1,
            )
        self.confirm(el.get("confirm"), ptr + "/confirm", where)
        if "placeholder" in el:
            self.text(
                el.get("placeholder"),
                ptr + "/placeholder",
                where,
                "placeholder",
                limit=MAX_PLACEHOLDER,
                rule="placeholder.length",
                plain_only=True,
            )
        check = getattr(self, "_el_" + str(kind), None)
        if check is not None:
            check(el, ptr, where)

    def _el_button(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        self.text(
            el.get("text"),
            ptr + "/text",
            where,
            "button text",
            limit=MAX_BUTTON_TEXT,
            rule="button.text.length",
            plain_only=True,
        )
        self.string(
            el.get("value"),
            ptr + "/value",
            where,
            "button value",
            limit=MAX_BUTTON_VALUE,
            rule="button.value.length",
            min_length=1,
        )
        self.string(
            el.get("url"),
            ptr + "/url",
            where,
            "button url",
            limit=MAX_URL,
            rule="button.url.length",
            min_length=1,
        )
        self.string(
            el.get("accessibility_label"),
            ptr + "/accessibility_label",
            where,
            "accessibility_label",
            limit=MAX_BUTTON_TEXT,
            rule="button.accessibility_label.length",
            min_length=1,
        )
        if el.get("style") not in (None, "primary", "danger"):
            self.add(
                ptr + "/style",
                "button.style",
                "must be one of: primary, danger",
                f"{where}: style {el.get('style')!r} is not primary or danger",
            )

    _el_workflow_button = _el_button

    def _options(
        self,
        el: Mapping[str, Any],
        ptr: str,
        where: str,
        *,
        limit: int,
        rule: str,
        mrkdwn_ok: bool = False,
        url_ok: bool = False,
    ) -> list[Any]:
        options = self.items(el.get("options"), ptr + "/options", where, "options", limit=limit, rule=rule)
        for i, option in enumerate(options):
            self.option(
                option,
                f"{ptr}/options/{i}",
                f"{where} › options[{i}]",
                mrkdwn_ok=mrkdwn_ok,
                url_ok=url_ok,
            )
        return options

    def _initial(self, el: Mapping[str, Any], ptr: str, where: str, options: list[Any], *, many: bool) -> None:
        values = [o.get("value") for o in options if isinstance(o, Mapping)]
        key = "initial_options" if many else "initial_option"
        chosen = el.get(key)
        if chosen is None:
            return
        for i, option in enumerate(chosen if many and isinstance(chosen, list) else [chosen]):
            given = option if isinstance(option, Mapping) else {}
            value = given.get("value")
            match = [o for o in options if isinstance(o, Mapping) and o.get("value") == value]
            if value is None or value not in values or match[0].get("text") != given.get("text"):
                at = f"{ptr}/{key}" + (f"/{i}" if many else "")
                self.add(
                    at,
                    f"{key}.match",
                    f"{key} must exactly match one of the provided options",
                    f"{where}: {key} {value!r} is not one of the element's options (text and value must match exactly)",
                )

    def _el_checkboxes(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        options = self._options(
            el,
            ptr,
            where,
            limit=MAX_CHOICE_OPTIONS,
            rule="checkboxes.options.count",
            mrkdwn_ok=True,
        )
        self._initial(el, ptr, where, options, many=True)

    def _el_radio_buttons(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        options = self._options(
            el,
            ptr,
            where,
            limit=MAX_CHOICE_OPTIONS,
            rule="radio_buttons.options.count",
            mrkdwn_ok=True,
        )
        self._initial(el, ptr, where, options, many=False)

    def _el_overflow(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        self._options(el, ptr, where, limit=MAX_OVERFLOW_OPTIONS, rule="overflow.options.count", url_ok=True)

    def _static(self, el: Mapping[str, Any], ptr: str, where: str, *, many: bool) -> None:
        has_options, has_groups = "options" in el, "option_groups" in el
        if has_options == has_groups:
            self.add(
                ptr,
                "select.options_or_groups",
                "must provide exactly one of options, option_groups",
                f"{where}: give options or option_groups, not {'both' if has_options else 'neither'}",
            )
            return
        if has_options:
            options = self._options(el, ptr, where, limit=MAX_SELECT_OPTIONS, rule="select.options.count")
        else:
            groups = self.items(
                el.get("option_groups"),
                ptr + "/option_groups",
                where,
                "option_groups",
                limit=MAX_OPTION_GROUPS,
                rule="select.option_groups.count",
            )
            options = []
            for g, group in enumerate(groups):
                gptr, gwhere = f"{ptr}/option_groups/{g}", f"{where} › option_groups[{g}]"
                if not isinstance(group, Mapping):
                    self.add(
                        gptr,
                        "option_group.object",
                        "must provide an object",
                        f"{gwhere} must be an object",
                    )
                    continue
                self.text(
                    group.get("label"),
                    gptr + "/label",
                    gwhere,
                    "label",
                    limit=MAX_OPTION_GROUP_LABEL,
                    rule="option_group.label.length",
                    plain_only=True,
                )
                options += self._options(
                    group, gptr, gwhere, limit=MAX_SELECT_OPTIONS, rule="option_group.options.count"
                )
        self._initial(el, ptr, where, options, many=many)

    def _el_static_select(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        self._static(el, ptr, where, many=False)

    def _el_multi_static_select(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        self._static(el, ptr, where, many=True)

    def _el_users_select(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        user = el.get("initial_user")
        if user is not None and (not isinstance(user, str) or not re.fullmatch(r"[UW][A-Z0-9]+", user)):
            self.add(
                ptr + "/initial_user",
                "users_select.initial_user",
                "must be a user ID",
                f"{where}: initial_user {user!r} is not a Slack user id",
            )

    def _el_datepicker(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        value = el.get("initial_date")
        if value is None:
            return
        try:
            valid = isinstance(value, str) and bool(_DATE.fullmatch(value)) and date.fromisoformat(value) is not None
        except ValueError:
            valid = False
        if not valid:
            self.add(
                ptr + "/initial_date",
                "datepicker.initial_date",
                "must match the format YYYY-MM-DD",
                f"{where}: initial_date {value!r} is not a date in the form YYYY-MM-DD",
            )

    def _el_timepicker(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        value = el.get("initial_time")
        if value is not None and not (isinstance(value, str) and _TIME.fullmatch(value)):
            self.add(
                ptr + "/initial_time",
                "timepicker.initial_time",
                "must match the format HH:mm",
                f"{where}: initial_time {value!r} is not a 24-hour time in the form HH:mm",
            )

    def _el_plain_text_input(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        low, high = el.get("min_length"), el.get("max_length")
        for name, value, least in (("min_length", low, 0), ("max_length", high, 1)):
            if value is not None and (not isinstance(value, int) or not least <= value <= MAX_INPUT_LENGTH):
                self.add(
                    f"{ptr}/{name}",
                    f"plain_text_input.{name}.range",
                    f"must be between {least} and {MAX_INPUT_LENGTH}",
                    f"{where}: {name} {value!r} is outside {least}..{MAX_INPUT_LENGTH}",
                )
        if isinstance(low, int) and isinstance(high, int) and low > high:
            self.add(
                ptr + "/min_length",
                "plain_text_input.min_above_max",
                "min_length must not exceed max_length",
                f"{where}: min_length {low} is above max_length {high}",
            )
        initial = el.get("initial_value")
        if initial is not None:
            limit = high if isinstance(high, int) and 0 < high <= MAX_INPUT_LENGTH else MAX_INPUT_LENGTH
            self.string(
                initial,
                ptr + "/initial_value",
                where,
                "initial_value",
                limit=limit,
                rule="plain_text_input.initial_value.length",
            )

    def _el_image(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        self._image(el, ptr, where)

    def _image(self, el: Mapping[str, Any], ptr: str, where: str) -> None:
        if "image_url" not in el and "slack_file" not in el:
            self.add(
                ptr,
                "image.source.missing",
                "must provide one of image_url, slack_file",
                f"{where}: an image needs image_url or slack_file",
            )
        self.string(
            el.get("image_url"),
            ptr + "/image_url",
            where,
            "image_url",
            limit=MAX_URL,
            rule="image.url.length",
            min_length=1,
        )
        self.string(
            el.get("alt_text"),
            ptr + "/alt_text",
            where,
            "alt_text",
            limit=MAX_ALT_TEXT,
            rule="image.alt_text.length",
            required=True,
            min_length=1,
        )

    # ----- blocks ----------------------------------------------------------------------------
    def blocks(self, blocks: Any, ptr: str, *, limit: int) -> None:
        items = self.items(blocks, ptr, "the payload", "blocks", limit=limit, rule="blocks.count", minimum=0)
        for i, block in enumerate(items):
            self.block(block, f"{ptr}/{i}", i)
        for block_id, count in self.block_ids.items():
            if count > 1:
                self.add(
                    ptr,
                    "block_id.duplicate",
                    f"duplicate block_id: {block_id}",
                    f"block_id '{block_id}' is used by {count} blocks; Slack needs block_ids unique "
                    f"within a {self.surface}",
                )

    def block(self, block: Any, ptr: str, index: int) -> None:
        if not isinstance(block, Mapping):
            self.add(
                ptr,
                "block.object",
                "must provide an object",
                f"blocks[{index}] must be a block object",
            )
            return
        kind = block.get("type")
        block_id = block.get("block_id")
        where = f"blocks[{index}] ({kind}" + (f" '{block_id}'" if isinstance(block_id, str) else "") + ")"
        if kind not in BLOCK_SURFACES:
            self.add(
                ptr + "/type",
                "block.type",
                f"unsupported type: {kind}",
                f"{where}: {kind!r} is not a block type",
            )
            return
        if self.surface not in BLOCK_SURFACES[str(kind)]:
            self.add(
                ptr + "/type",
                "surface.block",
                f"{kind} blocks are not available in {self.surface}s",
                f"{where}: {kind} blocks are not available in a {self.surface}",
            )
        if block_id is not None:
            self.string(
                block_id,
                ptr + "/block_id",
                where,
                "block_id",
                limit=MAX_ID,
                rule="block_id.length",
                min_length=1,
            )
            if isinstance(block_id, str):
                self.block_ids[block_id] += 1
        check = getattr(self, "_block_" + str(kind), None)
        if check is not None:
            check(block, ptr, where)

    def _unique_action_ids(self, elements: list[Any], ptr: str, where: str) -> None:
        ids = Counter(
            e.get("action_id") for e in elements if isinstance(e, Mapping) and isinstance(e.get("action_id"), str)
        )
        for action_id, count in ids.items():
            if count > 1:
                second = [
                    i for i, e in enumerate(elements) if isinstance(e, Mapping) and e.get("action_id") == action_id
                ][1]
                self.add(
                    f"{ptr}/elements/{second}/action_id",
                    "action_id.duplicate",
                    f"duplicate action_id: {action_id}",
                    f"{where}: action_id '{action_id}' is used by {count} elements; Slack needs "
                    "action_ids unique within a block",
                )

    def _block_section(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        if "text" not in block and "fields" not in block:
            self.add(
                ptr,
                "section.text_or_fields",
                "must define either `text` or `fields`",
                f"{where}: a section needs text or fields",
            )
        if "text" in block:
            self.text(
                block.get("text"),
                ptr + "/text",
                where,
                "text",
                limit=MAX_SECTION_TEXT,
                rule="section.text.length",
            )
        if "fields" in block:
            fields = self.items(
                block.get("fields"),
                ptr + "/fields",
                where,
                "fields",
                limit=MAX_FIELDS,
                rule="section.fields.count",
            )
            for i, f in enumerate(fields):
                self.text(
                    f,
                    f"{ptr}/fields/{i}",
                    where,
                    f"fields[{i}]",
                    limit=MAX_FIELD_TEXT,
                    rule="section.field.length",
                )
        if "accessory" in block:
            self.element(block["accessory"], ptr + "/accessory", where, ACCESSORY_TYPES, "accessory")

    def _block_header(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        self.text(
            block.get("text"),
            ptr + "/text",
            where,
            "header text",
            limit=MAX_HEADER_TEXT,
            rule="header.text.length",
            plain_only=True,
        )

    def _block_context(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        elements = self.items(
            block.get("elements"),
            ptr + "/elements",
            where,
            "elements",
            limit=MAX_CONTEXT_ELEMENTS,
            rule="context.elements.count",
        )
        for i, el in enumerate(elements):
            eptr = f"{ptr}/elements/{i}"
            if isinstance(el, Mapping) and el.get("type") == "image":
                self.element(el, eptr, where, {"image"}, "context element")
            else:
                self.text(
                    el,
                    eptr,
                    f"{where} › elements[{i}]",
                    "text",
                    limit=MAX_TEXT,
                    rule="context.text.length",
                )

    def _block_actions(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        elements = self.items(
            block.get("elements"),
            ptr + "/elements",
            where,
            "elements",
            limit=MAX_ACTIONS_ELEMENTS,
            rule="actions.elements.count",
        )
        for i, el in enumerate(elements):
            self.element(el, f"{ptr}/elements/{i}", where, ACTIONS_TYPES, "actions element")
        self._unique_action_ids(elements, ptr, where)

    def _block_image(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        self._image(block, ptr, where)
        self.text(
            block.get("title"),
            ptr + "/title",
            where,
            "title",
            limit=MAX_IMAGE_TITLE,
            rule="image.title.length",
            plain_only=True,
            required=False,
        )

    def _block_input(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        self.text(
            block.get("label"),
            ptr + "/label",
            where,
            "label",
            limit=MAX_INPUT_LABEL,
            rule="input.label.length",
            plain_only=True,
        )
        self.text(
            block.get("hint"),
            ptr + "/hint",
            where,
            "hint",
            limit=MAX_INPUT_HINT,
            rule="input.hint.length",
            plain_only=True,
            required=False,
        )
        if "element" not in block:
            self.add(
                ptr,
                "input.element.missing",
                "missing required field: element",
                f"{where}: an input needs an element",
            )
        else:
            self.element(block["element"], ptr + "/element", where, INPUT_TYPES, "input element")
        for flag in ("optional", "dispatch_action"):
            if flag in block and not isinstance(block[flag], bool):
                self.add(
                    f"{ptr}/{flag}",
                    f"input.{flag}",
                    "must provide a boolean",
                    f"{where}: {flag} must be true or false",
                )

    def _block_markdown(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        self.string(
            block.get("text"),
            ptr + "/text",
            where,
            "text",
            limit=MAX_MARKDOWN_BLOCK,
            rule="markdown.text.length",
            required=True,
            min_length=1,
        )

    def _block_rich_text(self, block: Mapping[str, Any], ptr: str, where: str) -> None:
        if not isinstance(block.get("elements"), list):
            self.add(
                ptr + "/elements",
                "rich_text.elements",
                "must provide an array",
                f"{where}: elements must be a list",
            )

    def verdict(self, error: str, warnings: list[str] | None = None) -> Verdict:
        if self.problems:
            return Verdict(error, tuple(self.problems), tuple(warnings or ()))
        return Verdict(None, (), tuple(warnings or ()))


# ----- arguments as they arrive -------------------------------------------------------------------


def _decoded(value: Any) -> tuple[Any, bool]:
    """A form-encoded argument as JSON (value, True) or (value, False) when it is not valid JSON."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        try:
            return json.loads(value), True
        except json.JSONDecodeError:
            return value, False
    return value, True


def check_blocks(blocks: Any, surface: str = MESSAGE) -> list[Problem]:
    """The problems in a blocks array on a surface (message, modal or home)."""
    check = _Check(surface)
    check.blocks(blocks, "/blocks", limit=MAX_MESSAGE_BLOCKS if surface == MESSAGE else MAX_VIEW_BLOCKS)
    return check.problems


def _refused(error: str, pointer: str, rule: str, slack: str, reason: str) -> Verdict:
    """A verdict with one problem."""
    problem = Problem(pointer, rule, f"[ERROR] {slack} [json-pointer:{pointer}]", reason)
    return Verdict(error, (problem,))


def _check_metadata(raw: Any) -> Verdict:
    metadata, parsed = _decoded(raw)
    if not parsed or not isinstance(metadata, Mapping):
        return _refused(
            "invalid_metadata_format",
            "/metadata",
            "metadata.format",
            "must provide an object",
            "metadata must be a JSON object with event_type and event_payload",
        )
    event_type, payload = metadata.get("event_type"), metadata.get("event_payload")
    if not isinstance(event_type, str) or not event_type:
        return _refused(
            "invalid_metadata_schema",
            "/metadata/event_type",
            "metadata.event_type",
            "must provide a string",
            f"metadata.event_type must be a non-empty string, not {event_type!r}",
        )
    if not isinstance(payload, Mapping):
        return _refused(
            "invalid_metadata_schema",
            "/metadata/event_payload",
            "metadata.event_payload",
            "must provide an object",
            f"metadata.event_payload must be an object, not {type(payload).__name__}",
        )
    return _OK


def check_message(args: Mapping[str, Any], *, method: str = "chat.postMessage") -> Verdict:
    """Slack's answer to a message: chat.postMessage/postEphemeral/update/scheduleMessage."""
    blocks, parsed = _decoded(args.get("blocks"))
    if args.get("blocks") is not None and (not parsed or not isinstance(blocks, list)):
        return _refused(
            "invalid_blocks_format",
            "/blocks",
            "blocks.format",
            "must provide an array",
            "blocks must be a JSON array of block objects",
        )
    attachments, parsed = _decoded(args.get("attachments"))
    if args.get("attachments") is not None and (not parsed or not isinstance(attachments, list)):
        return _refused(
            "invalid_attachments",
            "/attachments",
            "attachments.format",
            "must provide an array",
            "attachments must be a JSON array",
        )
    blocks, attachments = blocks or [], attachments or []
    text = args.get("text")
    if text is not None and not isinstance(text, str):
        return _refused("invalid_arguments", "/text", "text.type", "must provide a string", "text must be a string")
    if len(attachments) > MAX_ATTACHMENTS:
        return _refused(
            "too_many_attachments",
            "/attachments",
            "attachments.count",
            f"no more than {MAX_ATTACHMENTS} items allowed",
            f"{len(attachments)} attachments; Slack allows at most {MAX_ATTACHMENTS}",
        )
    check = _Check(MESSAGE)
    check.blocks(blocks, "/blocks", limit=MAX_MESSAGE_BLOCKS)
    if check.problems:
        return check.verdict("invalid_blocks")
    att = _Check(MESSAGE)
    for i, attachment in enumerate(attachments):
        if isinstance(attachment, Mapping) and "blocks" in attachment:
            att.blocks(attachment["blocks"], f"/attachments/{i}/blocks", limit=MAX_MESSAGE_BLOCKS)
    if att.problems:
        return att.verdict("invalid_attachments")
    if args.get("metadata") is not None:
        metadata = _check_metadata(args["metadata"])
        if not metadata.ok:
            return metadata
    warnings: list[str] = []
    if method != "files.completeUploadExternal" and not args.get("delete_original"):
        fallback = any(isinstance(a, Mapping) and (a.get("fallback") or a.get("text")) for a in attachments)
        if not (text or "").strip() and not fallback:
            if not blocks and not attachments:
                return _refused(
                    "no_text",
                    "/text",
                    "message.no_text",
                    "no text provided",
                    "the message has no text, blocks or attachments",
                )
            warnings.append(MISSING_TEXT_WARNING)
    if text and len(text) > MAX_MESSAGE_TEXT:
        warnings.append(TRUNCATED_TEXT_WARNING)
    return Verdict(None, (), tuple(warnings))


def check_view(view: Any, *, method: str = "views.open") -> Verdict:
    """Slack's answer to a view given to views.open/push/update/publish."""
    view, parsed = _decoded(view)
    if not parsed or not isinstance(view, Mapping):
        return _refused(
            "invalid_arguments", "/view", "view.object", "must provide an object", "view must be a JSON object"
        )
    if len(json.dumps(view, ensure_ascii=False).encode("utf-8")) > MAX_VIEW_BYTES:
        return _refused(
            "view_too_large",
            "/view",
            "view.size",
            "view is too large",
            f"the view is larger than Slack's {MAX_VIEW_BYTES // 1024} kB",
        )
    kind = view.get("type")
    wanted = {"views.open": (MODAL,), "views.push": (MODAL,), "views.publish": (HOME,)}
    allowed = wanted.get(method, (MODAL, HOME))
    if kind not in allowed:
        return _refused(
            "invalid_arguments",
            "/view/type",
            "view.type",
            f"must be one of: {', '.join(allowed)}",
            f"{method} takes a {' or '.join(allowed)} view, not {kind!r}",
        )
    check = _Check(str(kind))
    where = f"the {kind} view"
    if kind == MODAL:
        check.text(
            view.get("title"),
            "/view/title",
            where,
            "title",
            limit=MAX_VIEW_TITLE,
            rule="modal.title.length",
            plain_only=True,
        )
        for name in ("submit", "close"):
            check.text(
                view.get(name),
                f"/view/{name}",
                where,
                name,
                limit=MAX_VIEW_TITLE,
                rule=f"modal.{name}.length",
                plain_only=True,
                required=False,
            )
        blocks = view.get("blocks")
        has_input = isinstance(blocks, list) and any(
            isinstance(b, Mapping) and b.get("type") == "input" for b in blocks
        )
        if has_input and "submit" not in view:
            check.add(
                "/view/submit",
                "modal.submit.missing",
                "submit is required when the view has input blocks",
                f"{where}: it has input blocks, so Slack needs a submit button text",
            )
    for name, limit in (("private_metadata", MAX_PRIVATE_METADATA), ("callback_id", MAX_ID), ("external_id", MAX_ID)):
        check.string(view.get(name), f"/view/{name}", where, name, limit=limit, rule=f"view.{name}.length")
    if "blocks" not in view:
        check.add("/view", "view.blocks.missing", "missing required field: blocks", f"{where}: blocks are required")
    else:
        check.blocks(view.get("blocks"), "/view/blocks", limit=MAX_VIEW_BLOCKS)
    return check.verdict("invalid_arguments")


def check_response_url(body: Mapping[str, Any]) -> Verdict:
    """Slack's answer to a post to a response_url (a message, response_type, replace/delete)."""
    response_type = body.get("response_type")
    if response_type not in (None, "ephemeral", "in_channel"):
        return _refused(
            "invalid_arguments",
            "/response_type",
            "response_type",
            "must be one of: ephemeral, in_channel",
            f"response_type {response_type!r} is not ephemeral or in_channel",
        )
    return check_message(body, method="response_url")


# ----- acknowledgements (the HTTP body that answers Slack's request) ------------------------

COMMAND, VIEW_SUBMISSION = "command", "view_submission"
RESPONSE_ACTIONS = ("errors", "update", "push", "clear")


def _ack_body(body: Any) -> tuple[Any, bool]:
    """The acknowledgement as JSON, as plain text (False: not JSON), or None when empty."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if body is None or (isinstance(body, str) and not body.strip()):
        return None, True
    return _decoded(body)


def check_ack(body: Any, *, kind: str, view: Mapping[str, Any] | None = None) -> Verdict:
    """Slack's reading of the body that acknowledges a request of this kind.

    kind is the request's type: `command` (the body may be a message), `view_submission` (the
    body may carry a response_action; `view` is the submitted modal, to check `errors` against),
    or any other (block_actions, shortcuts, events: Slack ignores the body).
    """
    data, is_json = _ack_body(body)
    if data is None:
        return _OK
    if kind == COMMAND:
        if not is_json:
            return check_message({"text": data}, method="ack")
        if not isinstance(data, Mapping):
            return _refused(
                "invalid_arguments",
                "/",
                "ack.object",
                "must provide an object",
                "the acknowledgement must be a JSON object",
            )
        return check_response_url(data)
    if kind != VIEW_SUBMISSION:
        return _OK
    action = data.get("response_action") if isinstance(data, Mapping) else None
    if action not in RESPONSE_ACTIONS:
        return _refused(
            "invalid_arguments",
            "/response_action",
            "ack.response_action",
            f"must be one of: {', '.join(RESPONSE_ACTIONS)}",
            "a view_submission is answered with an empty body or a response_action "
            f"of {', '.join(RESPONSE_ACTIONS)}; got {action!r}",
        )
    if action == "errors":
        return _check_errors(data.get("errors"), view)
    if action in ("update", "push"):
        # Both put a modal in place of (or on top of) the submitted one: the view must be a modal.
        return check_view(data.get("view"), method="views.push")
    return _OK


def _check_errors(errors: Any, view: Mapping[str, Any] | None) -> Verdict:
    if not isinstance(errors, Mapping) or not errors:
        return _refused(
            "invalid_arguments",
            "/errors",
            "ack.errors",
            "must provide an object",
            "response_action errors needs an object of block_id to message",
        )
    inputs = None
    if view is not None:
        inputs = {
            b.get("block_id") for b in view.get("blocks") or [] if isinstance(b, Mapping) and b.get("type") == "input"
        }
    check = _Check(MODAL)
    for block_id, text in errors.items():
        ptr = f"/errors/{block_id}"
        if not isinstance(text, str) or not text:
            check.add(
                ptr,
                "ack.errors",
                "must provide a string",
                f"the error for block '{block_id}' must be a non-empty string",
            )
        if inputs is not None and block_id not in inputs:
            check.add(
                ptr,
                "ack.errors.block",
                "no input block with this block_id",
                f"errors names block '{block_id}', which is not an input block of the submitted view",
            )
    return check.verdict("invalid_arguments")


def shown_to_user(verdict: Verdict, *, kind: str, command: str = "/partner") -> str:
    """What the person in Slack sees when an acknowledgement is refused."""
    if verdict.ok:
        return ""
    if kind == COMMAND:
        return f'{command} failed with the error "{verdict.error}"'
    if kind == VIEW_SUBMISSION:
        return "We had some trouble connecting. Try again?"
    return ""


# ----- by method, for the fake Web API ----------------------------------------------------

MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.update", "chat.scheduleMessage"})
VIEW_METHODS = frozenset({"views.open", "views.push", "views.update", "views.publish"})


def check_call(method: str, args: Mapping[str, Any]) -> Verdict:
    """Slack's answer to a Web API call's payload; methods that take no blocks or view pass."""
    if method in MESSAGE_METHODS:
        return check_message(args, method=method)
    if method in VIEW_METHODS:
        return check_view(args.get("view"), method=method)
    if method == "files.completeUploadExternal" and args.get("blocks") is not None:
        return check_message(args, method=method)
    return _OK
