"""The work done with a tool told in the passive, the thing worked on as the subject, is a usage frame as the
active is: "Metrics are pulled from the API and stored in BigQuery", "Tickets come in through Kayako", "Every
ticket is handled in Zorbly" (tool_frames.toml [before]: "stored in", "come in through", "handled in", ...). A name
no list knows counts there when it is written like a product or rare; a place, a month or a person does not."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _evidence(text: str) -> tuple[str, ...]:
    return find_tools(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "tool"), [
    ("Metrics are pulled from the API for each location and stored in BigQuery.", "BigQuery"),
    ("Tickets come in through Kayako and get tagged.", "Kayako"),
    ("Every ticket is handled in Zorbly.", "Zorbly"),
    ("Our posts are scheduled in Loomix and designed in Canva.", "Loomix"),
])
def test_a_name_in_a_passive_frame_is_a_tool(text: str, tool: str) -> None:
    assert tool in _evidence(text)


@pytest.mark.parametrize("text", [
    "The event was made in Lisbon by our team.",
    "Our posts are scheduled in March and April.",
    "Complaints are routed to Siobhan, our manager.",
])
def test_a_place_a_month_or_a_person_is_no_tool(text: str) -> None:
    assert _evidence(text) == ()
