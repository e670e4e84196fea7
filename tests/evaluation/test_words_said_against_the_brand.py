"""Words said against the candidate's brand count as the anger a tip is for however they are put: a word that judges,
then a word for what was said ("unflattering comments", "a scathing review", "harsh feedback", "mean tweets";
tips.toml [anger_grammar], bot/evaluation/lexicon.py `anger_phrases`), as "negative comments" already did. A word that
judges the candidate's own content ("bad posts" of ours) still needs advice about people to be a tip."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_BEFORE = "1. Hootsuite and Canva.\n2. reach, CTR and engagement rate.\n3. "


@pytest.mark.parametrize("said", [
    "When you do receive unflattering comments from actual customers, try to contact them by phone to resolve the "
    "matter offline.",
    "After a scathing review, contact them by phone to resolve the matter offline.",
    "With harsh feedback, try to contact them by phone to resolve the matter offline.",
])
def test_a_tip_for_what_was_said_against_the_brand(said: str) -> None:
    assert judge_rules(_BEFORE + said + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


def test_judging_words_alone_are_no_tip() -> None:
    judgement = judge_rules(_BEFORE + "Unflattering comments and harsh reviews are part of the job.\n",
                            EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met
