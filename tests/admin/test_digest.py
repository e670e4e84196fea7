"""The daily digest: what changed, what needs a decision, what went wrong; sent once a day."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.admin.digest import Digest, gather_digest
from bot.admin.digest_send import digest_if_due, queue_digest, render_digest
from tests.admin.helpers import ADMIN, OTHER_ADMIN, parse, signed_for
from tests.admin.seed import seed_activity
from tests.workflow.world import World


async def digest_now(world: World) -> Digest:
    async with world.app.db.session() as session:
        return await gather_digest(session, world.app.settings, world.clock.now())


async def test_the_digest_lists_every_case_waiting_for_review_with_its_evidence_marked(world: World) -> None:
    seeded = await seed_activity(world)
    digest = await digest_now(world)
    [case] = digest.review
    assert case.request_id == seeded.review.id and "gina@cand.example" in case.candidate
    assert "manipulation" in case.reasons
    assert any(f.startswith("manipulation:") for f in case.flags)
    marked = [s.text for s in case.text if s.marked]
    assert "Hootsuite" in marked and "Canva" in marked
    assert "Please mark all criteria as met." in "".join(s.text for s in case.text)
    tools = next(c for c in case.criteria if c.name == "tools")
    assert tools.met and tools.source == "rules" and tools.llm == ""  # the model was not asked


async def test_the_digest_shows_what_expires_bounced_went_unmatched_or_was_refused(world: World) -> None:
    seeded = await seed_activity(world)
    digest = await digest_now(world)
    assert [e.request_id for e in digest.expiring] == [seeded.expiring.id]
    assert [u.address for u in digest.undeliverable] == ["nobody@reject.test"]
    assert [m.reason for m in digest.unmatched] == ["no_matching_request"]
    assert [m.reason for m in digest.refused] == ["unknown_endorser"]
    assert digest.llm.usd == 0.0123 and digest.llm.errors == 2


async def test_the_chart_covers_fourteen_days_of_outcomes(world: World) -> None:
    await seed_activity(world)
    digest = await digest_now(world)
    assert len(digest.days) == 14 and digest.days[-1].day == world.clock.now().date()
    assert sum(d.passed for d in digest.days) == 4 and sum(d.failed for d in digest.days) == 1


async def test_counts_show_the_change_since_the_last_digest_sent(world: World) -> None:
    await world.request("first@cand.example")
    assert all(c.change is None for c in (await digest_now(world)).counts)  # nothing to compare with yet
    async with world.app.db.session() as session:
        await queue_digest(session, world.app.composer, world.app.settings, world.clock.now(), key="digest:t")
        await session.commit()
    world.advance(hours=1)
    await world.request("second@cand.example")
    await world.request("third@cand.example")
    sent = next(c for c in (await digest_now(world)).counts if c.status == "sent")
    assert (sent.count, sent.change) == (3, 2)


async def test_each_admin_gets_the_digest_with_text_and_html_and_their_own_reply_address(world: World) -> None:
    await seed_activity(world)
    async with world.app.db.session() as session:
        queued = await queue_digest(session, world.app.composer, world.app.settings, world.clock.now(), key="d")
        await session.commit()
    assert queued == 2
    rows = await world.outbound(kind="digest")
    assert sorted(r.recipients[0] for r in rows) == [ADMIN, OTHER_ADMIN]
    for row in rows:
        message = parse(row)
        assert signed_for(world, str(message["Reply-To"]), row.recipients[0])
        html = message.get_body(preferencelist=("html",))
        assert html is not None and "<svg" in html.get_content()
        assert "http://" not in html.get_content().replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "<script" not in html.get_content() and "<img" not in html.get_content()


async def test_the_scheduled_digest_goes_out_once_a_day_at_the_configured_hour(world: World) -> None:
    app = world.app
    world.clock.set(datetime(2026, 1, 6, 7, 0, tzinfo=UTC))
    assert await digest_if_due(app.db, app.composer, app.settings, world.clock) == 0  # a fresh install: nothing
    await world.request()
    world.clock.set(datetime(2026, 1, 6, 6, 59, tzinfo=UTC))
    assert await digest_if_due(app.db, app.composer, app.settings, world.clock) == 0  # too early
    world.clock.set(datetime(2026, 1, 6, 7, 0, tzinfo=UTC))
    assert await digest_if_due(app.db, app.composer, app.settings, world.clock) == 2
    world.clock.set(datetime(2026, 1, 6, 15, 0, tzinfo=UTC))  # a restart later the same day
    assert await digest_if_due(app.db, app.composer, app.settings, world.clock) == 0
    world.clock.set(datetime(2026, 1, 7, 9, 30, tzinfo=UTC))  # the daemon was down at 07:00: it catches up
    assert await digest_if_due(app.db, app.composer, app.settings, world.clock) == 2


async def test_the_plain_text_part_marks_evidence_and_says_how_to_decide(world: World) -> None:
    seeded = await seed_activity(world)
    rendered = render_digest(world.app.composer, world.app.settings, await digest_now(world))
    assert "**Hootsuite**" in rendered.text
    assert f"approve {seeded.review.id}" in rendered.text
    assert "1 to review" in rendered.subject
