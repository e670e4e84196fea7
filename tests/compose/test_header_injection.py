"""Issue 10 item 10: no value from any source writes a header of its own into mail we send.

The attacker's text reaches our headers three ways: a name typed on the CLI or taken from a request by
email (the Subject), a Message-ID of their mail that we echo in In-Reply-To/References, and any setting.
A line break in a value would let "Gina\\r\\nBcc : victim@x" add a recipient. At the composition boundary
every such value is refused, or (an echoed Message-ID) dropped when it is not a plain msg-id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import pytest

from bot.outbound.compose import Composer, HeaderInjection, Rendered
from bot.settings import Settings
from bot.workflow.service import RequestError
from tests.workflow.world import World, running_world

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
INJECTIONS = [
    "Gina\r\nBcc: victim@else.example",
    "Gina\nBcc : victim@else.example",  # the "Name : value" spelling some parsers accept
    "Gina\rBcc: victim@else.example",  # a bare CR
    "Gina\u2028Bcc: victim@else.example",  # a Unicode line separator
    "Gina\x00\x0bBcc: victim@else.example",
]


def build(subject: str = "Skills check", in_reply_to: str | None = None, references: tuple[str, ...] = ()) -> bytes:
    return Composer(SETTINGS).build(Rendered(subject, "Hello.\n", None), to=["gina@cand.example"],
                                    message_id="<m.1@bot.test>", date=WHEN, in_reply_to=in_reply_to,
                                    references=references)


@pytest.mark.parametrize("subject", INJECTIONS)
def test_a_subject_with_a_line_break_is_refused(subject: str) -> None:
    with pytest.raises(HeaderInjection):
        build(subject)


@pytest.mark.parametrize("name", INJECTIONS)
def test_a_bot_name_setting_with_a_line_break_is_refused(name: str) -> None:
    composer = Composer(SETTINGS.replace(bot={"name": name}))
    with pytest.raises(HeaderInjection):
        composer.build(Rendered("s", "b\n", None), to=["gina@cand.example"], message_id="<m.1@bot.test>", date=WHEN)


@pytest.mark.parametrize("echoed", [
    "<ok@attacker.example>\r\nBcc: victim@else.example",
    "<ok@attacker.example> Bcc : victim@else.example",
    "<a b@attacker.example>",
])
def test_an_echoed_message_id_that_is_not_a_plain_msg_id_is_dropped(echoed: str) -> None:
    data = build(in_reply_to=echoed, references=(echoed, "<good@members.example>"))
    message = message_from_bytes(data)
    assert message["Bcc"] is None and b"victim" not in data
    assert message["In-Reply-To"] is None
    assert message["References"] == "<good@members.example>"


@pytest.mark.parametrize("name", INJECTIONS)
async def test_a_cli_candidate_name_with_a_line_break_is_refused_and_nothing_is_queued(
        world: World, name: str) -> None:
    async with world.app.db.session() as session:
        with pytest.raises(RequestError, match="line break"):
            await world.app.workflow.create_request(session, endorser_email="alice@members.example",
                                                    candidate_email="gina@cand.example", candidate_name=name)
    assert await world.outbound() == []


async def test_a_candidate_address_with_a_line_break_is_refused(world: World) -> None:
    async with world.app.db.session() as session:
        with pytest.raises(RequestError):
            await world.app.workflow.create_request(session, endorser_email="alice@members.example",
                                                    candidate_email="gina@cand.example\r\nBcc: victim@else.example")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with running_world(tmp_path) as w:
        yield w
