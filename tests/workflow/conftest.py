from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.workflow.world import World, make_world


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    w, front = await make_world(tmp_path)
    try:
        yield w
    finally:
        await w.app.close()
        await front.stop()
