"""Words judging what was said name anger as "harsh comments" does ("disturbing comments", "inflammatory posts",
"upsetting remarks": tips.toml [anger_grammar.judging]): moderation steps taken with the members then are a tip for
angry members."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = "Tools: I schedule in Hootsuite and design in Canva.\n\nMetrics: reach, saves and clicks.\n\n"


@pytest.mark.parametrize("judged", ["disturbing comments", "inflammatory posts", "upsetting remarks"])
def test_moderating_judged_words_with_the_members_is_a_tip(judged: str) -> None:
    text = _ANSWERS + (f"Tip: To start I'd probably remove {judged} and close the thread (turn off commenting), then "
                       "I'd reach out to each member and explain our motto, code of conduct, and ask them to please "
                       "help us keep the community clean because we'd hate to lose an active member.\n")
    tip = judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"]
    assert tip.met, tip


def test_comments_not_judged_name_no_anger() -> None:
    text = _ANSWERS + ("Tip: To start I'd probably pin the best comments and close the thread (turn off commenting), "
                       "then I'd reach out to each member and explain our motto, code of conduct, and ask them to "
                       "please help us keep the community clean because we'd hate to lose an active member.\n")
    assert not judge_rules(text, EvaluationSettings()).criteria["angry_customer_tip"].met
