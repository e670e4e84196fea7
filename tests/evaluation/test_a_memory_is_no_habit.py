"""A verb of memory after the speaker tells a memory, not a habit told as advice: "I still remember the knot in my
stomach" opened a story about a furious client that was then read as its advice (advice.toml [opinion_verbs] memory,
advice._opinion). "I remember to thank them" and "Remember that they are people" still advise."""

from __future__ import annotations

import pytest

from bot.evaluation.advice import Advice
from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize(("sentence", "advises"), [
    ("I still remember the knot in my stomach.", False),
    ("We recall the day the forum went down.", False),
    ("I remember to thank them first.", True),
    ("Remember that they are people.", True),
])
def test_memory_and_advice(sentence: str, advises: bool) -> None:
    assert bool(Advice.of(Reading.of(sentence, "en")).advice) is advises


def test_a_remembered_story_about_a_furious_client_is_no_tip() -> None:
    text = ("I use Hootsuite and Buffer. I watch reach, saves and CTR.\n\n"
            "I still remember the knot in my stomach. It was 2008 and I was on the phone with a furious client. "
            "The call ended with him yelling before hanging up. We lost the account a week later.\n")
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
