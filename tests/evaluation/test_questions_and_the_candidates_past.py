"""A question is no advice, and tools from the candidate's past or only tried are not used now (issue 9 items 3, 4).

- "Should I offer a refund straight away, or wait until they calm down?" asks; the candidate gives no tip. A question
  that suggests ("Why not send them a private message ...?") still advises (advice.toml [suggesting_questions]).
- "When I started out I planned every post in Sendible and Later. Nowadays I only edit ..." names tools of the
  candidate's past (negation.toml [soft_before]); "..., and I still do" takes them up (subjects.toml [taken_up]).
- Tools only tried ("I played around with Sendible"), only imagined ("I'd go with Sendible"), being learnt or
  written about ("I'm learning Looker Studio", "I wrote about Canva") are not used either.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_advice_only_asked_about_is_no_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_only_asked_as_a_question"), thresholds)
    assert judgement.criteria["angry_customer_tip"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_a_question_that_suggests_is_a_tip(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_suggested_as_a_question"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", [
    "tools_from_when_i_started_out",                 # "When I started out I planned every post in Sendible ..."
    "tools_only_tried",                              # "I played around with Sendible and ran a free trial of Later"
    "tools_only_imagined_learnt_or_written_about",   # "I'd go with Sendible. I'm learning Looker Studio ..."
])
def test_tools_not_used_now_are_no_tools(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


@pytest.mark.parametrize(("scenario", "tools"), [
    ("tools_from_when_i_started_out_still", ("Sendible", "Later")),  # "..., and I still do"
    ("tools_tried_then_kept", ("Sendible", "Canva")),                # "... and we have used it ever since"
])
def test_tools_taken_up_again_count(scenario: str, tools: tuple[str, ...], thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == tools
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("text", "tools"), [
    ("I'd pick Sendible if I had to choose.", ()),
    ("I'm learning Looker Studio.", ()),
    ("We wrote a comparison of Later and Sendible.", ()),
    ("I write our captions in Sendible and design in Canva.", ("Sendible", "Canva")),  # writing IN a tool is use
    ("Back in 2019 I ran our accounts with Sendible and Later.", ()),
    ("Back in 2019 I set up Sendible and Later, and I still do our posts there.", ("Sendible", "Later")),
])
def test_which_tools_the_candidate_uses(text: str, tools: tuple[str, ...]) -> None:
    assert find_tools(Reading.of(text, "en")).evidence == tools
