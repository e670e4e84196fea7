"""SmtpSender, specified against a real SMTP server on loopback (the sandbox's SmtpFront)."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Callable

import pytest

from bot.adapters.smtp import SmtpSender
from bot.ports import OutgoingEmail, PermanentError, TransientError
from bot.sandbox.smtp import SmtpFront
from bot.settings import Secret, SmtpSettings
from tests.sandbox.tls import client_context, server_context

BOT = "bot@sandbox.test"
CANDIDATE = "candidate@example.com"
PASSWORD = "s3cret-Pa55word"


def email(n: int = 1, *recipients: str) -> OutgoingEmail:
    to = recipients or (CANDIDATE,)
    data = (
        f"From: {BOT}\r\nTo: {', '.join(to)}\r\nSubject: Request {n}\r\nMessage-ID: <m{n}@sandbox.test>\r\n"
        f"\r\nPlease reply.\r\n"
    ).encode()
    return OutgoingEmail(message_id=f"<m{n}@sandbox.test>", envelope_from=BOT, recipients=to, data=data)


async def nowhere(sender: str, recipient: str, data: bytes) -> None:
    raise LookupError(recipient)


FrontFactory = Callable[..., SmtpFront]


@pytest.fixture
async def make_front() -> AsyncIterator[FrontFactory]:
    fronts: list[SmtpFront] = []

    def make(**kwargs: object) -> SmtpFront:
        front = SmtpFront(
            deliver=nowhere,
            local_domains=frozenset({"sandbox.test"}),
            reject_domains=frozenset({"rejecting.test"}),
            **kwargs,  # type: ignore[arg-type]
        )
        fronts.append(front)
        return front

    yield make
    for front in fronts:
        await front.stop()


@pytest.fixture
async def front(make_front: FrontFactory) -> SmtpFront:
    server = make_front()
    await server.start()
    return server


def settings_for(front: SmtpFront, **changes: object) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=front.port, timeout_s=5.0, **changes)  # type: ignore[arg-type]


def sender_for(front: SmtpFront, **changes: object) -> SmtpSender:
    return SmtpSender(settings_for(front, **changes), local_hostname="bot.sandbox.test", tls_context=client_context())


async def test_send_returns_once_the_server_accepted_the_message(front: SmtpFront) -> None:
    async with sender_for(front) as sender:
        await sender.send(email(1))

    [(envelope_from, recipients, data)] = front.accepted
    assert (envelope_from, recipients) == (BOT, (CANDIDATE,))
    assert data.endswith(email(1).data)
    assert front.outside[CANDIDATE] == [data]


async def test_a_batch_uses_one_connection(front: SmtpFront) -> None:
    async with sender_for(front) as sender:
        for n in (1, 2, 3):
            await sender.send(email(n))

    assert len(front.accepted) == 3
    assert front.connections == 1


async def test_a_4xx_reply_is_transient_and_names_the_code(front: SmtpFront) -> None:
    front.fail_next(1, 451, "4.7.1 greylisted, try later")

    async with sender_for(front) as sender:
        with pytest.raises(TransientError, match=re.escape("451 4.7.1 greylisted")):
            await sender.send(email(1))
        # The connection survives the refusal and carries the next message.
        await sender.send(email(2))

    assert [data.endswith(email(2).data) for _, _, data in front.accepted] == [True]
    assert front.connections == 1


async def test_a_5xx_reply_to_mail_from_is_permanent(front: SmtpFront) -> None:
    front.fail_next(1, 554, "5.7.1 sender blocked")

    async with sender_for(front) as sender:
        with pytest.raises(PermanentError, match=re.escape("554 5.7.1 sender blocked")):
            await sender.send(email(1))


async def test_a_refused_recipient_is_permanent_and_names_code_and_address(front: SmtpFront) -> None:
    async with sender_for(front) as sender:
        with pytest.raises(PermanentError, match=r"550 5\.1\.1 .*nobody@rejecting\.test"):
            await sender.send(email(1, "nobody@rejecting.test"))

    assert front.accepted == []


async def test_one_refused_recipient_stops_the_whole_message(front: SmtpFront) -> None:
    # Delivering to the accepted subset would let the outbox mark the row sent while one
    # recipient never got it.
    async with sender_for(front) as sender:
        with pytest.raises(PermanentError):
            await sender.send(email(1, CANDIDATE, "nobody@rejecting.test"))
        await sender.send(email(2))

    assert [recipients for _, recipients, _ in front.accepted] == [(CANDIDATE,)]
    assert CANDIDATE in front.outside and len(front.outside[CANDIDATE]) == 1


async def test_reconnects_when_the_server_restarted_between_messages(front: SmtpFront) -> None:
    async with sender_for(front) as sender:
        await sender.send(email(1))
        await front.stop()
        await front.start()
        await sender.send(email(2))

    assert len(front.accepted) == 2
    assert front.connections == 2


async def test_no_server_listening_is_transient(front: SmtpFront) -> None:
    await front.stop()

    async with sender_for(front) as sender:
        with pytest.raises(TransientError, match="SMTP connection"):
            await sender.send(email(1))


async def test_a_server_that_never_answers_is_transient() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # accept the connection, never send a greeting
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    settings = SmtpSettings(host="127.0.0.1", port=port, timeout_s=0.2)
    try:
        async with SmtpSender(settings, local_hostname="bot.sandbox.test") as sender:
            with pytest.raises(TransientError, match="Timeout"):
                await sender.send(email(1))
    finally:
        server.close()
        await server.wait_closed()


async def test_logs_in_when_a_username_is_set(make_front: FrontFactory) -> None:
    front = make_front(users={"bot": PASSWORD})
    await front.start()

    async with sender_for(front, username="bot", password=Secret(PASSWORD)) as sender:
        await sender.send(email(1))

    assert len(front.accepted) == 1
    assert b"with ESMTPA" in front.accepted[0][2]  # the Received header records the authenticated session


async def test_a_server_requiring_login_refuses_anonymous_mail_permanently(make_front: FrontFactory) -> None:
    front = make_front(users={"bot": PASSWORD})
    await front.start()

    async with sender_for(front) as sender:
        with pytest.raises(PermanentError, match="530"):
            await sender.send(email(1))


async def test_a_wrong_password_is_permanent_and_never_logged(
    make_front: FrontFactory, caplog: pytest.LogCaptureFixture
) -> None:
    front = make_front(users={"bot": PASSWORD})
    await front.start()
    caplog.set_level(logging.DEBUG)

    async with sender_for(front, username="bot", password=Secret("wrong-" + PASSWORD)) as sender:
        with pytest.raises(PermanentError, match="535") as refused:
            await sender.send(email(1))

    assert PASSWORD not in caplog.text
    assert PASSWORD not in str(refused.value)
    assert front.accepted == []


async def test_implicit_tls(make_front: FrontFactory) -> None:
    front = make_front(tls_context=server_context(), implicit_tls=True)
    await front.start()

    async with sender_for(front, security="tls") as sender:
        await sender.send(email(1))

    assert len(front.accepted) == 1


async def test_starttls(make_front: FrontFactory) -> None:
    front = make_front(tls_context=server_context())
    await front.start()

    async with sender_for(front, security="starttls") as sender:
        await sender.send(email(1))

    assert len(front.accepted) == 1


async def test_starttls_required_but_not_offered_is_permanent(front: SmtpFront) -> None:
    async with sender_for(front, security="starttls") as sender:
        with pytest.raises(PermanentError, match="STARTTLS"):
            await sender.send(email(1))


async def test_check_logs_in_without_sending_anything(make_front: FrontFactory) -> None:
    front = make_front(users={"bot": PASSWORD})
    await front.start()

    async with sender_for(front, username="bot", password=Secret(PASSWORD)) as sender:
        await sender.check()
    async with sender_for(front, username="bot", password=Secret("wrong-" + PASSWORD)) as sender:
        with pytest.raises(PermanentError, match="535"):
            await sender.check()

    assert front.accepted == [] and front.connections == 2
