"""Alerts go out at once, to each admin with their own reply address, and a flood becomes one email."""

from __future__ import annotations

import pytest

from tests.admin.helpers import ADMIN, OTHER_ADMIN, alerts, body
from tests.workflow.world import World


async def test_a_flood_of_wrong_sender_replies_becomes_one_alert_email_per_admin(world: World) -> None:
    requests = [await world.request(f"cand{i}@cand.example") for i in range(5)]
    for request in requests:
        row = await world.deliver("reply_from_other_address.eml", request)
        assert row.reason == "wrong_sender"
    recorded = [a for a in await alerts(world) if a.kind == "wrong_sender"]
    assert len(recorded) == 5  # every one is kept for the digest...
    emails = await world.outbound(kind="alert")
    assert sorted(e.recipients[0] for e in emails) == [ADMIN, OTHER_ADMIN]  # ...but only the first is mailed
    assert [a.outbound_id is not None for a in recorded] == [True, False, False, False, False]


async def test_after_the_quiet_interval_the_next_alert_of_that_kind_is_mailed_again(world: World) -> None:
    first, second = await world.request("one@cand.example"), await world.request("two@cand.example")
    await world.deliver("reply_from_other_address.eml", first)
    world.advance(seconds=world.app.settings.admins.alert_min_interval_s + 1)
    await world.deliver("reply_from_other_address.eml", second)
    assert len(await world.outbound(kind="alert")) == 4  # two alerts, two admins each


async def test_a_quarantined_message_raises_an_alert_that_says_nothing_was_lost(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(_mail: object) -> None:
        raise RuntimeError("judge exploded")

    request = await world.request()
    monkeypatch.setattr(world.app.processor.judge, "judge", broken)
    row = await world.deliver("good_reply_gmail.eml", request)
    assert row.reason == "quarantined" and row.raw is not None
    [email] = [e for e in await world.outbound(kind="alert") if e.recipients == [ADMIN]]
    assert "quarantined" in email.subject and "nothing was lost" in body(email)
