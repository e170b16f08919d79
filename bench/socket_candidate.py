"""The real bot on one of slack_sdk's stock Socket Mode clients, as Bolt ships them; for bench_socket.py.

Usage: python bench/socket_candidate.py builtin|websocket-client|aiohttp|websockets

Settings come from the environment as for `python -m bot`. The app, the database and the
scheduler are built exactly as `python -m bot socket` builds them (bot.process.runtime.build); only the
Socket Mode client differs, with Bolt's defaults (ping every 10 s). The asyncio adapters get an
AsyncWebClient for `apps.connections.open`, since they await it; Bolt runs the sync app on the
event loop, as its adapters do for a sync App.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import runtime  # noqa: E402
from bot.settings import load_settings  # noqa: E402

KINDS = ("builtin", "websocket-client", "aiohttp", "websockets")


def main(kind: str) -> None:
    settings = load_settings()
    runtime.configure_logging(settings)
    settings.require_socket()
    runtime.prepare_database(settings)
    partnerbot, _clockwork = runtime.build(settings)
    token = str(settings.slack_app_token)
    if kind == "builtin":
        from slack_bolt.adapter.socket_mode.builtin import SocketModeHandler

        SocketModeHandler(partnerbot.bolt, token).start()
    elif kind == "websocket-client":
        from slack_bolt.adapter.socket_mode.websocket_client import SocketModeHandler as WscHandler

        WscHandler(partnerbot.bolt, token).start()
    else:
        asyncio.run(_run_async(kind, partnerbot.bolt, token, settings.slack_api_url))


async def _run_async(kind: str, bolt, token: str, api_url: str) -> None:
    from slack_sdk.web.async_client import AsyncWebClient

    web_client = AsyncWebClient(base_url=api_url)
    if kind == "aiohttp":
        from slack_bolt.adapter.socket_mode.aiohttp import SocketModeHandler as Handler
    else:
        from slack_bolt.adapter.socket_mode.websockets import SocketModeHandler as Handler
    await Handler(bolt, token, web_client=web_client).start_async()


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in KINDS:
        sys.exit(f"usage: python bench/socket_candidate.py {'|'.join(KINDS)}")
    main(sys.argv[1])
