"""What someone else in the job did with an angry person, told where the reply answers the tip question, is an example
a person reads (issue 9 item 5, calibrated doubt): "During a heated exchange the moderator offered a neutral summary
and asked for clarification before replying" may be the candidate's way too, or only a story; it is neither a tip
nor a clear miss. A story with no angry person in it stays no tip."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("I use Hootsuite for scheduling and Canva for design every day.\n\n"
            "I watch reach, engagement rate and click-through rate every week.\n\n")


def test_the_example_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    said = _ANSWERS + ("During a heated exchange the moderator offered a neutral summary of what was said and asked "
                       "for clarification before replying. It helped the group focus on actual issues.")
    judgement = judge_rules(said, thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert "unsure:angry_customer_tip" in judgement.reasons


def test_a_story_with_no_angry_person_is_no_tip(thresholds: EvaluationSettings) -> None:
    said = _ANSWERS + "Last spring our manager asked for more video content. The team grew fast after that."
    assert judge_rules(said, thresholds).verdict == Verdict.FAIL
