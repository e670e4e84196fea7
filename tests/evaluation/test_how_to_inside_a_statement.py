""""how to" and "what works" advise where they head what to do ("Here's how to calm them down", "What works is a
quick call"); inside a statement of what someone knows or works out ("a human working out how to resolve it", "the
team knows how to calm people down", "I've learned a lot about how to deal with customers at their angriest") they
advise no one (bot/evaluation/advice.py `_asked_within`, advice.toml [asked_within], and [asked_about] for the topic
words between)."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading


def told(text: str) -> bool:
    return bool(Advice.of(Reading.of(text, "en")).advice)


@pytest.mark.parametrize("text", [
    "There is a human on the other end of every complaint, working out how to resolve it.",
    "Our support team knows how to calm people down.",
    "We are still figuring out what works with the loudest members.",
    "Nobody had any idea how to reply to that thread.",
    "I've learned a lot about how to deal with customers who are at their angriest.",
    "Over the years we learned about how to handle the loudest members.",
    "The new hires understood a great deal about what works with upset buyers.",
])
def test_how_to_inside_a_statement_is_no_advice(text: str) -> None:
    assert not told(text)


@pytest.mark.parametrize("text", [
    "Here's how to calm them down: thank them and fix it.",
    "What works is a quick call and a clear next step.",
    "Learn how to say sorry without excuses.",
    "Think about how to make them feel heard before you answer.",
])
def test_how_to_heading_what_to_do_is_advice(text: str) -> None:
    assert told(text)
