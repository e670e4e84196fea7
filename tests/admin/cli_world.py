"""Running `endorsebot` commands against a database a test world prepared (the CLI owns its event loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.cli import main
from bot.clock import SystemClock
from tests.admin.helpers import ADMIN, OTHER_ADMIN, SECRET, admin_world
from tests.workflow.world import BOT, World


def prepare(tmp_path: Path, seed: Callable[[World], Awaitable[Any]], *, with_key: bool = True) -> Any:
    """Build the world's database with ``seed`` and return what it returned; the world is closed after."""

    async def run() -> Any:
        world = await admin_world(tmp_path, with_key=with_key)
        # The CLI reads the system clock, so the prepared world starts at "now" rather than a fixed date.
        world.clock.set(SystemClock().now())
        try:
            return await seed(world)
        finally:
            await world.app.close()
            await world.front.stop()

    return asyncio.run(run())


def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[bot]\naddress = "{BOT}"\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.sqlite3"}"\n'
        f'[admins]\naddresses = ["{ADMIN}", "{OTHER_ADMIN}"]\n'
        f'[credentials]\nkey_dir = "{tmp_path / "keys"}"\n',
        encoding="utf-8",
    )
    return path


def endorsebot(tmp_path: Path, *args: str, monkeypatch: Any) -> int:
    monkeypatch.setenv("ENDORSEBOT_BOT_SECRET", SECRET.value)
    return main(["--config", str(config(tmp_path)), *args])
