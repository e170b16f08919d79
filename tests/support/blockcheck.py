"""Checks that blocks are valid Block Kit within Slack's limits, using slack-sdk's own models."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import Block

from bot.offline.slack_rules import MESSAGE, MODAL, check_blocks

MESSAGE_BLOCK_LIMIT = 50
VIEW_BLOCK_LIMIT = 100


def assert_valid_blocks(blocks: list[dict[str, Any]], *, limit: int = MESSAGE_BLOCK_LIMIT) -> None:
    """Fail unless every block parses and validates, and there are no more than limit of them.

    The blocks also go through the fake Slack's rules (a limit of 100 means a modal or Home tab).
    """
    assert isinstance(blocks, list) and blocks, "expected at least one block"
    assert len(blocks) <= limit, f"{len(blocks)} blocks exceed Slack's limit of {limit}"
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, f"not a known block: {raw.get('type')}"
        block.validate_json()
        assert block.to_dict()["type"] == raw["type"]
    problems = check_blocks(blocks, MESSAGE if limit <= MESSAGE_BLOCK_LIMIT else MODAL)
    assert not problems, "Slack would refuse:\n" + "\n".join(p.reason for p in problems)
