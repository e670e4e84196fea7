"""A morning's worth of activity for digest tests: every section of the digest has something in it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.models import Counter, EndorsementRequest
from tests.admin.helpers import needs_review
from tests.workflow.world import World


@dataclass(frozen=True)
class Seeded:
    review: EndorsementRequest
    expiring: EndorsementRequest
    undeliverable: EndorsementRequest


async def seed_activity(world: World) -> Seeded:
    # Passed requests on several earlier days, for the chart.
    for day in range(4):
        request = await world.request(f"past{day}@cand.example")
        await world.deliver("good_reply_gmail.eml", request)
        if day == 2:
            await world.deliver("poor_reply.eml", await world.request(f"poor{day}@cand.example"))
        world.advance(hours=24)
        await world.app.workflow.expire_overdue()  # the poor reply fails when its window closes
    expiring = await world.request("soon@cand.example")
    world.advance(hours=26)  # its 36-hour window now ends within 12 hours
    review = await needs_review(world, "gina@cand.example")
    undeliverable = await world.request("nobody@reject.test")
    await world.deliver("reply_to_nothing.eml", None)
    await world.deliver("stranger_asks_by_email.eml", None)
    async with world.app.db.session() as session:
        session.add(Counter(name="llm_cost_microusd", day=world.clock.now().date().isoformat(), value=12345))
        session.add(Counter(name="llm_errors", day=world.clock.now().date().isoformat(), value=2))
        await session.commit()
    return Seeded(review, await world.get(expiring.id), await world.get(undeliverable.id))
