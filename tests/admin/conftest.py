from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.admin.helpers import admin_world
from tests.workflow.world import World


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    w = await admin_world(tmp_path)
    try:
        yield w
    finally:
        await w.app.close()
        await w.front.stop()
