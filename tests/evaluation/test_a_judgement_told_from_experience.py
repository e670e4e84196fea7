"""A judgement told from experience is advice as "it is best to" is: "I find it helpful to leave a tactful
response", "we've found it useful to reply in private" (advice.toml [mood_grammar] frames and judged words). A
phrase of when or how often before the opinion's lead ("In most cases I find ...") leaves the "I" the opinion's,
not the subject of a habit (tips._FRAMING_PHRASE)."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_FIRST = "I use Hootsuite and Buffer. I watch reach, saves and CTR.\n\n"


@pytest.mark.parametrize("tip", [
    "When someone is upset, I find it helpful to leave a tactful response in the thread first.",
    "With angry members we've found it useful to reply in private within the hour.",
    "In most cases I find it is helpful to leave a calm response when a customer is furious.",
    "Usually, I think the wisest move with an angry customer is to own up and apologise.",
])
def test_a_judgement_from_experience_is_the_tip(tip: str) -> None:
    assert judge_rules(_FIRST + tip + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met


@pytest.mark.parametrize("said", [
    "In most cases I forward angry customers to my manager.",
    "I find it helpful to know our numbers before the monthly meeting.",
])
def test_a_habit_or_a_judgement_about_something_else_is_no_tip(said: str) -> None:
    assert not judge_rules(_FIRST + said + "\n", EvaluationSettings()).criteria["angry_customer_tip"].met
