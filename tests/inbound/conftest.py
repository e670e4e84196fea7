from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.inbound.dns_server import DnsServer
from tests.workflow.world import World, running_world


@pytest.fixture
async def dns_server() -> AsyncIterator[DnsServer]:
    server = DnsServer()
    await server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def world(tmp_path: Path, dns_server: DnsServer) -> AsyncIterator[World]:
    """The workflow world, its DKIM key lookups going to the loopback DNS server, with the confirmation
    round-trip switched on (``require_authenticated_endorsers = false``, an operator's opt-in)."""
    async with running_world(tmp_path, security={"dns_servers": (f"127.0.0.1:{dns_server.port}",),
                                                    "dns_timeout_s": 2.0,
                                                    "require_authenticated_endorsers": False}) as w:
        yield w
