"""A number watched is named by how it moved or held still as much as by its name: "DMs stayed flat", "sign-up
numbers plateaued" (metric_frames.toml [trends]); and a change named after what moved is that metric: "a 30k view
jump", "a view spike", "an engagement dip" ([measures]). A change of anything else ("the price spike") or named
by its size ("the biggest jump", "a sudden spike") is no metric."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


def metrics(text: str) -> tuple[str, ...]:
    return find_metrics(Reading.of(text, "en")).evidence


@pytest.mark.parametrize(("text", "named"), [
    ("We all celebrate a 20k view jump, but nobody looks at how the profile visits barely moved and the DMs "
     "stayed flat.", ("view jump", "profile visits", "DMs stayed flat")),
    ("After the giveaway, a 5k view spike; the comment count stayed flat.", ("view spike", "comment count")),
])
def test_a_number_that_moved_or_held_still_is_a_metric(text: str, named: tuple[str, ...]) -> None:
    assert metrics(text) == named


@pytest.mark.parametrize("text", ["The price spike was announced on Monday.",
                                  "Some months the biggest jump is a sudden spike nobody explains."])
def test_a_change_of_something_else_or_named_by_its_size_is_no_metric(text: str) -> None:
    assert metrics(text) == ()
