"""An SMTP front that holds its final reply to DATA: the window in which a client cannot know whether
its message was taken. ``accept_then_hold`` delivers first (the server took it, the client never
hears so); ``hold_then_refuse`` holds before delivering and then refuses (the server never took it).
"""

from __future__ import annotations

import asyncio
from typing import Literal

from aiosmtpd.smtp import Envelope, Session

from bot.sandbox.smtp import SmtpFront

Mode = Literal["accept_then_hold", "hold_then_refuse"]


class HoldingFront(SmtpFront):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.mode: Mode | None = None  # None: an ordinary server
        self.holding = asyncio.Event()  # a transaction is held now
        self.release = asyncio.Event()

    def hold_next(self, mode: Mode) -> None:
        self.mode = mode
        self.holding.clear()
        self.release.clear()

    async def _accept(self, session: Session, envelope: Envelope) -> None:
        mode, self.mode = self.mode, None
        if mode == "accept_then_hold":
            await super()._accept(session, envelope)
        if mode is not None:
            self.holding.set()
            await self.release.wait()
        if mode == "hold_then_refuse":
            raise RuntimeError("held, then refused: never delivered")  # the front answers 451
        if mode is None:
            await super()._accept(session, envelope)
