"""A reply may answer the three questions out of order: the tip first, the tools last. Its last paragraph, where
replies answer the tip question, then names tools and tells no tip; the one paragraph naming neither tools nor
metrics answers the tip question instead (answers.TipAnswer.failing_that, tips.find_tip). A last paragraph that
tells its tip still is the answer, and a paragraph that tells no advice is no tip wherever it stands."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_METRICS = "I keep an eye on reach, saves and the click-through rate of every post.\n\n"


def _judge(text: str) -> dict[str, bool]:
    return {name: c.met for name, c in judge_rules(text, EvaluationSettings()).criteria.items()}


def test_the_tip_first_and_the_tools_last() -> None:
    text = ("You have to address both, and you address the feelings first. Let the person finish before you explain "
            "anything.\n\n" + _METRICS +
            "My favourite is Tweetdeck, and Canva for the visuals. For a while I tried a desktop client called "
            "Peoplebrowsr. These days I lean on the schedule ahead feature a lot. Thank you, whoever thought of it.\n")
    assert _judge(text) == {"tools": True, "metrics": True, "angry_customer_tip": True}


def test_the_tip_in_the_middle_and_the_tools_last() -> None:
    text = (_METRICS + "Let the customer talk. Don't interrupt them, and they will usually calm down.\n\n"
            "Using Sprout Social for reporting is a must for us, and Buffer for scheduling. If you have opened a "
            "network's own analytics lately, you know how daunting they can be.\n")
    assert _judge(text)["angry_customer_tip"]


def test_a_last_paragraph_telling_its_tip_is_still_the_answer() -> None:
    text = ("We use Hootsuite and Canva every day.\n\n" + _METRICS +
            "When someone is upset, answer within the hour in Hootsuite and offer to call them.\n")
    assert _judge(text)["angry_customer_tip"]


def test_a_paragraph_without_advice_is_no_tip_wherever_it_stands() -> None:
    text = ("Last spring our forum moved to a new server and the team grew to five people.\n\n" + _METRICS +
            "My favourite is Tweetdeck, and Canva for the visuals. For a while I tried a desktop client called "
            "Peoplebrowsr. These days I lean on the schedule ahead feature a lot.\n")
    assert not _judge(text)["angry_customer_tip"]
