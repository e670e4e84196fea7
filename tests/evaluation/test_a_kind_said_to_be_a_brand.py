"""A kind of tool said to be a brand describes that brand ("A great tool for social media creations is Canva"): it is
no second tool, nor a doubt that one is, as "Canva is a great tool" is none (tools._named_by_a_copula)."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nTip: listen to angry customers and apologise."


def test_a_kind_said_to_be_the_one_brand_leaves_one_tool() -> None:
    text = "A great tool for social media creations is Canva. You can create a free account easily." + _REST
    judgement = judge_rules(text, EvaluationSettings())
    assert judgement.criteria["tools"].evidence == ("Canva",)
    assert judgement.criteria["tools"].notes == ()
    assert judgement.verdict == Verdict.FAIL


def test_a_kind_of_its_own_is_still_read() -> None:
    found = find_tools(Reading.of("I design in Canva. A great tool for mentions is something I still need.", "en"),
                       (), enough=2)
    assert found.doubtful == ("great tool",), found
