"""A real DNS server on loopback UDP that answers TXT queries from a dict: where the DKIM tests publish keys.

The bot's resolver (dnspython, pointed here by ``[security] dns_servers``) sends real queries over the
socket, so the whole lookup path runs as it would against a real zone.
"""

from __future__ import annotations

import asyncio

import dns.message
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset


class _Protocol(asyncio.DatagramProtocol):
    def __init__(self, records: dict[str, str], queries: list[str]) -> None:
        self.records = records
        self.queries = queries
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # the selector transport is not a subclass

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        query = dns.message.from_wire(data)
        response = dns.message.make_response(query)
        question = query.question[0]
        name = question.name.to_text().rstrip(".").lower()
        self.queries.append(name)
        value = self.records.get(name)
        if value is None:
            response.set_rcode(dns.rcode.NXDOMAIN)
        elif question.rdtype == dns.rdatatype.TXT:
            chunks = " ".join(f'"{value[i:i + 200]}"' for i in range(0, len(value), 200))
            response.answer.append(dns.rrset.from_text(question.name, 300, dns.rdataclass.IN,
                                                       dns.rdatatype.TXT, chunks))
        assert self.transport is not None
        self.transport.sendto(response.to_wire(), addr)


class DnsServer:
    def __init__(self) -> None:
        self.records: dict[str, str] = {}
        self.queries: list[str] = []
        self._transport: asyncio.DatagramTransport | None = None
        self.port = 0

    async def start(self) -> str:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: _Protocol(self.records, self.queries), local_addr=("127.0.0.1", 0))
        self._transport = transport
        self.port = transport.get_extra_info("sockname")[1]
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self._transport is not None:
            self._transport.close()
