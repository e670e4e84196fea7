"""Issue 10: parsing a huge hostile message never runs on the event loop.

A megabyte of tag soup takes a good part of a second to parse (bench/per_mb_bench.py). The daemon parses
each fetched message in a judge worker process (tests/workflow/test_parse_timeout.py), or in a worker
thread without one (here: an injected parse function cannot be sent to a process), so the inbox, the
outbox, other LMTP deliveries and SIGTERM carry on meanwhile. Checked by structure, not by timing: the
parse waits until a heartbeat task on the event loop has run while it was parsing, which could never
happen if the parse ran on the loop itself (a guard ends that wait so the test fails instead of hanging).
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.inbound.parsing import MailParser
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail
from tests.workflow.world import World

# Only bounds a broken run; a passing run never waits for it.
GUARD_S = 30.0


class WatchedParse:
    def __init__(self) -> None:
        self.parsing = threading.Event()
        self.loop_ran_meanwhile = threading.Event()
        self.threads: list[threading.Thread] = []
        self.saw_the_loop_run = False

    def __call__(self, raw: bytes) -> ParsedMail:
        self.threads.append(threading.current_thread())
        self.parsing.set()
        self.saw_the_loop_run = self.loop_ran_meanwhile.wait(GUARD_S)
        return parse_mail(raw)


def huge_html_reply(body: str) -> str:
    soup = '<div><p style="color:#333">I use <b>Hootsuite</b> and watch <i>reach</i>.</p></div>\n' * 12_000
    return body.replace("Content-Type: text/plain", "Content-Type: text/html") + soup


async def test_a_megabyte_of_html_is_parsed_while_the_event_loop_carries_on(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    watched = WatchedParse()
    monkeypatch.setattr(world.app.processor, "parser", MailParser(world.app.settings.evaluation, parse=watched))
    request = await world.request()
    raw = huge_html_reply((await world.render("good_reply_gmail.eml", request)).decode()).encode()
    assert len(raw) > 1_000_000

    async def heartbeat() -> None:
        while True:
            await asyncio.sleep(0)
            if watched.parsing.is_set():
                watched.loop_ran_meanwhile.set()

    loop_thread = threading.current_thread()
    beat = asyncio.create_task(heartbeat())
    try:
        row = await world.deliver("", request, raw=raw)
    finally:
        beat.cancel()
    assert watched.saw_the_loop_run, "the event loop stood still while the message was parsed"
    assert watched.threads and loop_thread not in watched.threads
    assert row.id is not None and row.request_id == request.id
